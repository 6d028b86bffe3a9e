# SPDX-License-Identifier: EUPL-1.2
"""The read side's statements give the same rows through SQLAlchemy and compiled for SQLite.

`kraftdesk pdf minutes` composes one meeting's minutes on an SQLite register without
SQLAlchemy (kraftdesk.reading.rows.SqliteRows, the statements of kraftdesk.reading.queries
compiled ahead into kraftdesk/reading/compiled_sqlite.py). Here every statement is run both
ways on the demo register, with the parameters the read side really passes, and the rows
must be equal value for value and name for name; and the composed documents equal.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kraftdesk.domain.enums import MinutesState, ParagraphAttendanceKind
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import compile_queries, minutes
from kraftdesk.reading.composition import paragraph_values
from kraftdesk.reading.queries import NAMES
from kraftdesk.reading.references import body_row, find_paragraph, meeting_row, paragraph_ref
from kraftdesk.reading.rounds import round_of
from kraftdesk.reading.rows import CoreRows, Rows, SqliteRows
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.register.plain_sqlite import open_plain
from kraftdesk.services.demo import load_demo


class Both(Rows):
    """Runs every statement through SQLAlchemy and compiled for SQLite; the rows must agree."""

    def __init__(self, core: CoreRows, plain: SqliteRows) -> None:
        self.core, self.plain = core, plain
        self.names: set[str] = set()

    def _same(self, name: str, core: Any, plain: Any) -> Any:
        self.names.add(name)
        assert plain == core, name
        for c, p in zip(core, plain, strict=True):
            assert tuple(c._fields) == tuple(p._fields), name
            assert [type(v) for v in c] == [type(v) for v in p], name
        return core

    def all(self, name: str, **params: Any) -> Any:
        return self._same(name, list(self.core.all(name, **params)),
                          list(self.plain.all(name, **params)))

    def first(self, name: str, **params: Any) -> Any:
        core, plain = self.core.first(name, **params), self.plain.first(name, **params)
        self._same(name, [core] if core is not None else [], [plain] if plain is not None
                   else [])
        return core

    def scalar(self, name: str, **params: Any) -> Any:
        core, plain = self.core.scalar(name, **params), self.plain.scalar(name, **params)
        self.names.add(name)
        assert plain == core and type(plain) is type(core), name
        return core


@pytest.fixture
def demo(register: Register, register_path: Path) -> Iterator[tuple[Register, Both]]:
    load_demo(register)
    register.close()
    ordinary = open_register(f"sqlite:///{register_path}")
    connection = open_plain(register_path)
    assert connection is not None
    try:
        with ordinary.read() as session:
            yield ordinary, Both(CoreRows(session.connection()), SqliteRows(connection))
    finally:
        connection.close()
        ordinary.close()


def test_the_compiled_statements_are_what_the_queries_compile_to() -> None:
    assert compile_queries.TARGET.read_text(encoding="utf-8") == compile_queries.source(), (
        "kör «uv run python -m kraftdesk.reading.compile_queries»")


def test_every_document_is_composed_alike_both_ways(demo: tuple[Register, Both]) -> None:
    _, both = demo
    meetings = both.core.all("meetings", ids=list(range(1, 200)))
    assert len(meetings) >= 4
    for meeting in meetings:
        approved = meeting.minutes_state is MinutesState.APPROVED
        for final in (False, True) if approved else (False,):
            doc = minutes.minutes_doc(both, meeting.id, final=final)
            assert doc == minutes.minutes_doc(both.plain, meeting.id, final=final)
            assert doc == minutes.minutes_doc(both.core, meeting.id, final=final)
        ids = [p.id for p in both.core.all("paragraphs_of_meeting", meeting_id=meeting.id)]
        if ids:
            assert minutes.extract_doc(both, ids, on=meeting.starts_at.date()) == \
                minutes.extract_doc(both.plain, ids, on=meeting.starts_at.date())
            assert paragraph_values(both, ids) == paragraph_values(both.plain, ids)
        if both.core.all("appendices_of_meeting", meeting_id=meeting.id):
            assert minutes.appendices_doc(both, meeting.id) == \
                minutes.appendices_doc(both.plain, meeting.id)
        round_of(both, meeting.id)
        both.first("sealed_pdf", meeting_id=meeting.id)


def test_the_lookups_by_reference_agree_and_every_statement_was_run(
        demo: tuple[Register, Both]) -> None:
    register, both = demo
    test_every_document_is_composed_alike_both_ways(demo)
    body = body_row(both, "KS")
    meeting = both.core.all("meetings_of_body_between", body_id=body.id,
                            start=meeting_row(both, 1).starts_at.replace(year=2000),
                            end=meeting_row(both, 1).starts_at.replace(year=2100))[0]
    assert meeting_row(both, f"KS:{meeting.starts_at.date().isoformat()}") == meeting
    with pytest.raises(UserError, match=r"Organet XX finns inte i registret\. Organ i registret: "):
        body_row(both, "XX")
    with register.read() as session:
        paragraph = both.core.all("paragraphs_of_meeting", meeting_id=meeting.id)[0]
        found = find_paragraph(session, paragraph_ref(body, paragraph))
        assert found.id == paragraph.id
    both.first("paragraph_by_number", body_id=body.id, series=paragraph.series,
               number=paragraph.number)
    both.all("memberships_on", body_id=body.id, on=meeting.starts_at.date())
    both.all("statements", ids=[s.id for s in both.core.all(
        "statements_of_paragraphs", ids=list(range(1, 500)))])
    both.all("proposals", ids=list(range(1, 500)))
    both.scalar("stored_file_content", id=1)
    both.all("cases", ids=list(range(1, 500)))
    both.all("bodies", ids=[])  # the empty IN matches nothing either way
    for m in both.core.all("meetings", ids=list(range(1, 200))):
        both.all("servings_of_meeting", meeting_id=m.id, kind=ParagraphAttendanceKind.SERVING)
        both.all("signatures_of_round", meeting_id=m.id, round=1)
    assert set(NAMES) - both.names == set()


def test_a_register_that_cannot_be_read_as_it_is_is_left_to_the_ordinary_way(
        tmp_path: Path, register: Register, register_path: Path) -> None:
    register.close()
    assert open_plain(tmp_path / "saknas.sqlite3") is None
    text = tmp_path / "text.sqlite3"
    text.write_text("inte ett register", encoding="utf-8")
    assert open_plain(text) is None
    other = tmp_path / "annan.sqlite3"
    sqlite3.connect(other).close()
    assert open_plain(other) is None  # an SQLite file that is no register
    connection = open_plain(register_path)
    assert connection is not None
    connection.close()
    old = sqlite3.connect(register_path)
    old.execute("UPDATE alembic_version SET version_num = '0099_older'")
    old.commit()
    assert open_plain(register_path) is None  # another schema: the ordinary way upgrades
    old.execute("BEGIN IMMEDIATE")
    old.execute("UPDATE alembic_version SET version_num = version_num")
    old.commit()  # the write-ahead log is left while `old` is open
    assert Path(f"{register_path}-wal").stat().st_size > 0
    assert open_plain(register_path) is None
    old.close()


def test_the_plain_connection_cannot_write_and_leaves_no_files(register: Register,
                                                               register_path: Path) -> None:
    register.close()
    before = sorted(register_path.parent.iterdir())
    connection = open_plain(register_path)
    assert connection is not None
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        connection.execute("DELETE FROM organisation")
    assert connection.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    connection.close()
    assert sorted(register_path.parent.iterdir()) == before  # no -wal or -shm left
