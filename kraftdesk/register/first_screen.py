# SPDX-License-Identifier: EUPL-1.2
"""The desktop app's first screen, read from an SQLite register with the standard library.

The desktop app shows its window before SQLAlchemy and the rest of kraftdesk are loaded
(about two thirds of a second on a laptop): it reads the organisation's name and the first
page of the Sammanträden list here, paints them, and opens the register the ordinary way
(kraftdesk.register.migrate) in the meantime. This module therefore imports nothing but
the standard library and kraftdesk.domain.

Only a register that can be read as it is gets read here (kraftdesk.register.plain_sqlite),
with an organisation. For anything else the answer is None and the app takes the ordinary
way, which migrates, checks or explains.

The rows are the ones kraftdesk.services.browse.meetings_page
gives in its default order (newest first); tests/services/test_first_screen.py keeps the two
equal, column by column.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from kraftdesk.domain.enums import MinutesState
from kraftdesk.register.plain_sqlite import open_plain

# The columns of kraftdesk.services.list_rows.MeetingRow, in its field order. The page is
# chosen first and its paragraphs counted after, so the cost does not grow with the register.
_MEETINGS = """
    SELECT m.id, m.body_id, b.short_name, b.name, m.starts_at, m.place, m.minutes_state,
           m.approval_due_at, m.approved_on,
           (SELECT count(*) FROM paragraph AS p WHERE p.meeting_id = m.id),
           m.is_example
    FROM (SELECT id FROM meeting ORDER BY starts_at DESC, id DESC LIMIT :limit) AS page
    JOIN meeting AS m ON m.id = page.id
    JOIN body AS b ON b.id = m.body_id
    ORDER BY m.starts_at DESC, m.id DESC
"""


class FirstScreenRows(NamedTuple):
    """What the first screen shows; `meetings` as tuples in MeetingRow's field order."""

    organisation: str
    meeting_count: int
    meetings: tuple[tuple[Any, ...], ...]


def read_first_screen(path: Path, *, limit: int) -> FirstScreenRows | None:
    """The first `limit` meetings, newest first; None when the register must be opened."""
    connection = open_plain(path)
    if connection is None:
        return None
    try:
        return _read(connection, limit)
    except (sqlite3.Error, ValueError):  # not a register, or not one this program knows
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, limit: int) -> FirstScreenRows | None:
    organisation = connection.execute(
        "SELECT name FROM organisation ORDER BY id LIMIT 1").fetchone()
    if organisation is None:
        return None
    count = connection.execute("SELECT count(*) FROM meeting").fetchone()[0]
    rows = connection.execute(_MEETINGS, {"limit": limit}).fetchall()
    return FirstScreenRows(organisation=organisation[0], meeting_count=count,
                           meetings=tuple(_meeting(row) for row in rows))


def _meeting(row: tuple[Any, ...]) -> tuple[Any, ...]:
    (id_, body_id, short_name, name, starts_at, place, state, approval_due_at, approved_on,
     paragraphs, is_example) = row
    return (id_, body_id, short_name, name, datetime.fromisoformat(starts_at), place,
            MinutesState(state), _datetime(approval_due_at), _date(approved_on), paragraphs,
            bool(is_example))


def _datetime(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)
