# SPDX-License-Identifier: EUPL-1.2
"""Yrkanden and omröstningar of a paragraph.

Who may vote in a paragraph follows from the meeting's attendance (tjänstgörande ledamöter
and ersättare) and the paragraph's exceptions (jäv, absence, a substitute serving for this
paragraph only); a ballot from anyone else is refused. A tie is decided by the chair's
casting vote: the chair's own Ja or Nej.

Read:
    proceedings_view(register, paragraph_id) -> ProceedingsView
Write (one transaction each; UserError in Swedish):
    add_proposal(register, paragraph_id, *, kind, author_ids, subject=None,
                 text=None) -> Created
    update_proposal(register, proposal_id, *, kind=…, author_ids=…, subject=…,
                    text=…, expected_version=None) -> Changes
    withdraw_proposal(register, proposal_id, *, withdrawn=True,
                      expected_version=None) -> Changes
    set_adopted(register, paragraph_id, proposal_id | None, *,
                expected_version=None) -> Changes      the chair's finding (paragraph version)
    delete_proposal(register, proposal_id, *, expected_version=None) -> Changes
    record_vote(register, paragraph_id, *, yes_proposal_id=None, no_proposal_id=None,
                yes_meaning=None, no_meaning=None, ballots={}, election=False,
                secret=False) -> Created
    set_vote_result(register, vote_id, *, yes=None, no=None, abstain=None,
                    lot_winner=None, expected_version=None) -> Changes
        closed ballot counts, lottning at a val
    set_ballots(register, vote_id, ballots, *, expected_version=None) -> Changes
    cast_ballot(register, vote_id, person_id, choice, *, expected_version=None) -> Changes
    delete_vote(register, vote_id, *, expected_version=None) -> Changes

`expected_version` is the version of the proposal (ProposalRow.version), the vote
(VoteRow.version) or, for set_adopted, the paragraph (ProceedingsView.version) as read; a
change based on an older one is refused (kraftdesk.register.versions). Replacing a vote's
ballots, a proposal's authors or the chair's finding raises that version.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from kraftdesk.domain import participation
from kraftdesk.domain.enums import BallotChoice, ProposalKind
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.votes import tally
from kraftdesk.reading import load, support
from kraftdesk.reading.proceedings import (
    BallotRow,
    ProceedingsView,
    ProposalRow,
    VoteRow,
    read_proceedings,
)
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Ballot,
    Body,
    Meeting,
    Paragraph,
    Person,
    Proposal,
    ProposalAuthor,
    Statement,
    Vote,
)
from kraftdesk.services.changes import UNSET, Changes, Created
from kraftdesk.text.proceedings import proposal_meaning

__all__ = [
    "BallotRow", "Created", "ProceedingsView", "ProposalRow", "VoteRow", "add_proposal",
    "cast_ballot", "delete_proposal", "delete_vote", "proceedings_view", "record_vote",
    "set_adopted", "set_ballots", "set_vote_result", "update_proposal", "withdraw_proposal",
]


def proceedings_view(register: Register, paragraph_id: int) -> ProceedingsView:
    with register.read() as session:
        return read_proceedings(session, paragraph_id)


# --- proposals -------------------------------------------------------------------------


def _paragraph(session: Session, paragraph_id: int) -> Paragraph:
    paragraph = support.get(session, Paragraph, paragraph_id)
    support.ensure_paragraph_editable(session, paragraph)
    return paragraph


def _of_proposal(session: Session, proposal_id: int) -> tuple[Proposal, Paragraph]:
    proposal = support.get(session, Proposal, proposal_id, what="Yrkandet")
    return proposal, _paragraph(session, proposal.paragraph_id)


def _check_authors(session: Session, paragraph: Paragraph, author_ids: Sequence[int]) -> None:
    what = f"yrkandet under {support.paragraph_what(paragraph)}"
    if not author_ids:
        raise UserError(f"Ange vem som yrkar ({what}).", field="author_ids")
    if len(set(author_ids)) != len(author_ids):
        raise UserError(f"Samma person står två gånger bakom {what}.", field="author_ids")
    meeting = session.get_one(Meeting, paragraph.meeting_id)
    body = session.get_one(Body, meeting.body_id)
    roles = support.roles_on(session, body.id, meeting.starts_at.date(), author_ids)
    part = support.participation(session, paragraph)
    where = support.paragraph_what(paragraph)
    for person_id in author_ids:
        label = support.person_label(support.get(session, Person, person_id))
        if person_id not in roles:
            raise UserError(f"{label} är inte ledamot eller ersättare i "
                            f"{support.body_running(body)} och kan inte yrka ({what}).",
                            field="author_ids")
        problem = participation.taking_part_problem(person_id, part, serving=True)
        if problem is None or problem.code is participation.Code.NO_ATTENDANCE:
            continue  # without recorded attendance anyone of the body may propose
        if problem.code is participation.Code.RECUSED:
            raise UserError(f"{label} är jävig under {where} och kan inte yrka.",
                            field="author_ids")
        raise UserError(f"{label} tjänstgör inte under {where} och kan inte yrka.",
                        field="author_ids")


def _set_authors(session: Session, proposal: Proposal, author_ids: Sequence[int]) -> None:
    session.execute(delete(ProposalAuthor).where(ProposalAuthor.proposal_id == proposal.id))
    session.flush()
    session.add_all(ProposalAuthor(proposal_id=proposal.id, person_id=pid, position=i)
                    for i, pid in enumerate(author_ids, start=1))


def _check_content(kind: ProposalKind, subject: str | None, text: str | None,
                   what: str) -> None:
    if kind is ProposalKind.APPROVAL and not subject:
        raise UserError(f"Ange vad {what} yrkar bifall till, till exempel "
                        "«stadskontorets förslag».", field="subject")
    if kind in (ProposalKind.AMENDMENT, ProposalKind.ADDITION, ProposalKind.OWN) and not text:
        raise UserError(f"Yrkandets lydelse saknas ({what}).", field="text")


def _clean(value: str | None) -> str | None:
    return (value or "").strip() or None


def add_proposal(register: Register, paragraph_id: int, *, kind: ProposalKind,
                 author_ids: Sequence[int], subject: str | None = None,
                 text: str | None = None) -> Created:
    subject, text = _clean(subject), _clean(text)
    with register.write() as session:
        paragraph = _paragraph(session, paragraph_id)
        _check_authors(session, paragraph, author_ids)
        _check_content(kind, subject, text, f"yrkandet under {support.paragraph_what(paragraph)}")
        position = (session.scalar(select(func.max(Proposal.position))
                                   .where(Proposal.paragraph_id == paragraph.id)) or 0) + 1
        proposal = Proposal(paragraph_id=paragraph.id, position=position, kind=kind,
                            subject=subject, text=text)
        session.add(proposal)
        session.flush()
        _set_authors(session, proposal, author_ids)
        return Created(paragraphs=frozenset({paragraph.id}), id=proposal.id)


def update_proposal(register: Register, proposal_id: int, *, kind: Any = UNSET,
                    author_ids: Any = UNSET, subject: Any = UNSET,
                    text: Any = UNSET, expected_version: int | None = None) -> Changes:
    with register.write() as session:
        proposal, paragraph = _of_proposal(session, proposal_id)
        versions.check(proposal, expected_version,
                       f"yrkandet under {support.paragraph_what(paragraph)}")
        if kind is not UNSET:
            proposal.kind = kind
        if subject is not UNSET:
            proposal.subject = _clean(subject)
        if text is not UNSET:
            proposal.text = _clean(text)
        _check_content(proposal.kind, proposal.subject, proposal.text,
                       f"yrkandet under {support.paragraph_what(paragraph)}")
        if author_ids is not UNSET:
            _check_authors(session, paragraph, author_ids)
            _set_authors(session, proposal, author_ids)
            versions.bump(proposal)
        return Changes(paragraphs=frozenset({paragraph.id}))


def withdraw_proposal(register: Register, proposal_id: int, *, withdrawn: bool = True,
                      expected_version: int | None = None) -> Changes:
    """A withdrawn yrkande is kept but not printed (KL: only those not withdrawn)."""
    with register.write() as session:
        proposal, paragraph = _of_proposal(session, proposal_id)
        versions.check(proposal, expected_version,
                       f"yrkandet under {support.paragraph_what(paragraph)}")
        if withdrawn and _used(session, proposal):
            raise UserError(f"Yrkandet under {support.paragraph_what(paragraph)} ingår i en "
                            "omröstning eller en reservation och kan inte återtas.",
                            field="withdrawn")
        proposal.withdrawn = withdrawn
        if withdrawn:
            proposal.adopted = False
        return Changes(paragraphs=frozenset({paragraph.id}))


def _used(session: Session, proposal: Proposal) -> bool:
    in_vote = session.scalar(select(func.count()).select_from(Vote).where(
        or_(Vote.yes_proposal_id == proposal.id, Vote.no_proposal_id == proposal.id)))
    in_statement = session.scalar(select(func.count()).select_from(Statement).where(
        Statement.in_favour_of_proposal_id == proposal.id))
    return bool(in_vote or in_statement)


def set_adopted(register: Register, paragraph_id: int, proposal_id: int | None, *,
                expected_version: int | None = None) -> Changes:
    """The chair's finding: "… finner att kommunstyrelsen beslutat enligt …"."""
    with register.write() as session:
        paragraph = _paragraph(session, paragraph_id)
        versions.check(paragraph, expected_version,
                       f"ordförandens finnande under {support.paragraph_what(paragraph)}")
        versions.bump(paragraph)
        proposals = session.scalars(select(Proposal)
                                    .where(Proposal.paragraph_id == paragraph.id)).all()
        if proposal_id is not None:
            chosen = next((p for p in proposals if p.id == proposal_id), None)
            if chosen is None or chosen.withdrawn:
                raise UserError(f"Yrkandet finns inte (eller är återtaget) under "
                                f"{support.paragraph_what(paragraph)}.", field="proposal_id")
        for p in proposals:
            p.adopted = p.id == proposal_id
        return Changes(paragraphs=frozenset({paragraph.id}))


def delete_proposal(register: Register, proposal_id: int, *,
                    expected_version: int | None = None) -> Changes:
    with register.write() as session:
        proposal, paragraph = _of_proposal(session, proposal_id)
        versions.check(proposal, expected_version,
                       f"yrkandet under {support.paragraph_what(paragraph)}")
        if _used(session, proposal):
            raise UserError(f"Yrkandet under {support.paragraph_what(paragraph)} ingår i en "
                            "omröstning eller en reservation; ta bort den först.",
                            field="proposal")
        session.execute(delete(ProposalAuthor).where(ProposalAuthor.proposal_id == proposal.id))
        session.delete(proposal)
        return Changes(paragraphs=frozenset({paragraph.id}))


# --- votes -----------------------------------------------------------------------------


def _check_ballots(session: Session, paragraph: Paragraph, vote: Vote | None,
                   ballots: Mapping[int, BallotChoice]) -> None:
    what = support.paragraph_what(paragraph)
    if ballots and vote is not None and vote.secret:
        raise UserError(f"Omröstningen under {what} är sluten: bara antalet röster registreras, "
                        "aldrig vem som röstade hur.", field="ballots")
    part = support.participation(session, paragraph)
    for person_id, choice in ballots.items():
        label = support.person_label(support.get(session, Person, person_id))
        if not isinstance(choice, BallotChoice):
            raise UserError(f"Ogiltig röst för {label}: välj Ja, Nej eller Avstår.",
                            field="ballots")
        problem = participation.taking_part_problem(person_id, part, serving=True)
        if problem is None:
            continue
        if problem.code is participation.Code.NO_ATTENDANCE:
            reason = ("närvaron är inte registrerad för sammanträdet; registrera vem som "
                      "tjänstgör först")
        elif problem.code is participation.Code.RECUSED:
            reason = f"{label} är jävig under {what} och deltar inte i beslutet"
        elif problem.code is participation.Code.ABSENT:
            reason = f"{label} är inte närvarande under {what}"
        else:
            reason = f"{label} tjänstgör inte under {what}"
        raise UserError(f"{label} får inte rösta: {reason}.", field="ballots")


