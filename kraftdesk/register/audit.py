# SPDX-License-Identifier: EUPL-1.2
"""The audit trail: every write through a write session is logged, hash-chained.

install(target) is one of the write hooks (kraftdesk.register.database.write_hooks). After
each flush it appends one AuditEntry per inserted, updated or deleted row: when (ISO 8601
UTC), the operating-system user, the database user (on PostgreSQL, where several
secretaries share a server), the table, the primary key, and the row before and after as
canonical JSON. Each entry's hash is SHA-256 over the previous entry's hash and the entry's
canonical form, so an altered, inserted or removed entry breaks the chain (see walk_chain
and kraftdesk.services.verify). The table itself is append-only: triggers of migration 0002
refuse UPDATE and DELETE, and on PostgreSQL a trigger of migration 0100_i18 refuses TRUNCATE.

On PostgreSQL one writer extends the chain at a time: each takes a transaction-level
advisory lock first (the app's role may not LOCK the table), which SQLite's BEGIN IMMEDIATE
does there. A Register's writing transaction holds it from its start (WRITE_OPTION,
kraftdesk.register.engine); a connection without that option takes it here.

Cost: one SELECT of the chain head and one executemany INSERT per flush, whatever the
number of rows (on PostgreSQL a Register's write reads the head with its BEGIN instead);
bytes (file contents) are logged as their SHA-256, never copied.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Connection, Table, bindparam, event, func, inspect, select, tuple_
from sqlalchemy.engine import Result
from sqlalchemy.orm import (
    InstanceState,
    Mapper,
    ORMExecuteState,
    Session,
    UOWTransaction,
    sessionmaker,
)

from kraftdesk.domain.enums import AuditAction
from kraftdesk.register.engine import CHAIN_HEAD, WRITE_LOCK, WRITE_OPTION
from kraftdesk.register.models import AuditEntry

GENESIS_HASH = "0" * 64
#: session.info key: how many entries the session's transaction has appended (for
#: Register.own_entries, which kraftdesk.register.watch compares with the log's length).
APPENDED = "kraftdesk_audit_appended"
_json_string = json.encoder.encode_basestring  # a str as JSON, non-ASCII kept (C-accelerated)
_AUDIT_TABLE = AuditEntry.__table__
_NOT_LOGGED = {AuditEntry.__tablename__}
_TAKE_WRITE_LOCK = select(func.pg_advisory_xact_lock(WRITE_LOCK))
#: The chain's last hash; on PostgreSQL with the database user who is about to write.
_HEAD = select(_AUDIT_TABLE.c.hash).order_by(_AUDIT_TABLE.c.id.desc()).limit(1)
_USER_AND_HEAD = select(func.current_user(), _HEAD.scalar_subquery())
_COLUMNS = ("at", "os_user", "db_user", "action", "entity", "entity_key", "before", "after",
            "prev_hash", "hash")
_PREV = bindparam("prev_hash", type_=_AUDIT_TABLE.c.prev_hash.type)
#: An entry inserted only if `prev_hash` is still the chain's head (PostgreSQL); its rowcount
#: (1 or 0) says which (SQLAlchemy keeps an INSERT's rowcount only when asked).
_INSERT_IF_HEAD = _AUDIT_TABLE.insert().from_select(
    list(_COLUMNS),
    select(*[_PREV if name == "prev_hash" else bindparam(name, type_=_AUDIT_TABLE.c[name].type)
             for name in _COLUMNS])
    .where(func.coalesce(_HEAD.scalar_subquery(), GENESIS_HASH) == _PREV)
).execution_options(preserve_rowcount=True)


def install(target: Session | sessionmaker[Session]) -> None:
    """Log every flush and every INSERT/UPDATE/DELETE statement of a session (a write hook,
    installed on a session or once on a sessionmaker for all its sessions).

    Statements passed to session.execute() (ORM bulk INSERT, bulk UPDATE by primary key,
    UPDATE/DELETE with a WHERE clause) are logged by do_orm_execute: the rows concerned are
    read before and after. Raw SQL text is not logged; verify finds what it changes in
    justerade minutes.
    """
    event.listen(target, "before_flush", _versions_before)
    event.listen(target, "after_flush", _after_flush)
    event.listen(target, "do_orm_execute", _on_execute)


#: session.info key: {id(state): version} of the versioned rows about to be flushed. The
#: ORM raises a row version (version_id_col) during the flush without keeping the old one
#: in the attribute's history, so the row "before" is completed from here.
_VERSIONS = "kraftdesk_audit_versions_before"


def _versions_before(session: Session, _context: Any, _instances: Any) -> None:
    found: dict[int, Any] = {}
    for obj in session.dirty:
        state = inspect(obj)
        column = state.mapper.version_id_col
        if column is not None:
            key = state.mapper.get_property_by_column(column).key
            history = state.attrs[key].history
            found[id(state)] = (history.deleted[0] if history.deleted
                                else state.committed_state.get(key, state.dict.get(key)))
    session.info[_VERSIONS] = found


@lru_cache(maxsize=1)
def os_user() -> str:
    """The operating-system user, or "okänd" where the system cannot tell."""
    try:
        return getpass.getuser() or "okänd"
    except Exception:  # noqa: BLE001 - getuser raises OSError/KeyError without a user entry
        return "okänd"


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 text: the same data always gives the same string."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=json_value)


def json_value(value: Any) -> Any:
    """The JSON form of a column value: dates ISO, enums by value, bytes as their SHA-256."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot log a value of type {type(value).__name__}")


