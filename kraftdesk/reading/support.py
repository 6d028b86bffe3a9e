# SPDX-License-Identifier: EUPL-1.2
"""Shared helpers of the drafting services: loading rows with Swedish errors, labels,
membership and participation (who serves, who may vote in a paragraph).

Nothing here opens a transaction or writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from kraftdesk.domain import rules
from kraftdesk.domain.enums import AttendanceKind, NumberingScheme, ParagraphAttendanceKind, Role
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.domain.values import BodyName, PersonName
from kraftdesk.register.models import (
    Attendance,
    Body,
    Meeting,
    Membership,
    Organisation,
    Paragraph,
    ParagraphAttendance,
    Person,
)
from kraftdesk.text import formats

T = TypeVar("T")



MEMBER_ROLES = frozenset({Role.CHAIR, Role.VICE_CHAIR, Role.SECOND_VICE_CHAIR, Role.MEMBER})
SERVING_KINDS = (AttendanceKind.MEMBER, AttendanceKind.SERVING_SUBSTITUTE)
PRESENT_KINDS = (AttendanceKind.MEMBER, AttendanceKind.SERVING_SUBSTITUTE,
                 AttendanceKind.SUBSTITUTE)

_WHAT = {Meeting: ("Sammanträdet", "sammanträde"), Paragraph: ("Paragrafen", "paragraf"),
         Person: ("Personen", "person"), Body: ("Organet", "organ")}


def get(session: Session, model: type[T], row_id: int, *, what: str | None = None) -> T:
    """The row, or a UserError saying it does not exist (nothing is created)."""
    row = session.get(model, row_id)
    if row is None:
        name, field = _WHAT.get(model, (what or "Posten", model.__name__.lower()))
        raise UserError(f"{what or name} med id {row_id} finns inte i registret.", field=field)
    return row


def person_name(person: Person) -> PersonName:
    return PersonName(person.name, person.party.abbreviation if person.party else None,
                      person.pronoun, person.title)


def body_name(body: Body) -> BodyName:
    """The body as the text composer takes it, with the forms set on it."""
    return BodyName(body.name, body.short_name, body.kind, body.running_name,
                    body.genitive_name)


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
        raise UserError(
            "Registret har ingen organisation ännu. Skapa det med «kraftdesk init» "
            "eller läs in ett register med «kraftdesk import».",
            field="organisation",
        )
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


def roles_on(session: Session, body_id: int, on: date,
             person_ids: Iterable[int] | None = None) -> dict[int, Role]:
    """Each person's role in the body on a day (a member role wins over substitute)."""
    query = select(Membership.person_id, Membership.role).where(
        Membership.body_id == body_id, Membership.starts_on <= on,
        (Membership.ends_on.is_(None)) | (Membership.ends_on >= on))
    if person_ids is not None:
        query = query.where(Membership.person_id.in_(list(person_ids)))
    roles: dict[int, Role] = {}
    for person_id, role in session.execute(query):
        if person_id not in roles or role in MEMBER_ROLES:
            roles[person_id] = role
    return roles


@dataclass(frozen=True)
class Participation:
    """Who takes part in one paragraph, derived from the meeting's and the paragraph's
    attendance. `voters` in the meeting's attendance order (person id, serving substitute)."""

    voters: tuple[tuple[int, bool], ...]
    present: frozenset[int]  # at the meeting for this paragraph (serving or not)
    recused: tuple[int, ...]
    absent: frozenset[int]
    attendance_recorded: bool

    @property
    def voter_ids(self) -> frozenset[int]:
        return frozenset(pid for pid, _ in self.voters)


def participation(session: Session, paragraph: Paragraph) -> Participation:
    meeting_rows = session.execute(
        select(Attendance.person_id, Attendance.kind)
        .where(Attendance.meeting_id == paragraph.meeting_id)
        .order_by(Attendance.position, Attendance.id)).all()
    exceptions = session.execute(
        select(ParagraphAttendance.person_id, ParagraphAttendance.kind,
               ParagraphAttendance.replaces_person_id)
        .where(ParagraphAttendance.paragraph_id == paragraph.id)
        .order_by(ParagraphAttendance.id)).all()
    recused = tuple(pid for pid, kind, _ in exceptions if kind is ParagraphAttendanceKind.RECUSED)
    absent = frozenset(pid for pid, kind, _ in exceptions
                       if kind is ParagraphAttendanceKind.ABSENT)
    serving_here = [(pid, rep) for pid, kind, rep in exceptions
                    if kind is ParagraphAttendanceKind.SERVING]
    stand_in = {rep: pid for pid, rep in serving_here}  # replaced member → substitute
    out = set(recused) | absent
    voters: list[tuple[int, bool]] = []
    for pid, kind in meeting_rows:
        if kind not in SERVING_KINDS:
            continue
        if pid in stand_in:  # a substitute serves in the member's place for this paragraph
            voters.append((stand_in.pop(pid), True))
        elif pid not in out:
            voters.append((pid, kind is AttendanceKind.SERVING_SUBSTITUTE))
    voters += [(pid, True) for pid in stand_in.values()]
    present = {pid for pid, kind in meeting_rows if kind in PRESENT_KINDS} - set(recused) - absent
    return Participation(tuple(voters), frozenset(present), recused, absent,
                         bool(meeting_rows))
