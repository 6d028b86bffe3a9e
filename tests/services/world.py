# SPDX-License-Identifier: EUPL-1.2
"""A small register to test the drafting services against, and a snapshot to prove that a
refused action changed nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from kraftdesk.domain.enums import AttendanceKind, BodyKind, MinutesState, Role
from kraftdesk.register.base import Base
from kraftdesk.register.database import Register
from kraftdesk.register.models import Meeting, Membership
from kraftdesk.services import meetings, paragraphs, statements
from kraftdesk.services.meetings import AttendanceEntry, MeetingPlan
from tests import factories as f

# name, party, role in KS, pronoun
PEOPLE = [
    ("Anna Svensson", "S", Role.CHAIR, "hon"),
    ("Bo Ek", "S", Role.MEMBER, "han"),
    ("Dan Berg", "M", Role.MEMBER, None),
    ("Eva Ek", "L", Role.MEMBER, "hon"),
    ("Ulf Lind", "SD", Role.MEMBER, "han"),
    ("Cia Lund", "V", Role.SUBSTITUTE, "hon"),
    ("Sara Holm", "S", Role.SUBSTITUTE, "hon"),
]


@dataclass
class World:
    register: Register
    person: dict[str, int]
    body: dict[str, int]
    outsider: int  # a person in no body

    def meeting(self, starts: str = "2026-02-04 13:00", due: str | None = "a week later",
                body: str = "KS", attendance: bool = True) -> int:
        """A planned meeting (justering a week later at 12:00 unless `due` says otherwise)."""
        start = f.at(starts)
        if due == "a week later":
            due_at = datetime.combine(start.date() + timedelta(days=7), time(12, 0))
        else:
            due_at = f.at(due) if due else None
        meeting_id = meetings.plan_meeting(self.register, MeetingPlan(
            body_id=self.body[body], starts_at=start,
            approval_due_at=due_at, chair_id=self.person["Anna Svensson"],
            secretary_id=self.person["Pamela Lindqvist"])).id
        if attendance:
            entries = [AttendanceEntry(self.person[n], AttendanceKind.MEMBER)
                       for n, _, role, _ in PEOPLE if role is not Role.SUBSTITUTE]
            entries += [AttendanceEntry(self.person[n], AttendanceKind.SUBSTITUTE)
                        for n, _, role, _ in PEOPLE if role is Role.SUBSTITUTE]
            meetings.set_attendance(self.register, meeting_id, entries)
        return meeting_id

    def paragraph(self, meeting_id: int, title: str = "Bidrag till föreningar") -> int:
        return paragraphs.add_paragraph(self.register, meeting_id, title=title).id

    def set_state(self, meeting_id: int, state: MinutesState) -> None:
        """What the justering service does (emulated): send for justering, or justera."""
        with self.register.write() as s:
            meeting = s.get_one(Meeting, meeting_id)
            if state is not MinutesState.DRAFT and meeting.sent_for_approval_on is None:
                meeting.minutes_state = MinutesState.SENT_FOR_APPROVAL
                meeting.sent_for_approval_on = meeting.starts_at.date()
                s.flush()
                statements.assign_appendix_numbers(s, meeting_id)
            if state is MinutesState.APPROVED:
                statements.close_open_promises(s, meeting_id, now=meeting.approval_due_at
                                               or meeting.starts_at)
                meeting.minutes_state = MinutesState.APPROVED
                meeting.approved_on = (meeting.approval_due_at or meeting.starts_at).date()


def build(register: Register) -> World:
    with register.write() as s:
        org = f.organisation(s)
        parties = {a: f.party(s, org, a) for a in ("S", "M", "L", "SD", "V")}
        ks = f.body(s, org)
        kf = f.body(s, org, "KF", "Kommunfullmäktige", BodyKind.ASSEMBLY)
        ksau = f.body(s, org, "KSAU", "Kommunstyrelsens arbetsutskott",
                      BodyKind.WORKING_COMMITTEE, parent=ks)
        ids = {}
        for name, party, role, pronoun in PEOPLE:
            ids[name] = f.person(s, org, name, parties[party], body_row=ks, role=role,
                                 pronoun=pronoun).id
        s.add(Membership(person_id=ids["Anna Svensson"], body_id=ksau.id, role=Role.CHAIR,
                         starts_on=date(2023, 1, 1)))
        ids["Pamela Lindqvist"] = f.person(s, org, "Pamela Lindqvist",
                                           title="Nämndsekreterare").id
        outsider = f.person(s, org, "Olle Utan", parties["M"]).id
        return World(register, ids, {"KS": ks.id, "KF": kf.id, "KSAU": ksau.id}, outsider)


def snapshot(register: Register) -> dict[str, list[tuple]]:
    """Every row of every table: compare before and after a refused action."""
    with register.read() as s:
        return {table.name: sorted((tuple(row) for row in s.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables}
