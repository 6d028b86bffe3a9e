# SPDX-License-Identifier: EUPL-1.2
"""The proposals, votes and ballots of a paragraph, as the editor shows them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import BallotChoice, ProposalKind
from kraftdesk.reading import load, support
from kraftdesk.reading.composition import paragraph_value
from kraftdesk.reading.meetings import PersonRef, person_ref
from kraftdesk.register.models import (
    Ballot,
    Paragraph,
    Person,
    Proposal,
    ProposalAuthor,
    Vote,
)
from kraftdesk.text import proceedings as text
from kraftdesk.text.paragraph import text_blocks
from kraftdesk.text.proceedings import VoteCount


@dataclass(frozen=True)
class ProposalRow:
    id: int
    position: int
    kind: ProposalKind
    authors: tuple[PersonRef, ...]
    subject: str | None
    text: str | None
    withdrawn: bool
    adopted: bool
    sentence: str  # "Karin Pleijel (MP) yrkar bifall till stadsledningskontorets förslag."
    version: int = 1


@dataclass(frozen=True)
class BallotRow:
    person: PersonRef
    choice: BallotChoice | None  # None: not voted yet
    serving_substitute: bool


@dataclass(frozen=True)
class VoteRow:
    id: int
    position: int
    yes_meaning: str
    no_meaning: str
    yes_proposal_id: int | None
    no_proposal_id: int | None
    ballots: tuple[BallotRow, ...]  # one row per member who may vote, in attendance order
    count: VoteCount
    complete: bool  # every member who may vote has voted
    sentences: tuple[str, ...]  # the Omröstning text as printed
    election: bool = False  # a val: a tie is settled by lot
    secret: bool = False  # slutna sedlar: counts, no ballots
    counts: tuple[int | None, int | None, int | None] = (None, None, None)
    lot_winner: BallotChoice | None = None
    version: int = 1  # the vote's version (set_ballots' expected_version)


@dataclass(frozen=True)
class ProceedingsView:
    paragraph_id: int
    proposals: tuple[ProposalRow, ...]  # withdrawn ones too (marked)
    procedure: tuple[str, ...]  # the composed (or hand-written) beslutsgång
    votes: tuple[VoteRow, ...]
    voters: tuple[PersonRef, ...]  # who may vote in this paragraph
    version: int = 1  # the paragraph's version (set_adopted's expected_version)


def read_proceedings(session: Session, paragraph_id: int) -> ProceedingsView:
    paragraph = support.get(session, Paragraph, paragraph_id)
    value = paragraph_value(session, paragraph.id)
    body = value.meeting.body
    part = support.participation(session, paragraph)
    people = {p.id: person_ref(p) for p in session.scalars(
        select(Person).where(Person.id.in_(part.voter_ids)))}
    proposals = session.scalars(select(Proposal).where(Proposal.paragraph_id == paragraph.id)
                                .order_by(Proposal.position)).all()
    authors = load.by_key(session.execute(
        select(ProposalAuthor.proposal_id, Person)
        .join(Person, Person.id == ProposalAuthor.person_id)
        .where(ProposalAuthor.proposal_id.in_([p.id for p in proposals]))
        .order_by(ProposalAuthor.proposal_id, ProposalAuthor.position)).all())
    values = load.proposal_values(session, [p.id for p in proposals])
    proposal_rows = tuple(ProposalRow(
        p.id, p.position, p.kind, tuple(person_ref(a) for a in authors.get(p.id, [])),
        p.subject, p.text, p.withdrawn, p.adopted, text.proposal_sentence(values[p.id]),
        p.version) for p in proposals)
    procedure = (tuple(b.text for b in text_blocks(value.procedure_text))
                 if value.procedure_text
                 else text.procedure_sentences(body, value.proposals, value.votes))
    votes = session.scalars(select(Vote).where(Vote.paragraph_id == paragraph.id)
                            .order_by(Vote.position)).all()
    vote_rows = []
    for vote, vote_value in zip(votes, value.votes, strict=True):
        choice = dict(session.execute(select(Ballot.person_id, Ballot.choice)
                                      .where(Ballot.vote_id == vote.id)).all())
        ballots = tuple(BallotRow(people[pid], choice.get(pid), sub) for pid, sub in part.voters)
        vote_rows.append(VoteRow(
            vote.id, vote.position, vote.yes_meaning, vote.no_meaning, vote.yes_proposal_id,
            vote.no_proposal_id, ballots, text.count(vote_value), not vote_value.missing,
            text.vote_sentences(body, vote_value), vote.election, vote.secret,
            (vote.yes_count, vote.no_count, vote.abstain_count), vote.lot_winner,
            version=vote.version))
    return ProceedingsView(paragraph.id, proposal_rows, procedure, tuple(vote_rows),
                           tuple(people[pid] for pid, _ in part.voters), paragraph.version)
