# SPDX-License-Identifier: EUPL-1.2
"""Expediering: what was sent to whom, and the addresses of the usual recipients."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import DispatchMeans
from kraftdesk.register.base import Base, Versioned, enum_column


class Dispatch(Base):
    """An extract of a paragraph sent to one recipient of its distribution list."""

    __tablename__ = "dispatch"

    id: Mapped[int] = mapped_column(primary_key=True)
    paragraph_id: Mapped[int] = mapped_column(ForeignKey("paragraph.id"))
    recipient: Mapped[str] = mapped_column(String(300))  # as on the distribution list
    sent_on: Mapped[date]
    means: Mapped[DispatchMeans] = mapped_column(enum_column(DispatchMeans, "means"))
    # A justerat (final) extract; False: a preliminary one, sent before justering.
    final: Mapped[bool] = mapped_column(default=True)
    address: Mapped[str | None] = mapped_column(String(300))  # the e-mail address used

    __table_args__ = (
        CheckConstraint("length(recipient) > 0", name="recipient_not_empty"),
    )


class Recipient(Versioned, Base):
    """A usual recipient of extracts ("Stadsledningskontoret") and its e-mail address."""

    __tablename__ = "recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(300))

    __table_args__ = (
        UniqueConstraint("organisation_id", "name"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )
