# SPDX-License-Identifier: EUPL-1.2
"""make_engine(url): the engine with the SQLite settings the register relies on.

SQLite only (the settings are skipped on other dialects):
- foreign keys on for every connection (off by default in SQLite);
- WAL journal, synchronous=FULL (a committed row survives a pulled plug), busy timeout;
- Python's sqlite3 opens transactions lazily, so two writers meet "database is locked" at
  once despite the busy timeout. We take over transaction control (isolation_level=None)
  and begin writing transactions with BEGIN IMMEDIATE: the second writer then waits.
- the Swedish collation "sv" and the sort-key function sv_key() for ORDER BY in queries.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event

from kraftdesk.domain.sorting import natural_swedish_key, swedish_compare

#: Execution option marking a connection that will write (BEGIN IMMEDIATE on SQLite).
WRITE_OPTION = "kraftdesk_write"

BUSY_TIMEOUT_MS = 10_000

#: SQL function giving kraftdesk.domain.sorting.natural_swedish_key (SQLite only).
SORT_KEY_FUNCTION = "sv_key"


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, echo: bool = False) -> Engine:
    """Create the engine for a register URL. Called once by each composition root."""
    is_sqlite = url.startswith("sqlite")
    kwargs: dict[str, Any] = {"echo": echo}
    if is_sqlite:
        # SQLAlchemy's default pool for a SQLite file: connections are reused (opening one
        # re-runs the PRAGMAs and re-reads a schema with over a hundred triggers), each
        # checked out by one thread at a time (check_same_thread is off for pooled files).
        kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        _install_sqlite_events(engine, busy_timeout_ms)
    return engine


def _install_sqlite_events(engine: Engine, busy_timeout_ms: int) -> None:
    in_memory = engine.url.database in (None, "", ":memory:")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()
        dbapi_connection.create_collation("sv", swedish_compare)
        dbapi_connection.create_function(SORT_KEY_FUNCTION, 1, natural_swedish_key,
                                         deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")
