# SPDX-License-Identifier: EUPL-1.2
"""Where the register is: `--db`, then KRAFTDESK_DB, then the default file in the data folder."""

from __future__ import annotations

import os
from pathlib import Path

from kraftdesk import paths

DB_ENV = "KRAFTDESK_DB"


def register_url(db: str | None = None) -> str:
    """The SQLAlchemy URL of the register.

    `db` (from --db) or KRAFTDESK_DB may be a file path or any SQLAlchemy URL
    ("postgresql+psycopg://…" for a register shared by several secretaries).
    """
    value = db or os.environ.get(DB_ENV)
    if not value:
        return sqlite_url(paths.default_register_path())
    if "://" in value:
        return value
    return sqlite_url(Path(value).expanduser())


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL as `sqlite_url` writes it; None for any other URL."""
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = url.removeprefix("sqlite:///")
    return Path(path) if path and path != ":memory:" else None


def is_network_path(path: Path) -> bool:
    """A UNC path or mapped network share: WAL does not work there (PITFALLS)."""
    text = str(path)
    return text.startswith("\\\\") or text.startswith("//")
