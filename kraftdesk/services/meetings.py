# SPDX-License-Identifier: EUPL-1.2
"""Meetings: plan them, record who attended, and per paragraph jäv, absence and serving.

Read (frozen values, never ORM objects):
    list_bodies(register) -> list[BodyRow]
    default_plan(register, body_id, starts_on: date) -> MeetingPlan   the body's defaults
    body_roster(register, body_id, on: date) -> list[RosterRow]     members and substitutes
    list_meetings(register, *, body_id=None, year=None) -> list[MeetingRow]
    meeting_view(register, meeting_id) -> MeetingView                 with its agenda
    paragraph_attendance_view(register, paragraph_id) -> ParagraphAttendanceView

Write (one transaction each, UserError in Swedish, return Changes):
    plan_meeting(register, plan: MeetingPlan) -> Created            .id = the new meeting
    update_meeting(register, meeting_id, plan, *, expected_version=None) -> Changes
    delete_meeting(register, meeting_id, *, expected_version=None) -> Changes
                                                                     only without paragraphs
    set_attendance(register, meeting_id, entries, *, expected_version=None) -> Changes
    set_paragraph_attendance(register, paragraph_id, entries, *,
                             expected_version=None) -> Changes

`expected_version` is the version of the meeting (MeetingView.version) or of the paragraph
(ParagraphAttendanceView.version) as read; a save based on an older one is refused
(kraftdesk.register.versions). Each of these writes raises that version.

Moving a meeting's planned justering time moves the deadline of every open promise that
still had the old time. Changing the date of draft minutes into another numbering series
renumbers its paragraphs there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kraftdesk.domain import normalise, participation, rules
from kraftdesk.domain.enums import (
    AppendixKind,
    AttendanceKind,
    MinutesState,
    ParagraphAttendanceKind,
    Role,
    StatementState,
)
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.sorting import swedish_key
from kraftdesk.reading import support
from kraftdesk.reading.meetings import (
    AttendanceRow,
    BodyRow,
    MeetingPlan,
    MeetingRow,
    MeetingView,
    ParagraphAttendanceRow,
    ParagraphAttendanceView,
    PersonRef,
    RosterRow,
    meeting_row,
    person_ref,
    read_meeting_view,
    read_paragraph_attendance,
)
from kraftdesk.reading.references import find_meeting, meeting_ref
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Appendix,
    Approval,
    Attendance,
    Body,
    CheckConfirmation,
    Meeting,
    MeetingApprover,
    Paragraph,
    ParagraphAttendance,
    Person,
    Statement,
)
from kraftdesk.services import _appendices
from kraftdesk.services.changes import UNSET, Changes, Created
from kraftdesk.services.numbering import renumber_meeting
from kraftdesk.text import attendance_list
from kraftdesk.text import participation as words

__all__ = [
    "AttendanceEntry",
    "AttendanceRow",
    "BodyRow",
    "Created",
    "MeetingPlan",
    "MeetingRow",
    "MeetingView",
    "ParagraphAttendanceEntry",
    "ParagraphAttendanceRow",
    "ParagraphAttendanceView",
    "PersonRef",
    "RosterRow",
    "body_roster",
    "default_plan",
    "delete_meeting",
    "list_bodies",
    "list_meetings",
    "meeting_id",
    "meeting_view",
    "paragraph_attendance_view",
    "plan_meeting",
    "set_acting_chair",
    "set_attendance",
    "set_attendance_appendix",
    "set_paragraph_attendance",
    "update_meeting",
]


@dataclass(frozen=True)
class AttendanceEntry:
    person_id: int
    kind: AttendanceKind
    replaces_person_id: int | None = None  # a serving substitute: in whose place
    note: str | None = None  # "deltar digitalt"
    from_number: int | None = None  # from § (None: from the start)
    to_number: int | None = None  # to and including § (None: to the end)
    arrived_at: datetime | None = None  # "kl. 17:20", printed
    left_at: datetime | None = None


@dataclass(frozen=True)
class ParagraphAttendanceEntry:
    person_id: int
    kind: ParagraphAttendanceKind  # RECUSED (jäv), ABSENT, SERVING
    replaces_person_id: int | None = None  # SERVING: in whose place


# --- reading ---------------------------------------------------------------------------


def list_bodies(register: Register) -> list[BodyRow]:
    with register.read() as session:
        bodies = session.scalars(select(Body)).all()
        rows = [BodyRow(b.id, b.name, b.short_name, b.kind, b.parent_id) for b in bodies]
    return sorted(rows, key=lambda r: swedish_key(r.name))


def body_roster(register: Register, body_id: int, on: date) -> list[RosterRow]:
    """Members (chair first) and substitutes of the body on a day, for choosing people."""
    with register.read() as session:
        support.get(session, Body, body_id)
        roles = support.roles_on(session, body_id, on)
        people = session.scalars(select(Person).where(Person.id.in_(list(roles)))).all()
        rows = [RosterRow(person_ref(p), roles[p.id]) for p in people]
    order = list(Role)
    return sorted(rows, key=lambda r: (order.index(r.role), swedish_key(r.person.name)))


def list_meetings(register: Register, *, body_id: int | None = None,
                  year: int | None = None) -> list[MeetingRow]:
    """Meetings, newest first, with their paragraph count."""
    with register.read() as session:
        counts = (select(Paragraph.meeting_id, func.count().label("n"))
                  .group_by(Paragraph.meeting_id).subquery())
        query = (select(Meeting, Body, func.coalesce(counts.c.n, 0))
                 .join(Body, Body.id == Meeting.body_id)
                 .outerjoin(counts, counts.c.meeting_id == Meeting.id)
                 .order_by(Meeting.starts_at.desc(), Meeting.id.desc()))
        if body_id is not None:
            query = query.where(Meeting.body_id == body_id)
        if year is not None:
            query = query.where(Meeting.starts_at >= datetime(year, 1, 1),
                                Meeting.starts_at < datetime(year + 1, 1, 1))
        return [meeting_row(m, b, n) for m, b, n in session.execute(query)]


def meeting_id(register: Register, reference: str) -> int:
    """The meeting named "KS:2027-01-13" (or a Swedish UserError)."""
    with register.read() as session:
        return find_meeting(session, reference).id


def default_plan(register: Register, body_id: int, starts_on: date) -> MeetingPlan:
    """A new meeting of the body on a day, with the body's defaults: its usual time and
    place, justering so many days later at its time (the next weekday), its secretary,
    and its ordförande of that day as chair."""
    with register.read() as session:
        body = support.get(session, Body, body_id)
        starts_at = datetime.combine(starts_on, _clock(body.default_start_time, time(13, 0)))
        due = None
        if body.justering_days is not None or body.justering_time is not None:
            day = starts_on + timedelta(days=body.justering_days or 0)
            while day.weekday() >= 5:
                day += timedelta(days=1)
            due = datetime.combine(day, _clock(body.justering_time, time(10, 0)))
            if due < starts_at:
                due = None
        roles = support.roles_on(session, body.id, starts_on)
        chair = next((pid for pid, role in roles.items() if role is Role.CHAIR), None)
        return MeetingPlan(body_id=body.id, starts_at=starts_at, place=body.default_place,
                           approval_due_at=due, approval_place=body.default_place,
                           chair_id=chair, secretary_id=body.default_secretary_id)


def _clock(text: str | None, fallback: time) -> time:
    if not text:
        return fallback
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def meeting_view(register: Register, meeting_id: int) -> MeetingView:
    with register.read() as session:
        return read_meeting_view(session, meeting_id)


def paragraph_attendance_view(register: Register, paragraph_id: int) -> ParagraphAttendanceView:
    with register.read() as session:
        return read_paragraph_attendance(session, paragraph_id)


# --- planning --------------------------------------------------------------------------


def _check_plan(session: Session, plan: MeetingPlan) -> Body:
    body = support.get(session, Body, plan.body_id)
    if body.retired_on is not None and plan.starts_at.date() > body.retired_on:
        raise UserError(f"{body.name} är avvecklat sedan {body.retired_on.isoformat()} och "
                        "sammanträder inte längre.", field="body_id")
    if plan.ends_at is not None and plan.ends_at < plan.starts_at:
        raise UserError("Sammanträdet kan inte sluta innan det börjar "
                        f"({plan.ends_at:%Y-%m-%d %H:%M} är före "
                        f"{plan.starts_at:%Y-%m-%d %H:%M}).", field="ends_at")
    if plan.approval_due_at is not None and plan.approval_due_at < plan.starts_at:
        raise UserError(
            f"Justeringen ({plan.approval_due_at:%Y-%m-%d %H:%M}) kan inte planeras före "
            f"sammanträdet ({plan.starts_at:%Y-%m-%d %H:%M}).", field="approval_due_at")
    on = plan.starts_at.date()
    people = [x for x in (plan.chair_id, plan.secretary_id, *plan.approver_ids) if x is not None]
    for person_id in people:
        support.get(session, Person, person_id)
    roles = support.roles_on(session, body.id, on, people)
    if plan.chair_id is not None and roles.get(plan.chair_id) not in support.MEMBER_ROLES:
        chair = support.person_label(support.get(session, Person, plan.chair_id))
        raise UserError(f"{chair} är inte ledamot i {support.body_running(body)} {on.isoformat()} "
                        "och kan inte vara ordförande.", field="chair_id")
    if len(set(plan.approver_ids)) != len(plan.approver_ids):
        raise UserError("Samma justerare är angiven två gånger.", field="approver_ids")
    for person_id in plan.approver_ids:
        label = support.person_label(support.get(session, Person, person_id))
        if person_id == plan.chair_id:
            raise UserError(f"{label} är ordförande och justerar redan; välj en annan "
                            "justerare.", field="approver_ids")
        if person_id not in roles:
            raise UserError(f"{label} är inte ledamot eller ersättare i "
                            f"{support.body_running(body)} {on.isoformat()} och kan inte justera "
                            "protokollet.",
                            field="approver_ids")
    return body


def _apply_plan(session: Session, meeting: Meeting, plan: MeetingPlan) -> None:
    meeting.body_id = plan.body_id
    meeting.starts_at = plan.starts_at
    meeting.ends_at = plan.ends_at
    meeting.place = normalise.one_line(plan.place or "") or None
    meeting.approval_due_at = plan.approval_due_at
    meeting.approval_place = normalise.one_line(plan.approval_place or "") or None
    meeting.chair_id = plan.chair_id
    meeting.secretary_id = plan.secretary_id
    session.execute(delete(MeetingApprover).where(MeetingApprover.meeting_id == meeting.id))
    session.flush()
    for position, person_id in enumerate(plan.approver_ids, start=1):
        session.add(MeetingApprover(meeting_id=meeting.id, person_id=person_id,
                                    position=position))


def plan_meeting(register: Register, plan: MeetingPlan) -> Created:
    """A new meeting with draft minutes; `.id` is its id."""
    with register.write() as session:
        support.organisation(session)
        _check_plan(session, plan)
        meeting = Meeting(body_id=plan.body_id, starts_at=plan.starts_at,
                          minutes_state=MinutesState.DRAFT)
        session.add(meeting)
        session.flush()
        _apply_plan(session, meeting, plan)
        return Created(meetings=frozenset({meeting.id}), id=meeting.id)


def update_meeting(register: Register, meeting_id: int, plan: MeetingPlan, *,
                   expected_version: int | None = None) -> Changes:
    with register.write() as session:
        meeting = support.get(session, Meeting, meeting_id)
        body = support.get(session, Body, meeting.body_id)
        what = f"sammanträdet {meeting_ref(body, meeting)}"
        support.ensure_meeting_editable(meeting, what)
        versions.check(meeting, expected_version, what)
        versions.bump(meeting)  # its justerare are replaced as a whole
        if plan.body_id != meeting.body_id:
            raise UserError("Ett sammanträde kan inte flyttas till ett annat organ; planera "
                            "ett nytt sammanträde i stället.", field="body_id")
        _check_plan(session, plan)
        scheme = support.numbering_scheme(session, meeting.body_id)
        old_series = support.series_for(scheme, meeting.starts_at)
        new_series = support.series_for(scheme, plan.starts_at)
        if old_series != new_series:
            rules.ensure_renumberable(meeting.minutes_state, what=what)
        old_due = meeting.approval_due_at
        _apply_plan(session, meeting, plan)
        changed = _move_deadlines(session, meeting, old_due, plan)
        paragraphs: frozenset[int] = frozenset()
        if old_series != new_series:
            paragraphs = renumber_meeting(session, meeting, first=None)
        return Changes(meetings=frozenset({meeting.id}), statements=changed,
                       paragraphs=paragraphs)


def _move_deadlines(session: Session, meeting: Meeting, old_due: datetime | None,
                    plan: MeetingPlan) -> frozenset[int]:
    """Open promises that had the old justering time follow it to the new one."""
    if plan.approval_due_at is None or old_due == plan.approval_due_at:
        return frozenset()
    open_ones = session.scalars(
        select(Statement).join(Paragraph, Paragraph.id == Statement.paragraph_id)
        .where(Paragraph.meeting_id == meeting.id,
               Statement.state == StatementState.PROMISED,
               Statement.deadline == old_due)).all()
    for statement in open_ones:
        statement.deadline = plan.approval_due_at
    return frozenset(s.id for s in open_ones)


def delete_meeting(register: Register, meeting_id: int, *,
                   expected_version: int | None = None) -> Changes:
    """Remove a planned meeting that has no paragraphs yet."""
    with register.write() as session:
        meeting = support.get(session, Meeting, meeting_id)
        body = support.get(session, Body, meeting.body_id)
        support.ensure_meeting_editable(meeting, f"sammanträdet {meeting_ref(body, meeting)}")
        versions.check(meeting, expected_version, f"sammanträdet {meeting_ref(body, meeting)}")
        if session.scalar(select(func.count()).where(Paragraph.meeting_id == meeting.id)):
            raise UserError(f"Sammanträdet {meeting_ref(body, meeting)} har paragrafer och "
                            "kan inte tas bort; ta bort paragraferna först.", field="meeting")
        for model in (MeetingApprover, Attendance, Appendix, Approval, CheckConfirmation):
            session.execute(delete(model).where(model.meeting_id == meeting.id))
        session.delete(meeting)
        return Changes(meetings=frozenset({meeting_id}))


# --- attendance ------------------------------------------------------------------------


def _name_of(session: Session) -> Callable[[int | None], str]:
    labels: dict[int, str] = {}

    def name(person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in labels:
            labels[person_id] = support.person_label(support.get(session, Person, person_id))
        return labels[person_id]

    return name


def _presence(entries: Sequence[AttendanceEntry]) -> list[participation.Presence]:
    return [participation.Presence(e.person_id, e.kind, e.replaces_person_id, e.from_number,
                                   e.to_number, key=index)
            for index, e in enumerate(entries)]


def _check_times(session: Session, meeting: Meeting, entries: Sequence[AttendanceEntry]
                 ) -> None:
    for e in entries:
        if e.arrived_at is not None and e.left_at is not None and e.left_at < e.arrived_at:
            label = support.person_label(support.get(session, Person, e.person_id))
            raise UserError(f"{label} kan inte gå ({e.left_at:%H:%M}) innan {label} kom "
                            f"({e.arrived_at:%H:%M}).", field="attendance")


def set_attendance(register: Register, meeting_id: int,
                   entries: Sequence[AttendanceEntry], *,
                   attendance_appendix: bool | None = None,
                   expected_version: int | None = None) -> Changes:
    """Replace the meeting's attendance with `entries`, in the order given.

    A person may stand more than once, for periods (from § / to and including §) that do not
    overlap. Who may then vote in each paragraph is kraftdesk.domain.participation's rule;
    nothing already recorded (a ballot, a yrkande, a reservation, a paragraph's exceptions)
    may lose its right by the change. `attendance_appendix` (None: unchanged): the
    närvarolista as a bilaga, in the same transaction.
    """
    with register.write() as session:
        if attendance_appendix is not None:
            _set_attendance_appendix(session, meeting_id, attendance_appendix)
        meeting = support.get(session, Meeting, meeting_id)
        body = support.get(session, Body, meeting.body_id)
        support.ensure_meeting_editable(meeting, f"närvaron vid {meeting_ref(body, meeting)}")
        versions.check(meeting, expected_version, f"närvaron vid {meeting_ref(body, meeting)}")
        versions.bump(meeting)
        for e in entries:
            for person_id in (e.person_id, e.replaces_person_id):
                if person_id is not None:
                    support.get(session, Person, person_id)
        _check_times(session, meeting, entries)
        on = meeting.starts_at.date()
        ids = [e.person_id for e in entries] + [e.replaces_person_id for e in entries
                                                if e.replaces_person_id]
        roles = support.roles_on(session, body.id, on, ids)
        numbers = support.meeting_numbers(session, meeting.id)
        problems = participation.attendance_problems(_presence(entries), roles, numbers)
        name = _name_of(session)
        if problems:
            raise UserError(words.problem_message(
                problems[0], name, body=support.body_running(body), day=on, numbers=numbers),
                field="attendance")
        session.execute(delete(Attendance).where(Attendance.meeting_id == meeting.id))
        session.flush()
        for position, e in enumerate(entries, start=1):
            session.add(Attendance(meeting_id=meeting.id, person_id=e.person_id, kind=e.kind,
                                   replaces_person_id=e.replaces_person_id,
                                   note=normalise.one_line(e.note or "") or None,
                                   position=position,
                                   from_number=e.from_number, to_number=e.to_number,
                                   arrived_at=e.arrived_at, left_at=e.left_at))
        session.flush()
        paragraphs = session.scalars(select(Paragraph).where(Paragraph.meeting_id == meeting.id)
                                     .order_by(Paragraph.position)).all()
        for paragraph in paragraphs:
            _ensure_paragraph_consistent(session, paragraph, name)
        return Changes(meetings=frozenset({meeting.id}),
                       paragraphs=frozenset(p.id for p in paragraphs))


def _exceptions(entries: Sequence[ParagraphAttendanceEntry]
                ) -> list[participation.ParagraphException]:
    return [participation.ParagraphException(e.person_id, e.kind, e.replaces_person_id,
                                             key=index)
            for index, e in enumerate(entries)]


def set_paragraph_attendance(register: Register, paragraph_id: int,
                             entries: Sequence[ParagraphAttendanceEntry], *,
                             acting_chair_id: Any = UNSET,
                             expected_version: int | None = None) -> Changes:
    """Replace the paragraph's exceptions: jäv, absence, a substitute serving for it; and,
    when given, its tjänstgörande ordförande (None: the meeting's chair)."""
    with register.write() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        meeting = support.ensure_paragraph_editable(session, paragraph)
        if acting_chair_id is not UNSET:
            if acting_chair_id is not None:
                support.get(session, Person, acting_chair_id)
            paragraph.acting_chair_id = acting_chair_id
        what = support.paragraph_what(paragraph)
        versions.check(paragraph, expected_version, f"närvaron under {what}")
        versions.bump(paragraph)
        for e in entries:
            for person_id in (e.person_id, e.replaces_person_id):
                if person_id is not None:
                    support.get(session, Person, person_id)
        name = _name_of(session)
        rows = support.presence_rows(session, meeting.id)
        problems = participation.exception_problems(
            rows, _exceptions(entries), paragraph.number, acting_chair=paragraph.acting_chair_id)
        if problems:
            raise UserError(_paragraph_message(session, meeting, problems[0], name, what),
                            field="paragraph_attendance")
        session.execute(delete(ParagraphAttendance)
                        .where(ParagraphAttendance.paragraph_id == paragraph.id))
        session.flush()
        for e in entries:
            session.add(ParagraphAttendance(paragraph_id=paragraph.id, person_id=e.person_id,
                                            kind=e.kind,
                                            replaces_person_id=e.replaces_person_id))
        session.flush()
        _ensure_paragraph_consistent(session, paragraph, name)
        return Changes(paragraphs=frozenset({paragraph.id}))


def set_acting_chair(register: Register, paragraph_id: int, person_id: int | None) -> Changes:
    """The tjänstgörande ordförande of one paragraph (None: the meeting's chair)."""
    with register.write() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        meeting = support.ensure_paragraph_editable(session, paragraph)
        if person_id is not None:
            support.get(session, Person, person_id)
            problems = participation.exception_problems(
                support.presence_rows(session, meeting.id),
                support.exception_rows(session, paragraph.id), paragraph.number,
                acting_chair=person_id)
            chair_problems = [p for p in problems
                              if p.code is participation.Code.ACTING_CHAIR_NOT_SERVING]
            if chair_problems:
                raise UserError(_paragraph_message(session, meeting, chair_problems[0],
                                                   _name_of(session),
                                                   support.paragraph_what(paragraph)),
                                field="acting_chair_id")
        paragraph.acting_chair_id = person_id
        return Changes(paragraphs=frozenset({paragraph.id}))


def set_attendance_appendix(register: Register, meeting_id: int, enabled: bool) -> Changes:
    """The närvarolista as a bilaga (the front page then says "Beslutande: se bilaga N")."""
    with register.write() as session:
        return _set_attendance_appendix(session, meeting_id, enabled)


def _set_attendance_appendix(session: Session, meeting_id: int, enabled: bool) -> Changes:
    meeting = support.get(session, Meeting, meeting_id)
    body = support.get(session, Body, meeting.body_id)
    support.ensure_meeting_editable(meeting, f"närvarolistan för {meeting_ref(body, meeting)}")
    current = session.scalars(select(Appendix).where(
        Appendix.meeting_id == meeting.id,
        Appendix.kind == AppendixKind.ATTENDANCE_LIST)).all()
    if enabled and not current:
        session.add(Appendix(meeting_id=meeting.id, kind=AppendixKind.ATTENDANCE_LIST,
                             title=attendance_list.TITLE))
        session.flush()
        if rules.numbers_fixed(meeting.minutes_state):  # the next free bilaga number
            _appendices.assign(session, meeting)
    elif not enabled and current:
        if rules.numbers_fixed(meeting.minutes_state) and any(a.number for a in current):
            raise UserError(
                f"Protokollet {meeting_ref(body, meeting)} är skickat för justering och "
                "närvarolistan har fått sitt bilagenummer; den kan inte längre tas bort.",
                field="närvarolista")
        for appendix in current:
            session.delete(appendix)
    return Changes(meetings=frozenset({meeting.id}))


def _paragraph_message(session: Session, meeting: Meeting, problem: participation.Problem,
                       name: Callable[[int | None], str], what: str) -> str:
    body = session.get_one(Body, meeting.body_id)
    return words.problem_message(problem, name, body=support.body_running(body),
                                 day=meeting.starts_at.date(), what=what)


def _ensure_paragraph_consistent(session: Session, paragraph: Paragraph,
                                 name: Callable[[int | None], str]) -> None:
    support.ensure_consistent(session, paragraph, name)
