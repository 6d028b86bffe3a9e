# SPDX-License-Identifier: EUPL-1.2
"""The command line says it before it upgrades a register's format, and refuses a register
from a newer kraftdesk untouched."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kraftdesk.cli.main import main
from kraftdesk.register.migrate import open_register, schema_version
from kraftdesk.register.revision import HEAD_REVISION
from tests.gui.test_register_upgrade import downgrade_one

HEAD_VERSION = schema_version(HEAD_REVISION)


def test_the_upgrade_is_told_on_stderr_once(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gammalt.sqlite3"
    open_register(f"sqlite:///{path}").close()
    downgrade_one(path)
    assert main(["--db", str(path), "info"]) == 0
    captured = capsys.readouterr()
    assert captured.err == (f"kraftdesk: Registret uppgraderas till version {HEAD_VERSION}; en "
                            f"säkerhetskopia sparas i {tmp_path / 'backups'}.\n")
    assert f"Databasversion:              {HEAD_REVISION}" in captured.out
    assert [p.name.split("-före-")[0] for p in (tmp_path / "backups").iterdir()] == ["gammalt"]
    assert main(["--db", str(path), "info"]) == 0
    assert capsys.readouterr().err == ""


def test_a_register_from_a_newer_kraftdesk_is_refused_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nyare.sqlite3"
    open_register(f"sqlite:///{path}").close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_framtid'")
    before = path.read_bytes()
    assert main(["--db", str(path), "info"]) == 1
    assert capsys.readouterr().err == (
        f"kraftdesk: Registret {path} är skapat av en nyare version av kraftdesk "
        "(databasversion 9999_framtid). Uppdatera kraftdesk; registret har inte ändrats.\n")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_an_unwritable_data_folder_is_named(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KRAFTDESK_DATA_DIR", "/proc/kraftdesk-finns-inte")
    assert main(["info"]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: Kraftdesk kan inte skriva i sin datamapp /proc/kraftdesk-finns-inte (den "
        "kan inte skapas där). Där sparas registret, inställningarna och loggen. Be IT om "
        "skrivrätt till mappen, eller välj en annan mapp med miljövariabeln "
        "KRAFTDESK_DATA_DIR.\n")
