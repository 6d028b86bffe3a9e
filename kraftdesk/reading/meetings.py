# SPDX-License-Identifier: EUPL-1.2
"""Meetings as the GUI shows them: plan, roster, attendance, paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kraftdesk.domain import rules
from kraftdesk.domain.enums import (
    AppendixKind,
    AttendanceKind,
    BodyKind,
    MinutesState,
    ParagraphAttendanceKind,
    Role,
    StatementState,
)
from kraftdesk.reading import support
from kraftdesk.reading.references import meeting_ref, paragraph_ref
from kraftdesk.register.models import (
    Appendix,
    Attendance,
    Body,
    Case,
    Meeting,
    MeetingApprover,
    Paragraph,
    ParagraphAttendance,
    Person,
    Statement,
)
from kraftdesk.text import formats


@dataclass(frozen=True)
class MeetingPlan:
    """What is set when a meeting is planned (and at its opening: chair, justerare)."""

    body_id: int
    starts_at: datetime
    ends_at: datetime | None = None
    place: str | None = None
    approval_due_at: datetime | None = None  # justeringens tid: the deadline of promises
    approval_place: str | None = None
    chair_id: int | None = None
    secretary_id: int | None = None
    approver_ids: tuple[int, ...] = field(default_factory=tuple)  # justerare, in order


@dataclass(frozen=True)
class PersonRef:
    id: int
    name: str
    party: str | None
    label: str  # "John Eklöf (M)"
    note: str | None = None  # tells apart namesakes: "Malmö"

    @property
    def picker(self) -> str:
        """As pickers show the person: "Eva Ek (S), Malmö" when a note tells namesakes apart."""
        return f"{self.label}, {self.note}" if self.note else self.label


@dataclass(frozen=True)
class BodyRow:
    id: int
    name: str
    short_name: str
    kind: BodyKind
    parent_id: int | None


@dataclass(frozen=True)
class RosterRow:
    person: PersonRef
    role: Role


@dataclass(frozen=True)
class MeetingRow:
    id: int
    reference: str  # "KS:2026-01-07"
    body_id: int
    body_name: str
    starts_at: datetime
    place: str | None
    minutes_state: MinutesState
    is_example: bool
    paragraph_count: int


@dataclass(frozen=True)
class AttendanceRow:
    person: PersonRef
    kind: AttendanceKind
    replaces: PersonRef | None
    note: str | None
    from_number: int | None = None  # from § (None: from the start)
    to_number: int | None = None  # to and including § (None: to the end)
    arrived_at: datetime | None = None
    left_at: datetime | None = None


@dataclass(frozen=True)
class ParagraphRow:
    id: int
    number: int | None
    label: str  # "§ 16"
    reference: str | None  # "KS:2026:16"
    title: str
    case_number: str | None
    position: int
    open_promises: int
    immediately_approved_on: date | None


@dataclass(frozen=True)
class MeetingView:
    id: int
    reference: str
    body: BodyRow
    plan: MeetingPlan
    date_text: str  # "7 januari 2026"
    chair: PersonRef | None
    secretary: PersonRef | None
    approvers: tuple[PersonRef, ...]
    minutes_state: MinutesState
    is_example: bool
    sent_for_approval_on: date | None
    approved_on: date | None
    posted_on: date | None
    locked: bool  # justerat: nothing changes
    numbers_fixed: bool  # sent for justering: paragraph and bilaga numbers are fixed
    attendance: tuple[AttendanceRow, ...]
    paragraphs: tuple[ParagraphRow, ...]
    attendance_appendix: bool = False  # the närvarolista is a bilaga ("se bilaga 1")
    version: int = 1  # the meeting row's version: give it back when saving (expected_version)


@dataclass(frozen=True)
class ParagraphAttendanceRow:
    person: PersonRef
    kind: ParagraphAttendanceKind
    replaces: PersonRef | None


@dataclass(frozen=True)
class ParagraphAttendanceView:
    paragraph_id: int
    exceptions: tuple[ParagraphAttendanceRow, ...]
    voters: tuple[PersonRef, ...]  # who may vote in this paragraph
    recused: tuple[PersonRef, ...]
    present: tuple[PersonRef, ...] = ()  # at the meeting for this paragraph
    acting_chair: PersonRef | None = None  # tjänstgörande ordförande
    # Ersättare present for this paragraph who do not serve (they may go in for a member).
    available_substitutes: tuple[PersonRef, ...] = ()
    version: int = 1  # the paragraph's version (set_paragraph_attendance's expected_version)


def person_ref(person: Person) -> PersonRef:
    name = support.person_name(person)
    return PersonRef(person.id, person.name, name.party, formats.person(name), person.note)


def meeting_row(meeting: Meeting, body: Body, count: int) -> MeetingRow:
    return MeetingRow(meeting.id, meeting_ref(body, meeting), body.id, body.name,
                      meeting.starts_at, meeting.place, meeting.minutes_state,
                      meeting.is_example, int(count))


def _people(session: Session, ids: set[int]) -> dict[int, PersonRef]:
    if not ids:
        return {}
    rows = session.scalars(select(Person).where(Person.id.in_(list(ids)))).all()
    return {p.id: person_ref(p) for p in rows}


def _paragraph_rows(session: Session, meeting: Meeting, body: Body) -> tuple[ParagraphRow, ...]:
    open_counts = dict(session.execute(
        select(Statement.paragraph_id, func.count())
        .join(Paragraph, Paragraph.id == Statement.paragraph_id)
        .where(Paragraph.meeting_id == meeting.id, Statement.state == StatementState.PROMISED)
        .group_by(Statement.paragraph_id)).all())
    rows = session.execute(
        select(Paragraph, Case.number).outerjoin(Case, Case.id == Paragraph.case_id)
        .where(Paragraph.meeting_id == meeting.id).order_by(Paragraph.position)).all()
    return tuple(
        ParagraphRow(p.id, p.number, f"§ {p.number}" if p.number else "§ –",
                     paragraph_ref(body, p) if p.number else None, p.title, number,
                     p.position, int(open_counts.get(p.id, 0)), p.immediately_approved_on)
        for p, number in rows)


def read_meeting_view(session: Session, meeting_id: int) -> MeetingView:
    meeting = support.get(session, Meeting, meeting_id)
    body = support.get(session, Body, meeting.body_id)
    approver_ids = session.scalars(select(MeetingApprover.person_id)
                                   .where(MeetingApprover.meeting_id == meeting.id)
                                   .order_by(MeetingApprover.position)).all()
    attendance = session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id)
                                 .order_by(Attendance.position, Attendance.id)).all()
    ids = {x for x in (meeting.chair_id, meeting.secretary_id) if x} | set(approver_ids)
    ids |= {a.person_id for a in attendance} | {a.replaces_person_id for a in attendance
                                                 if a.replaces_person_id}
    people = _people(session, ids)
    plan = MeetingPlan(body.id, meeting.starts_at, meeting.ends_at, meeting.place,
                       meeting.approval_due_at, meeting.approval_place, meeting.chair_id,
                       meeting.secretary_id, tuple(approver_ids))
    return MeetingView(
        id=meeting.id, reference=meeting_ref(body, meeting),
        body=BodyRow(body.id, body.name, body.short_name, body.kind, body.parent_id),
        plan=plan, date_text=formats.long_date(meeting.starts_at.date()),
        chair=people.get(meeting.chair_id) if meeting.chair_id else None,
        secretary=people.get(meeting.secretary_id) if meeting.secretary_id else None,
        approvers=tuple(people[i] for i in approver_ids),
        minutes_state=meeting.minutes_state, is_example=meeting.is_example,
        sent_for_approval_on=meeting.sent_for_approval_on, approved_on=meeting.approved_on,
        posted_on=meeting.posted_on,
        locked=rules.is_locked(meeting.minutes_state),
        numbers_fixed=rules.numbers_fixed(meeting.minutes_state),
        attendance=tuple(AttendanceRow(people[a.person_id], a.kind,
                                       people.get(a.replaces_person_id)
                                       if a.replaces_person_id else None, a.note,
                                       a.from_number, a.to_number, a.arrived_at, a.left_at)
                         for a in attendance),
        paragraphs=_paragraph_rows(session, meeting, body),
        version=meeting.version,
        attendance_appendix=session.scalar(select(func.count()).select_from(Appendix).where(
            Appendix.meeting_id == meeting.id,
            Appendix.kind == AppendixKind.ATTENDANCE_LIST)) > 0,
    )


def read_paragraph_attendance(session: Session, paragraph_id: int) -> ParagraphAttendanceView:
    paragraph = support.get(session, Paragraph, paragraph_id)
    rows = session.scalars(select(ParagraphAttendance)
                           .where(ParagraphAttendance.paragraph_id == paragraph.id)
                           .order_by(ParagraphAttendance.id)).all()
    part = support.participation(session, paragraph)
    presence = support.presence_rows(session, paragraph.meeting_id)
    here = [r for r in presence if r.covers(paragraph.number)]
    waiting = [r.person_id for r in here if r.kind is AttendanceKind.SUBSTITUTE
               and r.person_id not in part.voter_ids]
    ids = {r.person_id for r in rows} | {r.replaces_person_id for r in rows
                                          if r.replaces_person_id}
    ids |= part.voter_ids | part.present | set(waiting) | {r.person_id for r in here}
    if paragraph.acting_chair_id:
        ids.add(paragraph.acting_chair_id)
    people = _people(session, ids)
    present = [r.person_id for r in here if r.person_id in part.present]
    present += [pid for pid, _ in part.voters if pid not in present]
    return ParagraphAttendanceView(
        paragraph.id,
        tuple(ParagraphAttendanceRow(people[r.person_id], r.kind,
                                     people.get(r.replaces_person_id)
                                     if r.replaces_person_id else None) for r in rows),
        tuple(people[pid] for pid, _ in part.voters),
        tuple(people[pid] for pid in part.recused),
        tuple(people[pid] for pid in dict.fromkeys(present)),
        people.get(paragraph.acting_chair_id) if paragraph.acting_chair_id else None,
        tuple(people[pid] for pid in dict.fromkeys(waiting)),
        paragraph.version,
    )
