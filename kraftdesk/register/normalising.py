# SPDX-License-Identifier: EUPL-1.2
"""Every text column written through the ORM, normalised (kraftdesk.domain.normalise).

install(target) is one of the write hooks (kraftdesk.register.database.write_hooks): before
each flush, every new or changed row's text goes through the one normalisation, so whatever
path a value takes, a one-line column (VARCHAR: rubriker, names, places, diarienummer)
holds one line without invisible characters, and a long text (TEXT) has LF line breaks and
no hidden characters. The services normalise themselves (to check what is left, "the rubrik
may not be empty"); this is the net under them. The import applies `normalised` to the rows
it writes. After normalising, a text longer than its column holds is refused in Swedish
(`too_long`: what it is, how long, the most there is room for), whichever way it came: the
services check their own fields first with their own words; SQLite would store any length
and PostgreSQL refuse it with an error of its own, so the net is the same on both.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Column, Enum, String, Table, Text, event, inspect
from sqlalchemy.orm import Mapper, Session, sessionmaker

from kraftdesk.domain import normalise
from kraftdesk.register.database_errors import too_long

#: Columns kept exactly as written: patterns, digests, codes, and a mark's quotation of the
#: text it covers (kraftdesk.services.marks matches it against the text as stored).
KEPT = frozenset({"organisation.case_number_pattern", "stored_file.sha256",
                  "stored_file.media_type", "paragraph.series", "mark.passage_text",
                  "mark.section", "mark.field"})
_NOT_NORMALISED_TABLES = frozenset({"audit_entry", "minutes_seal", "alembic_version"})


def install(target: Session | sessionmaker[Session]) -> None:
    """A write hook (on a session, or once on a sessionmaker for all its sessions)."""
    event.listen(target, "before_flush", _before_flush)


def column_normaliser(table: Table, column: Column[Any]) -> Any:
    """normalise.one_line or normalise.multi_line for a text column; None for any other."""
    if table.name in _NOT_NORMALISED_TABLES or f"{table.name}.{column.name}" in KEPT:
        return None
    if isinstance(column.type, Enum):
        return None
    if isinstance(column.type, Text):
        return normalise.multi_line
    if isinstance(column.type, String):
        return normalise.one_line
    return None


@cache
def _text_attributes(mapper: Mapper[Any]) -> tuple[tuple[str, Any], ...]:
    table = mapper.local_table
    out = []
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if isinstance(table, Table) and isinstance(column, Column):
            function = column_normaliser(table, column)
            if function is not None:
                out.append((prop.key, function))
    return tuple(out)


@cache
def _limited_attributes(mapper: Mapper[Any]) -> tuple[tuple[str, int, str], ...]:
    """(attribute, the column's length, "table.column") of the text columns with a length."""
    table = mapper.local_table
    out = []
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if isinstance(table, Table) and isinstance(column, Column) \
                and isinstance(column.type, String) and not isinstance(column.type, Enum) \
                and column.type.length:
            out.append((prop.key, column.type.length, f"{table.name}.{column.name}"))
    return tuple(out)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """A new row's texts, and the texts a changed row is given now (values stored earlier
    are left as they are: a mark's offsets may count on them); then their lengths."""
    new = set(map(id, session.new))
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for key, function in _text_attributes(state.mapper):
            if id(obj) not in new and not state.attrs[key].history.added:
                continue
            value = state.dict.get(key)
            if isinstance(value, str):
                cleaned = function(value)
                if cleaned != value:
                    setattr(obj, key, cleaned)
        for key, limit, where in _limited_attributes(state.mapper):
            if id(obj) not in new and not state.attrs[key].history.added:
                continue
            value = state.dict.get(key)
            if isinstance(value, str) and len(value) > limit:
                raise too_long(where, value, limit)


def normalised(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row about to be inserted with Core (the import), its text columns normalised."""
    for name, value in row.items():
        if isinstance(value, str):
            function = column_normaliser(table, table.c[name])
            if function is not None:
                row[name] = function(value)
    return row
