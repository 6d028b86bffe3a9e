# SPDX-License-Identifier: EUPL-1.2
"""Attendance over the meeting: periods per §, the one participation rule, and every bad
input refused in Swedish, naming the paragraph and the people, with nothing changed."""

from __future__ import annotations

from datetime import datetime

import pytest

from kraftdesk.domain.enums import (
    AttendanceKind,
    BallotChoice,
    ParagraphAttendanceKind,
    ProposalKind,
    StatementKind,
)
from kraftdesk.domain.errors import UserError
from kraftdesk.services import meetings, paragraphs, proceedings, statements
from kraftdesk.services.meetings import AttendanceEntry, ParagraphAttendanceEntry
from tests.services.world import World, snapshot

M, SUB, SERVING = (AttendanceKind.MEMBER, AttendanceKind.SUBSTITUTE,
                   AttendanceKind.SERVING_SUBSTITUTE)


def _meeting(world: World, count: int = 4) -> tuple[int, list[int]]:
    meeting = world.meeting("2026-02-04 13:00", attendance=False)
    return meeting, [world.paragraph(meeting, f"Ärende {n}") for n in range(1, count + 1)]


def _voters(world: World, paragraph_id: int) -> list[str]:
    return [p.label for p in meetings.paragraph_attendance_view(world.register,
                                                                paragraph_id).voters]


def _everyone(world: World) -> list[AttendanceEntry]:
    p = world.person
    return [AttendanceEntry(p[n], M) for n in ("Anna Svensson", "Dan Berg", "Eva Ek",
                                                "Ulf Lind")]


def test_a_member_who_leaves_and_an_ersattare_who_takes_over(world: World) -> None:
    p = world.person
    meeting, ids = _meeting(world)  # §§ 1–4
    meetings.set_attendance(world.register, meeting, [
        *_everyone(world),
        AttendanceEntry(p["Bo Ek"], M, to_number=2, left_at=datetime(2026, 2, 4, 15, 10)),
        AttendanceEntry(p["Sara Holm"], SUB, to_number=2),
        AttendanceEntry(p["Sara Holm"], SERVING, p["Bo Ek"], from_number=3)])
    assert "Bo Ek (S)" in _voters(world, ids[1])  # § 2
    assert "Sara Holm (S)" not in _voters(world, ids[1])
    assert "Sara Holm (S)" in _voters(world, ids[2])  # § 3
    assert "Bo Ek (S)" not in _voters(world, ids[2])
    vote = proceedings.record_vote(world.register, ids[3], yes_meaning="bifall",
                                   no_meaning="avslag").id
    with pytest.raises(UserError) as raised:
        proceedings.cast_ballot(world.register, vote, p["Bo Ek"], BallotChoice.YES)
    assert raised.value.message == "Bo Ek (S) får inte rösta: Bo Ek (S) tjänstgör inte under § 4."
    proceedings.cast_ballot(world.register, vote, p["Sara Holm"], BallotChoice.YES)
    # Moving § 4 first would put it in Bo Ek's period, where Sara Holm does not serve.
    before = snapshot(world.register)
    with pytest.raises(UserError) as raised:
        paragraphs.move_paragraph(world.register, ids[3], 1)
    assert raised.value.message == ("Sara Holm (S) har röstat i en omröstning under § 1 och "
                                    "skulle inte längre få rösta; ta bort rösten först.")
    assert snapshot(world.register) == before


def test_periods_follow_their_paragraphs_when_the_agenda_changes(world: World) -> None:
    p = world.person
    meeting, ids = _meeting(world)  # §§ 1–4
    meetings.set_attendance(world.register, meeting, [
        *_everyone(world), AttendanceEntry(p["Bo Ek"], M, from_number=2, to_number=3)])
    paragraphs.move_paragraph(world.register, ids[0], 4)  # § 1 last: §§ 2–3 become §§ 1–2
    rows = meetings.meeting_view(world.register, meeting).attendance
    assert [(r.from_number, r.to_number) for r in rows if r.person.name == "Bo Ek"] == [(1, 2)]
    assert "Bo Ek (S)" in _voters(world, ids[1]) and "Bo Ek (S)" not in _voters(world, ids[0])
    paragraphs.delete_paragraph(world.register, ids[2])  # the last of his period goes
    rows = meetings.meeting_view(world.register, meeting).attendance
    assert [(r.from_number, r.to_number) for r in rows if r.person.name == "Bo Ek"] == [(1, 1)]


