# SPDX-License-Identifier: EUPL-1.2
"""Yrkanden, votes and who may vote."""

from __future__ import annotations

import pytest

from kraftdesk.domain.enums import BallotChoice, ParagraphAttendanceKind, ProposalKind
from kraftdesk.domain.errors import UserError
from kraftdesk.services import composition, meetings, proceedings
from kraftdesk.services.meetings import ParagraphAttendanceEntry
from tests.services.world import World, snapshot

YES, NO, ABSTAIN = BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN


def _setup(world: World) -> tuple[int, int, int]:
    p = world.person
    meeting = world.meeting()
    pid = world.paragraph(meeting)
    meetings.set_paragraph_attendance(world.register, pid, [
        ParagraphAttendanceEntry(p["Bo Ek"], ParagraphAttendanceKind.RECUSED),
        ParagraphAttendanceEntry(p["Dan Berg"], ParagraphAttendanceKind.ABSENT)])
    bifall = proceedings.add_proposal(world.register, pid, kind=ProposalKind.APPROVAL,
                                      author_ids=[p["Anna Svensson"]],
                                      subject="stadskontorets förslag").id
    avslag = proceedings.add_proposal(world.register, pid, kind=ProposalKind.REJECTION,
                                      author_ids=[p["Ulf Lind"]], subject="förslaget").id
    return pid, bifall, avslag


def test_a_vote_with_its_text(world: World) -> None:
    p = world.person
    pid, bifall, avslag = _setup(world)
    proceedings.set_adopted(world.register, pid, bifall)
    vote = proceedings.record_vote(world.register, pid, yes_proposal_id=bifall,
                                   no_proposal_id=avslag,
                                   ballots={p["Anna Svensson"]: YES, p["Ulf Lind"]: NO}).id
    view = proceedings.proceedings_view(world.register, pid)
    assert [v.label for v in view.voters] == ["Anna Svensson (S)", "Eva Ek (L)", "Ulf Lind (SD)"]
    row = view.votes[0]
    assert row.no_meaning == "bifall till Ulf Linds (SD) avslagsyrkande"
    assert not row.complete
    assert [(b.person.label, b.choice) for b in row.ballots] == [
        ("Anna Svensson (S)", YES), ("Eva Ek (L)", None), ("Ulf Lind (SD)", NO)]
    proceedings.cast_ballot(world.register, vote, p["Eva Ek"], YES)
    view = proceedings.proceedings_view(world.register, pid)
    assert view.votes[0].complete and view.votes[0].count.yes == 2
    assert view.procedure == ("Ordföranden ställer propositioner på yrkandena och finner att "
                              "kommunstyrelsen beslutat enligt stadskontorets förslag.",)
    with world.register.read() as s:
        doc = composition.paragraph_doc(s, pid)
    sections = {sec.heading: [b.text for b in sec.blocks] for sec in doc.sections}
    assert sections["Yrkanden"] == [
        "Anna Svensson (S) yrkar bifall till stadskontorets förslag.",
        "Ulf Lind (SD) yrkar avslag på förslaget."]
    assert sections["Omröstning"] == [
        "Omröstning begärs.",
        "Godkänd voteringsproposition: ”Ja för bifall till stadskontorets förslag, Nej för "
        "bifall till Ulf Linds (SD) avslagsyrkande”",
        "Anna Svensson (S) och Eva Ek (L) röstar Ja (2).",
        "Ulf Lind (SD) röstar Nej (1).",
        "Omröstningen utfaller med 2 Ja mot 1 Nej. Kommunstyrelsen har därmed beslutat enligt "
        "stadskontorets förslag."]
    assert sections["Jäv"] == ["Bo Ek (S) deltar inte i handläggningen av ärendet på grund av "
                               "jäv."]


