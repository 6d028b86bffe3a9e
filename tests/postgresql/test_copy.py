# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk copy --to URL_OR_PATH`: the whole register, checked after the copy."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kraftdesk.register.database import Register
from tests.databases import PostgresForTests, TestDatabase
from tests.integrity.helpers import sealed_meeting
from tests.postgresql.helpers import cli


def test_a_plain_path_is_a_new_sqlite_file(register: Register, database: TestDatabase,
                                           tmp_path: Path) -> None:
    sealed_meeting(register)
    register.close()
    target = tmp_path / "kopia.sqlite3"
    code, out, err = cli(database.url, "copy", "--to", str(target))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Registret är kopierat till sqlite:///{target}."
    assert lines[1] == ("Malmö stad: 1 organ, 4 personer, 1 sammanträde, 2 paragrafer, "
                        "2 reservationer och yttranden, 2 bilagor, 3 filer.")
    with sqlite3.connect(target) as conn:
        carried = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    assert lines[2].startswith("Granskningsloggen följde med: ")
    assert lines[3] == (f"Kopian är kontrollerad: 1 förseglade protokoll, 3 filer och {carried} "
                        "poster i granskningsloggen stämmer, och innehållet är detsamma som i "
                        "originalet.")
    assert cli(str(target), "verify")[0] == 0
    assert cli(database.url, "export", str(tmp_path / "a.json"))[0] == 0
    assert cli(str(target), "export", str(tmp_path / "b.json"))[0] == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_an_existing_file_or_register_is_never_written_over(register: Register,
                                                            database: TestDatabase,
                                                            tmp_path: Path,
                                                            postgres: PostgresForTests) -> None:
    sealed_meeting(register)
    register.close()
    taken = tmp_path / "finns.sqlite3"
    taken.write_bytes(b"")
    assert cli(database.url, "copy", "--to", str(taken)) == (
        1, "", f"kraftdesk: Filen {taken} finns redan. Kopian skrivs bara till en ny fil; "
               "välj ett annat namn.\n")
    assert cli(database.url, "copy", "--to", database.url) == (
        1, "", "kraftdesk: Kopian kan inte skrivas till registret självt; ange ett annat mål.\n")
    other = postgres.fresh()
    try:
        assert cli(other.url, "init", "--organisation", "Lunds kommun")[0] == 0
        code, out, err = cli(database.url, "copy", "--to", other.url)
        assert (code, out) == (1, "")
        assert "Registret är inte tomt: det innehåller redan Lunds kommun." in err
    finally:
        postgres.drop(other)


def test_a_failed_copy_leaves_no_file(tmp_path: Path, register: Register,
                                      database: TestDatabase) -> None:
    register.close()  # empty: nothing to copy
    target = tmp_path / "ny.sqlite3"
    assert cli(database.url, "copy", "--to", str(target)) == (
        1, "", "kraftdesk: Registret är tomt: det har ingen organisation och inget att "
               "exportera.\n")
    assert not target.exists()


def test_problems_the_original_has_are_said_to_be_the_original_s(
        register: Register, database: TestDatabase, tmp_path: Path) -> None:
    from kraftdesk.domain.enums import MinutesState
    from tests.justering.helpers import build_meeting

    build_meeting(register, state=MinutesState.APPROVED, promised=False)  # never sealed
    register.close()
    code, out, _err = cli(database.url, "copy", "--to", str(tmp_path / "kopia.sqlite3"))
    assert code == 1
    assert out.splitlines()[3:] == [
        "Kopian har samma innehåll som originalet, och samma 1 avvikelse som «kraftdesk "
        "verify» hittar i originalet:",
        "– KS:2026-01-07: protokollet är justerat men saknar försegling.",
    ]


def test_backup_of_a_server_s_register_points_to_copy(pg: TestDatabase, tmp_path: Path) -> None:
    assert cli(pg.url, "init", "--organisation", "Malmö stad")[0] == 0
    code, out, err = cli(pg.url, "backup", str(tmp_path / "kopia.sqlite3"))
    assert (code, out) == (1, "")
    assert err.endswith("säkerhetskopieras med databasserverns egna verktyg (pg_dump), eller "
                        "kopieras till en fil med «kraftdesk copy --to FIL.sqlite3».\n")
