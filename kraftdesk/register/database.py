# SPDX-License-Identifier: EUPL-1.2
"""The Register: an engine plus the two ways in, one transaction per user action.

    with register.write() as session:   # one writer at a time; commit or roll back
        ...
    with register.read() as session:    # a consistent snapshot, never commits
        ...
    with register.read_rows() as connection:  # the same, for Core statements only
        ...

Services own the transaction; queries take a session and never commit. `read_rows` needs
no ORM: the desktop app's window is ready before SQLAlchemy's ORM and the mapped models
are imported (kraftdesk.gui.startup), reading its first view so (kraftdesk.services.browse);
the ORM's session makers are made, and the write hooks (which bring the models) imported,
at the first session.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from kraftdesk.register import search_lists
from kraftdesk.register.database_errors import (
    APPEND_ONLY_MESSAGES,
    BUSY_MESSAGE,
    LOCK_MESSAGES,
    TABLE_NOUNS,
    database_reason,
    on_engine,
    unknown_value,
)
from kraftdesk.register.engine import (
    POSTGRESQL_READ_OPTIONS,
    POSTGRESQL_WRITE_OPTIONS,
    WRITE_OPTION,
)

__all__ = ["APPEND_ONLY_MESSAGES", "BUSY_MESSAGE", "LOCK_MESSAGES", "TABLE_NOUNS", "Register",
           "SessionHook", "database_reason", "write_hooks"]

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

#: A write hook: installs its events on a session, or once on a sessionmaker for all the
#: sessions it makes.
SessionHook = Callable[["Session | sessionmaker[Session]"], None]


def write_hooks() -> tuple[SessionHook, ...]:
    """Installed once on the sessionmaker a Register writes with: the events of every write
    session (text normalised, the audit trail, row versions), in this order. Imported when
    first asked for: the audit trail brings the mapped models."""
    from kraftdesk.register import audit, normalising, versions

    return (normalising.install, audit.install, versions.install)



class Register:
    """The open register. Create it with kraftdesk.register.migrate.open_register()."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        postgresql = engine.dialect.name == "postgresql"
        self._read_only = postgresql
        self._reading_engine = (engine.execution_options(**POSTGRESQL_READ_OPTIONS)
                                if postgresql else engine)
        # SQLAlchemy's ORM is imported at the first session (_sessions): the desktop app's
        # window is ready before, reading its first view on plain connections (read_rows).
        self._makers: tuple[Any, Any] | None = None
        self._makers_lock = threading.Lock()
        self._local = threading.local()
        self._own_entries = 0
        self._own_lock = threading.Lock()

    def _sessions(self) -> tuple[Any, Any]:
        """The session makers for reading and for writing (the write hooks installed)."""
        with self._makers_lock:
            if self._makers is None:
                from sqlalchemy.orm import sessionmaker

                postgresql = self._read_only
                read = sessionmaker(self._reading_engine, expire_on_commit=False)
                write = sessionmaker(
                    self.engine.execution_options(
                        **{WRITE_OPTION: True},
                        **(POSTGRESQL_WRITE_OPTIONS if postgresql else {})),
                    expire_on_commit=False)
                # Installed once: every session the write sessionmaker makes has them.
                for hook in write_hooks():
                    hook(write)
                self._makers = (read, write)
            return self._makers

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
        from kraftdesk.register import audit, versions

        committing = False
        try:
            with self._sessions()[1]() as session:
                with session.begin():
                    yield session
                    if self.is_sqlite:  # the search's lists take in what was written
                        session.flush()
                        search_lists.fold(session.connection())
                    committing = True
                written = session.info.get(versions.WRITTEN)
                appended = session.info.get(audit.APPENDED, 0)
        except DBAPIError as exc:
            translated = self._translated(exc, at_commit=committing)
            if translated is exc:
                raise
            raise translated from exc
        except LookupError as exc:  # a stored kind or state kraftdesk does not know
            unknown = unknown_value(exc)
            if unknown is None:
                raise
            raise unknown from exc
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
        """A read-only snapshot; anything written in it is rolled back.

        On PostgreSQL the transaction is READ ONLY (the server refuses a write in it) and
        ends with COMMIT: psycopg forgets the statements it has prepared on the server at
        every ROLLBACK, and a read would then parse and plan each of its statements anew.
        """
        with self._reading_errors(), self._sessions()[0]() as session:
            try:
                yield session
            except BaseException:
                session.rollback()
                raise
            if self._read_only:
                session.expunge_all()  # nothing is flushed at the commit
                session.commit()
            else:
                session.rollback()

    @contextmanager
    def read_rows(self) -> Iterator[Connection]:
        """The same snapshot as read() on a plain connection, for Core statements: no ORM
        session, so SQLAlchemy's ORM need not be imported (the desktop app's first view,
        kraftdesk.services.browse, is read so before it is)."""
        with self._reading_errors(), self._reading_engine.connect() as connection:
            transaction = connection.begin()
            try:
                yield connection
            except BaseException:
                transaction.rollback()
                raise
            if self._read_only:
                transaction.commit()  # as read(): psycopg keeps its prepared statements
            else:
                transaction.rollback()

    @contextmanager
    def _reading_errors(self) -> Iterator[None]:
        """A database error while reading (read(), read_rows()) as a Swedish one."""
        try:
            yield
        except DBAPIError as exc:
            translated = self._translated(exc, at_commit=False, reading=True)
            if translated is exc:
                raise
            raise translated from exc
        except LookupError as exc:  # a stored kind or state kraftdesk does not know
            unknown = unknown_value(exc)
            if unknown is None:
                raise
            raise unknown from exc

    def _translated(self, exc: DBAPIError, *, at_commit: bool,
                    reading: bool = False) -> Exception:
        return on_engine(exc, self.engine, at_commit=at_commit, reading=reading)

    def close(self) -> None:
        self.engine.dispose()
