# SPDX-License-Identifier: EUPL-1.2
"""Ärenden: cases with their diarienummer. A case lives across meetings and bodies."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import CaseStatus
from kraftdesk.register.base import Base, Versioned, enum_column


class Case(Versioned, Base):
    """An ärende. Its handlings are the paragraphs that refer to it, in any body's minutes."""

    __tablename__ = "case"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    number: Mapped[str] = mapped_column(String(100))  # diarienummer: "STK-2024-1374"
    title: Mapped[str] = mapped_column(String(500))
    status: Mapped[CaseStatus] = mapped_column(
        enum_column(CaseStatus, "status"), default=CaseStatus.OPEN
    )
    # The body whose diarium the case is registered in (KS for "KS 2027/12"); None: not said.
    body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))

    __table_args__ = (
        UniqueConstraint("organisation_id", "number"),
        CheckConstraint("length(number) > 0", name="number_not_empty"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
    )