def _check_counts(session: Session, paragraph: Paragraph, vote: Vote) -> None:
    """A closed vote's counts: not negative, not more votes than members serving."""
    what = support.paragraph_what(paragraph)
    counts = (vote.yes_count, vote.no_count, vote.abstain_count)
    if any(c is not None and c < 0 for c in counts):
        raise UserError(f"Antalet röster kan inte vara negativt (omröstningen under {what}).",
                        field="counts")
    part = support.participation(session, paragraph)
    total = sum(c or 0 for c in counts)
    if part.attendance_recorded and total > len(part.voters):
        raise UserError(f"Omröstningen under {what} har {total} röster men bara "
                        f"{len(part.voters)} tjänstgör; antalet röster kan inte vara fler än "
                        "de tjänstgörande.", field="counts")


def _meaning(session: Session, paragraph: Paragraph, meaning: str | None,
             proposal_id: int | None, side: str) -> str:
    if proposal_id is not None:
        proposal = session.get(Proposal, proposal_id)
        if proposal is None or proposal.paragraph_id != paragraph.id or proposal.withdrawn:
            raise UserError(f"{side}-yrkandet finns inte under "
                            f"{support.paragraph_what(paragraph)}.",
                            field=f"{side.lower()}_proposal")
        if not meaning:
            value = load.proposal_values(session, [proposal_id])[proposal_id]
            return proposal_meaning(value)
    if not meaning:
        raise UserError(f"Ange vad {side} betyder i voteringspropositionen "
                        "(till exempel «bifall till kommunstyrelsens förslag»).",
                        field=f"{side.lower()}_meaning")
    return meaning


