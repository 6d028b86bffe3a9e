# SPDX-License-Identifier: EUPL-1.2
"""The agenda: order, numbering per body and year, renumbering, the parts of a paragraph."""

from __future__ import annotations

import pytest

from kraftdesk.domain.enums import BasisRefKind, MinutesState, NumberingScheme
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.register.models import Organisation
from kraftdesk.services import meetings, paragraphs
from kraftdesk.services.paragraphs import BasisLine, FreeSection
from tests.services.world import World, snapshot


def _numbers(world: World, meeting_id: int) -> list[tuple[str, str | None]]:
    view = meetings.meeting_view(world.register, meeting_id)
    return [(p.title, p.reference) for p in view.paragraphs]


def test_paragraphs_are_numbered_in_agenda_order_continuing_the_year(world: World) -> None:
    first = world.meeting("2026-01-07 13:00")
    for title in ("A", "B", "C"):
        world.paragraph(first, title)
    assert _numbers(world, first) == [("A", "KS:2026:1"), ("B", "KS:2026:2"), ("C", "KS:2026:3")]
    second = world.meeting("2026-02-04 13:00")
    d = world.paragraph(second, "D")
    paragraphs.add_paragraph(world.register, second, title="E", position=1)
    assert _numbers(world, second) == [("E", "KS:2026:4"), ("D", "KS:2026:5")]
    paragraphs.move_paragraph(world.register, d, 1)
    assert _numbers(world, second) == [("D", "KS:2026:4"), ("E", "KS:2026:5")]
    # Another body and another year start at § 1.
    ksau = world.meeting("2026-02-04 09:00", body="KSAU", attendance=False)
    world.paragraph(ksau, "F")
    next_year = world.meeting("2027-01-13 13:00")
    world.paragraph(next_year, "G")
    assert _numbers(world, ksau) == [("F", "KSAU:2026:1")]
    assert _numbers(world, next_year) == [("G", "KS:2027:1")]


def test_renumber_freely_while_draft(world: World) -> None:
    meeting = world.meeting("2026-01-07 13:00")
    ids = [world.paragraph(meeting, t) for t in ("A", "B", "C")]
    paragraphs.renumber(world.register, ids[1], 16)
    assert _numbers(world, meeting) == [("A", "KS:2026:15"), ("B", "KS:2026:16"),
                                        ("C", "KS:2026:17")]
    paragraphs.number_paragraphs(world.register, meeting)
    assert _numbers(world, meeting)[0] == ("A", "KS:2026:1")
    paragraphs.delete_paragraph(world.register, ids[0])
    assert _numbers(world, meeting) == [("B", "KS:2026:1"), ("C", "KS:2026:2")]


def test_numbering_into_a_number_used_that_year_is_refused(world: World) -> None:
    earlier = world.meeting("2026-01-07 13:00")
    for title in ("A", "B", "C"):
        world.paragraph(earlier, title)
    later = world.meeting("2026-02-04 13:00")
    x = world.paragraph(later, "X")
    before = snapshot(world.register)
    with pytest.raises(UserError) as raised:
        paragraphs.renumber(world.register, x, 2)
    assert raised.value.message == (
        "§ 2 är redan använd under året 2026 av kommunstyrelsens sammanträde KS:2026-01-07 "
        "(KS:2026:2). Välj ett nummer som inte är använt.")
    with pytest.raises(UserError, match="minst 1"):
        paragraphs.renumber(world.register, x, 0)
    assert snapshot(world.register) == before


def test_per_minutes_scheme_numbers_each_minutes_from_one(world: World) -> None:
    with world.register.write() as s:
        s.query(Organisation).one().numbering_scheme = NumberingScheme.PER_MINUTES
    first = world.meeting("2026-01-07 13:00")
    world.paragraph(first, "A")
    second = world.meeting("2026-02-04 13:00")
    world.paragraph(second, "B")
    world.paragraph(second, "C")
    assert _numbers(world, first) == [("A", "KS:2026-01-07:1")]
    assert _numbers(world, second) == [("B", "KS:2026-02-04:1"), ("C", "KS:2026-02-04:2")]


def test_numbers_are_fixed_once_sent_for_justering(world: World) -> None:
    meeting = world.meeting()
    a = world.paragraph(meeting, "A")
    world.set_state(meeting, MinutesState.SENT_FOR_APPROVAL)
    before = snapshot(world.register)
    for attempt in (lambda: paragraphs.renumber(world.register, a, 5),
                    lambda: paragraphs.add_paragraph(world.register, meeting, title="Sen"),
                    lambda: paragraphs.move_paragraph(world.register, a, 1)):
        with pytest.raises(LockedError, match="skickat för justering; numreringen kan inte"):
            attempt()
    # The text may still be corrected.
    paragraphs.update_paragraph(world.register, a, summary="Rättad text.")
    assert paragraphs.paragraph_view(world.register, a).summary == "Rättad text."
    world.set_state(meeting, MinutesState.APPROVED)
    with pytest.raises(LockedError, match="Protokollet är justerat och kan inte ändras"):
        paragraphs.update_paragraph(world.register, a, summary="Ännu en ändring.")
    assert snapshot(world.register) != before  # the correction above, nothing else
    assert paragraphs.paragraph_view(world.register, a).summary == "Rättad text."


