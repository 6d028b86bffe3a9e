# SPDX-License-Identifier: EUPL-1.2
"""Yrkanden, beslutsgång, omröstning and jäv: the sentences of how a decision was reached.

    "Karin Pleijel (MP) yrkar bifall till stadsledningskontorets förslag."
    "Ordföranden ställer propositioner på yrkandena och finner att kommunstyrelsen beslutat
    enligt stadsledningskontorets förslag."
    "Omröstning begärs."
    "Godkänd voteringsproposition: ”Ja för bifall till …, Nej för bifall till …”"
    "A (S), B (S) samt tjänstgörande ersättaren C (V) röstar Ja (3)."
    "Omröstningen utfaller med 7 Ja mot 5 Nej. Kommunstyrelsen har därmed beslutat enligt …"
    "X (S) deltar inte i handläggningen av ärendet på grund av jäv."
    "Sluten omröstning begärs." … "Valet förrättas med slutna sedlar." … counts only
    "Rösterna är lika och valet avgörs genom lottning. Lotten faller på Ja-propositionen."
"""

from __future__ import annotations

from collections.abc import Sequence

from kraftdesk.domain.document import Table
from kraftdesk.domain.enums import BallotChoice, ProposalKind
from kraftdesk.domain.values import BodyName, PersonName, ProposalValue, VoteValue
from kraftdesk.domain.votes import VoteCount, tally
from kraftdesk.text import formats as f
from kraftdesk.text.vocabulary import BALLOT_CHOICE, PROPOSAL_KIND_NOUN