def record_vote(register: Register, paragraph_id: int, *, yes_proposal_id: int | None = None,
                no_proposal_id: int | None = None, yes_meaning: str | None = None,
                no_meaning: str | None = None,
                ballots: Mapping[int, BallotChoice] | None = None, election: bool = False,
                secret: bool = False) -> Created:
    """A vote: the approved proposition and (some or all) ballots.

    `election`: a val, whose tie is settled by lot; `secret`: slutna sedlar (only at a val),
    whose result is recorded as counts (set_vote_result), never as ballots.
    """
    with register.write() as session:
        paragraph = _paragraph(session, paragraph_id)
        if secret and not election:
            raise UserError(f"Bara ett val kan förrättas med slutna sedlar (KL 5 kap.); "
                            f"omröstningen under {support.paragraph_what(paragraph)} är "
                            "öppen.", field="secret")
        yes = _meaning(session, paragraph, _clean(yes_meaning), yes_proposal_id, "Ja")
        no = _meaning(session, paragraph, _clean(no_meaning), no_proposal_id, "Nej")
        ballots = dict(ballots or {})
        position = (session.scalar(select(func.max(Vote.position))
                                   .where(Vote.paragraph_id == paragraph.id)) or 0) + 1
        vote = Vote(paragraph_id=paragraph.id, position=position, yes_meaning=yes,
                    no_meaning=no, yes_proposal_id=yes_proposal_id,
                    no_proposal_id=no_proposal_id, election=election, secret=secret)
        _check_ballots(session, paragraph, vote, ballots)
        session.add(vote)
        session.flush()
        session.add_all(Ballot(vote_id=vote.id, person_id=pid, choice=choice)
                        for pid, choice in ballots.items())
        return Created(paragraphs=frozenset({paragraph.id}), id=vote.id)


