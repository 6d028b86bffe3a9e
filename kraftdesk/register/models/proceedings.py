# SPDX-License-Identifier: EUPL-1.2
"""Yrkanden and omröstningar of a paragraph."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import BallotChoice, ProposalKind
from kraftdesk.register.base import Base, Versioned, enum_column


class Proposal(Versioned, Base):
    """A yrkande made at the meeting, by one or more members (ProposalAuthor)."""

    __tablename__ = "proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    position: Mapped[int]
    kind: Mapped[ProposalKind] = mapped_column(enum_column(ProposalKind, "kind"))
    # What the proposal refers to: "stadskontorets förslag", "motionen".
    subject: Mapped[str | None] = mapped_column(String(500))
    # Own wording of an amendment, addition or own proposal.
    text: Mapped[str | None] = mapped_column(Text)
    withdrawn: Mapped[bool] = mapped_column(default=False)
    # The chair found this proposal adopted ("… och finner att kommunstyrelsen beslutat
    # enligt …"); at most one per paragraph. A vote's result is read from its ballots.
    adopted: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (UniqueConstraint("paragraph_id", "position"),)


class ProposalAuthor(Base):
    __tablename__ = "proposal_author"

    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposal.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    position: Mapped[int]

    __table_args__ = (UniqueConstraint("proposal_id", "position"),)


class Vote(Versioned, Base):
    """An open vote (omröstning) with its approved proposition (voteringsproposition)."""

    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    position: Mapped[int]
    # "bifall till kommunstyrelsens förslag" / "bifall till Rickard Erikssons yrkande".
    yes_meaning: Mapped[str] = mapped_column(String(500))
    no_meaning: Mapped[str] = mapped_column(String(500))
    yes_proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposal.id"))
    no_proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposal.id"))

    __table_args__ = (
        UniqueConstraint("paragraph_id", "position"),
        CheckConstraint("length(yes_meaning) > 0", name="yes_meaning_not_empty"),
        CheckConstraint("length(no_meaning) > 0", name="no_meaning_not_empty"),
    )


class Ballot(Base):
    """One serving member's vote: Ja, Nej or Avstår."""

    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("vote.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    choice: Mapped[BallotChoice] = mapped_column(enum_column(BallotChoice, "choice"))

    __table_args__ = (UniqueConstraint("vote_id", "person_id"),)