def _with_colon(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?" else text + "."


def proposal_sentence(p: ProposalValue) -> str:
    """ "Karin Pleijel (MP) yrkar bifall till stadsledningskontorets förslag." """
    who = f.names(p.authors)
    subject = (p.subject or "").strip()
    text = (p.text or "").strip()
    if p.kind is ProposalKind.APPROVAL and subject:
        return f"{who} yrkar bifall till {subject}."
    if p.kind is ProposalKind.REJECTION:
        return f"{who} yrkar avslag på {subject or 'förslaget'}."
    if p.kind is ProposalKind.REFERRAL_BACK:
        reason = f" med följande motivering: {_with_colon(text)}" if text else "."
        return f"{who} yrkar att ärendet återremitteras{reason}"
    if p.kind is ProposalKind.POSTPONEMENT:
        return f"{who} yrkar att ärendet bordläggs."
    if p.kind is ProposalKind.AMENDMENT:
        to = f" i {subject}" if subject else ""
        return f"{who} yrkar följande ändring{to}: {_with_colon(text)}"
    if p.kind is ProposalKind.ADDITION:
        to = f" till {subject}" if subject else ""
        return f"{who} yrkar följande tillägg{to}: {_with_colon(text)}"
    return f"{who} yrkar följande: {_with_colon(text or subject)}"


def proposal_label(p: ProposalValue) -> str:
    """What a decision follows: "stadsledningskontorets förslag" (bifall to a named proposal)
    or "Karin Pleijels (MP) ändringsyrkande"."""
    if p.kind is ProposalKind.APPROVAL and p.subject and p.subject.strip():
        return p.subject.strip()
    return f"{f.names_genitive(p.authors)} {PROPOSAL_KIND_NOUN[p.kind]}"


def proposal_meaning(p: ProposalValue) -> str:
    """The default side of a voteringsproposition: "bifall till Karin Pleijels (MP) yrkande"."""
    return f"bifall till {proposal_label(p)}"


def recusal_sentence(people: Sequence[PersonName]) -> str:
    """ "X (S) deltar inte i handläggningen av ärendet på grund av jäv." """
    return f"{f.names(people)} deltar inte i handläggningen av ärendet på grund av jäv."


def procedure_sentences(body: BodyName, proposals: Sequence[ProposalValue],
                        votes: Sequence[VoteValue]) -> tuple[str, ...]:
    """The composed beslutsgång; empty when there is nothing to compose from.

    The chair's finding is the adopted proposal; with a vote and none marked, the Ja side
    (the proposition the chair found for is put as Ja).
    """
    if not proposals:
        return ()
    adopted = next((p for p in proposals if p.adopted), None)
    found: str | None = proposal_label(adopted) if adopted else None
    if found is None and votes:
        first = votes[0]
        found = proposal_label(first.yes_proposal) if first.yes_proposal else None
        if found is None:
            found = "Ja-propositionen"
    if len(proposals) == 1:
        target = "detta" if found is None or adopted is proposals[0] else found
        return (f"Ordföranden ställer proposition på yrkandet och finner att "
                f"{f.body_running(body)} beslutat enligt {target}.",)
    if found is None:
        return ()
    return (f"Ordföranden ställer propositioner på yrkandena och finner att "
            f"{f.body_running(body)} beslutat enligt {found}.",)


def count(vote: VoteValue) -> VoteCount:
    """The count and outcome (kraftdesk.domain.votes decides)."""
    return tally((b.choice for b in vote.ballots), election=vote.election, secret=vote.secret,
                 counts=vote.counts, chair_choice=vote.chair_choice,
                 lot_winner=vote.lot_winner)


def _group(vote: VoteValue, choice: BallotChoice) -> str | None:
    ballots = vote.ballots
    chair = vote.chair if vote.acting_chair else None
    members = [f.person(b.person) for b in ballots if b.choice is choice
               and not b.serving_substitute and b.person != chair]
    if chair is not None and any(b.person == chair and b.choice is choice for b in ballots):
        members.append(f"tjänstgörande ordföranden {f.person(chair)}")
    subs = [b.person for b in ballots if b.choice is choice and b.serving_substitute]
    if not members and not subs:
        return None
    sub_text = ""
    if subs:
        title = "tjänstgörande ersättaren" if len(subs) == 1 else "tjänstgörande ersättarna"
        sub_text = f"{title} {f.names(subs)}"
    if members and subs:
        return f"{f.join_list(members)} samt {sub_text}"
    return f.capitalise(f.join_list(members)) if members else f.capitalise(sub_text)


def _outcome_label(vote: VoteValue, outcome: BallotChoice) -> str:
    proposal = vote.yes_proposal if outcome is BallotChoice.YES else vote.no_proposal
    if proposal is not None:
        return proposal_label(proposal)
    side = "Ja-propositionen" if outcome is BallotChoice.YES else "Nej-propositionen"
    if vote.election:  # "… enligt Ja-propositionen, val av Kim Alm (S)"
        meaning = vote.yes_meaning if outcome is BallotChoice.YES else vote.no_meaning
        return f"{side}, {meaning}"
    return side


def _counts(c: VoteCount, *, secret: bool) -> str:
    text = f"Omröstningen utfaller med {c.yes} Ja mot {c.no} Nej"
    if c.abstain and secret:
        text += f" och {c.abstain} {f.plural(c.abstain, 'blank valsedel', 'blanka valsedlar')}"
    elif c.abstain:
        text += f", och {c.abstain} {f.plural(c.abstain, 'ledamot', 'ledamöter')} avstår"
    return text + "."


def result_sentence(body: BodyName, vote: VoteValue) -> str:
    """ "Omröstningen utfaller med 7 Ja mot 5 Nej. Kommunstyrelsen har därmed beslutat enligt
    …"; a tie names the chair's casting vote, or at a val the lottning."""
    c = count(vote)
    text = _counts(c, secret=vote.secret)
    if c.tie and vote.election:
        if c.outcome is None:
            return (text + " Rösterna är lika och valet avgörs genom lottning; lottningens "
                    "utfall är inte registrerat.")
        text += (" Rösterna är lika och valet avgörs genom lottning. Lotten faller på "
                 f"{BALLOT_CHOICE[c.outcome]}-propositionen.")
    elif c.tie:
        if c.outcome is None:
            return text + " Rösterna är lika och ordförandens utslagsröst är inte registrerad."
        who = "tjänstgörande ordföranden" if vote.acting_chair else "ordföranden"
        chair = f" {f.person(vote.chair)}" if vote.chair else ""
        text += (f" Vid lika röstetal har ordföranden utslagsröst; {who}{chair} "
                 f"röstar {BALLOT_CHOICE[c.outcome]}.")
    assert c.outcome is not None
    return (f"{text} {f.body_heading(body)} har därmed beslutat enligt "
            f"{_outcome_label(vote, c.outcome)}.")


def vote_sentences(body: BodyName, vote: VoteValue) -> tuple[str, ...]:
    """The Omröstning section for one vote: request, proposition, names with counts, result.

    A closed vote (slutna sedlar) gives the counts only, never who voted how.
    """
    lines = [
        "Sluten omröstning begärs." if vote.secret else "Omröstning begärs.",
        "Godkänd voteringsproposition: "
        f"”Ja för {vote.yes_meaning}, Nej för {vote.no_meaning}”",
    ]
    if vote.secret:
        lines.append("Valet förrättas med slutna sedlar.")
        if count(vote).counted:
            lines.append(result_sentence(body, vote))
        return tuple(lines)
    for choice, verb in ((BallotChoice.YES, "röstar Ja"), (BallotChoice.NO, "röstar Nej"),
                         (BallotChoice.ABSTAIN, "avstår från att rösta")):
        group = _group(vote, choice)
        if group:
            n = sum(1 for b in vote.ballots if b.choice is choice)
            lines.append(f"{group} {verb} ({n}).")
    if vote.ballots:
        lines.append(result_sentence(body, vote))
    return tuple(lines)


TOTAL = "Summa"


def voting_table(vote: VoteValue) -> Table:
    """The voting list (omröstningslista): one row per serving member, then the totals."""
    rows = []
    for b in vote.ballots:
        marks = tuple("X" if b.choice is choice else "" for choice in BALLOT_CHOICE)
        name = b.person.name + (" (tjg ers.)" if b.serving_substitute else "")
        rows.append((name, b.person.party or "", *marks))
    c = count(vote)
    rows.append((TOTAL, "", str(c.yes), str(c.no), str(c.abstain)))
    return Table(header=("Ledamot", "Parti", *BALLOT_CHOICE.values()), rows=tuple(rows))
