# SPDX-License-Identifier: EUPL-1.2
"""Shared helpers of the drafting services: loading rows with Swedish errors, labels,
membership and participation (who serves, who may vote in a paragraph).

Nothing here opens a transaction or writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from kraftdesk.domain import participation as rules_of_participation
from kraftdesk.domain import rules
from kraftdesk.domain.enums import NumberingScheme, StatementKind, StatementState
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.domain.limits import fits_integer
from kraftdesk.domain.values import PersonName
from kraftdesk.reading import load
from kraftdesk.register.models import (
    Attendance,
    Ballot,
    Body,
    Meeting,
    Organisation,
    Paragraph,
    ParagraphAttendance,
    Person,
    Proposal,
    ProposalAuthor,
    Statement,
    StatementAuthor,
    StatementConcurrence,
    Vote,
)
from kraftdesk.text import formats
from kraftdesk.text import participation as participation_words

T = TypeVar("T")



MEMBER_ROLES = rules_of_participation.MEMBER_ROLES
SERVING_KINDS = rules_of_participation.SERVING_KINDS
PRESENT_KINDS = rules_of_participation.PRESENT_KINDS

_WHAT = {Meeting: "meeting", Paragraph: "paragraph", Person: "person", Body: "body"}


def get(session: Session, model: type[T], row_id: int, *, what: str | None = None) -> T:
    """The row, or a UserError saying it does not exist (nothing is created)."""
    row = session.get(model, row_id) if fits_integer(row_id) else None
    if row is None:
        raise load.missing(_WHAT.get(model, model.__name__.lower()), row_id, name=what)
    return row


def person_name(person: Person) -> PersonName:
    return PersonName(person.name, person.party.abbreviation if person.party else None,
                      person.pronoun, person.title)


body_name = load.body_name  # the body as the text composer takes it


def body_running(body: Body) -> str:
    """ "kommunstyrelsen": the body in running text."""
    return formats.body_running(body_name(body))


def body_genitive(body: Body) -> str:
    """ "kommunstyrelsens"."""
    return formats.body_genitive(body_name(body))


def person_label(person: Person) -> str:
    """ "John Eklöf (M)"."""
    return formats.person(person_name(person))


def paragraph_what(paragraph: Paragraph) -> str:
    """How messages name a paragraph: "§ 16", or "punkt 3 på dagordningen"."""
    if paragraph.number is not None:
        return f"§ {paragraph.number}"
    return f"punkt {paragraph.position} på dagordningen"


def ensure_meeting_editable(meeting: Meeting, what: str) -> None:
    rules.ensure_editable(meeting.minutes_state, what=what)
    _ensure_not_being_signed(meeting, what)


def paragraph_and_meeting(session: Session, paragraph_id: int) -> tuple[Paragraph, Meeting]:
    """The paragraph and its meeting, read in one query (a UserError if there is no such
    paragraph); both are then in the session, so get() of either costs no query."""
    if fits_integer(paragraph_id):
        found = session.execute(
            select(Paragraph, Meeting).join(Meeting, Meeting.id == Paragraph.meeting_id)
            .where(Paragraph.id == paragraph_id)).first()
        if found is not None:
            return found[0], found[1]
    paragraph = get(session, Paragraph, paragraph_id)
    return paragraph, get(session, Meeting, paragraph.meeting_id)


def ensure_paragraph_editable(session: Session, paragraph: Paragraph) -> Meeting:
    """The paragraph's meeting, after checking (domain.rules) that the paragraph may change."""
    meeting = get(session, Meeting, paragraph.meeting_id)
    rules.ensure_editable(meeting.minutes_state, what=paragraph_what(paragraph),
                          immediately_approved_on=paragraph.immediately_approved_on)
    _ensure_not_being_signed(meeting, paragraph_what(paragraph))
    return meeting


def _ensure_not_being_signed(meeting: Meeting, what: str) -> None:
    """Nothing changes while electronic signatures are being collected (a round is open)."""
    from kraftdesk.reading.signing import signers_in_open_round
    from kraftdesk.text.signing import being_signed

    session = object_session(meeting)
    if session is None:
        return
    signers = signers_in_open_round(session, meeting)
    if signers:
        raise LockedError(being_signed(what, signers), field=what)


def organisation(session: Session) -> Organisation:
    """The register's organisation; a register holds exactly one."""
    organisation = session.scalars(select(Organisation).order_by(Organisation.id)).first()
    if organisation is None:
        raise load.no_organisation()
    return organisation


def numbering_scheme(session: Session, body_id: int) -> NumberingScheme:
    """How the body's paragraphs are numbered: its own scheme, else the organisation's."""
    body = session.get_one(Body, body_id)
    return body.numbering_scheme or organisation(session).numbering_scheme


def series_for(scheme: NumberingScheme, starts_at: datetime) -> str:
    """The numbering series: "2026" per year, "2026-01-07" per minutes."""
    if scheme is NumberingScheme.PER_MINUTES:
        return starts_at.date().isoformat()
    return str(starts_at.year)


#: Each person's role in the body on a day (kraftdesk.domain.participation.roles_on).
roles_on = load.roles_on


Participation = rules_of_participation.Participation


