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
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from kraftdesk.register import search_lists, search_lists_postgresql
from kraftdesk.register.guards import trigger_states
from kraftdesk.register.scripts import migration_module

#: The index table; every table, view and trigger whose name contains FULLTEXT_MARK
#: belongs to it.
SEARCH_TABLE = "search_fts"
FULLTEXT_MARK = "_fts"
_COLUMNS = "title, case_ref, summary, decisions, statements, sections"
#: PostgreSQL: while 'on' in a transaction, the index's triggers leave it alone.
DEFER_SETTING = "kraftdesk.defer_search_index"
#: LIKE pattern of the index's trigger names ("!" escapes the underscores).
_TRIGGER_PATTERN = "search!_fts!_%"
#: The migration that defines the index as it is now (its table, view and triggers).
SEARCH_REVISION = "0102_i18_search_bm25"
#: FTS5's own tables behind the virtual table search_fts.
_SHADOW_TABLES = ("data", "idx", "content", "docsize", "config")


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
        search_lists_postgresql.drop_lists(connection)  # not folded one by one
        connection.exec_driver_sql(
            "SELECT search_fts_refresh(ARRAY(SELECT id FROM paragraph))")
        search_lists_postgresql.recount(connection)
        return
    connection.exec_driver_sql("DELETE FROM search_fts")
    connection.exec_driver_sql(
        f"INSERT INTO search_fts (rowid, {_COLUMNS}) SELECT id, {_COLUMNS} "
        "FROM search_fts_source")
    search_lists.drop_lists(connection)  # made again from the new documents when searched


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


# Whether the index is whole, and making it whole again -----------------------------------

@dataclass(frozen=True)
class IndexProblem:
    """What is wrong with the search index.

    kind: "missing" (the index or what it is built from is gone), "broken" (it cannot be
    read), "triggers" (`count` of the triggers that keep it current are missing, changed or
    switched off), "stale" (`count` paragraphs are not in it or are there with other text
    than the register's), "extra" (`count` documents of paragraphs no longer there),
    "lists" (`count` ranked lists of common words answer otherwise than ranking every match:
    kraftdesk.register.search_lists), "totals" (PostgreSQL: the index's count of documents
    and words, which bm25 reads, differs from its documents).
    """

    kind: str
    count: int = 0


def index_problems(connection: Connection) -> list[IndexProblem]:
    """The search index checked against the register (read only; a few seconds at most)."""
    if connection.dialect.name == "postgresql":
        return _pg_problems(connection)
    return _sqlite_problems(connection)


def _sqlite_problems(connection: Connection) -> list[IndexProblem]:
    migration = migration_module(SEARCH_REVISION)
    found = {name: (kind, sql) for kind, name, sql in connection.execute(text(
        "SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'search!_fts%' ESCAPE '!'"))}
    view = migration.current_view()
    if found.get(SEARCH_TABLE, ("",))[0] != "table" or "search_fts_source" not in found \
            or any(found.get(name, ("",))[0] != "table" for name in search_lists.TABLES):
        return [IndexProblem("missing")]
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(f"SELECT count(*) FROM {SEARCH_TABLE}").scalar()
    except DBAPIError:  # one of FTS5's own tables is gone: "vtable constructor failed"
        return [IndexProblem("broken")]
    problems = []
    if found["search_fts_source"] != ("view", view):
        problems.append(IndexProblem("broken"))
    expected = migration.sqlite_triggers(people=True)
    changed = sum(1 for name, sql in expected if found.get(name) != ("trigger", sql))
    if changed:
        problems.append(IndexProblem("triggers", changed))
    if problems:  # the view or the triggers are not ours: the comparison says nothing more
        return problems
    differs = " OR ".join(f"f.{column} IS NOT s.{column}" for column in _COLUMNS.split(", "))
    stale = connection.exec_driver_sql(
        f"SELECT count(*) FROM search_fts_source s LEFT JOIN {SEARCH_TABLE} f "
        f"ON f.rowid = s.id WHERE f.rowid IS NULL OR {differs}").scalar() or 0
    extra = connection.exec_driver_sql(
        f"SELECT count(*) FROM {SEARCH_TABLE} WHERE rowid NOT IN (SELECT id FROM paragraph)"
    ).scalar() or 0
    return _counted(stale, extra, connection)


def _counted(stale: int, extra: int, connection: Connection) -> list[IndexProblem]:
    """The documents found stale or left over; when there are none, the lists checked."""
    problems = ([IndexProblem("stale", stale)] if stale else []) + \
        ([IndexProblem("extra", extra)] if extra else [])
    return problems or _list_problems(connection)


def _list_problems(connection: Connection) -> list[IndexProblem]:
    """The ranked lists that answer otherwise than ranking every match (checked only
    against an index that is whole)."""
    lists = search_lists_postgresql if connection.dialect.name == "postgresql" else search_lists
    wrong = lists.list_problems(connection)
    return [IndexProblem("lists", wrong)] if wrong else []


