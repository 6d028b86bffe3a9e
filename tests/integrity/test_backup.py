# SPDX-License-Identifier: EUPL-1.2
"""Backups: consistent copies of a live register, rotation, restore that checks first."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from kraftdesk.cli.main import main
from kraftdesk.domain.errors import RegisterError
from kraftdesk.register import backup
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Case
from tests import factories as f


def _with_case(register: Register, number: str = "STK-2024-1374") -> None:
    with register.write() as s:
        org = f.organisation(s)
        s.add(Case(organisation_id=org.id, number=number, title="Återrapportering"))


def _cases(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute('SELECT number FROM "case" ORDER BY id')]


def _damage(path: Path) -> None:
    """Overwrite the middle of the file, as a failing disk would (the header stays)."""
    data = bytearray(path.read_bytes())
    data[4096:len(data) - 4096] = b"\xde\xad" * ((len(data) - 8192) // 2)
    path.write_bytes(bytes(data))


def test_backup_of_a_live_register_is_consistent(register: Register,
                                                 register_path: Path) -> None:
    _with_case(register)
    writer = sqlite3.connect(register_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO \"case\" (organisation_id, number, title, status) "
                   "VALUES (1, 'OKLAR-1', 'Inte sparat ännu', 'open')")
    try:
        dest = backup.manual_backup(register.engine, register_path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert dest.parent == register_path.parent / "backups"
    assert backup.check_register_file(dest)
    assert _cases(dest) == ["STK-2024-1374"]


def test_backup_command_to_a_file_and_to_a_folder(register: Register, register_path: Path,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    _with_case(register)
    register.close()
    target = tmp_path / "kopior" / "register-kopia.sqlite3"
    assert main(["--db", str(register_path), "backup", str(target)]) == 0
    assert capsys.readouterr().out == f"Säkerhetskopian är sparad: {target}\n"
    assert _cases(target) == ["STK-2024-1374"]
    folder = tmp_path / "mapp"
    folder.mkdir()
    assert main(["--db", str(register_path), "backup", str(folder)]) == 0
    (made,) = folder.iterdir()
    assert made.name.startswith("register-") and made.suffix == ".sqlite3"
    assert capsys.readouterr().out == f"Säkerhetskopian är sparad: {made}\n"


def test_automatic_backups_rotate_and_spare_manual_ones(register: Register,
                                                        register_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _with_case(register)
    manual = backup.manual_backup(register.engine, register_path)
    made = [backup.automatic_backup(register.engine, register_path, backup.ON_CLOSE, keep=3)
            for _ in range(5)]
    folder = register_path.parent / "backups"
    assert sorted(folder.iterdir()) == sorted([manual, *made[2:]])
    monkeypatch.setenv(backup.KEEP_ENV, "1")
    last = backup.backup_on_close(register)
    assert last is not None and "-vid-stängning-" in last.name
    assert sorted(folder.iterdir()) == sorted([manual, last])
    assert backup.keep_count() == 1
    monkeypatch.setenv(backup.KEEP_ENV, "tio")
    assert backup.keep_count() == backup.DEFAULT_KEEP == 10


def test_restore_checks_the_file_first(register: Register, register_path: Path,
                                       tmp_path: Path) -> None:
    _with_case(register)
    register.close()
    before = register_path.read_bytes()
    not_sqlite = tmp_path / "protokoll.pdf"
    not_sqlite.write_bytes(b"%PDF-1.7 " * 100)
    other = tmp_path / "annan.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recept (namn TEXT)")
    damaged = tmp_path / "skadad.sqlite3"
    damaged.write_bytes(register_path.read_bytes())
    _damage(damaged)
    expected = {
        not_sqlite: f"Filen {not_sqlite} är inte ett kraftdesk-register: den är ingen "
                    "SQLite-databas.",
        other: f"Filen {other} är inget kraftdesk-register.",
        tmp_path / "saknas.sqlite3": f"Filen {tmp_path / 'saknas.sqlite3'} finns inte.",
    }
    for source, message in expected.items():
        with pytest.raises(RegisterError) as caught:
            backup.restore_register(source, register_path)
        assert caught.value.message == message
    with pytest.raises(RegisterError, match=f"Filen {damaged} (är skadad|går inte att läsa)"):
        backup.restore_register(damaged, register_path)
    assert register_path.read_bytes() == before
    assert not (register_path.parent / "backups").exists()


def test_restore_replaces_the_register_and_keeps_the_old_one(
        register: Register, register_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_case(register)
    saved = backup.manual_backup(register.engine, register_path)
    with register.write() as s:
        s.add(Case(organisation_id=1, number="STK-2026-9", title="Efter kopian"))
    register.close()
    assert main(["--db", str(register_path), "restore", str(saved)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Registret {register_path} är återställt från {saved}."
    kept = Path(out[1].removeprefix("Det ersatta registret är sparat som ").removesuffix("."))
    assert "-före-återställning-" in kept.name
    assert _cases(register_path) == ["STK-2024-1374"]
    assert _cases(kept) == ["STK-2024-1374", "STK-2026-9"]


def test_a_damaged_register_points_to_the_newest_backup_and_can_be_restored(
        register: Register, register_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_case(register)
    older = backup.manual_backup(register.engine, register_path)
    newest = backup.automatic_backup(register.engine, register_path, backup.ON_CLOSE)
    os.utime(older, (1, 1))
    register.close()
    _damage(register_path)
    with pytest.raises(RegisterError) as caught:
        open_register(f"sqlite:///{register_path}", create=False)
    assert caught.value.message.endswith(
        f"Den senaste säkerhetskopian är {newest}; återställ den med "
        f"«kraftdesk restore {newest}».")
    assert main(["--db", str(register_path), "restore", str(newest)]) == 0
    assert _cases(register_path) == ["STK-2024-1374"]
    capsys.readouterr()
    assert main(["--db", str(register_path), "verify"]) == 0


def test_a_damaged_register_without_backups_says_so(register: Register,
                                                    register_path: Path) -> None:
    _with_case(register)
    register.close()
    _damage(register_path)
    with pytest.raises(RegisterError) as caught:
        open_register(f"sqlite:///{register_path}", create=False)
    assert caught.value.message.endswith(
        "Det finns ingen säkerhetskopia i registrets mapp för säkerhetskopior.")


def test_backup_and_restore_are_for_sqlite_registers(tmp_path: Path) -> None:
    from kraftdesk.domain.errors import UserError
    from kraftdesk.services.backups import restore

    with pytest.raises(UserError) as caught:
        restore("postgresql+psycopg://kansli@db/kraftdesk", tmp_path / "kopia.sqlite3")
    assert caught.value.message == (
        "«kraftdesk restore» gäller SQLite-register; registret "
        "postgresql+psycopg://kansli@db/kraftdesk återställs med databasens egna verktyg.")

