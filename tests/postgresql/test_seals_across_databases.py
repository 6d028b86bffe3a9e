# SPDX-License-Identifier: EUPL-1.2
"""A seal does not depend on the database: minutes sealed on SQLite verify on PostgreSQL and
back, and those sealed on PostgreSQL verify on SQLite. The canonical form is built from
typed values, written as SQLite stores them (version 1, unchanged)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String, select, type_coerce
from sqlalchemy.types import NullType

from kraftdesk.domain.enums import MinutesState
from kraftdesk.interchange import export_register, import_register
from kraftdesk.register.audit import canonical_json, json_value
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import MinutesSeal, StoredFile
from kraftdesk.register.seal import CANONICAL_VERSION, canonical_bytes, canonical_value, sha256
from kraftdesk.services import justering
from tests.databases import TestDatabase
from tests.integrity.helpers import sealed_meeting
from tests.justering.helpers import build_meeting
from tests.postgresql.helpers import cli


def test_typed_values_are_written_as_sqlite_stores_them() -> None:
    assert canonical_value(Column("t", DateTime()), datetime(2026, 1, 7, 13, 0)) == \
        "2026-01-07 13:00:00.000000"
    assert canonical_value(Column("t", DateTime()), datetime(2026, 1, 7, 13, 0, 5, 120)) == \
        "2026-01-07 13:00:05.000120"
    assert canonical_value(Column("d", Date()), date(2026, 1, 7)) == "2026-01-07"
    assert canonical_value(Column("b", Boolean()), True) == 1
    assert canonical_value(Column("b", Boolean()), 0) == 0  # SQLite's stored integer
    # SQLite's stored text is kept as it is, a malformed one too (verify reports it).
    assert canonical_value(Column("t", DateTime()), "2026-01-07 13:00:00.000000") == \
        "2026-01-07 13:00:00.000000"
    assert canonical_value(Column("t", DateTime()), "i morgon") == "i morgon"
    assert canonical_value(Column("n", Integer()), 16) == 16
    assert canonical_value(Column("s", String()), "§ 16") == "§ 16"
    assert canonical_value(Column("c", NullType()), b"%PDF") == json_value(b"%PDF")


def _version_1_as_first_written(register: Register, meeting_id: int) -> bytes:
    """The canonical form as kraftdesk computed it before this change: every value as the
    database returned it, untyped (kraftdesk.register.seal at 2026-12-05)."""
    from kraftdesk.register import seal

    def plain(value: Any) -> Any:
        if value is None or isinstance(value, (str, int, float, bool)):
            return value
        return json_value(value)

    def rows(conn: Any, table: Any, where: Any) -> dict[str, dict]:
        # The columns there were when version 1 was defined: not the row versions that
        # came later (migration 0100_i13), which the canonical form leaves out.
        columns = [type_coerce(c, NullType()).label(c.name) for c in table.c
                   if c.name != "version"]
        out = {}
        for row in conn.execute(select(*columns).where(where)).mappings():
            values = {name: plain(value) for name, value in row.items()}
            out[canonical_json({c.name: values[c.name]
                                for c in table.primary_key.columns})] = values
        return out

    original = seal._rows
    seal._rows = rows  # type: ignore[assignment]
    try:
        with register.read() as session:
            return seal.canonical_bytes(session.connection(), meeting_id)
    finally:
        seal._rows = original


def test_sqlite_seals_of_todays_code_are_unchanged(register_path: Path) -> None:
    register = open_register(f"sqlite:///{register_path}", create=True)
    try:
        built = build_meeting(register, state=MinutesState.APPROVED)
        with register.read() as session:
            now = canonical_bytes(session.connection(), built.meeting_id)
        assert now == _version_1_as_first_written(register, built.meeting_id)
        assert json.loads(now)["version"] == CANONICAL_VERSION == 1
    finally:
        register.close()


def test_the_same_minutes_give_the_same_form_on_both_databases(
        register_path: Path, pg: TestDatabase) -> None:
    sqlite = open_register(f"sqlite:///{register_path}", create=True)
    server = open_register(pg.url, create=False)
    try:
        built = sealed_meeting(sqlite)
        import_register(server, export_register(sqlite))
        with sqlite.read() as a, server.read() as b:
            assert canonical_bytes(a.connection(), built.meeting_id) == \
                canonical_bytes(b.connection(), built.meeting_id)
            seal = b.scalars(select(MinutesSeal)).one()
            assert sha256(canonical_bytes(b.connection(), built.meeting_id)) == \
                seal.content_sha256
    finally:
        sqlite.close()
        server.close()
    assert cli(pg.url, "verify")[0] == 0


def test_sqlite_to_postgresql_to_sqlite_keeps_every_seal(tmp_path: Path,
                                                         pg: TestDatabase) -> None:
    first = tmp_path / "kommun.sqlite3"
    assert cli(str(first), "demo")[0] == 0
    assert cli(str(first), "copy", "--to", pg.url)[0] == 0
    assert cli(pg.url, "verify")[0] == 0
    # A seal taken on PostgreSQL: the demo's draft meeting sent and justerad there.
    assert cli(pg.url, "justering", "skicka", "KS:2026-12-02", "--datum", "2026-12-03")[0] == 0
    assert cli(pg.url, "justering", "justera", "KS:2026-12-02", "--datum", "2026-12-09",
               "--bekräfta", now="2026-12-09 15:00")[0] == 0
    back = tmp_path / "tillbaka.sqlite3"
    code, out, _err = cli(pg.url, "copy", "--to", str(back))
    assert code == 0
    assert out.splitlines()[-1] == (
        "Kopian är kontrollerad: 5 förseglade protokoll, 6 filer och "
        f"{_entries(back)} poster i granskningsloggen stämmer, och innehållet är detsamma som "
        "i originalet.")
    assert cli(str(back), "verify") == (
        0, f"Allt stämmer: 5 förseglade protokoll, 6 filer och {_entries(back)} poster i "
           "granskningsloggen är oförändrade.\n", "")
    # and through the interchange file, as `export` and `import` do it
    exported = tmp_path / "register.json"
    assert cli(pg.url, "export", str(exported))[0] == 0
    again = tmp_path / "igen.sqlite3"
    assert cli(str(again), "import", str(exported))[0] == 0
    assert cli(str(again), "verify")[0] == 0


def test_a_seal_taken_on_postgresql_matches_its_kept_form(pg: TestDatabase,
                                                          pg_register: Register) -> None:
    built = build_meeting(pg_register, state=MinutesState.SENT_FOR_APPROVAL, promised=False)
    justering.justera(pg_register, built.meeting_id, on=date(2026, 1, 14))
    with pg_register.read() as session:
        seal = session.scalars(select(MinutesSeal)).one()
        kept = session.scalars(select(StoredFile.content)
                               .where(StoredFile.sha256 == seal.content_sha256)).one()
    meeting = json.loads(kept)["rows"]["meeting"]
    row = next(iter(meeting.values()))
    assert row["starts_at"] == "2026-01-07 13:00:00.000000"  # SQLite's text, not PostgreSQL's
    assert row["approved_on"] == "2026-01-14"
    assert row["is_example"] == 0


def _entries(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
