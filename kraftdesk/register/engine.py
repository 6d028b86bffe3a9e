# SPDX-License-Identifier: EUPL-1.2
"""make_engine(url): the engine with the settings the register relies on.

PostgreSQL (a register shared by several secretaries, through psycopg 3):
- a URL written "postgresql://…" or "postgres://…" is read as "postgresql+psycopg://…"
  (SQLAlchemy would otherwise look for psycopg2, which kraftdesk does not ship);
- every connection names this process in application_name (CLIENT_ID), so a client can tell
  its own writes from others' in the change notices (kraftdesk.register.watch);
- a pooled connection is tested before use when it may have been lost (still_alive): after
  a server restart, a terminated backend or a pause long enough for a firewall to forget the
  connection, the app reconnects instead of failing once; a connection handed back a moment
  ago with nothing waiting on its socket is used as it is (a ping is a round trip, and a
  secretary's action takes several transactions in a row); connecting gives up after
  CONNECT_TIMEOUT_S;
- a writing transaction first takes a transaction-level advisory lock (WRITE_LOCK), so
  writers take turns as on SQLite with BEGIN IMMEDIATE: every write also extends the one
  audit chain, and two writers that each hold a row the other needs would deadlock. A
  writer waits up to the busy timeout (lock_timeout), then gets the same Swedish "busy"
  message as on SQLite. A writing connection runs in the driver's autocommit mode
  (POSTGRESQL_WRITE_OPTIONS) and issues BEGIN itself, in the same round trip as the lock
  and the read of the audit chain's head (CHAIN_HEAD), as on SQLite; every statement of the
  write still runs in that one transaction;
- a reading transaction is READ ONLY (POSTGRESQL_READ_OPTIONS): the server refuses a write
  in it, so Register.read() ends it with COMMIT, which keeps the statements psycopg has
  prepared on the server (a ROLLBACK makes psycopg forget them all).

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
import select
import time
import uuid
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc

from kraftdesk.domain.errors import RegisterError
from kraftdesk.domain.sorting import natural_swedish_key, swedish_compare
from kraftdesk.register.plain_sqlite import COLLATION, SORT_KEY_FUNCTION

#: Execution option marking a connection that will write (BEGIN IMMEDIATE on SQLite).
WRITE_OPTION = "kraftdesk_write"

BUSY_TIMEOUT_MS = 10_000

# SORT_KEY_FUNCTION (imported above): the SQL function giving natural_swedish_key (SQLite
# only); it and the collation are named in kraftdesk.register.plain_sqlite.

#: PostgreSQL advisory lock key held by a writing transaction, and while the audit chain is
#: extended (kraftdesk.register.audit).
WRITE_LOCK = 0x6B64_6175_6474

#: This process among a shared register's clients (PostgreSQL's application_name).
CLIENT_ID = f"kraftdesk {os.getpid()} {uuid.uuid4().hex[:12]}"
CONNECT_TIMEOUT_S = 10
#: Connection.info key (PostgreSQL): (database user, the audit chain's last hash or None),
#: read in a writing transaction once it holds WRITE_LOCK, in the same round trip as BEGIN
#: and the lock; kraftdesk.register.audit appends after it (and keeps it current).
CHAIN_HEAD = "kraftdesk_chain_head"
_USER_AND_HEAD = ("SELECT current_user, "
                  "(SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1)")
#: A pooled connection idle for longer is pinged before use (PostgreSQL).
PING_AFTER_IDLE_S = 10.0
#: connection_record.info key: time.monotonic() when the connection went back to the pool.
_CHECKED_IN_AT = "kraftdesk_checked_in_at"

#: Execution options of the engine a Register writes with, per dialect, beside WRITE_OPTION.
#: PostgreSQL: the driver's autocommit mode, so that the "begin" event sends BEGIN itself,
#: together with the write lock (SQLite's connections are always in that mode, see below).
POSTGRESQL_WRITE_OPTIONS: dict[str, Any] = {"isolation_level": "AUTOCOMMIT"}
#: ... and of the engine a Register reads with: a READ ONLY transaction at REPEATABLE READ, so
#: that every statement of one read sees the same snapshot (PostgreSQL's default, READ
#: COMMITTED, gives each statement its own: a view read in several queries could mix the
#: states before and after another secretary's save). A read-only transaction at this level
#: is never refused for a serialization failure.
POSTGRESQL_READ_OPTIONS: dict[str, Any] = {"postgresql_readonly": True,
                                           "isolation_level": "REPEATABLE READ"}

_POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")


def driver_url(url: str) -> str:
    """The URL with kraftdesk's PostgreSQL driver (psycopg 3) when it names none."""
    for scheme in _POSTGRESQL_SCHEMES:
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


