# SPDX-License-Identifier: EUPL-1.2
"""Yrkanden and omröstningar of a paragraph."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint, false
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
    """A vote (omröstning) with its approved proposition (voteringsproposition).

    An open vote has one Ballot per member who voted. A closed one (sluten omröstning, only
    at a val: `election` and `secret`) records the counts only, never who voted how. A tie
    is decided by the chair's casting vote, except at a val, where lots are drawn
    (`lot_winner`: the side the lot fell on).
    """

    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    position: Mapped[int]
    # "bifall till kommunstyrelsens förslag" / "bifall till Rickard Erikssons yrkande".
    yes_meaning: Mapped[str] = mapped_column(String(500))
    no_meaning: Mapped[str] = mapped_column(String(500))
    yes_proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposal.id"))
    no_proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposal.id"))
    election: Mapped[bool] = mapped_column(default=False, server_default=false())  # val
    secret: Mapped[bool] = mapped_column(default=False, server_default=false())  # slutna sedlar
    # A closed vote's result: the counts only.
    yes_count: Mapped[int | None]
    no_count: Mapped[int | None]
    abstain_count: Mapped[int | None]  # blank votes (avstår)
    lot_winner: Mapped[BallotChoice | None] = mapped_column(enum_column(BallotChoice, "lot_winner"))

    __table_args__ = (
        UniqueConstraint("paragraph_id", "position"),
        CheckConstraint("length(yes_meaning) > 0", name="yes_meaning_not_empty"),
        CheckConstraint("length(no_meaning) > 0", name="no_meaning_not_empty"),
        CheckConstraint("NOT secret OR election", name="secret_only_at_election"),
        CheckConstraint("lot_winner IS NULL OR (election AND lot_winner != 'abstain')",
                        name="lot_only_at_election"),
        CheckConstraint(
            "(yes_count IS NULL AND no_count IS NULL AND abstain_count IS NULL) OR secret",
            name="counts_only_when_secret"),
        CheckConstraint("yes_count IS NULL OR yes_count >= 0", name="yes_count_not_negative"),
        CheckConstraint("no_count IS NULL OR no_count >= 0", name="no_count_not_negative"),
        CheckConstraint("abstain_count IS NULL OR abstain_count >= 0",
                        name="abstain_count_not_negative"),
    )


class Ballot(Base):
    """One serving member's vote: Ja, Nej or Avstår."""

    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("vote.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    choice: Mapped[BallotChoice] = mapped_column(enum_column(BallotChoice, "choice"))

    __table_args__ = (UniqueConstraint("vote_id", "person_id"),)
