# SPDX-License-Identifier: EUPL-1.2
"""The paragraph editor: saved as edited, undo and redo across saves, the live preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kraftdesk.gui.controllers.announce_dialog import AnnounceDialog
from kraftdesk.gui.controllers.people import check
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.register.database import Register
from kraftdesk.services import paragraphs, statements
from tests.gui.conftest import World
from tests.gui.helpers import type_text


def first_paragraph(register: Register, world: World) -> int:
    from kraftdesk.services import meetings

    return meetings.meeting_view(register, world.meetings["ks-jan"]).paragraphs[0].id


def open_editor(window: MainWindow, register: Register, world: World) -> int:
    paragraph_id = first_paragraph(register, world)
    window.open_meeting(world.meetings["ks-jan"])
    window.open_paragraph(paragraph_id)
    assert window.current_page() is window.paragraph_editor
    return paragraph_id


def preview_text(window: MainWindow) -> str:
    return window.paragraph_editor.ui.preview_browser.toPlainText()


def test_title_edit_is_saved_and_undone_and_redone(qtbot: QtBot, window: MainWindow,
                                                   register: Register, world: World) -> None:
    paragraph_id = open_editor(window, register, world)
    editor = window.paragraph_editor
    assert editor.ui.heading_label.text() == "§ 1 Örnäsets skola, ombyggnad"
    editor.ui.title_edit.selectAll()
    editor.ui.title_edit.setFocus()
    type_text(editor.ui.title_edit, "Örnäsets skola, ny byggnad")
    qtbot.keyClick(editor.ui.title_edit, Qt.Key.Key_Return)
    assert paragraphs.paragraph_view(register, paragraph_id).title == "Örnäsets skola, ny byggnad"
    assert editor.ui.heading_label.text() == "§ 1 Örnäsets skola, ny byggnad"
    assert "§ 1 Örnäsets skola, ny byggnad" in preview_text(window)
    assert window.action_undo.text() == "Ångra ändring av rubriken"
    window.action_undo.trigger()
    assert paragraphs.paragraph_view(register, paragraph_id).title == "Örnäsets skola, ombyggnad"
    assert editor.ui.title_edit.text() == "Örnäsets skola, ombyggnad"
    assert window.action_redo.text() == "Gör om ändring av rubriken"
    window.action_redo.trigger()
    assert editor.ui.title_edit.text() == "Örnäsets skola, ny byggnad"


def test_summary_typing_is_saved_after_a_pause_as_one_undo_step(
        qtbot: QtBot, window: MainWindow, register: Register, world: World) -> None:
    paragraph_id = open_editor(window, register, world)
    editor = window.paragraph_editor
    editor.ui.summary_edit.setFocus()
    editor.ui.summary_edit.selectAll()
    with qtbot.waitSignal(window.operations.changes_applied, timeout=3000):
        type_text(editor.ui.summary_edit, "Skolan byggs om.")
    with qtbot.waitSignal(window.operations.changes_applied, timeout=3000):
        type_text(editor.ui.summary_edit, " Kostnaden är 1100000 kronor.")
    stored = paragraphs.paragraph_view(register, paragraph_id).summary
    assert stored == "Skolan byggs om. Kostnaden är 1100000 kronor."
    # Composed with no-break spaces in the amount (QTextDocument reads them as spaces).
    assert "Kostnaden är 1 100 000 kronor." in preview_text(window)
    assert window.undo_stack.count() == 1
    window.action_undo.trigger()
    assert paragraphs.paragraph_view(register, paragraph_id).summary == \
        "Sammanfattning av örnäsets skola, ombyggnad."
    assert editor.ui.summary_edit.toPlainText() == "Sammanfattning av örnäsets skola, ombyggnad."


def test_decision_points_in_order_with_preview(qtbot: QtBot, window: MainWindow,
                                               register: Register, world: World) -> None:
    paragraph_id = open_editor(window, register, world)
    editor = window.paragraph_editor
    editor.focus_section("decision_tab")
    for text in ("Ombyggnaden godkänns.", "Finansieringen sker inom ram."):
        qtbot.mouseClick(editor.ui.add_point_button, Qt.MouseButton.LeftButton)
        item = editor.ui.points_list.currentItem()
        item.setText(text)
    stored = [p.text for p in paragraphs.paragraph_view(register, paragraph_id).decision_points]
    assert stored == ["Ombyggnaden godkänns.", "Finansieringen sker inom ram."]
    assert "Kommunstyrelsen beslutar" in preview_text(window)
    editor.ui.points_list.setCurrentRow(1)
    qtbot.mouseClick(editor.ui.point_up_button, Qt.MouseButton.LeftButton)
    stored = [p.text for p in paragraphs.paragraph_view(register, paragraph_id).decision_points]
    assert stored == ["Finansieringen sker inom ram.", "Ombyggnaden godkänns."]
    window.action_undo.trigger()
    stored = [p.text for p in paragraphs.paragraph_view(register, paragraph_id).decision_points]
    assert stored == ["Ombyggnaden godkänns.", "Finansieringen sker inom ram."]
    assert [editor.ui.points_list.item(i).text() for i in range(2)] == stored


def test_announce_a_special_statement_with_two_authors(
        qtbot: QtBot, window: MainWindow, register: Register, world: World) -> None:
    paragraph_id = open_editor(window, register, world)
    editor = window.paragraph_editor
    editor.focus_section("statements_tab")
    qtbot.mouseClick(editor.ui.announce_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(AnnounceDialog)
    assert dialog.ui.kind_combo.currentText() == "Särskilt yttrande"
    labels = [dialog.ui.authors_list.item(i).text() for i in range(dialog.ui.authors_list.count())]
    assert labels == ["Anna Svensson (S)", "Anton Sauer (C)", "John Eklöf (M)"]
    assert dialog.ui.deadline_label.text() == "Fristen är justeringens tid, 2026-01-07 16:00."
    check(dialog.ui.authors_list, "John Eklöf (M)")
    check(dialog.ui.authors_list, "Anton Sauer (C)")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    rows = statements.statements_view(register, paragraph_id)
    assert [(r.kind_title, [a.name for a in r.authors]) for r in rows] == [
        ("Särskilt yttrande", ["Anton Sauer", "John Eklöf"])]
    model = editor.statements.model
    assert model.index(0, 2).data() == "Utlovad, senast 2026-01-07 16:00"
    assert "gemensamt särskilt yttrande" in preview_text(window)
    assert window.action_undo.text() == "Ångra anmälan av det särskilda yttrandet"
    window.action_undo.trigger()
    assert statements.statements_view(register, paragraph_id) == ()
    window.action_redo.trigger()
    assert len(statements.statements_view(register, paragraph_id)) == 1


def add_proposals(qtbot: QtBot, editor: object) -> None:
    from kraftdesk.gui.controllers.proceedings_dialogs import ProposalDialog

    for kind_text, author in (("Bifall", "Anna Svensson (S)"), ("Avslag", "John Eklöf (M)")):
        qtbot.mouseClick(editor.ui.add_proposal_button, Qt.MouseButton.LeftButton)
        dialog = editor.findChild(ProposalDialog)
        dialog.ui.kind_combo.setCurrentText(kind_text)
        if kind_text == "Bifall":
            type_text(dialog.ui.subject_edit, "kommunstyrelsens förslag")
        check(dialog.ui.authors_list, author)
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        dialog.deleteLater()
        qtbot.waitUntil(lambda: editor.findChild(ProposalDialog) is None)


def test_proposals_and_a_vote_with_the_ballot_grid(qtbot: QtBot, window: MainWindow,
                                                    register: Register, world: World,
                                                    qtmodeltester) -> None:
    from PySide6.QtWidgets import QComboBox

    from kraftdesk.domain.enums import AttendanceKind, BallotChoice, ProposalKind
    from kraftdesk.gui.controllers.proceedings_dialogs import VoteDialog
    from kraftdesk.services import meetings, proceedings

    meetings.set_attendance(register, world.meetings["ks-jan"], [
        meetings.AttendanceEntry(pid, AttendanceKind.MEMBER) for pid in world.people.values()])
    paragraph_id = open_editor(window, register, world)
    editor = window.paragraph_editor
    editor.focus_section("proceedings_tab")
    add_proposals(qtbot, editor)
    kinds = [p.kind for p in proceedings.proceedings_view(register, paragraph_id).proposals]
    assert kinds == [ProposalKind.APPROVAL, ProposalKind.REJECTION]
    assert editor.proceedings.proposals.index(0, 0).data() == \
        "Anna Svensson (S) yrkar bifall till kommunstyrelsens förslag."
    qtbot.mouseClick(editor.ui.new_vote_button, Qt.MouseButton.LeftButton)
    editor.findChild(VoteDialog).ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    grid = editor.ui.ballots_view
    assert [grid.model().index(r, 0).data() for r in range(3)] == [
        "Anna Svensson (S)", "John Eklöf (M)", "Anton Sauer (C)"]
    # Keyboard, as a secretary votes: F2 opens the choices on the current member, and
    # choosing Nej commits it (no Qt warning: tests fail on any, see conftest).
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(1, 1))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    combo = grid.findChild(QComboBox, "choice_editor")
    assert combo is not None and combo.currentText() == "–"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)

    def ballots() -> list[tuple[str, BallotChoice]]:
        vote = proceedings.proceedings_view(register, paragraph_id).votes[0]
        return [(b.person.name, b.choice) for b in vote.ballots if b.choice]

    qtbot.waitUntil(lambda: ballots() == [("John Eklöf", BallotChoice.NO)])
    assert grid.model().index(1, 1).data() == "Nej"
    assert grid.currentIndex().row() == 1  # the grid kept its place
    window.action_undo.trigger()
    assert grid.model().index(1, 1).data() == "–"
    for model in (editor.proceedings.proposals, editor.proceedings.ballots,
                  editor.statements.model, window.meeting_page.agenda,
                  window.meeting_page.attendance):
        qtmodeltester.check(model)


def test_immediate_approval_locks_the_paragraph(qtbot: QtBot, window: MainWindow,
                                                register: Register, world: World) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kraftdesk.register.models import Meeting, MeetingApprover

    paragraphs.set_decision_points(register, first_paragraph(register, world),
                                   ["Ombyggnaden godkänns."])
    with register.write() as s:  # who justerar: the chair and a justerare
        s.get_one(Meeting, world.meetings["ks-jan"]).chair_id = world.people["Anna Svensson"]
        s.add(MeetingApprover(meeting_id=world.meetings["ks-jan"],
                              person_id=world.people["John Eklöf"], position=1))
    open_editor(window, register, world)
    editor = window.paragraph_editor
    assert editor.ui.approve_now_button.isVisible()
    qtbot.mouseClick(editor.ui.approve_now_button, Qt.MouseButton.LeftButton)
    box = editor.findChild(QMessageBox, "confirm_box")
    assert box.text() == "Justera § 1 Örnäsets skola, ombyggnad omedelbart?"
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Justera omedelbart"),
                     Qt.MouseButton.LeftButton)
    assert editor.ui.locked_label.text() == \
        "§ 1 är omedelbart justerad 2026-01-07 och kan inte ändras."
    assert editor.ui.title_edit.isReadOnly() and not editor.ui.approve_now_button.isVisible()
    assert "Paragrafen är omedelbart justerad." in preview_text(window)


def _type_title(qtbot: QtBot, editor: object, title: str) -> None:
    """A new title typed over the old one, and Enter (which saves)."""
    editor.ui.title_edit.selectAll()
    editor.ui.title_edit.setFocus()
    type_text(editor.ui.title_edit, title)
    qtbot.keyClick(editor.ui.title_edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("cause", ["server lost", "register busy"])
def test_a_title_is_kept_when_the_register_cannot_take_the_save(
        qtbot: QtBot, window: MainWindow, register: Register, world: World,
        monkeypatch: pytest.MonkeyPatch, cause: str) -> None:
    """The database server lost, or the register busy with another writer past the busy
    timeout (an import, a rebuilt search index): the typing stays, to be saved again."""
    from PySide6.QtWidgets import QMessageBox

    from kraftdesk.domain.errors import ConnectionLostError, RegisterError
    from kraftdesk.register.database_errors import BUSY_MESSAGE

    paragraph_id = open_editor(window, register, world)
    editor = window.paragraph_editor
    lost = ("Förbindelsen med databasservern 127.0.0.1:5432 bröts. Ändringen är inte sparad; "
            "inget har ändrats. Försök igen när servern nås.") if cause == "server lost" \
        else BUSY_MESSAGE

    def server_gone(*_args: object, **_kwargs: object) -> None:
        raise ConnectionLostError(lost) if cause == "server lost" else RegisterError(lost)

    monkeypatch.setattr(paragraphs, "update_paragraph", server_gone)
    _type_title(qtbot, editor, "Örnäsets skola, ny byggnad")
    box = window.findChild(QMessageBox, "user_error_box")
    assert box is not None and box.text() == lost
    assert editor.ui.title_edit.text() == "Örnäsets skola, ny byggnad"  # the typing stays
    monkeypatch.undo()
    box.close()
    editor.ui.title_edit.setFocus()
    qtbot.keyClick(editor.ui.title_edit, Qt.Key.Key_Return)  # the server is back: saved
    assert paragraphs.paragraph_view(register, paragraph_id).title == "Örnäsets skola, ny byggnad"


def test_a_title_is_kept_when_the_search_index_is_gone_and_saved_once_it_is_rebuilt(
        qtbot: QtBot, window: MainWindow, register: Register, register_path: Path,
        world: World) -> None:
    """The search index's table dropped behind the app's back (the sqlite3 shell): the save
    is refused with the remedy, the typing stays, Arkiv ▸ Bygg om sökindexet mends it, and
    the same Enter saves. Nothing is monkeypatched."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from kraftdesk.register.database_errors import INDEX_DAMAGED_MESSAGE

    paragraph_id = open_editor(window, register, world)
    editor = window.paragraph_editor
    with sqlite3.connect(register_path) as connection:
        connection.execute("DROP TABLE search_fts")
    _type_title(qtbot, editor, "Örnäsets skola, ny byggnad")
    box = window.findChild(QMessageBox, "user_error_box")
    assert box is not None and box.text() == INDEX_DAMAGED_MESSAGE
    assert editor.ui.title_edit.text() == "Örnäsets skola, ny byggnad"  # the typing stays
    assert paragraphs.paragraph_view(register, paragraph_id).title != "Örnäsets skola, ny " \
                                                                        "byggnad"
    box.close()
    window.ui.action_rebuild_search_index.trigger()
    question = window.findChild(QMessageBox, "rebuild_index_box")
    next(b for b in question.buttons() if b.text() == "Bygg om").click()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
        "Sökindexet är ombyggt"), timeout=30_000)
    editor.ui.title_edit.setFocus()
    qtbot.keyClick(editor.ui.title_edit, Qt.Key.Key_Return)
    assert paragraphs.paragraph_view(register, paragraph_id).title == "Örnäsets skola, ny byggnad"