@pytest.mark.parametrize(("entries", "message"), [
    (lambda p: [AttendanceEntry(p["Bo Ek"], M, to_number=3),
                AttendanceEntry(p["Bo Ek"], M, from_number=3)],
     "Bo Ek (S) står två gånger i närvarolistan under § 3; perioderna överlappar."),
    (lambda p: [AttendanceEntry(p["Sara Holm"], SUB, to_number=2),
                AttendanceEntry(p["Sara Holm"], SERVING, p["Bo Ek"], from_number=2)],
     "Sara Holm (S) står både som ej tjänstgörande ersättare och som tjänstgörande ersättare "
     "under § 2; närvaroperioderna överlappar."),
    (lambda p: [AttendanceEntry(p["Bo Ek"], M, from_number=2),
                AttendanceEntry(p["Sara Holm"], SERVING, p["Bo Ek"], to_number=2)],
     "Bo Ek (S) tjänstgör själv under § 2 och kan inte ersättas av Sara Holm (S) där."),
    (lambda p: [AttendanceEntry(p["Bo Ek"], M, from_number=7)],
     "Bo Ek (S): § 7 finns inte bland sammanträdets paragrafer (§§ 1–4); ange närvaron med "
     "sammanträdets paragrafnummer."),
    (lambda p: [AttendanceEntry(p["Bo Ek"], M, from_number=3, to_number=2)],
     "Bo Ek (S): närvaroperioden kan inte sluta före § 3, där den börjar."),
    (lambda p: [AttendanceEntry(p["Cia Lund"], SERVING, p["Bo Ek"], from_number=2),
                AttendanceEntry(p["Sara Holm"], SERVING, p["Bo Ek"], to_number=2)],
     "Två ersättare kan inte tjänstgöra för samma ledamot (Bo Ek (S)) under § 2."),
    (lambda p: [AttendanceEntry(p["Bo Ek"], M, arrived_at=datetime(2026, 2, 4, 15, 0),
                                left_at=datetime(2026, 2, 4, 14, 0))],
     "Bo Ek (S) kan inte gå (14:00) innan Bo Ek (S) kom (15:00)."),
])
def test_overlapping_contradicting_and_outside_periods_are_refused(
        world: World, entries: object, message: str) -> None:
    meeting, _ = _meeting(world)
    before = snapshot(world.register)
    with pytest.raises(UserError) as raised:
        meetings.set_attendance(world.register, meeting, entries(world.person))  # type: ignore
    assert raised.value.message == message
    assert snapshot(world.register) == before


def test_a_membership_that_has_ended_may_not_attend(world: World) -> None:
    from kraftdesk.register.models import Membership

    p = world.person
    with world.register.write() as session:
        row = session.query(Membership).filter_by(person_id=p["Bo Ek"]).one()
        row.ends_on = datetime(2025, 12, 31).date()
    meeting, _ = _meeting(world)
    with pytest.raises(UserError) as raised:
        meetings.set_attendance(world.register, meeting, [AttendanceEntry(p["Bo Ek"], M)])
    assert raised.value.message == ("Bo Ek (S) är inte ledamot i kommunstyrelsen 2026-02-04 "
                                    "och kan inte tjänstgöra som ledamot.")


def test_paragraph_exceptions_follow_the_periods(world: World) -> None:
    p = world.person
    meeting, ids = _meeting(world)
    meetings.set_attendance(world.register, meeting, [
        *_everyone(world), AttendanceEntry(p["Bo Ek"], M, to_number=2)])
    before = snapshot(world.register)
    with pytest.raises(UserError) as raised:
        meetings.set_paragraph_attendance(world.register, ids[3], [
            ParagraphAttendanceEntry(p["Bo Ek"], ParagraphAttendanceKind.RECUSED)])
    assert raised.value.message == ("Bo Ek (S) är inte närvarande under § 4 enligt "
                                    "närvarolistan; ändra närvaroperioden först.")
    assert snapshot(world.register) == before


def test_attendance_may_not_leave_a_reservation_or_a_yrkande_without_its_right(
        world: World) -> None:
    p = world.person
    meeting, ids = _meeting(world)
    meetings.set_attendance(world.register, meeting, [*_everyone(world),
                                                     AttendanceEntry(p["Bo Ek"], M)])
    statements.announce(world.register, ids[1], kind=StatementKind.RESERVATION,
                        author_ids=[p["Bo Ek"]], promised=False)
    proceedings.add_proposal(world.register, ids[2], kind=ProposalKind.REJECTION,
                             author_ids=[p["Bo Ek"]])
    before = snapshot(world.register)
    with pytest.raises(UserError) as raised:
        meetings.set_paragraph_attendance(world.register, ids[1], [
            ParagraphAttendanceEntry(p["Bo Ek"], ParagraphAttendanceKind.RECUSED)])
    assert raised.value.message == (
        "Bo Ek (S) står bakom en reservation under § 2 och skulle inte längre få göra det; "
        "ändra reservationen först.")
    with pytest.raises(UserError) as raised:
        meetings.set_attendance(world.register, meeting, [
            *_everyone(world), AttendanceEntry(p["Bo Ek"], M, to_number=2)])
    assert raised.value.message == ("Bo Ek (S) har yrkat under § 3 och skulle inte längre få "
                                    "yrka; ta bort yrkandet först.")
    assert snapshot(world.register) == before


def test_a_tjanstgorande_ordforande_must_serve_in_the_paragraph(world: World) -> None:
    p = world.person
    meeting, ids = _meeting(world)
    meetings.set_attendance(world.register, meeting, [*_everyone(world),
                                                     AttendanceEntry(p["Cia Lund"], SUB)])
    with pytest.raises(UserError) as raised:
        meetings.set_acting_chair(world.register, ids[0], p["Cia Lund"])
    assert raised.value.message == ("Cia Lund (V) tjänstgör inte under § 1 och kan inte vara "
                                    "tjänstgörande ordförande.")
    meetings.set_acting_chair(world.register, ids[0], p["Dan Berg"])
    view = meetings.paragraph_attendance_view(world.register, ids[0])
    assert view.acting_chair is not None and view.acting_chair.label == "Dan Berg (M)"
