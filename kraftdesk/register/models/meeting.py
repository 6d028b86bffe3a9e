# SPDX-License-Identifier: EUPL-1.2
"""Sammanträden: a meeting of one body, its justerare and its attendance."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import ApprovalRole, AttendanceKind, MinutesState
from kraftdesk.register.base import Base, Versioned, enum_column


class Meeting(Versioned, Base):
    """A meeting and the state of its minutes.

    Times are local Swedish time (naive datetimes), as written in the minutes.
    """

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    place: Mapped[str | None] = mapped_column(String(300))
    minutes_state: Mapped[MinutesState] = mapped_column(
        enum_column(MinutesState, "minutes_state"), default=MinutesState.DRAFT
    )
    # Example data in the demo register, shown as such.
    is_example: Mapped[bool] = mapped_column(default=False)
    # Justeringens plats och tid, set at the meeting; the deadline of every promised text.
    approval_due_at: Mapped[datetime | None]
    approval_place: Mapped[str | None] = mapped_column(String(300))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    sent_for_approval_on: Mapped[date | None]
    approved_on: Mapped[date | None]
    # Anslag: the day the notice of justering went up on the anslagstavla.
    posted_on: Mapped[date | None]

    __table_args__ = (
        # Lets paragraph carry (meeting_id, body_id) as one foreign key.
        UniqueConstraint("id", "body_id"),
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="time_order"),
        CheckConstraint(
            "minutes_state != 'approved' OR approved_on IS NOT NULL", name="approved_has_date"
        ),
        CheckConstraint(
            "posted_on IS NULL OR (approved_on IS NOT NULL AND posted_on >= approved_on)",
            name="posted_after_approval",
        ),
        # The Sammanträden list, newest first: its first page without sorting every meeting.
        Index("ix_meeting_starts_at_id", "starts_at", "id"),
    )


class MeetingApprover(Base):
    """A justerare appointed at the meeting (besides the chair), in the order named."""

    __tablename__ = "meeting_approver"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    position: Mapped[int]

    __table_args__ = (UniqueConstraint("meeting_id", "position"),)


class Attendance(Base):
    """Who was at the meeting, in which capacity, and for which paragraphs.

    A person may have several rows, for periods that do not overlap: a member who leaves
    after § 12 and comes back for § 20, an ersättare who listens until § 12 and then serves
    for a member from § 13. `from_number`/`to_number` bound the paragraphs (None: from the
    start / to the end); `arrived_at`/`left_at` are the clock times printed with them.
    Who may vote in a paragraph is decided from these rows by kraftdesk.domain.participation.
    """

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[AttendanceKind] = mapped_column(enum_column(AttendanceKind, "kind"))
    # For a serving substitute: the member served for ("tjg ersättare istf Y").
    replaces_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    # Free note printed with the name, e.g. "deltar digitalt".
    note: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)
    # The paragraphs this row covers, by number: from § from_number, to and including
    # § to_number (None: from the first / to the last paragraph of the meeting).
    from_number: Mapped[int | None]
    to_number: Mapped[int | None]
    # When the person came or left during the meeting ("kl. 17:20"), as printed.
    arrived_at: Mapped[datetime | None]
    left_at: Mapped[datetime | None]

    __table_args__ = (
        CheckConstraint(
            "replaces_person_id IS NULL OR replaces_person_id != person_id",
            name="not_replacing_self",
        ),
        CheckConstraint("from_number IS NULL OR from_number > 0", name="from_number_positive"),
        CheckConstraint("to_number IS NULL OR from_number IS NULL OR to_number >= from_number",
                        name="number_order"),
        CheckConstraint("left_at IS NULL OR arrived_at IS NULL OR left_at >= arrived_at",
                        name="time_order"),
    )


class Approval(Base):
    """Who actually justerade what (the appointed justerare are MeetingApprover).

    `paragraph_id` set: the omedelbar justering of that paragraph. Otherwise the justering of
    the minutes, for the paragraphs from § from_number to and including § to_number (None:
    all of them). `replaces_person_id`: the appointed justerare (or the chair) this person
    justerade in place of.
    """

    __tablename__ = "approval"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    paragraph_id: Mapped[int | None] = mapped_column(ForeignKey("paragraph.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role: Mapped[ApprovalRole] = mapped_column(enum_column(ApprovalRole, "role"))
    replaces_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    from_number: Mapped[int | None]
    to_number: Mapped[int | None]
    position: Mapped[int]

    __table_args__ = (
        UniqueConstraint("meeting_id", "position"),
        CheckConstraint(
            "replaces_person_id IS NULL OR replaces_person_id != person_id",
            name="not_replacing_self",
        ),
        CheckConstraint("from_number IS NULL OR from_number > 0", name="from_number_positive"),
        CheckConstraint("to_number IS NULL OR from_number IS NULL OR to_number >= from_number",
                        name="number_order"),
        CheckConstraint("paragraph_id IS NULL OR (from_number IS NULL AND to_number IS NULL)",
                        name="immediate_without_range"),
    )


class CheckConfirmation(Base):
    """The secretary confirmed the protocol checker's warnings before a justering.

    `paragraph_id` set: before the omedelbar justering of that paragraph. The row is written
    in the justering's own transaction, so the audit trail logs who confirmed what, when.
    """

    __tablename__ = "check_confirmation"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    paragraph_id: Mapped[int | None] = mapped_column(ForeignKey("paragraph.id"))
    confirmed_at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC
    findings: Mapped[str] = mapped_column(Text)  # the warnings, one per line, as shown

    __table_args__ = (CheckConstraint("length(findings) > 0", name="findings_not_empty"),)
