# SPDX-License-Identifier: EUPL-1.2
"""Consistent copies of a live SQLite register (the online backup API)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Engine


def copy_sqlite(engine: Engine, dest: Path) -> Path:
    """Copy the register to `dest` with sqlite3's backup API; safe while others write."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        raw.close()
    return dest
