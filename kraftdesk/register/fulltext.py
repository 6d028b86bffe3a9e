# SPDX-License-Identifier: EUPL-1.2
"""The full-text index's place in the schema, its bulk rebuild, and keeping it out of Alembic.

The index (migration 0003) is one table, `search_fts`, with one document per paragraph: on
SQLite an FTS5 virtual table (with its shadow tables search_fts_data, _idx, _content,
_docsize, _config) filled from the view `search_fts_source`; on PostgreSQL a plain table with
a tsvector, filled by the function search_fts_refresh(ids). Triggers keep it current on every
write. None of it is an ORM model, so Alembic's autogenerate and the schema test leave every
name containing "_fts" alone (PITFALLS, SQLite).

A bulk load (an import of a whole register) pays for those triggers once per row: each
decision point or statement rebuilds its paragraph's whole document. deferred_index() sets
the triggers aside for the load and builds every document once at the end, in the caller's
transaction:

    with register.write() as session:
        with deferred_index(session.connection()):
            ... insert thousands of rows ...
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text

#: The index table; every table, view and trigger whose name contains FULLTEXT_MARK
#: belongs to it.
SEARCH_TABLE = "search_fts"
FULLTEXT_MARK = "_fts"
_COLUMNS = "title, case_ref, summary, decisions, statements, sections"
#: PostgreSQL: while 'on' in a transaction, the index's triggers leave it alone.
DEFER_SETTING = "kraftdesk.defer_search_index"
#: LIKE pattern of the index's trigger names ("!" escapes the underscores).
_TRIGGER_PATTERN = "search!_fts!_%"


def is_fulltext_table(name: str | None) -> bool:
    return bool(name) and FULLTEXT_MARK in name


def include_object(obj: Any, name: str | None, type_: str, reflected: bool,
                   compare_to: Any) -> bool:
    """Alembic include_object hook: leave the full-text tables to their own migration."""
    del obj, reflected, compare_to
    return not (type_ == "table" and is_fulltext_table(name))


def rebuild_index(connection: Connection) -> None:
    """Build every paragraph's search document afresh (inside the caller's transaction)."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            "SELECT search_fts_refresh(ARRAY(SELECT id FROM paragraph))")
        return
    connection.exec_driver_sql("DELETE FROM search_fts")
    connection.exec_driver_sql(
        f"INSERT INTO search_fts (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} "
        "FROM search_fts_source")


def suspend_triggers(connection: Connection) -> list[str]:
    """Set the index's triggers aside; returns the statements that restore them.

    On SQLite the triggers are dropped (the statements are their stored CREATE TRIGGER
    definitions); on PostgreSQL, where the app's role may not touch a trigger, the
    transaction sets kraftdesk.defer_search_index, which makes the triggers' refresh
    function return at once (migration 0100_i18). Until restore_triggers() and
    rebuild_index() run, writes do not reach the index.
    """
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SET LOCAL {DEFER_SETTING} = 'on'")
        return [f"SET LOCAL {DEFER_SETTING} = 'off'"]
    saved = connection.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND name LIKE :pattern ESCAPE '!' ORDER BY name"), {"pattern": _TRIGGER_PATTERN}).all()
    for name, _sql in saved:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    return [sql for _name, sql in saved]


def restore_triggers(connection: Connection, statements: list[str]) -> None:
    for statement in statements:
        connection.exec_driver_sql(statement)


@contextmanager
def deferred_index(connection: Connection) -> Iterator[None]:
    """Within the block the index is not kept current; at its end it is rebuilt whole.

    Everything happens in the caller's transaction: if the block fails and the transaction
    rolls back, the triggers are back as they were.
    """
    statements = suspend_triggers(connection)
    yield
    restore_triggers(connection, statements)
    rebuild_index(connection)