def entry_hash(prev_hash: str, *, at: str, os_user: str, action: str, entity: str,
               entity_key: str, before: str | None, after: str | None,
               db_user: str | None = None) -> str:
    """SHA-256 over the previous hash and the entry's canonical form.

    The form is canonical_json([at, os_user, action, entity, entity_key, before, after]),
    with db_user as an eighth element when there is one (entries written before the
    column existed, and every SQLite entry, keep the seven-element form), written out
    directly: the same text, without json.dumps' cost per entry.
    """
    parts: tuple[str | None, ...] = (at, os_user, action, entity, entity_key, before, after)
    if db_user is not None:
        parts += (db_user,)
    body = "[" + ",".join("null" if p is None else _json_string(p) for p in parts) + "]"
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


# --- capturing a flush ---------------------------------------------------------------------

def _after_flush(session: Session, _flush_context: UOWTransaction) -> None:
    # The session still shows its pre-flush new/dirty/deleted and attribute histories here,
    # and inserted rows already have their primary keys.
    changes: list[tuple[AuditAction, InstanceState[Any], dict[str, Any] | None,
                        dict[str, Any] | None]] = []
    for obj in session.new:
        state = inspect(obj)
        if state.mapper.local_table.name not in _NOT_LOGGED:
            changes.append((AuditAction.INSERT, state, None, _inserted(state)))
    versions = session.info.get(_VERSIONS, {})
    for obj in session.dirty:
        state = inspect(obj)
        if state.mapper.local_table.name in _NOT_LOGGED or state.deleted:
            continue
        before, after = _before(state), _current(state)
        if id(state) in versions:
            before[state.mapper.version_id_col.name] = versions[id(state)]
        if before != after:
            changes.append((AuditAction.UPDATE, state, before, after))
    for obj in session.deleted:
        state = inspect(obj)
        if state.mapper.local_table.name not in _NOT_LOGGED:
            changes.append((AuditAction.DELETE, state, _before(state), None))
    if changes:
        append_entries(session.connection(), [
            (action, state.mapper.local_table.name, _key(state, before or after or {}),
             before, after)
            for action, state, before, after in changes
        ])
        session.info[APPENDED] = session.info.get(APPENDED, 0) + len(changes)


@cache
def _columns(mapper: Mapper[Any]) -> tuple[tuple[str, str, bool], ...]:
    """(attribute key, column name, NULL when unset on insert) of every mapped column."""
    return tuple((prop.key, prop.columns[0].name, prop.columns[0].server_default is None)
                 for prop in mapper.column_attrs)


def _current(state: InstanceState[Any]) -> dict[str, Any]:
    loaded = state.dict
    return {column: loaded[key] for key, column, _ in _columns(state.mapper) if key in loaded}


def _inserted(state: InstanceState[Any]) -> dict[str, Any]:
    """The inserted row: columns the flush left unset and without a server default are NULL."""
    loaded = state.dict
    return {column: loaded.get(key) for key, column, null_if_unset in _columns(state.mapper)
            if null_if_unset or key in loaded}


def _before(state: InstanceState[Any]) -> dict[str, Any]:
    loaded = state.dict
    row: dict[str, Any] = {}
    for key, column, _ in _columns(state.mapper):
        history = state.attrs[key].history
        if history.deleted:
            row[column] = history.deleted[0]
        elif history.added:
            continue  # the old value was never loaded: unknown
        elif key in loaded:
            row[column] = loaded[key]
    return row


