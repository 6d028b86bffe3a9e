# SPDX-License-Identifier: EUPL-1.2
"""Which file an SQLite register is, and whether a file can be one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from kraftdesk.domain.errors import RegisterError

SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_path(engine: Engine) -> Path | None:
    """The register's file, for a file-based SQLite register; else None."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse a file that is not an SQLite database, or a missing one unless creating."""
    if not path.exists():
        if not create:
            raise RegisterError(f"Registret finns inte: {path}.", field=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
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
