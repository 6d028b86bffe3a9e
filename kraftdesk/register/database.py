# SPDX-License-Identifier: EUPL-1.2
"""The Register: an engine plus the two ways in, one transaction per user action.

    with register.write() as session:   # BEGIN IMMEDIATE on SQLite; commit or roll back
        ...
    with register.read() as session:    # a consistent snapshot, never commits
        ...

Services own the transaction; queries take a session and never commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kraftdesk.register.engine import WRITE_OPTION

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
        self.write_hooks: list[SessionHook] = []

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction: committed when the block ends, rolled back on any error."""
        with self._write() as session:
            for hook in self.write_hooks:
                hook(session)
            with session.begin():
                yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot; anything written in it is rolled back."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()
