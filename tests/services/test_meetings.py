# SPDX-License-Identifier: EUPL-1.2
"""Planning a meeting, its attendance and the per-paragraph exceptions."""

from __future__ import annotations

import pytest

from kraftdesk.domain.enums import (
    AttendanceKind,
    MinutesState,
    ParagraphAttendanceKind,
    StatementKind,
)
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.services import meetings, statements
from kraftdesk.services.meetings import AttendanceEntry, MeetingPlan, ParagraphAttendanceEntry
from tests import factories as f
from tests.services.world import World, snapshot

J, S = ParagraphAttendanceKind.RECUSED, ParagraphAttendanceKind.SERVING


def test_plan_and_view_a_meeting(world: World) -> None:
    p = world.person
    meeting_id = meetings.plan_meeting(world.register, MeetingPlan(
        body_id=world.body["KS"], starts_at=f.at("2026-01-07 13:00"),
        ends_at=f.at("2026-01-07 15:10"), place=" Rådhuset, Malmö ",
        approval_due_at=f.at("2026-01-14 12:00"), approval_place="Stadskontoret",
        chair_id=p["Anna Svensson"], secretary_id=p["Pamela Lindqvist"],
        approver_ids=(p["Dan Berg"],))).id
    view = meetings.meeting_view(world.register, meeting_id)
    assert (view.reference, view.date_text, view.plan.place) == \
        ("KS:2026-01-07", "7 januari 2026", "Rådhuset, Malmö")
    assert (view.chair.label, view.secretary.label, [a.label for a in view.approvers]) == \
        ("Anna Svensson (S)", "Pamela Lindqvist", ["Dan Berg (M)"])
    assert (view.minutes_state, view.locked, view.numbers_fixed) == \
        (MinutesState.DRAFT, False, False)
    rows = meetings.list_meetings(world.register, body_id=world.body["KS"], year=2026)
    assert [(r.reference, r.paragraph_count) for r in rows] == [("KS:2026-01-07", 0)]
    roster = meetings.body_roster(world.register, world.body["KS"], f.at("2026-01-07 13:00").date())
    assert roster[0].person.label == "Anna Svensson (S)"
    assert [b.short_name for b in meetings.list_bodies(world.register)] == ["KF", "KS", "KSAU"]


def test_bad_plans_are_refused(world: World) -> None:
    p = world.person
    before = snapshot(world.register)
    base = dict(body_id=world.body["KS"], starts_at=f.at("2026-01-07 13:00"))
    cases = [
        (MeetingPlan(**base, approval_due_at=f.at("2026-01-06 12:00")),
         "Justeringen (2026-01-06 12:00) kan inte planeras före sammanträdet (2026-01-07 13:00)."),
        (MeetingPlan(**base, chair_id=p["Cia Lund"]),
         "Cia Lund (V) är inte ledamot i kommunstyrelsen 2026-01-07 och kan inte vara "
         "ordförande."),
        (MeetingPlan(**base, approver_ids=(world.outsider,)),
         "Olle Utan (M) är inte ledamot eller ersättare i kommunstyrelsen 2026-01-07 och kan "
         "inte justera protokollet."),
        (MeetingPlan(**base, chair_id=p["Anna Svensson"], approver_ids=(p["Anna Svensson"],)),
         "Anna Svensson (S) är ordförande och justerar redan; välj en annan justerare."),
    ]
    for plan, message in cases:
        with pytest.raises(UserError) as raised:
            meetings.plan_meeting(world.register, plan)
        assert raised.value.message == message
    assert snapshot(world.register) == before


def test_moving_the_justering_moves_open_deadlines(world: World) -> None:
    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    sid = statements.announce(world.register, pid, kind=StatementKind.SPECIAL_STATEMENT,
                              author_ids=[world.person["Dan Berg"]]).id
    plan = meetings.meeting_view(world.register, meeting).plan
    from dataclasses import replace

    changes = meetings.update_meeting(world.register, meeting,
                                      replace(plan, approval_due_at=f.at("2026-01-15 09:00")))
    assert changes.statements == {sid}
    assert statements.statement_view(world.register, sid).deadline == f.at("2026-01-15 09:00")


