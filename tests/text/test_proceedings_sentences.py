# SPDX-License-Identifier: EUPL-1.2
"""Golden tests: yrkanden, beslutsgång, omröstning (with and without tie) and jäv."""

from __future__ import annotations

import pytest

from kraftdesk.domain.document import Table
from kraftdesk.domain.enums import BallotChoice, BodyKind, ProposalKind
from kraftdesk.domain.values import BallotValue, BodyName, PersonName, ProposalValue, VoteValue
from kraftdesk.text import proceedings as pr

KS = BodyName("Kommunstyrelsen", "KS", BodyKind.EXECUTIVE_BOARD)
KARIN, RICKARD = PersonName("Karin Pleijel", "MP"), PersonName("Rickard Eriksson", "SD")
ANNA, BO, CIA = PersonName("Anna Svensson", "S"), PersonName("Bo Ek", "S"), PersonName("Cia "
                                                                                       "Lund", "V")
DAN, EVA = PersonName("Dan Berg", "M"), PersonName("Eva Ås", "KD")
YES, NO, ABSTAIN = BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN
BIFALL = ProposalValue(ProposalKind.APPROVAL, (KARIN,), subject="stadsledningskontorets förslag")
AVSLAG = ProposalValue(ProposalKind.REJECTION, (RICKARD,), subject="förslaget")


@pytest.mark.parametrize(("proposal", "sentence"), [
    (BIFALL, "Karin Pleijel (MP) yrkar bifall till stadsledningskontorets förslag."),
    (ProposalValue(ProposalKind.APPROVAL, (ANNA, BO, CIA), subject="kommunstyrelsens förslag"),
     "Anna Svensson (S), Bo Ek (S) och Cia Lund (V) yrkar bifall till kommunstyrelsens förslag."),
    (AVSLAG, "Rickard Eriksson (SD) yrkar avslag på förslaget."),
    (ProposalValue(ProposalKind.REFERRAL_BACK, (DAN,)),
     "Dan Berg (M) yrkar att ärendet återremitteras."),
    (ProposalValue(ProposalKind.REFERRAL_BACK, (DAN,), text="Konsekvenserna ska utredas"),
     "Dan Berg (M) yrkar att ärendet återremitteras med följande motivering: Konsekvenserna "
     "ska utredas."),
    (ProposalValue(ProposalKind.POSTPONEMENT, (DAN,)), "Dan Berg (M) yrkar att ärendet bordläggs."),
    (ProposalValue(ProposalKind.AMENDMENT, (RICKARD,), subject="beslutspunkt 2",
                   text="Beloppet ändras till 500 000 kronor."),
     "Rickard Eriksson (SD) yrkar följande ändring i beslutspunkt 2: Beloppet ändras till "
     "500 000 kronor."),
    (ProposalValue(ProposalKind.ADDITION, (RICKARD, EVA), text="Återrapport sker i juni"),
     "Rickard Eriksson (SD) och Eva Ås (KD) yrkar följande tillägg: Återrapport sker i juni."),
])
def test_proposal_sentences(proposal: ProposalValue, sentence: str) -> None:
    assert pr.proposal_sentence(proposal) == sentence


def test_labels_use_the_genitive() -> None:
    assert pr.proposal_label(BIFALL) == "stadsledningskontorets förslag"
    assert pr.proposal_label(AVSLAG) == "Rickard Erikssons (SD) avslagsyrkande"
    assert pr.proposal_label(ProposalValue(ProposalKind.ADDITION, (RICKARD, EVA), text="x")) == \
        "Rickard Erikssons (SD) och Eva Ås (KD) tilläggsyrkande"
    assert pr.proposal_meaning(AVSLAG) == "bifall till Rickard Erikssons (SD) avslagsyrkande"


def test_procedure() -> None:
    assert pr.procedure_sentences(KS, (), ()) == ()
    assert pr.procedure_sentences(KS, (BIFALL,), ()) == (
        "Ordföranden ställer proposition på yrkandet och finner att kommunstyrelsen beslutat "
        "enligt detta.",)
    adopted = ProposalValue(ProposalKind.APPROVAL, (KARIN,), subject="stadsledningskontorets "
                            "förslag", adopted=True)
    assert pr.procedure_sentences(KS, (adopted, AVSLAG), ()) == (
        "Ordföranden ställer propositioner på yrkandena och finner att kommunstyrelsen beslutat "
        "enligt stadsledningskontorets förslag.",)
    # Several proposals, no finding recorded and no vote: nothing is invented.
    assert pr.procedure_sentences(KS, (BIFALL, AVSLAG), ()) == ()


def _vote(*ballots: BallotValue, chair_choice: BallotChoice | None = None) -> VoteValue:
    return VoteValue("bifall till stadsledningskontorets förslag",
                     "bifall till Rickard Erikssons (SD) avslagsyrkande", ballots,
                     yes_proposal=BIFALL, no_proposal=AVSLAG, chair=ANNA,
                     chair_choice=chair_choice)


