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

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import StatementKind, StatementState
from kraftdesk.register.models import (
    Body,
    Case,
    Meeting,
    Paragraph,
    Party,
    Person,
    Statement,
    StatementAuthor,
)
from kraftdesk.text import formats
from kraftdesk.text.statements import open_promise, time_left_text
from kraftdesk.text.vocabulary import STATEMENT_KIND


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


def _query(meeting_id: int | None, paragraph_id: int | None):
    query = (
        select(Statement.id, Statement.kind, Statement.deadline, Paragraph.id,
               Paragraph.number, Paragraph.series, Paragraph.title, Meeting.id,
               Meeting.starts_at, Body.short_name, Body.name, Case.number, Person.name,
               Party.abbreviation, Statement.version)
        .join(Paragraph, Paragraph.id == Statement.paragraph_id)
        .join(Meeting, Meeting.id == Paragraph.meeting_id)
        .join(Body, Body.id == Paragraph.body_id)
        .outerjoin(Case, Case.id == Paragraph.case_id)
        .outerjoin(StatementAuthor, StatementAuthor.statement_id == Statement.id)
        .outerjoin(Person, Person.id == StatementAuthor.person_id)
        .outerjoin(Party, Party.id == Person.party_id)
        .where(Statement.state == StatementState.PROMISED)
    )
    if paragraph_id is not None:
        query = query.where(Paragraph.id == paragraph_id)
    if meeting_id is None:
        return query.order_by(Statement.deadline, Statement.id, StatementAuthor.position)
    return (query.where(Paragraph.meeting_id == meeting_id)
            .order_by(Paragraph.position, Statement.position, StatementAuthor.position))


def pending_in(session: Session, *, now: datetime, meeting_id: int | None = None,
               paragraph_id: int | None = None) -> list[PendingPromise]:
    """Every open promise, earliest deadline first; those of one meeting (and of one of its
    paragraphs) in agenda order when `meeting_id` is given."""
    rows: dict[int, list] = {}
    session.flush()  # inside a write (justering): what the caller changed counts
    # Core rows through the connection: no ORM entity processing for a plain column list.
    for row in session.connection().execute(_query(meeting_id, paragraph_id)):
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

