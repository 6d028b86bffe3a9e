# SPDX-License-Identifier: EUPL-1.2
"""Marks for the public version: sekretess (with its provision) and personal data.

A mark covers a whole paragraph, one section of it, one bilaga, or a passage of one stored
text (`field` names the table and column, `row_id` the row, `passage_start`/`passage_end`
the characters, `passage_text` what they were when marked). The internal minutes never
change; the public version (kraftdesk.reading.publication) leaves the marked content out.
Marks belong to the justerat record: they are sealed with the minutes and locked with them.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import MarkKind, MarkScope
from kraftdesk.register.base import Base, enum_column


class Mark(Base):
    __tablename__ = "mark"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    paragraph_id: Mapped[int | None] = mapped_column(ForeignKey("paragraph.id"))
    kind: Mapped[MarkKind] = mapped_column(enum_column(MarkKind, "kind"))
    scope: Mapped[MarkScope] = mapped_column(enum_column(MarkScope, "scope"))
    # For sekretess: the provision, as printed ("26 kap. 1 § OSL").
    provision: Mapped[str | None] = mapped_column(String(200))
    # For a section: which one ("summary", "decision", "free", … see kraftdesk.domain.marks).
    section: Mapped[str | None] = mapped_column(String(40))
    # For a passage: the stored text ("paragraph.summary", "decision_point.text", …).
    field: Mapped[str | None] = mapped_column(String(60))
    # The row of `field` (a passage), of paragraph_section (a free section), of appendix.
    row_id: Mapped[int | None]
    passage_start: Mapped[int | None]
    passage_end: Mapped[int | None]
    passage_text: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("(kind = 'secrecy') = (provision IS NOT NULL)",
                        name="provision_for_secrecy"),
        CheckConstraint("provision IS NULL OR length(provision) > 0", name="provision_not_empty"),
        CheckConstraint("(scope = 'section') = (section IS NOT NULL)", name="section_scope"),
        CheckConstraint("(scope = 'passage') = (field IS NOT NULL)", name="field_scope"),
        CheckConstraint(
            "scope != 'passage' OR (row_id IS NOT NULL AND passage_start IS NOT NULL AND "
            "passage_end IS NOT NULL AND passage_text IS NOT NULL AND passage_start >= 0 "
            "AND passage_end > passage_start)", name="passage_complete"),
        CheckConstraint("scope = 'passage' OR (passage_start IS NULL AND passage_end IS NULL "
                        "AND passage_text IS NULL)", name="passage_only"),
        CheckConstraint("scope NOT IN ('paragraph', 'section') OR paragraph_id IS NOT NULL",
                        name="paragraph_for_scope"),
        CheckConstraint("scope != 'appendix' OR row_id IS NOT NULL", name="appendix_row"),
        CheckConstraint("kind != 'not_personal_number' OR scope = 'passage'",
                        name="confirmation_is_passage"),
        Index("ix_mark_meeting_id", "meeting_id"),
    )