def _key(state: InstanceState[Any], row: dict[str, Any]) -> dict[str, Any]:
    identity = state.identity
    columns = [c.name for c in state.mapper.primary_key]
    if identity is not None:
        return dict(zip(columns, identity, strict=True))
    return {c: row.get(c) for c in columns}


def append_entries(
    connection: Connection,
    changes: list[tuple[AuditAction, str, dict[str, Any], dict[str, Any] | None,
                        dict[str, Any] | None]],
) -> None:
    """Append entries (action, table, key, before, after) to the chain, in that order.

    Callers that write with Core statements instead of the ORM may log through this too.
    On PostgreSQL a Register's writing transaction read the chain's head with its lock
    (CHAIN_HEAD, kraftdesk.register.engine); the entries are then inserted only if that is
    still the head (else it is read again): the chain never forks on a stale head.
    """
    if connection.dialect.name != "postgresql":
        prev = connection.execute(_HEAD).scalar() or GENESIS_HASH
        connection.execute(_AUDIT_TABLE.insert(), _chained(changes, prev, None))
        return
    # One writer extends the chain at a time (SQLite's BEGIN IMMEDIATE does this there).
    # A writing connection took the lock when its transaction began (engine.py).
    holds_lock = bool(connection.get_execution_options().get(WRITE_OPTION))
    known = connection.info.pop(CHAIN_HEAD, None) if holds_lock else None
    if not holds_lock:
        connection.execute(_TAKE_WRITE_LOCK)
    inserted = 0
    if known is not None:  # the first entry only if its prev_hash is the head; then the rest
        rows = _chained(changes, known[1] or GENESIS_HASH, known[0])
        inserted = connection.execute(_INSERT_IF_HEAD, rows[0]).rowcount
        if inserted == 1 and len(rows) > 1:
            connection.execute(_AUDIT_TABLE.insert(), rows[1:])
    if inserted != 1:
        db_user, prev = connection.execute(_USER_AND_HEAD).one()
        rows = _chained(changes, prev or GENESIS_HASH, db_user)
        connection.execute(_AUDIT_TABLE.insert(), rows)
    if holds_lock:  # the head for the transaction's next flush
        connection.info[CHAIN_HEAD] = (rows[-1]["db_user"], rows[-1]["hash"])


def _chained(changes: list[tuple[AuditAction, str, dict[str, Any], dict[str, Any] | None,
                                 dict[str, Any] | None]],
             prev: str, db_user: str | None) -> list[dict[str, Any]]:
    """The rows of the entries, each hashed over the one before, the first over `prev`."""
    at, user, rows = utc_now(), os_user(), []
    for action, entity, key, before, after in changes:
        fields = {
            "at": at, "os_user": user, "action": action.value, "entity": entity,
            "entity_key": canonical_json(key),
            "before": None if before is None else canonical_json(before),
            "after": None if after is None else canonical_json(after),
        }
        if db_user is not None:  # SQLite leaves the column out (a register not yet upgraded)
            fields["db_user"] = db_user
        digest = entry_hash(prev, **fields)
        fields.update(prev_hash=prev, hash=digest)
        rows.append(fields)
        prev = digest
    return rows


# --- statements executed through the session ---------------------------------------------

def _on_execute(state: ORMExecuteState) -> Result[Any] | None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = state.statement.table  # type: ignore[attr-defined]
    if not isinstance(table, Table) or table.name in _NOT_LOGGED:
        return None
    conn = state.session.connection()
    params = state.parameters
    rows = params if isinstance(params, list) else [params] if params else []
    pk = list(table.primary_key.columns)
    if state.is_insert:
        start = (conn.execute(select(func.max(pk[0]))).scalar() or 0) if len(pk) == 1 else 0
        result = state.invoke_statement()
        keys = _keys_in(rows, pk)
        where = (pk[0] > start) if len(pk) == 1 else None
        if where is not None:
            keys = [k for k in keys if k[0] is None or k[0] <= start]  # the rest: pk > start
        after = _rows(conn, table, pk, keys, where)
        logged = _log(conn, table, AuditAction.INSERT, {}, after)
        state.session.info[APPENDED] = state.session.info.get(APPENDED, 0) + logged
        return result
    keys = _keys_in(rows, pk) if isinstance(params, list) else None
    where = None if keys is not None else state.statement.whereclause  # type: ignore[attr-defined]
    before = _rows(conn, table, pk, keys, where, everything=keys is None)
    result = state.invoke_statement()
    after = _rows(conn, table, pk, list(before), None) if state.is_update else {}
    logged = _log(conn, table, AuditAction.UPDATE if state.is_update else AuditAction.DELETE,
                  before, after)
    state.session.info[APPENDED] = state.session.info.get(APPENDED, 0) + logged
    return result


