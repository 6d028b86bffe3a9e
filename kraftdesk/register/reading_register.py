# SPDX-License-Identifier: EUPL-1.2
"""The register opened for a command that only reads, without Alembic's checks or the ORM.

    register = open_for_reading(url)       # a Register, or None: open it the ordinary way
    with register.read_rows() as connection:
        ...

`kraftdesk pending` and `kraftdesk search` run Core statements only (kraftdesk.reading.ledger,
kraftdesk.reading.returning, the full-text search) on `Register.read_rows()`. Opening the
register the ordinary way (kraftdesk.register.migrate.open_register) imports Alembic's
machinery to compare the schema and may upgrade or check the file, a third of such a
process (issue 19). Here the Register is made on the same engine (kraftdesk.register.engine:
the same pragmas, collations and time-outs) once the register is known to need none of it.

Only a register that needs nothing else is opened here: one at this program's schema
revision (kraftdesk.register.revision), and for an SQLite file one that was closed cleanly
(no write-ahead log left, so no health check is due). For anything else — a missing or
damaged file, an older or newer schema, a server that cannot be reached — the answer is None,
and the command opens the register the ordinary way, which upgrades, checks or explains in
Swedish. This module imports nothing of the ORM or the models (an import-linter contract in
pyproject.toml).
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from kraftdesk.register.database import Register
from kraftdesk.register.engine import make_engine
from kraftdesk.register.revision import HEAD_REVISION
from kraftdesk.register.sqlite_files import SQLITE_MAGIC, closed_uncleanly, sqlite_path


def open_for_reading(url: str) -> Register | None:
    """The register at `url`, opened without checks when it needs none, or None when it
    must be opened the ordinary way (kraftdesk.register.migrate.open_register)."""
    engine = make_engine(url)
    if _ready(engine):
        return Register(engine)
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
