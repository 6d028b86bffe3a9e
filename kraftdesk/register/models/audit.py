# SPDX-License-Identifier: EUPL-1.2
"""The audit trail (append-only, hash-chained) and the seals of justerade minutes."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kraftdesk.domain.enums import AuditAction
from kraftdesk.register.base import Base, enum_column


class AuditEntry(Base):
    """One logged write. `hash` is SHA-256 over `prev_hash` and the entry's canonical form."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC with microseconds
    os_user: Mapped[str] = mapped_column(String(200))
    # The database user (PostgreSQL's current_user); NULL on SQLite (migration 0100_i18).
    db_user: Mapped[str | None] = mapped_column(String(200))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "action"))
    entity: Mapped[str] = mapped_column(String(100))  # table name
    entity_key: Mapped[str] = mapped_column(String(200))  # primary key, as JSON
    before: Mapped[str | None] = mapped_column(Text)  # JSON of the row before
    after: Mapped[str | None] = mapped_column(Text)  # JSON of the row after
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class MinutesSeal(Base):
    """The SHA-256 seal taken at justering over the canonical minutes and the final PDF."""

    __tablename__ = "minutes_seal"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), unique=True)
    sealed_at: Mapped[str] = mapped_column(String(32))
    canonical_version: Mapped[int]
    content_sha256: Mapped[str] = mapped_column(String(64))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf_file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"))
    # Canonical version 2 onwards: the audit trail's head (entry id and hash) written into
    # the final PDF's metadata, which anchors the chain outside the database.
    audit_head_id: Mapped[int | None]
    audit_head_hash: Mapped[str | None] = mapped_column(String(64))
