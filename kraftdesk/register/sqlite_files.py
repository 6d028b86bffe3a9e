# SPDX-License-Identifier: EUPL-1.2
"""Which file an SQLite register is, and whether a file can be one.

A new register file is made here before SQLite opens it: readable and writable by its owner
only (0600 on POSIX; SQLite gives its -wal, -shm and -journal files the same mode), in a
folder made 0700 when it has to be made. The register holds personal data and texts that
are not public yet. (Windows: the file gets the permissions of its folder, see README.)
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine

from kraftdesk.domain.errors import RegisterError, os_reason

SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_path(engine: Engine) -> Path | None:
    """The register's file, for a file-based SQLite register; else None."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def closed_uncleanly(path: Path) -> bool:
    """True when the register's write-ahead log is left (SQLite removes it on a clean close)."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse a file that is not an SQLite database, or a missing one unless creating."""
    if not path.exists():
        if not create:
            raise RegisterError(f"Registret finns inte: {path}.", field=str(path))
        create_private_file(path)
        return
    if path.is_dir():
        raise RegisterError(f"{path} är en mapp, inte en registerfil.", field=str(path))
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise RegisterError(
            f"Filen {path} är inte ett kraftdesk-register: den är ingen SQLite-databas.",
            field=str(path),
        )


def create_private_file(path: Path) -> None:
    """Make the empty file `path` (0600 on POSIX), and its folder (0700) if it is missing."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
        os.close(handle)
    except FileExistsError:
        return
    except OSError as exc:
        raise RegisterError(f"Registret {path} kan inte skapas: {os_reason(exc)}.",
                            field=str(path)) from exc
