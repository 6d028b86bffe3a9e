# SPDX-License-Identifier: EUPL-1.2
"""PostgreSQL after rows were written in bulk with explicit ids (an import, a copy).

A serial column takes its next id from a sequence that an INSERT with an explicit id leaves
where it was: the next ordinary INSERT would then reuse id 1 and fail on the primary key
(PITFALLS). advance_sequences() sets every table's sequence past its largest id, in the
caller's transaction. SQLite needs nothing: it takes max(rowid) + 1.

refresh_statistics() lets the query planner see the rows at once (ANALYZE) instead of when
the server's autovacuum next looks, up to a minute later: without statistics it guesses
how many paragraphs a searched word occurs in, and a search for a rare word read the whole
index table (26 ms on a 3-year register) instead of looking it up (0.8 ms). Only the
tables' owner may analyze them; under the app's own role (`kraftdesk db setup-roles`) the
server's autovacuum does it.
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


def refresh_statistics(connection: Connection) -> None:
    """ANALYZE every table of the register that the connection's user owns."""
    if connection.dialect.name != "postgresql":
        return
    owned = connection.exec_driver_sql(
        "SELECT quote_ident(c.relname) FROM pg_class c WHERE c.relkind = 'r' "
        "AND c.relnamespace = current_schema()::regnamespace "
        "AND pg_has_role(current_user, c.relowner, 'USAGE') ORDER BY c.relname").scalars()
    for name in list(owned):
        connection.exec_driver_sql(f"ANALYZE {name}")
