# SPDX-License-Identifier: EUPL-1.2
"""Sammanträden: a meeting of one body, its justerare and its attendance."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import AttendanceKind, MinutesState
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
    """Who was at the meeting, and in which capacity."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    kind: Mapped[AttendanceKind] = mapped_column(enum_column(AttendanceKind, "kind"))
    # For a serving substitute: the member served for ("tjg ersättare istf Y").
    replaces_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    # Free note printed with the name, e.g. "§§ 62–75" or "deltar digitalt".
    note: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(default=0)

    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        CheckConstraint(
            "replaces_person_id IS NULL OR replaces_person_id != person_id",
            name="not_replacing_self",
        ),
    )
