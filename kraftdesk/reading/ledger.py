# SPDX-License-Identifier: EUPL-1.2
"""Open promises: every promised text still open, in the register or in one meeting.

    pending_in(session, *, now, meeting_id=None, paragraph_id=None) -> list[PendingPromise]

The one query for them: Bevakning and `kraftdesk pending` (all of them, by deadline), the
justering dialog and the justering service (one meeting, or one paragraph of it, in agenda
order), and closing the promises at justering. It reads only the promised statements (index
on state and deadline) with their paragraph, meeting, body, case and authors; nothing else of
the register is loaded, so the ledger costs the same on a register of ten years. `now` is
the clock (injected, so tests and the command line can fix it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from kraftdesk.domain.enums import StatementKind, StatementState
from kraftdesk.reading.core import Reader, connection_of
from kraftdesk.register import core_tables as t
from kraftdesk.text import formats
from kraftdesk.text.statements import open_promise, time_left_text
from kraftdesk.text.vocabulary import STATEMENT_KIND

if TYPE_CHECKING:
    from sqlalchemy import Select


@dataclass(frozen=True)
class PendingPromise:
    statement_id: int
    kind: StatementKind
    what: str  # "Särskilt yttrande"
    authors: tuple[str, ...]  # "John Eklöf (M)", …
    authors_text: str  # "John Eklöf (M), Farishta Sulaiman (M) och Anton Sauer (C)"
    named: str  # "§ 16: särskilt yttrande från John Eklöf, Farishta Sulaiman och Anton Sauer"
    body_short_name: str
    body_name: str
    meeting_id: int
    meeting_date: date
    paragraph_id: int
    paragraph_reference: str  # "KS:2026:16"
    paragraph_label: str  # "§ 16"
    paragraph_title: str
    case_number: str | None
    deadline: datetime
    time_left: timedelta  # negative when overdue
    overdue: bool
    time_left_text: str  # "2 dygn och 3 timmar" / "försenad med 5 timmar"
    version: int = 1  # the statement's row version (receive/withdraw expected_version)


def _query(meeting_id: int | None, paragraph_id: int | None) -> Select:
    # A plain Core statement on the register's table clauses (kraftdesk.register.core_tables):
    # no mapped model is imported or configured, so `kraftdesk pending` runs without the ORM.
    st, p, m, b = t.statement.c, t.paragraph.c, t.meeting.c, t.body.c
    c, sa, pe, pa = t.case.c, t.statement_author.c, t.person.c, t.party.c
    query = (
        select(st.id, st.kind, st.deadline, p.id, p.number, p.series, p.title, m.id,
               m.starts_at, b.short_name, b.name, c.number, pe.name, pa.abbreviation, st.version)
        .select_from(t.statement)
        .join(t.paragraph, p.id == st.paragraph_id)
        .join(t.meeting, m.id == p.meeting_id)
        .join(t.body, b.id == p.body_id)
        .outerjoin(t.case, c.id == p.case_id)
        .outerjoin(t.statement_author, sa.statement_id == st.id)
        .outerjoin(t.person, pe.id == sa.person_id)
        .outerjoin(t.party, pa.id == pe.party_id)
        .where(st.state == StatementState.PROMISED)
    )
    if paragraph_id is not None:
        query = query.where(p.id == paragraph_id)
    if meeting_id is None:
        return query.order_by(st.deadline, st.id, sa.position)
    return (query.where(p.meeting_id == meeting_id)
            .order_by(p.position, st.position, sa.position))


def pending_in(session: Reader, *, now: datetime, meeting_id: int | None = None,
               paragraph_id: int | None = None) -> list[PendingPromise]:
    """Every open promise, earliest deadline first; those of one meeting (and of one of its
    paragraphs) in agenda order when `meeting_id` is given.

    `session`: a session (inside a write, such as justering, what the caller changed
    counts) or a plain connection (Register.read_rows())."""
    rows: dict[int, list] = {}
    for row in connection_of(session).execute(_query(meeting_id, paragraph_id)):
        rows.setdefault(row[0], []).append(row)
    result = []
    for statement_id, group in rows.items():
        (_, kind, deadline, pid, number, series, title, mid, starts_at, short, body_name,
         case_number, _, _, version) = group[0]
        names = tuple(r[12] for r in group if r[12])
        authors = tuple(f"{r[12]} ({r[13]})" if r[13] else r[12] for r in group if r[12])
        left = deadline - now
        label = f"§ {number}" if number else "§ –"
        result.append(PendingPromise(
            statement_id=statement_id, kind=kind, what=STATEMENT_KIND[kind], authors=authors,
            authors_text=formats.join_list(authors),
            named=open_promise(label, kind, names), body_short_name=short,
            body_name=body_name, meeting_id=mid, meeting_date=starts_at.date(),
            paragraph_id=pid,
            paragraph_reference=f"{short}:{series}:{number}" if number else
            f"{short}:{starts_at.date().isoformat()}",
            paragraph_label=label, paragraph_title=title,
            case_number=case_number, deadline=deadline, time_left=left,
            overdue=left < timedelta(0), time_left_text=time_left_text(left),
            version=version))
    return result