_PG_PRESENT = ("SELECT to_regclass('search_fts') IS NOT NULL "
               "AND to_regprocedure('search_fts_build(integer[])') IS NOT NULL "
               "AND to_regprocedure('search_fts_refresh(integer[])') IS NOT NULL "
               "AND to_regclass('search_fts_list') IS NOT NULL "
               "AND to_regclass('search_fts_member') IS NOT NULL "
               "AND to_regclass('search_fts_total') IS NOT NULL "
               "AND to_regprocedure('search_fts_fold(integer[])') IS NOT NULL "
               "AND to_regprocedure('search_fts_count()') IS NOT NULL")


def _pg_triggers_off(connection: Connection) -> list[tuple[str, str, str | None]]:
    """(name, table, state) of the index's triggers that are missing (state None) or off."""
    present = trigger_states(connection)
    return [(name, table, present.get(name))
            for name, table in migration_module(SEARCH_REVISION).pg_triggers()
            if present.get(name) not in ("O", "A")]


def _pg_problems(connection: Connection) -> list[IndexProblem]:
    if not connection.exec_driver_sql(_PG_PRESENT).scalar():
        return [IndexProblem("missing")]
    problems = []
    off = _pg_triggers_off(connection)
    if off:
        problems.append(IndexProblem("triggers", len(off)))
    stale = connection.exec_driver_sql(
        "SELECT count(*) FROM paragraph p LEFT JOIN search_fts f ON f.paragraph_id = p.id "
        "WHERE f.paragraph_id IS NULL OR f.title IS DISTINCT FROM p.title").scalar() or 0
    extra = connection.exec_driver_sql(
        "SELECT count(*) FROM search_fts f WHERE NOT EXISTS "
        "(SELECT 1 FROM paragraph p WHERE p.id = f.paragraph_id)").scalar() or 0
    if not problems and not stale and not extra \
            and search_lists_postgresql.totals_wrong(connection):
        return [IndexProblem("totals")]
    return problems + _counted(stale, extra, connection)


class IndexRepairError(Exception):
    """The index cannot be made whole by this connection's user: what only the database's
    administrator can do (PostgreSQL: a missing table or trigger, or one switched off)."""

    def __init__(self, kind: str, names: tuple[str, ...] = ()) -> None:
        super().__init__(kind, names)
        self.kind = kind
        self.names = names


def repair_index(connection: Connection) -> int:
    """Make the index whole in the caller's transaction; returns the paragraphs indexed.

    SQLite: the index, its source view and its triggers are made anew as the migration
    defines them (also when FTS5's own tables were damaged: the virtual table that cannot
    load is taken out of the schema), then filled. PostgreSQL: every document is built
    again and those of removed paragraphs deleted; triggers switched off are switched on
    by the tables' owner. Raises IndexRepairError for what needs the administrator.
    """
    if connection.dialect.name == "postgresql":
        return _pg_repair(connection)
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    _sqlite_drop_all(connection)
    with Operations.context(MigrationContext.configure(connection)):
        migration_module(SEARCH_REVISION)._sqlite_build(people=True)
    return connection.exec_driver_sql(f"SELECT count(*) FROM {SEARCH_TABLE}").scalar() or 0


def _sqlite_drop_all(connection: Connection) -> None:
    for kind, name in connection.execute(text(
            "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') "
            "AND name LIKE 'search!_fts%' ESCAPE '!'")).all():
        connection.exec_driver_sql(f'DROP {kind.upper()} IF EXISTS "{name}"')
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    except DBAPIError:
        # FTS5 cannot load a virtual table one of whose own tables is gone, so it cannot
        # drop it either: its entry is taken out of the schema (SQLite's documented
        # writable_schema; the schema's version is raised so every connection reads it anew).
        version = connection.exec_driver_sql("PRAGMA schema_version").scalar() or 0
        connection.exec_driver_sql("PRAGMA writable_schema = ON")
        connection.exec_driver_sql(
            f"DELETE FROM sqlite_master WHERE type = 'table' AND name = '{SEARCH_TABLE}'")
        connection.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
        connection.exec_driver_sql("PRAGMA writable_schema = RESET")
    for shadow in _SHADOW_TABLES:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}_{shadow}")
    for table in search_lists.TABLES:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def _pg_repair(connection: Connection) -> int:
    if not connection.exec_driver_sql(_PG_PRESENT).scalar():
        raise IndexRepairError("missing")
    off = _pg_triggers_off(connection)
    if any(state is None for _name, _table, state in off):
        raise IndexRepairError("missing", tuple(n for n, _t, state in off if state is None))
    owner = connection.exec_driver_sql(
        "SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
        "WHERE oid = 'search_fts'::regclass").scalar()
    if off and not owner:
        raise IndexRepairError("triggers", tuple(name for name, _table, _state in off))
    quote = connection.dialect.identifier_preparer.quote
    for name, table, _state in off:
        connection.exec_driver_sql(f"ALTER TABLE {quote(table)} ENABLE TRIGGER {quote(name)}")
    connection.exec_driver_sql(
        "DELETE FROM search_fts f WHERE NOT EXISTS "
        "(SELECT 1 FROM paragraph p WHERE p.id = f.paragraph_id)")
    search_lists_postgresql.drop_lists(connection)  # made again when searched for
    connection.exec_driver_sql("SELECT search_fts_build(ARRAY(SELECT id FROM paragraph))")
    search_lists_postgresql.recount(connection)
    return connection.exec_driver_sql("SELECT count(*) FROM search_fts").scalar() or 0
