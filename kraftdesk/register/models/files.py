# SPDX-License-Identifier: EUPL-1.2
"""Stored files (received PDF statements, documents), kept in the register with their SHA-256."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from kraftdesk.register.base import Base


class StoredFile(Base):
    __tablename__ = "stored_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    # Deferred: lists of files never load their bytes.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("size >= 0", name="size_not_negative"),
    )
