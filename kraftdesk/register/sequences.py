# SPDX-License-Identifier: EUPL-1.2
"""PostgreSQL's id sequences after rows were written with explicit ids (an import, a copy).

A serial column takes its next id from a sequence that an INSERT with an explicit id leaves
where it was: the next ordinary INSERT would then reuse id 1 and fail on the primary key
(PITFALLS). advance_sequences() sets every table's sequence past its largest id, in the
caller's transaction. SQLite needs nothing: it takes max(rowid) + 1.
"""

from __future__ import annotations

from sqlalchemy import Connection, Integer

from kraftdesk.register.base import Base


def advance_sequences(connection: Connection) -> None:
    """Set each table's id sequence so that the next id is its largest id plus one."""
    if connection.dialect.name != "postgresql":
        return
    quote = connection.dialect.identifier_preparer.quote
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        name, column = quote(table.name), quote(keys[0].name)
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{name}', '{keys[0].name}'), "
            f"coalesce(max({column}), 0) + 1, false) FROM {name}")