def set_vote_result(register: Register, vote_id: int, *, yes: int | None = None,
                    no: int | None = None, abstain: int | None = None,
                    lot_winner: BallotChoice | None = None,
                    expected_version: int | None = None) -> Changes:
    """A closed vote's counts (Ja, Nej, blank) and, at a tied val, the side the lot fell on."""
    with register.write() as session:
        vote, paragraph = _of_vote(session, vote_id)
        what = support.paragraph_what(paragraph)
        versions.check(vote, expected_version, f"omröstningen under {what}")
        versions.bump(vote)
        if (yes, no, abstain) != (None, None, None) and not vote.secret:
            raise UserError(f"Omröstningen under {what} är öppen: resultatet räknas från "
                            "rösterna, inte från antal.", field="counts")
        if lot_winner is not None:
            if not vote.election:
                raise UserError(f"Lottning avgör bara ett val; vid lika röstetal i omröstningen "
                                f"under {what} har ordföranden utslagsröst.", field="lot_winner")
            if lot_winner not in (BallotChoice.YES, BallotChoice.NO):
                raise UserError("Lotten faller på Ja eller Nej.", field="lot_winner")
        vote.yes_count, vote.no_count, vote.abstain_count = (
            (yes, no, abstain) if vote.secret else (None, None, None))
        if vote.secret and (yes is None) != (no is None):
            raise UserError(f"Ange både antalet Ja och antalet Nej (omröstningen under {what}).",
                            field="counts")
        _check_counts(session, paragraph, vote)
        vote.lot_winner = lot_winner
        _check_lot(session, paragraph, vote)
        return Changes(paragraphs=frozenset({paragraph.id}))


def _check_lot(session: Session, paragraph: Paragraph, vote: Vote) -> None:
    if vote.lot_winner is None:
        return
    choices = session.scalars(select(Ballot.choice).where(Ballot.vote_id == vote.id)).all()
    c = tally(choices, election=True, secret=vote.secret,
              counts=(vote.yes_count, vote.no_count, vote.abstain_count))
    if not c.counted or not c.tie:
        result = f"med {c.yes} Ja mot {c.no} Nej" if c.counted else "utan registrerat resultat"
        raise UserError(f"Omröstningen under {support.paragraph_what(paragraph)} står "
                        f"{result}; lottning förrättas bara vid lika röstetal.",
                        field="lot_winner")


def _of_vote(session: Session, vote_id: int) -> tuple[Vote, Paragraph]:
    vote = support.get(session, Vote, vote_id, what="Omröstningen")
    return vote, _paragraph(session, vote.paragraph_id)


def set_ballots(register: Register, vote_id: int, ballots: Mapping[int, BallotChoice], *,
                expected_version: int | None = None) -> Changes:
    """Replace every ballot of the vote."""
    with register.write() as session:
        vote, paragraph = _of_vote(session, vote_id)
        versions.check(vote, expected_version,
                       f"omröstningen under {support.paragraph_what(paragraph)}")
        versions.bump(vote)
        _check_ballots(session, paragraph, vote, ballots)
        session.execute(delete(Ballot).where(Ballot.vote_id == vote.id))
        session.flush()
        session.add_all(Ballot(vote_id=vote.id, person_id=pid, choice=choice)
                        for pid, choice in ballots.items())
        return Changes(paragraphs=frozenset({paragraph.id}))


def cast_ballot(register: Register, vote_id: int, person_id: int, choice: BallotChoice, *,
                expected_version: int | None = None) -> Changes:
    """Record (or change) one member's ballot."""
    with register.write() as session:
        vote, paragraph = _of_vote(session, vote_id)
        versions.check(vote, expected_version,
                       f"omröstningen under {support.paragraph_what(paragraph)}")
        versions.bump(vote)
        _check_ballots(session, paragraph, vote, {person_id: choice})
        ballot = session.scalars(select(Ballot).where(Ballot.vote_id == vote.id,
                                                      Ballot.person_id == person_id)).first()
        if ballot is None:
            session.add(Ballot(vote_id=vote.id, person_id=person_id, choice=choice))
        else:
            ballot.choice = choice
        return Changes(paragraphs=frozenset({paragraph.id}))


def delete_vote(register: Register, vote_id: int, *,
                expected_version: int | None = None) -> Changes:
    with register.write() as session:
        vote, paragraph = _of_vote(session, vote_id)
        versions.check(vote, expected_version,
                       f"omröstningen under {support.paragraph_what(paragraph)}")
        session.execute(delete(Ballot).where(Ballot.vote_id == vote.id))
        session.delete(vote)
        return Changes(paragraphs=frozenset({paragraph.id}))
