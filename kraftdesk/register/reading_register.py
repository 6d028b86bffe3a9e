# SPDX-License-Identifier: EUPL-1.2
"""The register opened only to read, without SQLAlchemy's ORM: for commands that only read.

    reader = open_for_reading(url)      # None: open it the ordinary way instead
    with reader.read() as connection:   # a consistent snapshot, never commits
        ...

`kraftdesk pending` runs two Core statements (kraftdesk.reading.ledger,
kraftdesk.reading.returning); opening the register the ordinary way
(kraftdesk.register.migrate.open_register) imports the ORM, the 26 mapped models, the audit
trail and Alembic's checks, a third of the process (issue 19). Here the register is opened
with the same engine (kraftdesk.register.engine: the same pragmas, collations and time-outs)
and read on a plain connection.

Only a register that needs nothing else is opened here: a register at this program's schema
revision (kraftdesk.register.revision), and for an SQLite file one that was closed cleanly
(no write-ahead log left, so no health check is due). For anything else — a missing or
damaged file, an older or newer schema, a server that cannot be reached — the answer is None,
and the command opens the register the ordinary way, which upgrades, checks or explains in
Swedish. This module imports nothing of the ORM (an import-linter contract in
pyproject.toml).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from kraftdesk.register.database_errors import on_engine
from kraftdesk.register.engine import make_engine
from kraftdesk.register.revision import HEAD_REVISION
from kraftdesk.register.sqlite_files import SQLITE_MAGIC, closed_uncleanly, sqlite_path


class ReadingRegister:
    """A register open for reading on plain connections; nothing written through it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only snapshot; anything written in it is rolled back."""
        try:
            with self.engine.connect() as connection, connection.begin() as transaction:
                try:
                    yield connection
                finally:
                    transaction.rollback()
        except DBAPIError as exc:
            error = on_engine(exc, self.engine, reading=True)
            if error is exc:
                raise
            raise error from exc

    def close(self) -> None:
        self.engine.dispose()


def open_for_reading(url: str) -> ReadingRegister | None:
    """The register at `url` opened to read without the ORM, or None when it must be opened
    the ordinary way (kraftdesk.register.migrate.open_register)."""
    engine = make_engine(url)
    if _ready(engine):
        return ReadingRegister(engine)
    engine.dispose()
    return None


def _ready(engine: Engine) -> bool:
    path = sqlite_path(engine)
    if engine.dialect.name == "sqlite":
        if path is None or not path.is_file() or closed_uncleanly(path):
            return False
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return False
    try:
        with engine.connect() as connection:
            revision = connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar()
    except DBAPIError:
        return False  # no such table, a damaged file, a server that says no: the ordinary way
    return revision == HEAD_REVISION
