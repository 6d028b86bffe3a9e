# SPDX-License-Identifier: EUPL-1.2
"""Ärenden to be taken up again: open cases whose latest handling left them bordlagda or
återremitterade.

    awaiting_return(session) -> list[ReturnRow]

The one query for them: Bevakning, the ärende page and `kraftdesk pending`. It reads only the
paragraphs with a deferral (index ix_paragraph_deferral) and, for each, whether a later
meeting has the case on its agenda (index ix_paragraph_case_id): the cost follows how many
ärenden were bordlagda, not the size of the register. A plain Core statement on the
register's table clauses (kraftdesk.register.core_tables), as the open promises of
kraftdesk.reading.ledger: it runs in an ORM session or on a plain connection, and this
module imports nothing of the ORM or the composition, so `kraftdesk pending` stays a light
process.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kraftdesk.domain.enums import CaseStatus, ParagraphDeferral
from kraftdesk.reading.core import Reader, connection_of
from kraftdesk.register import core_tables as t
from kraftdesk.text.vocabulary import PARAGRAPH_DEFERRAL


@dataclass(frozen=True)
class ReturnRow:
    case_id: int
    case_number: str
    case_title: str
    deferral: ParagraphDeferral
    deferral_text: str
    body_short_name: str
    meeting_id: int
    meeting_date: date
    paragraph_id: int
    paragraph_label: str


def awaiting_return(session: Reader) -> list[ReturnRow]:
    """Open ärenden whose latest handling left them bordlagda or återremitterade, the
    earliest first."""
    tabled = t.paragraph.alias("tabled")
    tabled_meeting = t.meeting.alias("tabled_meeting")
    later_p, later_m = t.paragraph.alias("later"), t.meeting.alias("later_m")
    c, b = t.case, t.body
    later = (select(later_p.c.id)
             .select_from(later_p.join(later_m, later_m.c.id == later_p.c.meeting_id))
             .where(later_p.c.case_id == tabled.c.case_id,
                    later_m.c.starts_at > tabled_meeting.c.starts_at).exists())
    query = (
        select(c.c.id, c.c.number, c.c.title, tabled.c.deferral, b.c.short_name,
               tabled_meeting.c.id, tabled_meeting.c.starts_at, tabled.c.id, tabled.c.number)
        .select_from(c.join(tabled, tabled.c.case_id == c.c.id)
                     .join(tabled_meeting, tabled_meeting.c.id == tabled.c.meeting_id)
                     .join(b, b.c.id == tabled.c.body_id))
        .where(tabled.c.deferral.in_(list(ParagraphDeferral)),
               c.c.status == CaseStatus.OPEN, ~later)
        .order_by(tabled_meeting.c.starts_at, c.c.number))
    seen: set[int] = set()
    out = []
    for (case_id, number, title, deferral, short, meeting_id, starts_at, paragraph_id,
         paragraph_number) in connection_of(session).execute(query):
        if case_id in seen:
            continue
        seen.add(case_id)
        out.append(ReturnRow(case_id, number, title, deferral, PARAGRAPH_DEFERRAL[deferral],
                             short, meeting_id, starts_at.date(), paragraph_id,
                             f"§ {paragraph_number}" if paragraph_number else "§ –"))
    return out
