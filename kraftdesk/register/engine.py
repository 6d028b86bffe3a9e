# SPDX-License-Identifier: EUPL-1.2
"""make_engine(url): the engine with the settings the register relies on.

PostgreSQL (a register shared by several secretaries, through psycopg 3):
- a URL written "postgresql://…" or "postgres://…" is read as "postgresql+psycopg://…"
  (SQLAlchemy would otherwise look for psycopg2, which kraftdesk does not ship);
- every connection names this process in application_name (CLIENT_ID), so a client can tell
  its own writes from others' in the change notices (kraftdesk.register.watch);
- a pooled connection is tested before use (pool_pre_ping): after a server restart the app
  reconnects instead of failing once; connecting gives up after CONNECT_TIMEOUT_S;
- a writing transaction first takes a transaction-level advisory lock (WRITE_LOCK), so
  writers take turns as on SQLite with BEGIN IMMEDIATE: every write also extends the one
  audit chain, and two writers that each hold a row the other needs would deadlock. A
  writer waits up to the busy timeout (lock_timeout), then gets the same Swedish "busy"
  message as on SQLite.

SQLite (the settings are skipped on other dialects):
- foreign keys on for every connection (off by default in SQLite);
- WAL journal, synchronous=FULL (a committed row survives a pulled plug), busy timeout;
- Python's sqlite3 opens transactions lazily, so two writers meet "database is locked" at
  once despite the busy timeout. We take over transaction control (isolation_level=None)
  and begin writing transactions with BEGIN IMMEDIATE: the second writer then waits.
- the Swedish collation "sv" and the sort-key function sv_key() for ORDER BY in queries.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

from sqlalchemy import Engine, create_engine, event

from kraftdesk.domain.sorting import natural_swedish_key, swedish_compare

#: Execution option marking a connection that will write (BEGIN IMMEDIATE on SQLite).
WRITE_OPTION = "kraftdesk_write"

BUSY_TIMEOUT_MS = 10_000

#: SQL function giving kraftdesk.domain.sorting.natural_swedish_key (SQLite only).
SORT_KEY_FUNCTION = "sv_key"


#: PostgreSQL advisory lock key held by a writing transaction, and while the audit chain is
#: extended (kraftdesk.register.audit).
WRITE_LOCK = 0x6B64_6175_6474

#: This process among a shared register's clients (PostgreSQL's application_name).
CLIENT_ID = f"kraftdesk {os.getpid()} {uuid.uuid4().hex[:12]}"
CONNECT_TIMEOUT_S = 10

_POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")


def driver_url(url: str) -> str:
    """The URL with kraftdesk's PostgreSQL driver (psycopg 3) when it names none."""
    for scheme in _POSTGRESQL_SCHEMES:
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, echo: bool = False) -> Engine:
    """Create the engine for a register URL. Called once by each composition root."""
    url = driver_url(url)
    is_sqlite = url.startswith("sqlite")
    kwargs: dict[str, Any] = {"echo": echo}
    if url.startswith("postgresql"):
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"application_name": CLIENT_ID,
                                  "connect_timeout": CONNECT_TIMEOUT_S}
    if is_sqlite:
        # SQLAlchemy's default pool for a SQLite file: connections are reused (opening one
        # re-runs the PRAGMAs and re-reads a schema with over a hundred triggers), each
        # checked out by one thread at a time (check_same_thread is off for pooled files).
        kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000}
    engine = create_engine(url, **kwargs)
    if is_sqlite:
        _install_sqlite_events(engine, busy_timeout_ms)
    elif engine.dialect.name == "postgresql":
        _install_postgresql_events(engine, busy_timeout_ms)
    return engine


def _install_postgresql_events(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):  # one round trip for both
            conn.exec_driver_sql(
                f"SELECT set_config('lock_timeout', '{int(busy_timeout_ms)}', true), "
                f"pg_advisory_xact_lock({WRITE_LOCK})")


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
