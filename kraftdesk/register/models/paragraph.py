# SPDX-License-Identifier: EUPL-1.2
"""Paragraphs (§) of the minutes and their parts."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import BasisRefKind, ParagraphAttendanceKind, ParagraphOutcome
from kraftdesk.register.base import Base, Versioned, enum_column


class Paragraph(Versioned, Base):
    """One item of the minutes (an agenda item until it has a number).

    `series` is the numbering series the number belongs to: the calendar year ("2026") in
    the per-year scheme, the meeting date ("2026-01-07") in the per-minutes scheme. The
    number is unique per body and series, in the database.
    """

    __tablename__ = "paragraph"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int]
    body_id: Mapped[int]
    series: Mapped[str] = mapped_column(String(10))
    number: Mapped[int | None]
    position: Mapped[int]  # agenda order within the meeting
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case.id"))
    title: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)  # Sammanfattning
    # Who decides: None means the meeting's body decides itself ("Kommunstyrelsen beslutar");
    # otherwise the body proposes to this one ("… föreslår kommunfullmäktige besluta").
    proposes_to_body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))
    formula_override: Mapped[str | None] = mapped_column(String(300))
    # Beslutsgång written by hand; None means it is composed from proposals and votes.
    procedure_text: Mapped[str | None] = mapped_column(Text)
    # Omedelbar justering: the day the paragraph was justerad at the meeting.
    immediately_approved_on: Mapped[date | None]
    # A paragraph deciding nothing new (None: an ordinary decision with its Beslut).
    outcome: Mapped[ParagraphOutcome | None] = mapped_column(
        enum_column(ParagraphOutcome, "outcome"))
    # Tjänstgörande ordförande in this paragraph (the chair being jävig or absent).
    acting_chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    # Omedelbar justering: its time (same day as immediately_approved_on) and the day its
    # anslag went up; the paragraph's own appeal period runs from that anslag.
    immediately_approved_at: Mapped[datetime | None]
    immediately_posted_on: Mapped[date | None]

    __table_args__ = (
        ForeignKeyConstraint(["meeting_id", "body_id"], ["meeting.id", "meeting.body_id"]),
        UniqueConstraint("body_id", "series", "number"),
        UniqueConstraint("meeting_id", "position"),
        CheckConstraint("number IS NULL OR number > 0", name="number_positive"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
        CheckConstraint(
            "immediately_approved_at IS NULL OR immediately_approved_on IS NOT NULL",
            name="immediate_time_has_day"),
        CheckConstraint(
            "immediately_posted_on IS NULL OR (immediately_approved_on IS NOT NULL "
            "AND immediately_posted_on >= immediately_approved_on)",
            name="immediate_posted_after_approval"),
    )


class ParagraphCase(Base):
    """A further diarienummer of the paragraph (the first is Paragraph.case_id)."""

    __tablename__ = "paragraph_case"

    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"), primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id"), primary_key=True)
    position: Mapped[int]

    __table_args__ = (UniqueConstraint("paragraph_id", "position"),)


class DecisionPoint(Base):
    """A numbered beslutspunkt of the paragraph's Beslut."""

    __tablename__ = "decision_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("paragraph_id", "position"),
        CheckConstraint("length(text) > 0", name="text_not_empty"),
    )


class BasisDocument(Base):
    """A line of Beslutsunderlag: free text, or a reference to another handling of the case."""

    __tablename__ = "basis_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    position: Mapped[int]
    # The referred handling (a paragraph of another meeting in the register), if any.
    ref_paragraph_id: Mapped[int | None] = mapped_column(ForeignKey("paragraph.id"))
    ref_kind: Mapped[BasisRefKind | None] = mapped_column(enum_column(BasisRefKind, "ref_kind"))
    # Free text: the whole line, or what follows the reference ("Återrapportering kring …").
    text: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("paragraph_id", "position"),
        CheckConstraint(
            "(ref_paragraph_id IS NULL) = (ref_kind IS NULL)", name="ref_complete"
        ),
        CheckConstraint(
            "ref_paragraph_id IS NOT NULL OR coalesce(length(text), 0) > 0", name="has_content"
        ),
        CheckConstraint("ref_paragraph_id IS NULL OR ref_paragraph_id != paragraph_id",
                        name="not_self"),
    )


class Distribution(Base):
    """A recipient of an extract (Protokollsutdrag skickas till / Expedieras till)."""

    __tablename__ = "distribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    position: Mapped[int]
    recipient: Mapped[str] = mapped_column(String(300))

    __table_args__ = (
        UniqueConstraint("paragraph_id", "position"),
        CheckConstraint("length(recipient) > 0", name="recipient_not_empty"),
    )


class ParagraphSection(Base):
    """A free section of the paragraph ("Tidigare behandling", "Yttrande", …)."""

    __tablename__ = "paragraph_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    position: Mapped[int]
    heading: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("paragraph_id", "position"),
        CheckConstraint("length(heading) > 0", name="heading_not_empty"),
    )


class ParagraphAttendance(Base):
    """An exception to the meeting's attendance for one paragraph: jäv, absence, serving."""

    __tablename__ = "paragraph_attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[ParagraphAttendanceKind] = mapped_column(
        enum_column(ParagraphAttendanceKind, "kind")
    )
    # For a substitute serving for this paragraph: whom they serve for.
    replaces_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))

    __table_args__ = (
        UniqueConstraint("paragraph_id", "person_id"),
        CheckConstraint(
            "(kind = 'serving') = (replaces_person_id IS NOT NULL)", name="serving_replaces"
        ),
    )