#: The databases and drivers a register can be in (anything else is refused in Swedish,
#: not left to SQLAlchemy's missing-driver error).
SUPPORTED_SCHEMES = ("sqlite://", "sqlite+pysqlite://", "postgresql+psycopg://")


def check_supported(url: str) -> None:
    """Refuse, in Swedish, a URL of a database or driver kraftdesk does not work with."""
    if driver_url(url).startswith(SUPPORTED_SCHEMES):
        return
    scheme = url.split("://", 1)[0]
    raise RegisterError(
        f"kraftdesk kan inte ha registret i «{scheme}»: registret ligger i en SQLite-fil (en "
        "sökväg) eller i PostgreSQL (postgresql://användare@server/databas). Inget har "
        "ändrats.")


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, echo: bool = False) -> Engine:
    """Create the engine for a register URL. Called once by each composition root."""
    check_supported(url)
    url = driver_url(url)
    is_sqlite = url.startswith("sqlite")
    kwargs: dict[str, Any] = {"echo": echo}
    if url.startswith("postgresql"):
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
    lock = (f"SELECT set_config('lock_timeout', '{int(busy_timeout_ms)}', true), "
            f"pg_advisory_xact_lock({WRITE_LOCK})")
    begin = f"BEGIN; {lock}; {_USER_AND_HEAD}"

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if not conn.get_execution_options().get(WRITE_OPTION):
            return
        # A head left from an earlier transaction on this connection is replaced or dropped
        # (and kraftdesk.register.audit inserts after a head only while it is the head).
        if conn.connection.driver_connection.autocommit:  # one round trip for all three
            conn.info[CHAIN_HEAD] = tuple(conn.exec_driver_sql(begin).one())
        else:
            conn.info.pop(CHAIN_HEAD, None)
            conn.exec_driver_sql(lock)

    @event.listens_for(engine, "after_cursor_execute")
    def _to_the_last_result(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if statement == begin:  # the rows of the last of its statements
            while cursor.nextset():
                pass

    @event.listens_for(engine, "connect")
    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:  # a new one needs no ping
        record.info[_CHECKED_IN_AT] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if not still_alive(engine, dbapi_connection, record.info.get(_CHECKED_IN_AT)):
            raise exc.DisconnectionError("the server closed the connection")


def still_alive(engine: Engine, dbapi_connection: Any, checked_in_at: float | None) -> bool:
    """Whether a pooled PostgreSQL connection may be used. Without a round trip when it went
    back to the pool less than PING_AFTER_IDLE_S ago and nothing has arrived on its socket
    since (a server that restarts or ends the backend says so, and closes the socket);
    otherwise after a ping, as SQLAlchemy's pool_pre_ping does."""
    if dbapi_connection.closed or dbapi_connection.broken:
        return False
    if checked_in_at is not None and time.monotonic() - checked_in_at < PING_AFTER_IDLE_S:
        try:
            waiting, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
        except (OSError, ValueError):
            waiting = [True]
        if not waiting:
            return True
    try:
        engine.dialect.do_ping(dbapi_connection)
    except engine.dialect.loaded_dbapi.Error:
        return False
    return True


#: A statement that makes an SQLite connection compare its schema with the file's.
_SCHEMA_PROBE = "SELECT 1 FROM sqlite_master LIMIT 0"


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
        dbapi_connection.create_collation(COLLATION, swedish_compare)
        dbapi_connection.create_function(SORT_KEY_FUNCTION, 1, natural_swedish_key,
                                         deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")
        # Read the schema's version now: a statement whose triggers name a table that this
        # connection last saw missing is refused ("no such table") without SQLite noticing
        # that another connection has made the table since (`kraftdesk db reindex` after
        # the search index was damaged). About a microsecond.
        conn.connection.driver_connection.execute(_SCHEMA_PROBE).close()
