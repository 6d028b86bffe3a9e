# SPDX-License-Identifier: EUPL-1.2
"""One way to run a service call: Swedish user errors naming the field, program errors
logged with a dialog that lets the user continue, one changes_applied signal per change."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from kraftdesk.domain.errors import UserError
from kraftdesk.gui.errors import log_path
from kraftdesk.gui.operations import Operations
from kraftdesk.register.database import Register
from kraftdesk.services.changes import Changes


def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_change_is_announced_once(qtbot: QtBot, register: Register) -> None:
    operations = Operations(register)
    seen: list[tuple[Changes, object]] = []
    operations.changes_applied.connect(lambda c, i: seen.append((c, i)))
    outcome = operations.run(lambda reg: Changes(meetings=frozenset({7})),
                             parent=parent(qtbot), initiator="editor")
    assert outcome.ok and seen == [(Changes(meetings=frozenset({7})), "editor")]
    operations.run(lambda reg: Changes(), parent=None)
    assert len(seen) == 1  # nothing changed, nothing announced


def test_a_user_error_names_the_field_and_changes_nothing(qtbot: QtBot,
                                                          register: Register) -> None:
    operations = Operations(register)
    window = parent(qtbot)

    def refuse(reg: Register) -> Changes:
        raise UserError("Diarienumret KS 2026/1 finns redan.", field="case_number")

    with qtbot.assertNotEmitted(operations.changes_applied):
        outcome = operations.run(refuse, parent=window)
    assert not outcome.ok
    box = window.findChild(QMessageBox, "user_error_box")
    assert box.windowTitle() == "Det gick inte"
    assert box.text() == "Diarienumret KS 2026/1 finns redan."
    assert box.informativeText() == "Gäller: diarienummer"


def test_a_program_error_is_logged_and_the_user_may_continue(qtbot: QtBot,
                                                             register: Register) -> None:
    from kraftdesk.gui.errors import configure_logging

    configure_logging()
    operations = Operations(register)
    window = parent(qtbot)
    outcome = operations.run(lambda reg: 1 / 0, parent=window)
    assert isinstance(outcome.error, ZeroDivisionError)
    box = window.findChild(QMessageBox, "program_error_box")
    assert box.text() == "Kraftdesk råkade ut för ett programfel, och den senaste åtgärden avbröts."
    assert "du kan fortsätta arbeta" in box.informativeText()
    assert [b.text() for b in box.buttons() if b.text() == "Fortsätt"] == ["Fortsätt"]
    assert "ZeroDivisionError" in box.detailedText()
    assert "ZeroDivisionError" in log_path().read_text(encoding="utf-8")


def test_a_long_job_runs_in_the_background_with_progress(qtbot: QtBot,
                                                         register: Register) -> None:
    operations = Operations(register)
    window = parent(qtbot)
    seen: list[Changes] = []
    operations.changes_applied.connect(lambda c, _i: seen.append(c))

    def export(reg: Register, progress) -> Changes:
        for page in range(3):
            time.sleep(0.25)
            progress(page + 1, 3)
        return Changes(meetings=frozenset({1}))

    job = operations.run_in_background(export, parent=window, label="Protokollet tas fram …")
    dialog = window.findChild(QProgressDialog, "progress_dialog")
    assert dialog.labelText() == "Protokollet tas fram …"
    # `done` is delivered through the GUI thread's event queue, so it cannot pass before
    # the wait starts even though the job is already running.
    with qtbot.waitSignal(job.done, timeout=10_000) as blocker:
        pass
    assert blocker.args[0].ok and seen == [Changes(meetings=frozenset({1}))]
