# SPDX-License-Identifier: EUPL-1.2
"""Paged read queries for the GUI's lists: sammanträden and ärenden.

Every function reads one page (LIMIT/OFFSET) in one read transaction and returns frozen
rows, never ORM objects. Aggregates (paragraph counts, latest handling) are computed for the
ids of the page only, so the first screen of a register with tens of thousands of
paragraphs costs a few small queries. Text columns sort in Swedish order (Å Ä Ö after Z).
On SQLite that is `ORDER BY sv_key(column)`: a function registered on the
register's connections (kraftdesk.register.engine) that SQLite evaluates once per row, so
sorting 20 000 ärenden costs
20 000 calls of kraftdesk.domain.sorting.natural_swedish_key, where the "sv" collation would call
it twice per comparison (ten times as often, seconds instead of a fraction of one). The key
also orders numbers by value, so diarienummer come as a secretary counts ("STK-2017-104"
before "STK-2017-1007"). Other databases sort with their own collation.

A filter word matches as a substring. SQLite's LIKE folds case for A–Z only, so a word is
also tried with a capital first letter and in capitals ("ängdala" finds "Ängdala").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, String, cast, func, or_, select

from kraftdesk.register import core_tables
from kraftdesk.register.database import Register
from kraftdesk.register.engine import SORT_KEY_FUNCTION
from kraftdesk.services.list_rows import (
    PAGE_SIZE,
    CaseOrder,
    CaseRow,
    MeetingOrder,
    MeetingRow,
)

__all__ = ["PAGE_SIZE", "CaseOrder", "CaseRow", "MeetingOrder", "MeetingRow", "cases_page",
           "count_cases", "count_meetings", "meetings_page"]


def _words(text: str) -> list[str]:
    return [word for word in text.split() if word]


def _variants(word: str) -> set[str]:
    return {word, word.lower(), word.capitalize(), word.upper()}


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(columns: Sequence[Any], word: str) -> ColumnElement[bool]:
    """Any of `columns` contains `word` (in one of its case variants)."""
    return or_(*(column.like(f"%{_escape(v)}%", escape="\\")
                 for column in columns for v in _variants(word)))


def _swedish(register: Register, column: Any) -> Any:
    """Swedish order with numbers by value (the sv_key() function of every SQLite connection)."""
    if not register.is_sqlite:
        return column
    return getattr(func, SORT_KEY_FUNCTION)(column)


def _ordered(column: Any, descending: bool) -> Any:
    return column.desc() if descending else column.asc()


# Sammanträden --------------------------------------------------------------------------------

# The Sammanträden list is the window's first view: its queries are Core statements on the
# register's table clauses (kraftdesk.register.core_tables), so the window is ready before
# the mapped models are imported and SQLAlchemy has configured their mappers.
_MEETING, _BODY, _PARAGRAPH = core_tables.meeting.c, core_tables.body.c, core_tables.paragraph.c
_CASE = core_tables.case.c


def _meeting_filter(text: str) -> list[ColumnElement[bool]]:
    columns = (_BODY.name, _BODY.short_name, _MEETING.place, cast(_MEETING.starts_at, String))
    return [_contains(columns, word) for word in _words(text)]


def _meeting_order(register: Register, order: MeetingOrder) -> Any:
    return {
        MeetingOrder.DATE: _MEETING.starts_at,
        MeetingOrder.BODY: _swedish(register, _BODY.short_name),
        MeetingOrder.PLACE: _swedish(register, func.coalesce(_MEETING.place, "")),
        MeetingOrder.STATE: _MEETING.minutes_state,
        MeetingOrder.APPROVAL: _MEETING.approval_due_at,
    }[order]


def meetings_page(register: Register, *, text: str = "", order: MeetingOrder = MeetingOrder.DATE,
                  descending: bool = True, offset: int = 0,
                  limit: int = PAGE_SIZE) -> list[MeetingRow]:
    """One page of meetings matching every word of `text`, newest first by default."""
    m = _MEETING
    query = (
        select(m.id, m.body_id, _BODY.short_name, _BODY.name, m.starts_at, m.place,
               m.minutes_state, m.approval_due_at, m.approved_on, m.is_example)
        .join_from(core_tables.meeting, core_tables.body, _BODY.id == m.body_id)
        .where(*_meeting_filter(text))
        .order_by(_ordered(_meeting_order(register, order), descending),
                  m.starts_at.desc(), m.id.desc())
        .offset(offset).limit(limit)
    )
    with register.read_rows() as connection:
        found = connection.execute(query).all()
        counts = _paragraph_counts(connection, [row.id for row in found])
        return [
            MeetingRow(
                id=row.id, body_id=row.body_id, body_short_name=row.short_name,
                body_name=row.name, starts_at=row.starts_at, place=row.place,
                minutes_state=row.minutes_state, approval_due_at=row.approval_due_at,
                approved_on=row.approved_on, paragraph_count=counts.get(row.id, 0),
                is_example=row.is_example,
            )
            for row in found
        ]


def count_meetings(register: Register, *, text: str = "") -> int:
    query = (select(func.count())
             .select_from(core_tables.meeting.join(core_tables.body,
                                                   _BODY.id == _MEETING.body_id))
             .where(*_meeting_filter(text)))
    with register.read_rows() as connection:
        return connection.scalar(query) or 0


def _paragraph_counts(connection: Connection, meeting_ids: list[int]) -> dict[int, int]:
    if not meeting_ids:
        return {}
    rows = connection.execute(
        select(_PARAGRAPH.meeting_id, func.count())
        .where(_PARAGRAPH.meeting_id.in_(meeting_ids)).group_by(_PARAGRAPH.meeting_id)
    )
    return {meeting_id: count for meeting_id, count in rows}


# Ärenden -------------------------------------------------------------------------------------

def _case_filter(text: str) -> list[ColumnElement[bool]]:
    return [_contains((_CASE.number, _CASE.title), word) for word in _words(text)]


def _case_order(register: Register, order: CaseOrder) -> Any:
    return {
        CaseOrder.NUMBER: _swedish(register, _CASE.number),
        CaseOrder.TITLE: _swedish(register, _CASE.title),
        CaseOrder.STATUS: _CASE.status,
    }[order]


def cases_page(register: Register, *, text: str = "", order: CaseOrder = CaseOrder.NUMBER,
               descending: bool = False, offset: int = 0,
               limit: int = PAGE_SIZE) -> list[CaseRow]:
    """One page of ärenden matching every word of `text` in diarienummer or title."""
    query = (
        select(_CASE.id, _CASE.number, _CASE.title, _CASE.status).where(*_case_filter(text))
        .order_by(_ordered(_case_order(register, order), descending), _CASE.id)
        .offset(offset).limit(limit)
    )
    with register.read_rows() as connection:
        cases = connection.execute(query).all()
        handlings = _handlings(connection, [case.id for case in cases])
        return [
            CaseRow(id=c.id, number=c.number, title=c.title, status=c.status,
                    handling_count=handlings.get(c.id, (0, None))[0],
                    last_handled_at=handlings.get(c.id, (0, None))[1])
            for c in cases
        ]


def count_cases(register: Register, *, text: str = "") -> int:
    with register.read_rows() as connection:
        return connection.scalar(select(func.count()).select_from(core_tables.case)
                              .where(*_case_filter(text))) or 0


def _handlings(connection: Connection,
               case_ids: list[int]) -> dict[int, tuple[int, datetime | None]]:
    if not case_ids:
        return {}
    p = _PARAGRAPH
    rows = connection.execute(
        select(p.case_id, func.count(), func.max(_MEETING.starts_at))
        .join_from(core_tables.paragraph, core_tables.meeting, _MEETING.id == p.meeting_id)
        .where(p.case_id.in_(case_ids)).group_by(p.case_id)
    )
    return {case_id: (count, latest) for case_id, count, latest in rows}
