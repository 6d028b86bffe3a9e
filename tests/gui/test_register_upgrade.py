# SPDX-License-Identifier: EUPL-1.2
"""A register from an older kraftdesk: the window asks before upgrading it ("Registret
uppgraderas till version N; en säkerhetskopia sparas i …"), Avbryt leaves it untouched; a
register from a newer kraftdesk is refused untouched."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk.gui import register_upgrade
from kraftdesk.gui.app import Application
from kraftdesk.register.engine import make_engine
from kraftdesk.register.migrate import alembic_config, schema_version
from kraftdesk.register.revision import HEAD_REVISION
from kraftdesk.services.organisation import create_organisation
from kraftdesk.services.registers import PendingUpgrade, upgrade_needed
from kraftdesk.services.registers import open_file as services_open_file

HEAD_VERSION = schema_version(HEAD_REVISION)


def previous_revision() -> str:
    from alembic.script import ScriptDirectory

    down = ScriptDirectory.from_config(alembic_config()).get_revision(HEAD_REVISION).down_revision
    assert isinstance(down, str)
    return down


def downgrade_one(path: Path) -> None:
    """Take the register at `path` one migration back, as an older kraftdesk left it."""
    from alembic import command

    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        # As kraftdesk.register.migrate.upgrade: batch migrations recreate tables, which
        # foreign keys would refuse (they are off outside the transaction).
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            command.downgrade(alembic_config(conn), previous_revision())
    engine.dispose()


def old_register(path: Path) -> Path:
    """A register of Malmö stad at the format before this program's (one migration back)."""
    register = services_open_file(path, create=True)
    create_organisation(register, "Malmö stad")
    register.close()
    downgrade_one(path)
    return path


def revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_the_service_tells_the_versions_and_where_the_backup_goes(tmp_path: Path) -> None:
    path = old_register(tmp_path / "kommun.kraftdesk")
    before = path.read_bytes()
    assert upgrade_needed(f"sqlite:///{path}") == PendingUpgrade(
        str(path), HEAD_VERSION - 1, HEAD_VERSION, tmp_path / "backups")
    assert path.read_bytes() == before  # asking changes nothing, not even the journal mode
    assert not (tmp_path / "backups").exists()


def test_nothing_to_tell_for_a_current_new_newer_or_foreign_file(tmp_path: Path) -> None:
    current = tmp_path / "nu.sqlite3"
    services_open_file(current, create=True).close()
    newer = tmp_path / "nyare.sqlite3"
    services_open_file(newer, create=True).close()
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_framtid'")
    text = tmp_path / "text.kraftdesk"
    text.write_text("inget register", encoding="utf-8")
    for path in (current, tmp_path / "finns-inte.sqlite3", newer, text):
        assert upgrade_needed(f"sqlite:///{path}") is None, path
    assert not (tmp_path / "finns-inte.sqlite3").exists()


def test_the_question_names_the_version_the_backup_and_the_register(tmp_path: Path,
                                                                   qtbot: QtBot) -> None:
    path = old_register(tmp_path / "kommun.kraftdesk")
    box = register_upgrade.upgrade_box(upgrade_needed(f"sqlite:///{path}"))
    qtbot.addWidget(box)
    assert box.text() == (f"Registret uppgraderas till version {HEAD_VERSION}; en "
                          f"säkerhetskopia sparas i {tmp_path / 'backups'}.")
    assert box.informativeText().startswith(
        f"Registret {path} har version {HEAD_VERSION - 1} av registerformatet; den här "
        f"versionen av Kraftdesk arbetar med version {HEAD_VERSION}.")
    assert [b.text() for b in box.buttons()] == ["Uppgradera", "Avbryt"]


def click_in_upgrade_box(answer: str) -> list[str]:
    """Click `answer` in the upgrade question once it is shown; returns its text."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == answer).click()

    QTimer.singleShot(0, click)
    return seen


def test_upgrade_asked_and_accepted_backs_up_and_opens(tmp_path: Path, qtbot: QtBot) -> None:
    path = old_register(tmp_path / "kommun.kraftdesk")
    seen = click_in_upgrade_box("Uppgradera")
    register, notice, empty = Application().initial_register(str(path))
    assert register is not None and notice == "" and empty is None
    register.close()
    assert seen == [f"Registret uppgraderas till version {HEAD_VERSION}; en säkerhetskopia "
                    f"sparas i {tmp_path / 'backups'}."]
    assert revision(path) == HEAD_REVISION
    (backup,) = (tmp_path / "backups").iterdir()
    assert backup.name.startswith("kommun-före-uppgradering-")
    assert revision(backup) == previous_revision()


def test_upgrade_declined_leaves_the_register_untouched(tmp_path: Path, qtbot: QtBot) -> None:
    path = old_register(tmp_path / "kommun.kraftdesk")
    before = path.read_bytes()
    click_in_upgrade_box("Avbryt")
    register, notice, empty = Application().initial_register(str(path))
    assert register is None and empty is None
    assert notice == (f"Registret {path} öppnades inte och har inte ändrats: uppgraderingen "
                      f"till version {HEAD_VERSION} avbröts.")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_register_from_a_newer_kraftdesk_is_refused_untouched(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "nyare.kraftdesk"
    services_open_file(path, create=True).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_framtid'")
    before = path.read_bytes()
    monkeypatch.setattr(register_upgrade, "ask_to_upgrade",
                        lambda *_a: pytest.fail("nothing to ask about"))
    register, notice, _empty = Application().initial_register(str(path))
    assert register is None
    assert notice == (f"Registret {path} är skapat av en nyare version av kraftdesk "
                      "(databasversion 9999_framtid). Uppdatera kraftdesk; registret har inte "
                      "ändrats.")
    assert path.read_bytes() == before
