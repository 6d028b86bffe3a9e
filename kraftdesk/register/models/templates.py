# SPDX-License-Identifier: EUPL-1.2
"""What the secretary reuses: a body's standard agenda items, and text blocks."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import AgendaPlacement
from kraftdesk.register.base import Base, Versioned, enum_column


class AgendaTemplateItem(Base):
    """A standard item every new meeting of the body starts or ends its agenda with."""

    __tablename__ = "agenda_template_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    placement: Mapped[AgendaPlacement] = mapped_column(
        enum_column(AgendaPlacement, "placement"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(500))  # "Val av justerare"
    # The standard decision point ("Föredragningslistan fastställs."); None: none.
    decision_text: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("body_id", "placement", "position"),
        CheckConstraint("length(title) > 0", name="title_not_empty"),
    )


class TextBlock(Versioned, Base):
    """A reusable text (a standard sammanfattning, a standard decision point)."""

    __tablename__ = "text_block"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("organisation_id", "name"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        CheckConstraint("length(text) > 0", name="text_not_empty"),
    )
