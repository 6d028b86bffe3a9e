# SPDX-License-Identifier: EUPL-1.2
"""Opening registers, for front ends that must not reach into kraftdesk.register themselves."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kraftdesk.config import register_url, sqlite_url
from kraftdesk.register import core_tables
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import PendingUpgrade, pending_upgrade
from kraftdesk.register.migrate import current_revision as _current_revision
from kraftdesk.register.migrate import open_register as _open_register
from kraftdesk.register.sqlite_files import sqlite_path

__all__ = ["PendingUpgrade", "Register", "open_file", "open_register", "organisation_name",
           "prepare_models", "register_url", "sqlite_url", "upgrade_needed"]


def upgrade_needed(url: str) -> PendingUpgrade | None:
    """Whether opening the register at `url` upgrades its format: the versions and where the
    backup goes (read without changing anything); None if it does not."""
    return pending_upgrade(url)


def open_register(url: str, *, create: bool = False) -> Register:
    """Open, create or upgrade the register at `url` (a RegisterError says why not)."""
    return _open_register(url, create=create)


def organisation_name(register: Register) -> str | None:
    """The name of the register's organisation; None while it has not been set up. Read on
    a plain connection (Register.read_rows): the desktop app opens its window on it before
    SQLAlchemy's ORM and the models are imported (kraftdesk.gui.startup)."""
    found = core_tables.organisation.c
    with register.read_rows() as connection:
        return connection.scalar(select(found.name).order_by(found.id).limit(1))


def prepare_models() -> None:
    """Import the mapped models and let SQLAlchemy configure their mappers now, as the first
    query of a mapped class would. Opening a register does neither: the desktop app's window
    is ready without them, and its start-up thread does this afterwards
    (kraftdesk.gui.startup)."""
    from sqlalchemy.orm import configure_mappers

    import kraftdesk.register.models  # noqa: F401 - maps every table

    configure_mappers()


def open_file(path: Path, *, create: bool = False) -> Register:
    return open_register(sqlite_url(path), create=create)


def register_file(register: Register) -> Path | None:
    """The register's file when it is an SQLite file; None for a server or in-memory one."""
    return sqlite_path(register.engine)


def schema_revision(register: Register) -> str | None:
    """The register's schema version (its newest migration)."""
    return _current_revision(register.engine)
