# SPDX-License-Identifier: EUPL-1.2
"""Reservationer, särskilda yttranden, protokollsanteckningar and the bilagor of the minutes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import AppendixKind, StatementKind, StatementState
from kraftdesk.register.base import Base, Versioned, enum_column


class Statement(Versioned, Base):
    """A statement announced at the meeting, and the ledger of its promised text."""

    __tablename__ = "statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    position: Mapped[int]
    kind: Mapped[StatementKind] = mapped_column(enum_column(StatementKind, "kind"))
    state: Mapped[StatementState] = mapped_column(enum_column(StatementState, "state"))
    # A reservation "till förmån för" a proposal (usually the authors' own).
    in_favour_of_proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposal.id"))
    # The authors also reserved against the decision when announcing this statement; Malmö
    # says so in the statement's bilaga ("reserverade sig … mot beslutet och meddelade avsikt
    # att inkomma med ett särskilt yttrande", seed § 16 bilaga 12).
    with_reservation: Mapped[bool] = mapped_column(default=False)
    # When the promised text is due: the justering time set at the meeting.
    deadline: Mapped[datetime | None]
    received_at: Mapped[datetime | None]
    text: Mapped[str | None] = mapped_column(Text)  # the received (or dictated) text
    file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"))

    __table_args__ = (
        UniqueConstraint("paragraph_id", "position"),
        CheckConstraint(
            "state != 'received' OR received_at IS NOT NULL", name="received_has_time"
        ),
        CheckConstraint(
            "state != 'received' OR text IS NOT NULL OR file_id IS NOT NULL",
            name="received_has_content",
        ),
        CheckConstraint("state != 'promised' OR deadline IS NOT NULL",
                        name="promised_has_deadline"),
        # The ledger of open promises reads only the promised rows, by deadline.
        Index("ix_statement_state_deadline", "state", "deadline"),
    )


class StatementAuthor(Base):
    __tablename__ = "statement_author"

    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    position: Mapped[int]

    __table_args__ = (UniqueConstraint("statement_id", "position"),)


class StatementConcurrence(Base):
    """A member who joins the statement without being its author ("Med instämmande av")."""

    __tablename__ = "statement_concurrence"

    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    position: Mapped[int]

    __table_args__ = (UniqueConstraint("statement_id", "position"),)


class Appendix(Base):
    """A bilaga of the minutes, numbered per minutes in paragraph order.

    For a statement: `text` is None, the bilaga is composed from the statement (a promise
    not received at justering has the not-received sentence fixed as the statement's text).
    Minutes justerade before December 2026 hold their placeholder here as one string, kept as
    sealed and never read back.
    """

    __tablename__ = "appendix"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    number: Mapped[int | None]
    kind: Mapped[AppendixKind] = mapped_column(enum_column(AppendixKind, "kind"))
    paragraph_id: Mapped[int | None] = mapped_column(ForeignKey("paragraph.id"))
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("statement.id"), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str | None] = mapped_column(Text)
    file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"))

    __table_args__ = (
        UniqueConstraint("meeting_id", "number"),
        CheckConstraint("number IS NULL OR number > 0", name="number_positive"),
        CheckConstraint(
            "(kind = 'statement') = (statement_id IS NOT NULL)", name="statement_kind"
        ),
    )