def presence_rows(session: Session, meeting_id: int) -> list[rules_of_participation.Presence]:
    """The meeting's attendance as the participation rule reads it, in attendance order."""
    rows = session.execute(
        select(Attendance.id, Attendance.person_id, Attendance.kind,
               Attendance.replaces_person_id, Attendance.from_number, Attendance.to_number)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(Attendance.position, Attendance.id)).all()
    return [rules_of_participation.Presence(pid, kind, rep, first, last, key=row_id)
            for row_id, pid, kind, rep, first, last in rows]


def exception_rows(session: Session, paragraph_id: int
                   ) -> list[rules_of_participation.ParagraphException]:
    rows = session.execute(
        select(ParagraphAttendance.id, ParagraphAttendance.person_id, ParagraphAttendance.kind,
               ParagraphAttendance.replaces_person_id)
        .where(ParagraphAttendance.paragraph_id == paragraph_id)
        .order_by(ParagraphAttendance.id)).all()
    return [rules_of_participation.ParagraphException(pid, kind, rep, key=row_id)
            for row_id, pid, kind, rep in rows]


def meeting_numbers(session: Session, meeting_id: int) -> list[int]:
    """The numbers of the meeting's paragraphs, in agenda order."""
    return [n for n in session.scalars(select(Paragraph.number).where(
        Paragraph.meeting_id == meeting_id).order_by(Paragraph.position)) if n is not None]


def participation(session: Session, paragraph: Paragraph) -> Participation:
    """Who takes part in the paragraph (kraftdesk.domain.participation decides)."""
    return rules_of_participation.participation(
        presence_rows(session, paragraph.meeting_id), exception_rows(session, paragraph.id),
        paragraph.number, acting_chair=paragraph.acting_chair_id)


@dataclass(frozen=True)
class Conflict:
    """Someone who stands behind something in a paragraph without the right to (jäv, absent,
    not serving): `what` is "ballot", "proposal", "statement" or "concurrence"."""

    what: str
    person_id: int
    problem: rules_of_participation.Problem
    statement_kind: StatementKind | None = None


def conflicts(session: Session, paragraph: Paragraph,
              part: Participation | None = None) -> list[Conflict]:
    """Ballots, yrkanden and statements of the paragraph that its attendance no longer allows.

    The same rule as when they are recorded: voting, proposing and reserving need someone
    serving in the paragraph; a särskilt yttrande or protokollsanteckning someone present;
    nobody jävig or absent stands behind anything.
    """
    part = part or participation(session, paragraph)
    found: list[Conflict] = []

    def check(what: str, person_id: int, serving: bool, kind: StatementKind | None = None
              ) -> None:
        problem = rules_of_participation.taking_part_problem(person_id, part, serving=serving)
        if problem is not None:
            found.append(Conflict(what, person_id, problem, kind))

    for person_id in session.scalars(select(Ballot.person_id).join(
            Vote, Vote.id == Ballot.vote_id).where(Vote.paragraph_id == paragraph.id)
            .order_by(Vote.position, Ballot.id)):
        check("ballot", person_id, True)
    for person_id in session.scalars(select(ProposalAuthor.person_id).join(
            Proposal, Proposal.id == ProposalAuthor.proposal_id).where(
            Proposal.paragraph_id == paragraph.id, Proposal.withdrawn.is_(False))
            .order_by(Proposal.position, ProposalAuthor.position)):
        check("proposal", person_id, True)
    statements = session.execute(select(Statement.id, Statement.kind).where(
        Statement.paragraph_id == paragraph.id, Statement.state != StatementState.WITHDRAWN)
        .order_by(Statement.position)).all()
    for statement_id, kind in statements:
        reserving = kind is StatementKind.RESERVATION
        for model, what in ((StatementAuthor, "statement"), (StatementConcurrence, "concurrence")):
            for person_id in session.scalars(select(model.person_id).where(
                    model.statement_id == statement_id).order_by(model.position)):
                check(what, person_id, reserving, kind)
    return found


def ensure_consistent(session: Session, paragraph: Paragraph,
                      name: Callable[[int | None], str] | None = None) -> None:
    """Refuse (UserError) when the paragraph's attendance no longer allows what is recorded
    under it: its exceptions and tjänstgörande ordförande, ballots, yrkanden, reservations
    and yttranden. Called after every change of attendance or of paragraph numbers."""
    if name is None:
        def name(person_id: int | None) -> str:
            return person_label(get(session, Person, person_id)) if person_id else ""
    meeting = get(session, Meeting, paragraph.meeting_id)
    what = paragraph_what(paragraph)
    problems = rules_of_participation.exception_problems(
        presence_rows(session, meeting.id), exception_rows(session, paragraph.id),
        paragraph.number, acting_chair=paragraph.acting_chair_id)
    if problems:
        body = get(session, Body, meeting.body_id)
        raise UserError(participation_words.problem_message(
            problems[0], name, body=body_running(body), day=meeting.starts_at.date(),
            what=what), field="attendance")
    for conflict in conflicts(session, paragraph):
        raise UserError(participation_words.conflict_message(
            conflict.what, name(conflict.person_id), what, conflict.statement_kind),
            field="attendance")