def test_vote_without_tie() -> None:
    vote = _vote(BallotValue(ANNA, YES), BallotValue(BO, YES), BallotValue(CIA, YES, True),
                 BallotValue(DAN, NO), BallotValue(RICKARD, NO), BallotValue(EVA, ABSTAIN),
                 chair_choice=YES)
    assert pr.vote_sentences(KS, vote) == (
        "Omröstning begärs.",
        "Godkänd voteringsproposition: ”Ja för bifall till stadsledningskontorets förslag, Nej "
        "för bifall till Rickard Erikssons (SD) avslagsyrkande”",
        "Anna Svensson (S) och Bo Ek (S) samt tjänstgörande ersättaren Cia Lund (V) röstar Ja (3).",
        "Dan Berg (M) och Rickard Eriksson (SD) röstar Nej (2).",
        "Eva Ås (KD) avstår från att rösta (1).",
        "Omröstningen utfaller med 3 Ja mot 2 Nej, och 1 ledamot avstår. Kommunstyrelsen har "
        "därmed beslutat enligt stadsledningskontorets förslag.",
    )
    assert pr.procedure_sentences(KS, (BIFALL, AVSLAG), (vote,)) == (
        "Ordföranden ställer propositioner på yrkandena och finner att kommunstyrelsen beslutat "
        "enligt stadsledningskontorets förslag.",)
    count = pr.count(vote)
    assert (count.yes, count.no, count.abstain, count.tie, count.outcome) == (3, 2, 1, False, YES)


def test_vote_lost_by_the_yes_side_and_only_substitutes() -> None:
    vote = _vote(BallotValue(ANNA, NO), BallotValue(CIA, YES, True), BallotValue(BO, YES, True),
                 BallotValue(DAN, NO), BallotValue(RICKARD, NO), BallotValue(EVA, ABSTAIN),
                 BallotValue(KARIN, ABSTAIN))
    lines = pr.vote_sentences(KS, vote)
    assert lines[2] == "Tjänstgörande ersättarna Cia Lund (V) och Bo Ek (S) röstar Ja (2)."
    assert lines[4] == "Eva Ås (KD) och Karin Pleijel (MP) avstår från att rösta (2)."
    assert lines[5] == ("Omröstningen utfaller med 2 Ja mot 3 Nej, och 2 ledamöter avstår. "
                        "Kommunstyrelsen har därmed beslutat enligt Rickard Erikssons (SD) "
                        "avslagsyrkande.")


def test_tie_decided_by_the_chairs_casting_vote() -> None:
    vote = _vote(BallotValue(ANNA, NO), BallotValue(BO, YES), BallotValue(DAN, YES),
                 BallotValue(RICKARD, NO), chair_choice=NO)
    assert pr.vote_sentences(KS, vote)[-1] == (
        "Omröstningen utfaller med 2 Ja mot 2 Nej. Vid lika röstetal har ordföranden "
        "utslagsröst; ordföranden Anna Svensson (S) röstar Nej. Kommunstyrelsen har därmed "
        "beslutat enligt Rickard Erikssons (SD) avslagsyrkande.")
    count = pr.count(vote)
    assert (count.tie, count.casting, count.outcome) == (True, True, NO)
    undecided = _vote(BallotValue(BO, YES), BallotValue(DAN, NO), chair_choice=ABSTAIN)
    assert pr.count(undecided).outcome is None
    assert pr.vote_sentences(KS, undecided)[-1] == (
        "Omröstningen utfaller med 1 Ja mot 1 Nej. Rösterna är lika och ordförandens "
        "utslagsröst är inte registrerad.")


def test_vote_sides_without_proposals() -> None:
    vote = VoteValue("bifall", "avslag", (BallotValue(BO, NO),))
    assert pr.vote_sentences(KS, vote)[-1] == (
        "Omröstningen utfaller med 0 Ja mot 1 Nej. Kommunstyrelsen har därmed beslutat enligt "
        "Nej-propositionen.")


def test_jav_and_voting_table() -> None:
    assert pr.recusal_sentence([BO]) == \
        "Bo Ek (S) deltar inte i handläggningen av ärendet på grund av jäv."
    assert pr.recusal_sentence([BO, CIA]) == \
        "Bo Ek (S) och Cia Lund (V) deltar inte i handläggningen av ärendet på grund av jäv."
    table = pr.voting_table(_vote(BallotValue(ANNA, YES), BallotValue(CIA, ABSTAIN, True)))
    assert table == Table(("Ledamot", "Parti", "Ja", "Nej", "Avstår"),
                          (("Anna Svensson", "S", "X", "", ""),
                           ("Cia Lund (tjg ers.)", "V", "", "", "X"),
                           ("Summa", "", "1", "0", "1")))