def test_attendance_is_checked_against_memberships(world: World) -> None:
    p = world.person
    meeting = world.meeting(attendance=False)
    before = snapshot(world.register)
    cases = [
        ([AttendanceEntry(p["Cia Lund"], AttendanceKind.MEMBER)],
         "Cia Lund (V) är inte ledamot i kommunstyrelsen 2026-02-04 och kan inte tjänstgöra "
         "som ledamot."),
        ([AttendanceEntry(p["Cia Lund"], AttendanceKind.SERVING_SUBSTITUTE)],
         "Ange vilken ledamot Cia Lund (V) tjänstgör i stället för."),
        ([AttendanceEntry(p["Bo Ek"], AttendanceKind.MEMBER),
          AttendanceEntry(p["Cia Lund"], AttendanceKind.SERVING_SUBSTITUTE, p["Bo Ek"])],
         "Bo Ek (S) tjänstgör själv och kan inte ersättas av Cia Lund (V)."),
        ([AttendanceEntry(world.outsider, AttendanceKind.SUBSTITUTE)],
         "Olle Utan (M) är varken ledamot eller ersättare i kommunstyrelsen 2026-02-04."),
        ([AttendanceEntry(p["Bo Ek"], AttendanceKind.MEMBER)] * 2,
         "Bo Ek (S) står två gånger i närvarolistan."),
    ]
    for entries, message in cases:
        with pytest.raises(UserError) as raised:
            meetings.set_attendance(world.register, meeting, entries)
        assert raised.value.message == message
    assert snapshot(world.register) == before


def test_jav_absence_and_serving_substitutes_decide_who_votes(world: World) -> None:
    p = world.person
    meeting = world.meeting()
    pid = world.paragraph(meeting)
    meetings.set_paragraph_attendance(world.register, pid, [
        ParagraphAttendanceEntry(p["Bo Ek"], J),
        ParagraphAttendanceEntry(p["Sara Holm"], S, p["Bo Ek"]),
        ParagraphAttendanceEntry(p["Dan Berg"], ParagraphAttendanceKind.ABSENT)])
    view = meetings.paragraph_attendance_view(world.register, pid)
    assert [v.label for v in view.voters] == [
        "Anna Svensson (S)", "Sara Holm (S)", "Eva Ek (L)", "Ulf Lind (SD)"]
    assert [r.label for r in view.recused] == ["Bo Ek (S)"]
    before = snapshot(world.register)
    with pytest.raises(UserError) as raised:
        meetings.set_paragraph_attendance(world.register, pid, [
            ParagraphAttendanceEntry(p["Sara Holm"], S, p["Cia Lund"])])
    assert raised.value.message == ("Cia Lund (V) tjänstgör inte vid sammanträdet och kan därför "
                                    "inte ersättas av Sara Holm (S) under § 1.")
    with pytest.raises(UserError) as raised:
        meetings.set_paragraph_attendance(world.register, pid, [
            ParagraphAttendanceEntry(p["Eva Ek"], S, p["Bo Ek"])])
    assert raised.value.message == ("Eva Ek (L) är inte närvarande ej tjänstgörande ersättare "
                                    "och kan inte gå in och tjänstgöra under § 1.")
    assert snapshot(world.register) == before


def test_a_justerat_meeting_refuses_attendance_changes(world: World) -> None:
    meeting = world.meeting()
    world.paragraph(meeting)
    world.set_state(meeting, MinutesState.APPROVED)
    before = snapshot(world.register)
    with pytest.raises(LockedError, match="Protokollet är justerat och kan inte ändras"):
        meetings.set_attendance(world.register, meeting, [])
    assert snapshot(world.register) == before
