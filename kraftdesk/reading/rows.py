# SPDX-License-Identifier: EUPL-1.2
"""Where the read side gets its rows: a statement of kraftdesk.reading.queries, by name.

    source = rows_of(session_or_connection)      through SQLAlchemy (any database)
    source = SqliteRows(sqlite3_connection)      an SQLite register, without SQLAlchemy
    source.all("paragraphs", ids=[1, 2]) -> list of rows
    source.first("meeting", id=7) -> row | None
    source.scalar("signature_round", meeting_id=7) -> value | None

A row is a named tuple: `row.number`, `row.starts_at`, under the names the statement gives
its columns, with the values SQLAlchemy gives (datetime, date, bool, the domain's enums).
The two sources give equal rows for the same register (tests/reading/test_rows.py).

SqliteRows runs the statements as compiled ahead (kraftdesk/reading/compiled_sqlite.py,
written by kraftdesk.reading.compile_queries) with the standard library's sqlite3, the way
SQLAlchemy's SQLite dialect would: the same SQL, parameters stored as SQLAlchemy stores them
(a date as "2026-01-07", a date-time as "2026-01-07 09:00:00.000000", an enum as its value)
and the columns read back into the same Python values. This module imports no SQLAlchemy.
"""

from __future__ import annotations

import enum
import importlib
import sqlite3
from collections import namedtuple
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session


class Rows:
    """The rows of the read side's statements, whatever runs them (CoreRows, SqliteRows);
    rows_of() passes one on as it is."""

    def all(self, name: str, **params: Any) -> Sequence[Any]:
        raise NotImplementedError

    def first(self, name: str, **params: Any) -> Any | None:
        raise NotImplementedError

    def scalar(self, name: str, **params: Any) -> Any | None:
        raise NotImplementedError


def rows_of(reader: Session | Connection | Rows) -> Rows:
    """The rows source of a session (flushed first, so that its own changes are read), a
    connection, or a source already made."""
    if isinstance(reader, Rows):
        return reader
    from kraftdesk.reading.core import connection_of

    return CoreRows(connection_of(reader))  # type: ignore[arg-type]


class CoreRows(Rows):
    """The statements run through SQLAlchemy on a connection (any database)."""

    def __init__(self, connection: Connection) -> None:
        from kraftdesk.reading.queries import statement

        self._connection = connection
        self._statement = statement

    def all(self, name: str, **params: Any) -> Sequence[Any]:
        return self._connection.execute(self._statement(name), params).all()

    def first(self, name: str, **params: Any) -> Any | None:
        return self._connection.execute(self._statement(name), params).first()

    def scalar(self, name: str, **params: Any) -> Any | None:
        return self._connection.execute(self._statement(name), params).scalar()


class SqliteRows(Rows):
    """The statements as compiled ahead for SQLite, run with the standard library."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._prepared: dict[str, _Prepared] = {}

    def all(self, name: str, **params: Any) -> Sequence[Any]:
        prepared = self._prepared.get(name) or self._prepare(name)
        sql, bound = prepared.bind(params)
        return [prepared.row(values) for values in self._connection.execute(sql, bound)]

    def first(self, name: str, **params: Any) -> Any | None:
        prepared = self._prepared.get(name) or self._prepare(name)
        sql, bound = prepared.bind(params)
        values = self._connection.execute(sql, bound).fetchone()
        return None if values is None else prepared.row(values)

    def scalar(self, name: str, **params: Any) -> Any | None:
        row = self.first(name, **params)
        return None if row is None else row[0]

    def _prepare(self, name: str) -> _Prepared:
        from kraftdesk.reading.compiled_sqlite import STATEMENTS

        prepared = self._prepared[name] = _Prepared(name, *STATEMENTS[name])
        return prepared


# What SQLite returns, read back as SQLAlchemy's SQLite dialect reads it.
def _boolean(value: Any) -> bool:
    return bool(value)


_READERS: dict[str, Callable[[Any], Any]] = {
    "bool": _boolean, "date": date.fromisoformat, "datetime": datetime.fromisoformat,
    "time": time.fromisoformat,
}

# The empty IN of SQLAlchemy's SQLite dialect (an IN of no values matches nothing).
_EMPTY_SET = "SELECT 1 FROM (SELECT 1) WHERE 1!=1"


def _stored(value: Any) -> Any:
    """A parameter as SQLAlchemy's SQLite dialect stores it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
                f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")
    if isinstance(value, date):
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return value


class _Prepared:
    def __init__(self, name: str, sql: str, fields: tuple[str, ...],
                 readers: tuple[str | None, ...], expanding: tuple[str, ...],
                 constants: dict[str, Any]) -> None:
        self.sql = sql
        self.expanding = expanding
        self.constants = constants
        self.tuple = namedtuple(name, fields)  # type: ignore[misc]
        self.readers = tuple(_reader(kind) for kind in readers)
        self.plain = all(reader is None for reader in self.readers)

    def bind(self, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        bound = {key: _stored(value) for key, value in params.items()
                 if key not in self.expanding}
        bound.update(self.constants)
        sql = self.sql
        for key in self.expanding:
            values = list(params[key])
            names = [f"{key}_{i}" for i in range(1, len(values) + 1)]
            bound.update(zip(names, (_stored(v) for v in values), strict=True))
            sql = sql.replace(f"__[POSTCOMPILE_{key}]",
                              ", ".join(f":{n}" for n in names) if names else _EMPTY_SET)
        return sql, bound

    def row(self, values: Sequence[Any]) -> Any:
        if self.plain:
            return self.tuple._make(values)
        return self.tuple._make(
            value if reader is None or value is None else reader(value)
            for reader, value in zip(self.readers, values, strict=True))


def _reader(kind: str | None) -> Callable[[Any], Any] | None:
    if kind is None:
        return None
    if kind.startswith("enum:"):
        module, _, name = kind[len("enum:"):].partition(":")
        return getattr(importlib.import_module(module), name)
    return _READERS[kind]
