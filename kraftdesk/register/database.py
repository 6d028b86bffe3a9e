# SPDX-License-Identifier: EUPL-1.2
"""The Register: an engine plus the two ways in, one transaction per user action.

    with register.write() as session:   # one writer at a time; commit or roll back
        ...
    with register.read() as session:    # a consistent snapshot, never commits
        ...

Services own the transaction; queries take a session and never commit.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from kraftdesk.domain.errors import LockedError, RegisterError
from kraftdesk.register import audit, normalising, versions
from kraftdesk.register.engine import WRITE_OPTION
from kraftdesk.register.server_errors import lost_connection

#: Functions called with every new write session (the audit trail installs itself here).
SessionHook = Callable[[Session], None]


class Register:
    """The open register. Create it with kraftdesk.register.migrate.open_register()."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self.write_hooks: list[SessionHook] = [normalising.install, audit.install,
                                               versions.install]
        self._local = threading.local()
        self._own_entries = 0
        self._own_lock = threading.Lock()

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction: committed when the block ends, rolled back on any error.

        A register kept busy by another writer past the busy timeout, a write refused by
        the locking triggers, and a database server lost on the way, surface as Swedish
        RegisterError / LockedError (rolled back; the server rolls back a transaction
        whose connection is gone).
        """
        committing = False
        try:
            with self._write() as session:
                for hook in self.write_hooks:
                    hook(session)
                with session.begin():
                    yield session
                    committing = True
                written = session.info.get(versions.WRITTEN)
                appended = session.info.get(audit.APPENDED, 0)
        except DBAPIError as exc:
            translated = self._translated(exc, at_commit=committing)
            if translated is exc:
                raise
            raise translated from exc
        if appended:
            with self._own_lock:
                self._own_entries += appended
        if written:
            for found in self._trackers():
                found.update(written)

    @property
    def own_entries(self) -> int:
        """How many audit entries this Register's committed writes have added (so far)."""
        with self._own_lock:
            return self._own_entries

    @contextmanager
    def tracking_versions(self) -> Iterator[dict[tuple[str, int], int]]:
        """While the block runs, collect {(table, id): version} of every versioned row the
        committed writes of this thread leave (kraftdesk.register.versions)."""
        found: dict[tuple[str, int], int] = {}
        trackers = self._trackers()
        trackers.append(found)
        try:
            yield found
        finally:
            trackers.remove(found)

    def _trackers(self) -> list[dict[tuple[str, int], int]]:
        if not hasattr(self._local, "trackers"):
            self._local.trackers = []
        return self._local.trackers  # type: ignore[no-any-return]

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot; anything written in it is rolled back."""
        try:
            with self._read() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except DBAPIError as exc:
            translated = self._translated(exc, at_commit=False, reading=True)
            if translated is exc:
                raise
            raise translated from exc

    def _translated(self, exc: DBAPIError, *, at_commit: bool,
                    reading: bool = False) -> Exception:
        translated = _translated(exc)
        if translated is exc and exc.connection_invalidated and not self.is_sqlite:
            if reading:
                return lost_connection(self.engine.url, reading=True)
            return lost_connection(self.engine.url, at_commit=at_commit)
        return translated

    def close(self) -> None:
        self.engine.dispose()


#: The messages of the locking triggers (migration 0002): a refused write becomes LockedError.
LOCK_MESSAGES = (
    "Protokollet är justerat och kan inte ändras",
    "Paragrafen är omedelbart justerad och kan inte ändras",
    "Filen hör till ett justerat protokoll och kan inte ändras",
    "Förseglingen av ett justerat protokoll kan inte ändras eller tas bort",
    "Bara ett justerat protokoll kan förseglas",
    "Granskningsloggen kan bara utökas; dess poster kan inte ändras eller tas bort",
)
BUSY_MESSAGE = (
    "Registret används just nu av ett annat program eller fönster som skriver i det, och "
    "det blev inte ledigt i tid. Inget har ändrats; försök igen om en stund."
)


#: PostgreSQL: the app's role may only append to these tables (kraftdesk.register.roles), so
#: the server refuses a change before the locking trigger would: the same LockedError.
APPEND_ONLY_MESSAGES = {
    "audit_entry": "Granskningsloggen kan bara utökas; dess poster kan inte ändras eller tas bort",
    "minutes_seal": "Förseglingen av ett justerat protokoll kan inte ändras eller tas bort",
}
_PERMISSION_DENIED = re.compile(r'permission denied for (?:table|relation) "?(\w+)"?')


def _translated(exc: DBAPIError) -> Exception:
    """A Swedish UserError for a refused or blocked write; anything else unchanged."""
    text = str(exc.orig)
    for message in LOCK_MESSAGES:
        if message in text:
            return LockedError(f"{message}.")
    denied = _PERMISSION_DENIED.search(text)
    if denied is not None:
        table = denied.group(1)
        if table in APPEND_ONLY_MESSAGES:
            return LockedError(f"{APPEND_ONLY_MESSAGES[table]}.")
        return RegisterError(
            f"Databasens användare för kraftdesk har inte rätt att göra den här ändringen "
            f"(tabellen «{table}»). Inget har ändrats; tala med databasens administratör.")
    if any(busy in text for busy in ("database is locked", "database is busy",
                                     "canceling statement due to lock timeout")):
        return RegisterError(BUSY_MESSAGE)
    reason = database_reason(text)
    if reason is not None:
        return RegisterError(f"Registret avvisade ändringen: {reason}. Inget har ändrats.")
    return exc


#: What the register's tables hold, as messages name them.
TABLE_NOUNS = {
    "organisation": "organisationen", "party": "ett parti", "body": "ett organ",
    "person": "en person", "membership": "ett uppdrag", "case": "ett ärende",
    "meeting": "ett sammanträde", "meeting_approver": "en justerare",
    "attendance": "närvaron", "paragraph": "en paragraf", "decision_point": "en beslutspunkt",
    "basis_document": "beslutsunderlaget", "distribution": "sändlistan",
    "paragraph_section": "ett avsnitt", "paragraph_attendance": "närvaron under en paragraf",
    "proposal": "ett yrkande", "proposal_author": "ett yrkandes förslagsställare",
    "vote": "en omröstning", "ballot": "en röst", "statement": "en reservation eller ett "
    "yttrande", "statement_author": "en författare", "statement_concurrence": "en "
    "instämmande", "appendix": "en bilaga", "stored_file": "en fil",
    "minutes_seal": "förseglingen", "audit_entry": "granskningsloggen",
}

_CONSTRAINT = re.compile(r"^(UNIQUE|NOT NULL|CHECK) constraint failed: (\w+)")


#: PostgreSQL's words for the same refusals: kind, the constraint's name, the table.
_PG_CONSTRAINT = re.compile(r'violates (check|unique|foreign key|not-null) constraint'
                            r'(?: "(\w+)")?')
_PG_RELATION = re.compile(r'(?:relation|table) "(\w+)"')
_PG_KINDS = {"check": "CHECK", "unique": "UNIQUE", "not-null": "NOT NULL"}


def database_reason(text: str) -> str | None:
    """The Swedish reason for a database error message that is the data's fault (or the
    disk's), e.g. SQLite's "FOREIGN KEY constraint failed" or PostgreSQL's "… violates
    check constraint …"; None for anything else (a program error)."""
    if "FOREIGN KEY constraint failed" in text or "violates foreign key constraint" in text:
        return ("en hänvisning pekar på något som inte finns i registret, eller något som "
                "annat i registret hänvisar till skulle tas bort")
    if pg := _PG_CONSTRAINT.search(text):
        relation = _PG_RELATION.search(text)
        name = relation[1] if relation else (pg[2] or "").removeprefix("uq_")
        text = f"{_PG_KINDS[pg[1]]} constraint failed: {name}"
    if match := _CONSTRAINT.match(text.strip()):
        kind, name = match[1], match[2]
        table = name.removeprefix("ck_").split(".")[0]
        noun = next((noun for key, noun in sorted(TABLE_NOUNS.items(), key=lambda kv: -len(kv[0]))
                     if table == key or table.startswith(f"{key}_")), "en uppgift")
        if kind == "UNIQUE":
            return f"{noun} med samma uppgifter finns redan"
        if kind == "NOT NULL":
            return f"en uppgift som måste finnas saknas ({noun})"
        return f"en uppgift bryter mot registrets regler ({noun})"
    for english, swedish in _DISK_ERRORS:
        if english in text:
            return swedish
    return None


_DISK_ERRORS = (
    ("database or disk is full", "disken är full"),
    ("attempt to write a readonly database",
     "registret är skrivskyddat (filen eller mappen får inte ändras av dig)"),
    ("database disk image is malformed",
     "registerfilen är skadad; återställ den senaste säkerhetskopian"),
    ("file is not a database", "filen är inget register"),
    ("disk I/O error", "ett fel uppstod när disken lästes eller skrevs"),
    ("unable to open database file", "registerfilen går inte att öppna"),
)

