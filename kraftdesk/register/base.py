# SPDX-License-Identifier: EUPL-1.2
"""Declarative base with a naming convention, so constraint names are stable across dialects."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from kraftdesk.register.enum_types import enum_column

__all__ = ["VERSION_COLUMN", "Base", "Versioned", "enum_column"]

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


#: The name of every row version column (left out of seals and of the interchange file).
VERSION_COLUMN = "version"


class Versioned:
    """A row the secretary edits: `version` counts its changes (1 when made).

    SQLAlchemy's version counter (version_id_col) raises it by one with every UPDATE of the
    row through the ORM; a service that replaces a list belonging to the row (decision
    points, attendance, ballots …) raises it too (kraftdesk.register.versions.bump). A
    save based on an older version is refused (kraftdesk.register.versions.check).
    """

    version: Mapped[int] = mapped_column(nullable=False, default=1, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
