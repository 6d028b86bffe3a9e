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
