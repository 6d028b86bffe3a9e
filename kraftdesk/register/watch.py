# SPDX-License-Identifier: EUPL-1.2
"""Has another client written to the register? A check cheap enough to run every second.

    watcher = ChangeWatcher(register)
    news = watcher.poll()     # None: nothing new; else what others wrote (News)
    watcher.close()

PostgreSQL: every transaction that writes through kraftdesk adds audit entries, and a
statement trigger on audit_entry (migration 0100_i18) sends NOTIFY kraftdesk_changes when it
commits, naming the writer's application_name (kraftdesk.register.engine.CLIENT_ID). The
watcher LISTENs on a connection of its own; poll() only looks at what the server has already
sent (no query) unless another client's notice is among it.

SQLite (no notices): poll() asks `PRAGMA data_version` on a connection of its own; the
number changes when any other connection commits, including this program's own writes.

Either way, what changed is then read from the audit trail: the entries after the last one
seen, turned into the ids of the meetings, paragraphs, statements, cases and persons they
touch (News). When every new entry is one this program's Register wrote itself (it counts
them: Register.own_entries), there is no news: a window does not read again what it has
just saved. Writes by this client are read too when they fall between others'; a front end
that refreshes them again loses nothing. After a lost server connection, or when too much
has changed to list, News.everything is set.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from kraftdesk.register import core_tables
from kraftdesk.register.database import Register
from kraftdesk.register.engine import CLIENT_ID

NOTIFY_CHANNEL = "kraftdesk_changes"
#: More new audit entries than this since the last poll: News.everything instead of ids.
MAX_ENTRIES = 2000

#: The id columns that lead from a row to what a front end shows: (column, kind).
_OWNER_COLUMNS = (("meeting_id", "meetings"), ("paragraph_id", "paragraphs"),
                  ("statement_id", "statements"), ("case_id", "cases"),
                  ("person_id", "persons"))
_OWN_KIND = {"meeting": "meetings", "paragraph": "paragraphs", "statement": "statements",
             "case": "cases", "person": "persons"}
#: Rows that belong to a paragraph through a parent row: table -> (column, parent model's
#: name in kraftdesk.register.models).
_VIA = {"proposal_author": ("proposal_id", "Proposal"), "ballot": ("vote_id", "Vote")}


@dataclass(frozen=True)
class News:
    """What other clients wrote: ids by kind, or `everything` when that cannot be listed."""

    meetings: frozenset[int] = field(default_factory=frozenset)
    paragraphs: frozenset[int] = field(default_factory=frozenset)
    statements: frozenset[int] = field(default_factory=frozenset)
    cases: frozenset[int] = field(default_factory=frozenset)
    persons: frozenset[int] = field(default_factory=frozenset)
    everything: bool = False


class ChangeWatcher:
    """Polls for others' writes to `register` (see the module's doc)."""

    def __init__(self, register: Register) -> None:
        self.register = register
        self._listener: Any = None
        self._sqlite: Any = None
        self._version: int | None = None
        self._own_seen = register.own_entries
        self._last_entry = self._newest_entry()
        self._start()

    # --- the cheap check ------------------------------------------------------------------

    def _start(self) -> None:
        if self.register.is_sqlite:
            self._sqlite = self.register.engine.raw_connection()
            self._version = self._data_version()
            return
        raw = self.register.engine.raw_connection()
        listener = raw.dbapi_connection
        raw.detach()  # a connection of the watcher's own, outside the pool
        self._listener = listener
        self._listener.autocommit = True
        self._listener.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def _data_version(self) -> int:
        cursor = self._sqlite.cursor()
        try:
            return int(cursor.execute("PRAGMA data_version").fetchone()[0])
        finally:
            cursor.close()

    def others_wrote(self) -> bool:
        """Whether another client (PostgreSQL) or connection (SQLite) committed a write."""
        if self._sqlite is not None:
            version = self._data_version()
            changed, self._version = version != self._version, version
            return changed
        others = False
        for notice in self._listener.notifies(timeout=0):
            try:
                client = json.loads(notice.payload).get("client")
            except (ValueError, AttributeError):
                client = None
            others = others or client != CLIENT_ID
        return others

    # --- what changed ---------------------------------------------------------------------

    def poll(self) -> News | None:
        """None when nobody else wrote since the last poll; else what changed."""
        try:
            if not self.others_wrote():
                return None
        except Exception:  # noqa: BLE001 - a lost listener (server restart): start again
            self._restart()
            return News(everything=True)
        return self._news()

    def _restart(self) -> None:
        self.close()
        try:
            self._start()
        except Exception:  # noqa: BLE001 - the server is still away: try at the next poll
            self._listener = None
            self._sqlite = None

    def _newest_entry(self) -> int:
        # On a plain connection and the table clause: the window starts watching before
        # SQLAlchemy's ORM and the mapped models are imported (kraftdesk.gui.startup).
        with self.register.read_rows() as connection:
            return connection.scalar(select(func.max(core_tables.audit_entry.c.id))) or 0

    def _news(self) -> News:
        from kraftdesk.register.models import AuditEntry

        table = AuditEntry.__table__
        own, newest = self.register.own_entries, self._newest_entry()
        if newest - self._last_entry <= own - self._own_seen:  # all of them our own
            self._last_entry, self._own_seen = newest, own
            return News()
        self._own_seen = own
        with self.register.read() as session:
            rows = session.execute(
                select(table.c.id, table.c.entity, table.c.entity_key, table.c.before,
                       table.c.after).where(table.c.id > self._last_entry)
                .order_by(table.c.id).limit(MAX_ENTRIES + 1)).all()
            if not rows:
                return News()
            self._last_entry = rows[-1].id
            if len(rows) > MAX_ENTRIES:
                self._last_entry = self._newest_entry()
                return News(everything=True)
            return _news_of(session, rows)

    def close(self) -> None:
        for connection in (self._listener, self._sqlite):
            if connection is not None:
                # BLE001: closing a connection that may already be gone
                with contextlib.suppress(Exception):
                    connection.close()
        self._listener = self._sqlite = None


def _news_of(session: Any, rows: Iterable[Any]) -> News:
    ids: dict[str, set[int]] = {kind: set() for kind in _OWN_KIND.values()}
    everything = False
    via: dict[str, set[int]] = {}
    for row in rows:
        key = json.loads(row.entity_key)
        values = json.loads(row.after or row.before or "{}")
        kind = _OWN_KIND.get(row.entity)
        if kind is not None and isinstance(key.get("id"), int):
            ids[kind].add(key["id"])
        found = kind is not None
        for column, owner_kind in _OWNER_COLUMNS:
            value = values.get(column, key.get(column))
            if isinstance(value, int):
                ids[owner_kind].add(value)
                found = True
        if row.entity in _VIA:
            column, parent = _VIA[row.entity]
            value = values.get(column, key.get(column))
            if isinstance(value, int):
                via.setdefault(parent, set()).add(value)
                found = True
        everything = everything or not found  # organisation, bodies, parties, files …
    from kraftdesk.register import models

    for name, parent_ids in via.items():
        parent = getattr(models, name)
        ids["paragraphs"] |= set(session.scalars(
            select(parent.paragraph_id).where(parent.id.in_(sorted(parent_ids)))))
    return News(**{kind: frozenset(values) for kind, values in ids.items()},
                everything=everything)
