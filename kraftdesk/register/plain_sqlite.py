# SPDX-License-Identifier: EUPL-1.2
"""An SQLite register opened read-only with the standard library, when it can be read as it is.

    connection = open_plain(path)     # a sqlite3 connection, or None: open it the ordinary way

The desktop app's first screen (kraftdesk.register.first_screen) and `kraftdesk pdf
minutes` of one meeting (kraftdesk.services.plain_minutes) read the register before, or
without, SQLAlchemy. Only a register that needs nothing else is opened here: an SQLite file
at this program's schema revision, closed cleanly (no write-ahead log left, so no health
check is due and no other program is writing). For anything else — a missing or damaged
file, an older or newer schema, another program writing — the answer is None and the caller
opens the register the ordinary way (kraftdesk.register.migrate), which upgrades, checks or
explains in Swedish.

The connection only reads (`PRAGMA query_only`: SQLite refuses any change through it), but
is opened for reading and writing (`mode=rw`, never creating a file), so that closing it
removes the write-ahead log and shared-memory files as any clean close does: a read-only
connection (`mode=ro`) would leave them beside the register. It knows the register's
Swedish collation and sort-key function, as the ordinary engine's connections do
(kraftdesk.register.engine). This module imports nothing but the standard
library and kraftdesk.domain.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kraftdesk.domain.sorting import natural_swedish_key, swedish_compare
from kraftdesk.register.revision import HEAD_REVISION

#: The names kraftdesk.register.engine gives them.
COLLATION = "sv"
SORT_KEY_FUNCTION = "sv_key"


def open_plain(path: Path) -> sqlite3.Connection | None:
    """The register file opened read-only, or None when it must be opened the ordinary way."""
    wal = path.with_name(path.name + "-wal")
    if not path.is_file() or (wal.exists() and wal.stat().st_size > 0):
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True)
        connection.execute("PRAGMA query_only = 1")
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:  # not a register
        connection.close()
        return None
    if revision != [(HEAD_REVISION,)]:
        connection.close()
        return None
    connection.create_collation(COLLATION, swedish_compare)
    connection.create_function(SORT_KEY_FUNCTION, 1, natural_swedish_key, deterministic=True)
    return connection
