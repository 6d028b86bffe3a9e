# SPDX-License-Identifier: EUPL-1.2
"""Bilaga numbers of one meeting.

Order: bilagor of the whole meeting first (the närvarolista before any other), then by
paragraph (agenda order), within a paragraph voting lists, documents, then statements in
their order. Draft minutes get
provisional numbers 1..n in that order (what the draft shows); once the minutes are sent for
justering the stored numbers stay, and a bilaga added later gets the next free number.
"""

from __future__ import annotations

from typing import Any

from kraftdesk.domain import rules
from kraftdesk.domain.enums import AppendixKind
from kraftdesk.reading.rows import rows_of

_KIND_RANK = {AppendixKind.ATTENDANCE_LIST: -1, AppendixKind.VOTING_LIST: 0,
              AppendixKind.DOCUMENT: 1, AppendixKind.STATEMENT: 2}


def in_order(reader: Any, meeting_id: int) -> list[tuple[int, int | None]]:
    """(appendix id, stored number) in bilaga order. `reader`: a session, a connection or a
    rows source (kraftdesk.reading.rows)."""
    rows = list(rows_of(reader).all("appendix_order", meeting_id=meeting_id))
    rows.sort(key=lambda r: (r[3], _KIND_RANK[r[2]], r[4], r[0]))
    return [(r[0], r[1]) for r in rows]


def numbers(reader: Any, meeting: Any) -> dict[int, int]:
    """Appendix id → bilaga number (stored, or provisional in draft minutes)."""
    ordered = in_order(reader, meeting.id)
    if not rules.numbers_fixed(meeting.minutes_state):
        return {aid: n for n, (aid, _) in enumerate(ordered, start=1)}
    result = {aid: number for aid, number in ordered if number is not None}
    following = max(result.values(), default=0)
    for aid, number in ordered:
        if number is None:
            following += 1
            result[aid] = following
    return result