def test_parts_of_a_paragraph_and_its_view(world: World) -> None:
    ksau = world.meeting("2025-12-08 09:00", body="KSAU", attendance=False)
    case = paragraphs.create_case(world.register, "STK-2024-1374",
                                  "Återrapportering kring kraftsamlande insatser").id
    earlier = paragraphs.add_paragraph(world.register, ksau, title="Återrapportering",
                                       case_id=case).id
    meeting = world.meeting("2026-01-07 13:00")
    pid = paragraphs.add_paragraph(world.register, meeting, title="", case_id=case).id
    paragraphs.update_paragraph(world.register, pid, proposes_to_body_id=world.body["KF"])
    paragraphs.set_decision_points(world.register, pid, ["Punkt ett.", "Punkt två."])
    paragraphs.set_basis(world.register, pid, [
        BasisLine("Återrapportering", earlier, BasisRefKind.PROPOSAL), BasisLine("Remissvar")])
    paragraphs.set_distribution(world.register, pid, ["Stadskontoret", "  "])
    paragraphs.set_free_sections(world.register, pid, [FreeSection("Yttrande", "Text.")])
    view = paragraphs.paragraph_view(world.register, pid)
    assert view.title == "Återrapportering kring kraftsamlande insatser"
    assert view.case.number == "STK-2024-1374"
    assert view.formula == "Kommunstyrelsen föreslår kommunfullmäktige besluta"
    assert [d.text for d in view.decision_points] == ["Punkt ett.", "Punkt två."]
    assert [b.line for b in view.basis] == [
        "Förslag till beslut KSAU 251208 §1 Återrapportering", "Remissvar"]
    assert view.distribution == ("Stadskontoret",)
    assert view.distribution_heading == "Protokollsutdrag skickas till"
    assert [(h.reference, h.label) for h in view.case_handlings] == [("KSAU:2025:1", "§ 1")]


def test_bad_parts_are_refused_and_nothing_changes(world: World) -> None:
    meeting = world.meeting("2026-01-07 13:00")
    pid = world.paragraph(meeting)
    later = world.meeting("2026-03-04 13:00")
    later_p = world.paragraph(later)
    before = snapshot(world.register)
    cases = [
        (lambda: paragraphs.set_decision_points(world.register, pid, ["Ett.", " "]),
         "Beslutspunkt 2 i § 1 är tom."),
        (lambda: paragraphs.set_basis(world.register, pid, [BasisLine(None)]),
         "Rad 1 i beslutsunderlaget till § 1 är tom."),
        (lambda: paragraphs.set_basis(world.register, pid,
                                      [BasisLine(None, later_p, BasisRefKind.DECISION)]),
         "Rad 1 i beslutsunderlaget till § 1: § 2 (2026-03-04) är inte från ett tidigare "
         "sammanträde."),
        (lambda: paragraphs.update_paragraph(world.register, pid,
                                             proposes_to_body_id=world.body["KS"]),
         "Ett organ föreslår inte sig självt (§ 1); lämna mottagaren tom när organet självt "
         "beslutar."),
        (lambda: paragraphs.update_paragraph(world.register, pid, title="  "),
         "Rubriken för § 1 får inte vara tom."),
        (lambda: paragraphs.create_case(world.register, "STK-1", ""),
         "Ärendemening saknas för STK-1."),
        (lambda: paragraphs.add_paragraph(world.register, 999, title="X"),
         "Sammanträdet med id 999 finns inte i registret."),
    ]
    for attempt, message in cases:
        with pytest.raises(UserError) as raised:
            attempt()
        assert raised.value.message == message
    assert snapshot(world.register) == before


def test_case_numbers_follow_the_organisation_pattern(world: World) -> None:
    with world.register.write() as s:
        organisation = s.query(Organisation).one()
        organisation.case_number_example = "STK-2024-1374"
        organisation.case_number_pattern = r"[A-Z]+-\d{4}-\d+"
    before = snapshot(world.register)
    with pytest.raises(UserError) as raised:
        paragraphs.create_case(world.register, "KS 2026/1", "Fel format")
    assert raised.value.message == (
        "Diarienumret «KS 2026/1» följer inte formatet för Malmö stads diarienummer: "
        "bokstäver, «-», årtal (fyra siffror), «-» och ett löpnummer, till exempel "
        "«STK-2024-1374».")
    assert snapshot(world.register) == before
    paragraphs.create_case(world.register, "STK-2026-1", "Rätt")
    with pytest.raises(UserError, match=r"Diarienumret STK-2026-1 finns redan \(Rätt\)\."):
        paragraphs.create_case(world.register, "STK-2026-1", "Igen")


def test_an_earlier_meeting_planned_late_moves_later_draft_minutes_up(world: World) -> None:
    later = world.meeting("2026-02-04 13:00")
    for title in ("B", "C"):
        world.paragraph(later, title)
    earlier = world.meeting("2026-01-07 13:00")
    world.paragraph(earlier, "A")
    assert _numbers(world, earlier) == [("A", "KS:2026:1")]
    assert _numbers(world, later) == [("B", "KS:2026:2"), ("C", "KS:2026:3")]
    # Minutes sent for justering keep their numbers: then the earlier meeting is refused.
    world.set_state(later, MinutesState.SENT_FOR_APPROVAL)
    before = snapshot(world.register)
    with pytest.raises(UserError, match="§ 2 är redan använd under året 2026"):
        world.paragraph(earlier, "A2")
    assert snapshot(world.register) == before
