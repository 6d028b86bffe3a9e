# SPDX-License-Identifier: EUPL-1.2
"""A kommunstyrelse meeting built through the services from an empty register, with text
that needs marking: a personnummer, a private person's name, a paragraph under sekretess."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kraftdesk.domain.enums import BallotChoice, MinutesState, ProposalKind, StatementKind
from kraftdesk.domain.values import BasisLine, FreeSection
from kraftdesk.reading.meetings import MeetingPlan
from kraftdesk.register.database import Register
from kraftdesk.services import justering, meetings, paragraphs, proceedings, statements
from tests.services.world import World, build

PERSONNUMMER = "811218-9876"
PRIVATE_NAME = "Kalle Karlsson"
SECRET_TEXT = "Barnet placeras i familjehem i Lund"
SUMMARY = (f"Ärendet gäller bidrag till föreningen Ungdomens hus. Kontaktperson är "
           f"{PRIVATE_NAME}, personnummer {PERSONNUMMER}, Storgatan 1.\n\n"
           "Stadskontoret föreslår att bidrag beviljas med 1 100 000 kronor.")


@dataclass
class Scenario:
    world: World
    meeting: int
    open_paragraph: int  # § 1: bidrag, with a personnummer and a name in its summary
    secret_paragraph: int  # § 2: under sekretess in full
    vote_paragraph: int  # § 3: a vote, a reservation with a bilaga
    day: date

    @property
    def register(self) -> Register:
        return self.world.register

    @property
    def ref(self) -> str:
        return f"KS:{self.day.isoformat()}"


def build_scenario(register: Register, *, starts: str = "2026-02-04 13:00",
                   world: World | None = None) -> Scenario:
    world = world or build(register)
    meeting = world.meeting(starts)
    start = datetime.fromisoformat(starts)
    meetings.update_meeting(register, meeting, MeetingPlan(  # Dan Berg is to justera
        body_id=world.body["KS"], starts_at=start,
        approval_due_at=datetime.combine(start.date() + timedelta(days=7), time(12, 0)),
        chair_id=world.person["Anna Svensson"], secretary_id=world.person["Pamela Lindqvist"],
        approver_ids=(world.person["Dan Berg"],)))
    grant = _case(register, "KS 2026/12", "Bidrag till Ungdomens hus")
    school = _case(register, "KS 2025/301", "Ny förskola i Kvarnby")
    one = paragraphs.add_paragraph(register, meeting, title="Bidrag till Ungdomens hus",
                                   case_id=grant).id
    paragraphs.update_paragraph(register, one, summary=SUMMARY)
    paragraphs.set_free_sections(register, one, [FreeSection(
        "Tidigare behandling", "Ärendet bereddes av arbetsutskottet.")])
    paragraphs.set_decision_points(register, one, [
        "Bidrag beviljas Ungdomens hus med 1 100 000 kronor.",
        "Beslutet gäller från och med den 1 mars 2026."])
    paragraphs.set_basis(register, one, [BasisLine(text="Tjänsteskrivelse 2026-01-20")])
    paragraphs.set_distribution(register, one, ["Ungdomens hus", "Stadskontoret"])
    two = paragraphs.add_paragraph(register, meeting, title="Placering enligt LVU").id
    paragraphs.update_paragraph(register, two, summary=f"{SECRET_TEXT}. Beslutet fattas "
                                "enligt 6 § LVU.")
    paragraphs.set_decision_points(register, two, ["Placeringen godkänns."])
    three = paragraphs.add_paragraph(register, meeting, title="Ny förskola i Kvarnby",
                                     case_id=school).id
    paragraphs.update_paragraph(register, three, summary="En ny förskola byggs i Kvarnby.")
    paragraphs.set_decision_points(register, three, ["Förskolan byggs."])
    p = world.person
    yes = proceedings.add_proposal(register, three, kind=ProposalKind.APPROVAL,
                                   author_ids=[p["Bo Ek"]], subject="stadskontorets förslag").id
    no = proceedings.add_proposal(register, three, kind=ProposalKind.REJECTION,
                                  author_ids=[p["Ulf Lind"]]).id
    proceedings.record_vote(register, three, yes_proposal_id=yes, no_proposal_id=no, ballots={
        p["Anna Svensson"]: BallotChoice.YES, p["Bo Ek"]: BallotChoice.YES,
        p["Dan Berg"]: BallotChoice.YES, p["Eva Ek"]: BallotChoice.ABSTAIN,
        p["Ulf Lind"]: BallotChoice.NO})
    proceedings.set_adopted(register, three, yes)
    statements.announce(register, three, kind=StatementKind.RESERVATION,
                        author_ids=[p["Ulf Lind"]], promised=True,
                        in_favour_of_proposal_id=no)
    paragraphs.number_paragraphs(register, meeting)
    return Scenario(world, meeting, one, two, three, datetime.fromisoformat(starts).date())


def _case(register: Register, number: str, title: str) -> int:
    found = paragraphs.find_case(register, number)
    return found.id if found is not None else paragraphs.create_case(register, number,
                                                                     title).id


def justera(scenario: Scenario, *, received: str | None = "Vi reserverar oss mot beslutet.",
            ) -> None:
    """Send for justering, receive the reservation, justera (sealed)."""
    register, day = scenario.register, scenario.day
    justering.send_for_justering(register, scenario.meeting, on=day)
    if received is not None:
        statement = statements.statements_view(register, scenario.vote_paragraph)[0]
        statements.receive(register, statement.id,
                           received_at=datetime.combine(day, datetime.min.time()).replace(
                               hour=16), text=received)
    later = day + timedelta(days=7)
    justering.justera(register, scenario.meeting, on=later, approvers=["Dan Berg"],
                      confirm_open_promises=True,
                      now=datetime.combine(later, datetime.min.time()).replace(hour=12))


def justera_unchecked(scenario: Scenario) -> None:
    """Minutes justerade with the personnummer of § 1 unmarked: possible only for minutes
    justerade before the protocol checker existed (it refuses the justering now), so the
    state is written as the world emulates it (no seal; publishing needs none)."""
    scenario.world.set_state(scenario.meeting, MinutesState.APPROVED)
