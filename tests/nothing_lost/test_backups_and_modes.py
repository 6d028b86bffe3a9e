# SPDX-License-Identifier: EUPL-1.2
"""Issue 13, items 8 and 9: restore verifies the backup before it replaces anything;
reading a backup never changes it; new registers, backups and exports are their owner's
only (0600, folders 0700) on POSIX."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.nothing_lost.world import Made, cli, digest, export, make_register
from tests.pdfs import plain_pdf


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return make_register(tmp_path / "register.sqlite3")


def _alter_stored_file(backup: Path) -> None:
    """What a failing disk, or someone with the sqlite3 shell, could do to a backup."""
    conn = sqlite3.connect(backup, isolation_level=None)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE 'lock_stored_file%'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE stored_file SET content = CAST('%PDF-1.7 ändrad' AS BLOB)")
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def _modes(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_restore_of_an_altered_backup_is_refused_and_changes_nothing(
        made: Made, tmp_path: Path) -> None:
    db = str(made.path)
    pdf = tmp_path / "yttrande.pdf"
    pdf.write_bytes(plain_pdf("Vårt särskilda yttrande"))
    assert cli("--db", db, "receive", str(made.statement_id), "--pdf", str(pdf))[0] == 0
    backup = tmp_path / "kopia.sqlite3"
    assert cli("--db", db, "backup", str(backup))[0] == 0
    _alter_stored_file(backup)
    register_before, register_text = digest(made.path), export(made.path)
    backup_before = digest(backup)
    code, out, err = cli("--db", db, "restore", str(backup))
    assert (code, out) == (1, "")
    assert err.startswith(f"kraftdesk: Säkerhetskopian {backup} återställs inte: kontrollen "
                          "av den hittade ")
    assert "– Filen «yttrande.pdf» (nr 1): innehållet stämmer inte med filens SHA-256; " \
           "filen har ändrats." in err
    assert digest(made.path) == register_before and export(made.path) == register_text
    assert digest(backup) == backup_before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kopia")) == [
        "kopia.sqlite3"]  # no -wal or -shm left beside it
    assert not (made.path.parent / "backups").exists()  # nothing was even set aside


def test_verify_reads_a_backup_without_changing_it(made: Made, tmp_path: Path) -> None:
    pdf = tmp_path / "yttrande.pdf"
    pdf.write_bytes(plain_pdf("Vårt särskilda yttrande"))
    assert cli("--db", str(made.path), "receive", str(made.statement_id), "--pdf",
               str(pdf))[0] == 0
    backup = tmp_path / "kopia.sqlite3"
    assert cli("--db", str(made.path), "backup", str(backup))[0] == 0
    before = digest(backup)
    code, out, _ = cli("--db", str(backup), "verify")
    assert code == 0 and out.startswith("Allt stämmer: ")
    assert digest(backup) == before
    with open(backup, "rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x01\x01"  # still a rollback-journal file: no WAL switch
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("kopia")) == [
        "kopia.sqlite3"]
    _alter_stored_file(backup)
    before = digest(backup)
    code, out, _ = cli("--db", str(backup), "verify")
    assert code == 1 and "innehållet stämmer inte med filens SHA-256" in out
    assert digest(backup) == before


def test_a_good_backup_is_restored(made: Made, tmp_path: Path) -> None:
    db = str(made.path)
    backup = tmp_path / "kopia.sqlite3"
    assert cli("--db", db, "backup", str(backup))[0] == 0
    text = export(made.path)
    assert cli("--db", db, "withdraw", str(made.statement_id))[0] == 0
    assert export(made.path) != text
    code, out, err = cli("--db", db, "restore", str(backup))
    assert (code, err) == (0, "")
    assert out.startswith(f"Registret {made.path} är återställt från {backup}.")
    assert export(made.path) == text


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits (README: Windows)")
def test_new_registers_backups_and_exports_are_the_owners_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "umask", os.umask)  # (the umask is restored by the test run)
    old = os.umask(0o022)
    try:
        data = tmp_path / "data"  # the data folder does not exist yet
        monkeypatch.setenv("KRAFTDESK_DATA_DIR", str(data))
        code, out, _ = cli("init", "--organisation", "Malmö stad")
        register = data / "register.sqlite3"
        assert code == 0 and str(register) in out
        assert _modes(data) == 0o700 and _modes(register) == 0o600
        code, out, _ = cli("backup")
        made = Path(out.removeprefix("Säkerhetskopian är sparad: ").strip())
        assert code == 0 and made.parent == data / "backups"
        assert _modes(made) == 0o600 and _modes(made.parent) == 0o700
        elsewhere = tmp_path / "ny" / "register.sqlite3"
        assert cli("--db", str(elsewhere), "init", "--organisation", "Lund")[0] == 0
        assert _modes(elsewhere) == 0o600 and _modes(elsewhere.parent) == 0o700
        assert cli("--db", str(elsewhere), "export", str(tmp_path / "r.json"))[0] == 0
        assert _modes(tmp_path / "r.json") == 0o600
    finally:
        os.umask(old)


def test_a_text_saved_by_word_in_windows_1252_is_received(made: Made, tmp_path: Path) -> None:
    # Word on a Swedish Windows saves "Oformaterad text" in Windows-1252 (ANSI), as Excel
    # saves the lists: taken as the lists are (kraftdesk.domain.text_files).
    text = "Yttrande från Malmö – vi reserverar oss mot beslutet.\r\n"
    path = tmp_path / "yttrande.txt"
    path.write_bytes(text.encode("cp1252"))
    at = made.starts.replace(hour=16).strftime("%Y-%m-%dT%H:%M")
    code, _out, err = cli("--db", str(made.path), "receive", str(made.statement_id),
                          "--text-file", str(path), "--at", at)
    assert (code, err) == (0, ""), err
    assert "Yttrande från Malmö – vi reserverar oss mot beslutet." in export(made.path)


def test_receive_and_withdraw_on_the_command_line(made: Made, tmp_path: Path) -> None:
    db = str(made.path)
    code, out, _ = cli("--db", db, "pending", "--json")
    assert code == 0 and f'"statement_id": {made.statement_id}' in out
    text = tmp_path / "yttrande.txt"
    text.write_text("Vi anser att budgeten …\r\n" * 1000, encoding="utf-8")
    at = made.starts.replace(hour=16).strftime("%Y-%m-%dT%H:%M")
    code, out, err = cli("--db", db, "receive", str(made.statement_id), "--text-file",
                         str(text), "--at", at)
    assert (code, err) == (0, "")
    assert out == (f"Inkommen {made.starts.date().isoformat()} 16:00: särskilt yttrande från "
                   "John Eklöf (M) och Farishta Sulaiman (M) (23 999 tecken).\n")
    assert cli("--db", db, "pending", "--json")[1] == "[]\n"
    for bad, message in (
            ("2026-13-45T25:99", "argumentet --at: Månaden 13 finns inte (01–12) i "
                                 "«2026-13-45»"),
            ("2999-01-01T10:00", "ligger i framtiden"),
            (made.starts.replace(hour=9).strftime("%Y-%m-%dT%H:%M"), "ligger före "
                                                                     "sammanträdet")):
        before = export(made.path)
        code, _, err = cli("--db", db, "receive", str(made.statement_id), "--text-file",
                           str(text), "--at", bad)
        assert code in (1, 2) and message in err
        assert export(made.path) == before
    not_text = tmp_path / "yttrande.txt"
    not_text.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    code, _, err = cli("--db", db, "receive", str(made.statement_id), "--text-file",
                       str(not_text))
    assert (code, err) == (1, f"kraftdesk: Filen {not_text} är ingen textfil (en PDF-fil); "
                              "spara texten som oformaterad text, eller ta emot den som "
                              "PDF.\n")
    code, out, _ = cli("--db", db, "withdraw", str(made.statement_id))
    assert (code, out) == (0, "Återkallat: särskilt yttrande från John Eklöf (M) och "
                              "Farishta Sulaiman (M).\n")
    assert '"state": "withdrawn"' in export(made.path)
    assert "Vi anser att budgeten" in export(made.path)  # what came in is kept
