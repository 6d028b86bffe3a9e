# SPDX-License-Identifier: EUPL-1.2
"""Declarative base with a naming convention, so constraint names are stable across dialects."""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum, MetaData, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def enum_column(enum_class: type[enum.Enum], name: str) -> Any:
    """A VARCHAR column type holding an enum's values, with a CHECK constraint in every dialect.

    `name` names the constraint (ck_<table>_<name>); the stored value is the member's value.
    """
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_class),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


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
