# SPDX-License-Identifier: EUPL-1.2
"""Arkiv ▸ Säkerhetskopiera nu, and the automatic backup when the window's register closes
after something was written (kraftdesk.services.backups)."""

from __future__ import annotations

from pathlib import Path

from kraftdesk.gui.app import close_register
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.register.backup import check_register_file
from kraftdesk.services import people


def _backups(register_path: Path) -> list[Path]:
    return sorted((register_path.parent / "backups").glob("*.sqlite3"))


def test_backup_now_from_the_file_menu(window: MainWindow, register_path: Path) -> None:
    assert window.ui.action_backup.text() == "&Säkerhetskopiera nu"
    window.ui.action_backup.trigger()
    made = _backups(register_path)
    assert len(made) == 1
    assert window.statusBar().currentMessage() == f"Säkerhetskopian är sparad: {made[0]}"
    assert check_register_file(made[0])  # an intact register, its schema's revision


def test_no_backup_on_close_when_nothing_was_written(window: MainWindow,
                                                     register_path: Path) -> None:
    close_register(window)
    assert _backups(register_path) == []


def test_a_backup_on_close_after_a_change(window: MainWindow, register_path: Path) -> None:
    outcome = window.operations.run(lambda reg: people.add_party(reg, "ÖP", "Öppna partiet"),
                                    parent=window)
    assert outcome.ok and window.wrote
    close_register(window)
    made = _backups(register_path)
    assert len(made) == 1 and "-vid-stängning-" in made[0].name
    assert check_register_file(made[0])


def test_the_search_index_is_rebuilt_from_the_file_menu(qtbot, window: MainWindow,
                                                        register_path: Path) -> None:
    """A damaged search index (here its table dropped behind the app's back) is mended from
    Arkiv ▸ Bygg om sökindexet, after the user has said so; then searching works again."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from kraftdesk.domain.errors import RegisterError
    from kraftdesk.services import search

    with sqlite3.connect(register_path) as connection:
        connection.execute("DROP TABLE search_fts")
    refused = window.operations.run(lambda reg: search.search(reg, "budget"), parent=window,
                                    quiet=True)
    assert isinstance(refused.error, RegisterError)
    assert "Arkiv ▸ Bygg om sökindexet" in str(refused.error)
    assert window.ui.action_rebuild_search_index.text() == "Bygg om sök&indexet…"
    window.ui.action_rebuild_search_index.trigger()
    box = window.findChild(QMessageBox, "rebuild_index_box")
    assert box.text() == "Sökindexet byggs om från registrets paragrafer."
    next(b for b in box.buttons() if b.text() == "Bygg om").click()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
        "Sökindexet är ombyggt: "), timeout=30_000)  # on a worker thread
    found = window.operations.run(lambda reg: search.search(reg, "budget"), parent=window)
    assert found.ok
