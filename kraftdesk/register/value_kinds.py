# SPDX-License-Identifier: EUPL-1.2
"""The kinds of values the register's columns hold, one vocabulary for whoever converts them.

    value_kind(column_type) -> "enum" | "boolean" | "datetime" | "date" | "binary"
                               | "integer" | "string"

The interchange format writes each kind its own way (kraftdesk.interchange.spec), and the
statements compiled ahead for SQLite read each back as SQLAlchemy would
(kraftdesk.reading.compile_queries). A column type of no kind here is a TypeError.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, LargeBinary, String


def value_kind(column_type: object) -> str:
    """The kind of a column's values; enum before string (an Enum is a String too)."""
    for kind, types in _KINDS:
        if isinstance(column_type, types):
            return kind
    raise TypeError(f"no value kind for the column type {column_type!r}")


_KINDS: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("enum", Enum), ("boolean", Boolean), ("datetime", DateTime), ("date", Date),
    ("binary", LargeBinary), ("integer", Integer), ("string", String),
)