def _keys_in(rows: list[Any], pk: list[Any]) -> list[tuple[Any, ...]]:
    return [tuple(r[c.key] for c in pk) for r in rows if all(c.key in r for c in pk)]


#: Primary keys per IN (...) query: well below SQLite's limit of bound parameters.
KEY_CHUNK = 500


def _rows(conn: Connection, table: Table, pk: list[Any], keys: list[tuple[Any, ...]] | None,
          where: Any, *, everything: bool = False) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Rows of `table` with primary key in `keys` or matching `where`, keyed by primary key.

    With neither, no rows, unless `everything` (an UPDATE or DELETE without WHERE).
    """
    queries = []
    if where is not None or (everything and not keys):
        queries.append(select(table) if where is None else select(table).where(where))
    for i in range(0, len(keys or []), KEY_CHUNK):
        chunk = (keys or [])[i:i + KEY_CHUNK]
        condition = (tuple_(*pk).in_(chunk) if len(pk) > 1
                     else pk[0].in_([k[0] for k in chunk]))
        queries.append(select(table).where(condition))
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for query in queries:
        for row in conn.execute(query).mappings():
            found[tuple(row[c.name] for c in pk)] = {c.name: row[c.name] for c in table.columns}
    return found


def _log(conn: Connection, table: Table, action: AuditAction,
         before: dict[tuple[Any, ...], dict[str, Any]],
         after: dict[tuple[Any, ...], dict[str, Any]]) -> int:
    """Append an entry per row changed; how many."""
    pk = [c.name for c in table.primary_key.columns]
    changes = []
    for key in sorted(set(before) | set(after), key=repr):
        old, new = before.get(key), after.get(key)
        if action is AuditAction.UPDATE and old == new:
            continue
        changes.append((action, table.name, dict(zip(pk, key, strict=True)), old, new))
    if changes:
        append_entries(conn, changes)
    return len(changes)


def head(connection: Connection) -> tuple[int, str]:
    """The audit trail's last entry (id, hash); (0, GENESIS_HASH) while it is empty."""
    row = connection.execute(
        select(_AUDIT_TABLE.c.id, _AUDIT_TABLE.c.hash).order_by(_AUDIT_TABLE.c.id.desc())
        .limit(1)).first()
    return (int(row[0]), str(row[1])) if row is not None else (0, GENESIS_HASH)


# --- walking the chain ----------------------------------------------------------------------

@dataclass(frozen=True)
class ChainBreak:
    """Where the audit chain does not hold. kind: "changed" or "broken"."""

    entry_id: int
    kind: str
    entity: str
    entity_key: str


def walk_chain(connection: Connection, *, batch: int = 5000) -> Iterator[ChainBreak]:
    """Recompute every entry's hash in id order; yield each place the chain fails.

    "changed": the entry's own hash does not match its content (an edited entry).
    "broken": its prev_hash is not the previous entry's hash (an entry removed or inserted
    before it).
    """
    prev, last_id = GENESIS_HASH, 0
    columns = _AUDIT_TABLE.c
    while True:
        rows = connection.execute(
            select(columns.id, columns.at, columns.os_user, columns.action, columns.entity,
                   columns.entity_key, columns.before, columns.after, columns.prev_hash,
                   columns.hash, columns.db_user)
            .where(columns.id > last_id).order_by(columns.id).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            action = row.action.value if isinstance(row.action, enum.Enum) else row.action
            if row.prev_hash != prev:
                yield ChainBreak(row.id, "broken", row.entity, row.entity_key)
            expected = entry_hash(row.prev_hash, at=row.at, os_user=row.os_user,
                                  action=action, entity=row.entity,
                                  entity_key=row.entity_key, before=row.before, after=row.after,
                                  db_user=row.db_user)
            if expected != row.hash:
                yield ChainBreak(row.id, "changed", row.entity, row.entity_key)
            prev = row.hash
        last_id = rows[-1].id