def test_tie_is_decided_by_the_chair(world: World) -> None:
    p = world.person
    pid, bifall, avslag = _setup(world)
    vote = proceedings.record_vote(world.register, pid, yes_proposal_id=bifall,
                                   no_proposal_id=avslag, ballots={
                                       p["Anna Svensson"]: ABSTAIN, p["Eva Ek"]: YES,
                                       p["Ulf Lind"]: NO}).id
    # A tie while the chair abstained: no outcome until the chair's casting vote is recorded.
    assert proceedings.proceedings_view(world.register, pid).votes[0].count.outcome is None
    proceedings.cast_ballot(world.register, vote, p["Eva Ek"], NO)
    count = proceedings.proceedings_view(world.register, pid).votes[0].count
    assert (count.yes, count.no, count.tie, count.outcome) == (0, 2, False, NO)
    proceedings.set_ballots(world.register, vote, {p["Anna Svensson"]: NO, p["Ulf Lind"]: YES})
    row = proceedings.proceedings_view(world.register, pid).votes[0]
    assert (row.count.tie, row.count.casting, row.count.outcome) == (True, True, NO)
    assert row.sentences[-1] == (
        "Omröstningen utfaller med 1 Ja mot 1 Nej. Vid lika röstetal har ordföranden "
        "utslagsröst; ordföranden Anna Svensson (S) röstar Nej. Kommunstyrelsen har därmed "
        "beslutat enligt Ulf Linds (SD) avslagsyrkande.")


def test_ballots_from_those_who_may_not_vote_are_refused(world: World) -> None:
    p = world.person
    pid, bifall, avslag = _setup(world)
    vote = proceedings.record_vote(world.register, pid, yes_proposal_id=bifall,
                                   no_proposal_id=avslag)
    before = snapshot(world.register)
    cases = [
        (p["Bo Ek"], "Bo Ek (S) får inte rösta: Bo Ek (S) är jävig under § 1 och deltar inte i "
                     "beslutet."),
        (p["Dan Berg"], "Dan Berg (M) får inte rösta: Dan Berg (M) är inte närvarande under "
                        "§ 1."),
        (p["Cia Lund"], "Cia Lund (V) får inte rösta: Cia Lund (V) tjänstgör inte under § 1."),
        (world.outsider, "Olle Utan (M) får inte rösta: Olle Utan (M) tjänstgör inte under § 1."),
    ]
    for person, message in cases:
        with pytest.raises(UserError) as raised:
            proceedings.cast_ballot(world.register, vote.id, person, YES)
        assert raised.value.message == message
        with pytest.raises(UserError):
            proceedings.record_vote(world.register, pid, yes_meaning="bifall",
                                    no_meaning="avslag", ballots={p["Eva Ek"]: YES, person: NO})
    # Recusing a member who has voted is refused too: the vote would no longer hold.
    proceedings.cast_ballot(world.register, vote.id, p["Eva Ek"], YES)
    before = snapshot(world.register)
    with pytest.raises(UserError) as raised:
        meetings.set_paragraph_attendance(world.register, pid, [
            ParagraphAttendanceEntry(p["Eva Ek"], ParagraphAttendanceKind.RECUSED)])
    assert raised.value.message == ("Eva Ek (L) har röstat i en omröstning under § 1 och skulle "
                                    "inte längre få rösta; ta bort rösten först.")
    assert snapshot(world.register) == before


def test_bad_proposals(world: World) -> None:
    p = world.person
    pid, bifall, _ = _setup(world)
    proceedings.record_vote(world.register, pid, yes_proposal_id=bifall, no_meaning="avslag")
    before = snapshot(world.register)
    cases = [
        (lambda: proceedings.add_proposal(world.register, pid, kind=ProposalKind.APPROVAL,
                                          author_ids=[]), "Ange vem som yrkar (yrkandet under § "
                                                          "1)."),
        (lambda: proceedings.add_proposal(world.register, pid, kind=ProposalKind.APPROVAL,
                                          author_ids=[p["Bo Ek"]], subject="x"),
         "Bo Ek (S) är jävig under § 1 och kan inte yrka."),
        (lambda: proceedings.add_proposal(world.register, pid, kind=ProposalKind.APPROVAL,
                                          author_ids=[p["Eva Ek"]]),
         "Ange vad yrkandet under § 1 yrkar bifall till, till exempel «stadskontorets förslag»."),
        (lambda: proceedings.withdraw_proposal(world.register, bifall),
         "Yrkandet under § 1 ingår i en omröstning eller en reservation och kan inte återtas."),
        (lambda: proceedings.record_vote(world.register, pid, yes_meaning="bifall"),
         "Ange vad Nej betyder i voteringspropositionen (till exempel «bifall till "
         "kommunstyrelsens förslag»)."),
    ]
    for attempt, message in cases:
        with pytest.raises(UserError) as raised:
            attempt()
        assert raised.value.message == message
    assert snapshot(world.register) == before
