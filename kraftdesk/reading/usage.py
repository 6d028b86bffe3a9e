# SPDX-License-Identifier: EUPL-1.2
"""Where a person or a body appears in justerade minutes (which must print as they were)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import MinutesState
from kraftdesk.reading.references import meeting_ref
from kraftdesk.register.models import (
    Attendance,
    Ballot,
    Body,
    Meeting,
    MeetingApprover,
    Paragraph,
    ParagraphAttendance,
    Proposal,
    ProposalAuthor,
    Statement,
    StatementAuthor,
    StatementConcurrence,
    Vote,
)


def _locked() -> object:
    """Justerade minutes, or minutes with a paragraph justerad omedelbart."""
    return or_(Meeting.minutes_state == MinutesState.APPROVED,
               Meeting.id.in_(select(Paragraph.meeting_id)
                              .where(Paragraph.immediately_approved_on.is_not(None))))


def _meetings_of_person(person_id: int) -> Iterable[Select]:
    """Queries of the meeting ids where the person appears, in every role."""
    yield select(Meeting.id).where(or_(Meeting.chair_id == person_id,
                                       Meeting.secretary_id == person_id))
    yield select(MeetingApprover.meeting_id).where(MeetingApprover.person_id == person_id)
    yield select(Attendance.meeting_id).where(or_(Attendance.person_id == person_id,
                                                  Attendance.replaces_person_id == person_id))
    paragraph_meeting = select(Paragraph.meeting_id)
    yield paragraph_meeting.join(ParagraphAttendance,
                                 ParagraphAttendance.paragraph_id == Paragraph.id).where(
        or_(ParagraphAttendance.person_id == person_id,
            ParagraphAttendance.replaces_person_id == person_id))
    yield paragraph_meeting.join(Proposal, Proposal.paragraph_id == Paragraph.id).join(
        ProposalAuthor, ProposalAuthor.proposal_id == Proposal.id).where(
        ProposalAuthor.person_id == person_id)
    yield paragraph_meeting.join(Vote, Vote.paragraph_id == Paragraph.id).join(
        Ballot, Ballot.vote_id == Vote.id).where(Ballot.person_id == person_id)
    for model in (StatementAuthor, StatementConcurrence):
        yield paragraph_meeting.join(Statement, Statement.paragraph_id == Paragraph.id).join(
            model, model.statement_id == Statement.id).where(model.person_id == person_id)


def _meeting_ids(session: Session, person_id: int) -> set[int]:
    ids: set[int] = set()
    for query in _meetings_of_person(person_id):
        ids.update(session.scalars(query))
    return ids


def meeting_with_person(session: Session, person_id: int) -> str | None:
    """The reference of the first minutes (any state) the person appears in, or None."""
    ids = _meeting_ids(session, person_id)
    row = session.execute(select(Meeting, Body).join(Body, Body.id == Meeting.body_id)
                          .where(Meeting.id.in_(ids)).order_by(Meeting.starts_at)).first()
    return meeting_ref(row[1], row[0]) if row else None


def justerat_with_person(session: Session, person_id: int, *, body_id: int | None = None,
                         between: tuple[date, date | None] | None = None) -> str | None:
    """The reference of the first justerat protokoll the person appears in ("KS:2026-01-07"),
    optionally only of one body and with its date in `between` (from, to or None)."""
    ids = _meeting_ids(session, person_id)
    if not ids:
        return None
    query = (select(Meeting, Body).join(Body, Body.id == Meeting.body_id)
             .where(Meeting.id.in_(ids), _locked()).order_by(Meeting.starts_at))
    for meeting, body in session.execute(query):
        if body_id is not None and body.id != body_id:
            continue
        day = meeting.starts_at.date()
        if between is not None and (day < between[0]
                                    or (between[1] is not None and day > between[1])):
            continue
        return meeting_ref(body, meeting)
    return None


def justerat_of_body(session: Session, body_id: int) -> str | None:
    """The reference of the body's first justerat protokoll, or None."""
    row = session.execute(
        select(Meeting, Body).join(Body, Body.id == Meeting.body_id)
        .where(Meeting.body_id == body_id, _locked()).order_by(Meeting.starts_at)).first()
    return meeting_ref(row[1], row[0]) if row else None


def meetings_of_body_after(session: Session, body_id: int, day: date) -> str | None:
    """The reference of the body's first meeting after `day`, or None."""
    row = session.execute(
        select(Meeting, Body).join(Body, Body.id == Meeting.body_id)
        .where(Meeting.body_id == body_id, Meeting.starts_at >= _next_day(day))
        .order_by(Meeting.starts_at)).first()
    return meeting_ref(row[1], row[0]) if row else None


def _next_day(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), datetime.min.time())
