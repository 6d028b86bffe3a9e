# SPDX-License-Identifier: EUPL-1.2
"""Opening a register: check the file, migrate it to the program's schema, refuse what is unsafe.

The schema exists only through the Alembic migrations in kraftdesk/register/migrations.
An older register is first copied to a timestamped backup, then upgraded; a register made
by a newer kraftdesk is refused and left untouched.

Opening costs the same whatever the register's size: the schema version is read with one
query (Alembic is imported only when a migration must run), and `PRAGMA quick_check`, which
reads the whole file, runs on open only when the register was not closed cleanly (its
write-ahead log is still there: a crash, a pulled plug, or another program has it open).
`kraftdesk verify` runs the full integrity check at any time.

On a database server (PostgreSQL) the schema belongs to an administrator role: an empty
database is given the schema when a register is created in it, but an older one is never
upgraded just by opening it (other secretaries' clients may still be running the older
program, and the app's role may not change the schema). The administrator runs
`kraftdesk db upgrade` (upgrade_register). A server that cannot be reached, refuses the
login or holds no kraftdesk register is explained in Swedish (kraftdesk.register.server_errors).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError, DBAPIError, ProgrammingError

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.backup import (
    BEFORE_UPGRADE,
    automatic_backup,
    backup_dir_for,
    newest_backup,
)
from kraftdesk.register.database import Register
from kraftdesk.register.database_errors import disk_full, file_reason
from kraftdesk.register.engine import WRITE_OPTION, make_engine
from kraftdesk.register.revision import HEAD_REVISION
from kraftdesk.register.scripts import alembic_config, head_revision, known_revisions
from kraftdesk.register.server_errors import connect_problem
from kraftdesk.register.sqlite_files import check_sqlite_file, closed_uncleanly, sqlite_path

__all__ = ["PendingUpgrade", "alembic_config", "check_sqlite_file", "current_revision",
           "head_revision", "known_revisions", "open_register", "pending_upgrade",
           "schema_version", "sqlite_path", "upgrade", "upgrade_register"]

#: Tables every kraftdesk register has, whatever its schema version.
_KRAFTDESK_TABLES = {"organisation", "meeting", "paragraph", "audit_entry"}


def schema_version(revision: str) -> int:
    """The register format's version number: the revision's place in the migrations (1, 2, …)."""
    from alembic.script import ScriptDirectory

    chain = [rev.revision for rev in ScriptDirectory.from_config(alembic_config())
             .walk_revisions()]
    return len(chain) - chain.index(revision)


class PendingUpgrade(NamedTuple):
    """A register that opening will upgrade: its format's version and the program's."""

    where: str  # the register's file, or its URL without the password
    from_version: int
    to_version: int
    backup_folder: Path | None  # where the copy before the upgrade goes; None on a server


def pending_upgrade(url: str) -> PendingUpgrade | None:
    """What opening the register at `url` would upgrade, read without changing anything.

    None when nothing would be upgraded: the register is new, at this program's format,
    made by a newer kraftdesk (refused when opened), not a register at all, or on a database
    server (whose schema only its administrator upgrades: `kraftdesk db upgrade`)."""
    engine = make_engine(url)
    try:
        path = sqlite_path(engine)
        if path is None:
            return None
        if path.is_file():
            current = _sqlite_revision(path)
            where = str(path)
        else:
            return None
    except DatabaseError:
        return None
    finally:
        engine.dispose()
    if current is None or current == HEAD_REVISION or current not in known_revisions():
        return None
    return PendingUpgrade(where, schema_version(current), schema_version(HEAD_REVISION),
                          backup_dir_for(path) if path is not None else None)


def _sqlite_revision(path: Path) -> str | None:
    """The revision of an SQLite register, read-only (not even its journal mode changes)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def current_revision(engine: Engine) -> str | None:
    """The register's schema version (alembic_version), or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def open_register(
    url: str, *, create: bool = True, backup_dir: Path | None = None, migrate: bool = True
) -> Register:
    """Open (and if needed create or upgrade) the register at `url`."""
    engine = make_engine(url)
    path = sqlite_path(engine)
    try:
        if path is not None:
            check_sqlite_file(path, create=create)
            _check_health(engine, path, thorough=closed_uncleanly(path))
        else:
            _check_server(engine)
        if migrate:
            _bring_to_head(engine, path, backup_dir, create=create)
    except Exception:
        engine.dispose()
        raise
    return Register(engine)


def upgrade_register(url: str, *, backup_dir: Path | None = None) -> tuple[str | None, str]:
    """Create or upgrade the register's schema (`kraftdesk db upgrade`): (before, after).

    On a server this must run as the role that owns the schema; an SQLite file is backed
    up first, as when the app upgrades it on opening.
    """
    engine = make_engine(url)
    path = sqlite_path(engine)
    try:
        if path is not None:
            check_sqlite_file(path, create=True)
            _check_health(engine, path, thorough=closed_uncleanly(path))
        else:
            _check_server(engine)
        before = current_revision(engine)
        _bring_to_head(engine, path, backup_dir, create=True, upgrade_server=True)
        return before, HEAD_REVISION
    finally:
        engine.dispose()


def _check_server(engine: Engine) -> None:
    """Connect once, so an unreachable server or a refused login is said in Swedish."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DBAPIError as exc:
        raise connect_problem(exc, engine.url) from exc


def _check_health(engine: Engine, path: Path, *, thorough: bool) -> None:
    """Read the schema (a damaged header or schema fails here); quick_check if `thorough`."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            result = conn.exec_driver_sql("PRAGMA quick_check").scalar() if thorough else "ok"
    except DatabaseError as exc:
        hint = "" if disk_full(path) else f" {_backup_hint(path)}"
        raise RegisterError(
            f"Filen {path} går inte att öppna som register: "
            f"{file_reason(str(exc.orig), path)}.{hint}",
            field=str(path),
        ) from exc
    if result != "ok":
        raise RegisterError(
            f"Registret {path} är skadat (kontroll: {result}). {_backup_hint(path)}",
            field=str(path),
        )


def _backup_hint(path: Path) -> str:
    newest = newest_backup(path)
    if newest is None:
        return "Det finns ingen säkerhetskopia i registrets mapp för säkerhetskopior."
    return (f"Den senaste säkerhetskopian är {newest}; "
            f"återställ den med «kraftdesk restore {newest}».")


def _bring_to_head(engine: Engine, path: Path | None, backup_dir: Path | None, *,
                   create: bool = True, upgrade_server: bool = False) -> None:
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    where = str(path) if path else engine.url.render_as_string(hide_password=True)
    tables = set(inspect(engine).get_table_names())
    if current is None:
        if tables - {"alembic_version"}:
            raise RegisterError(
                f"Databasen {where} innehåller redan tabeller men är inget kraftdesk-register.",
                field=where,
            )
        if path is None and not create:
            raise RegisterError(f"Databasen {where} är tom: den innehåller inget register.",
                                field=where)
    elif current not in known_revisions():
        if not _KRAFTDESK_TABLES.issubset(tables):
            raise RegisterError(
                f"Databasen {where} är inget kraftdesk-register (den har en databasversion, "
                f"{current}, men inte registrets tabeller).", field=where)
        raise RegisterError(
            f"Registret {where} är skapat av en nyare version av kraftdesk "
            f"(databasversion {current}). Uppdatera kraftdesk; registret har inte ändrats.",
            field=where,
        )
    elif path is not None:
        automatic_backup(engine, path, BEFORE_UPGRADE, directory=backup_dir)
    elif not upgrade_server:
        raise RegisterError(
            f"Registret {where} har en äldre databasversion ({current}) än den här versionen "
            f"av kraftdesk ({HEAD_REVISION}). Databasens administratör uppgraderar det med "
            f"«kraftdesk --db {where} db upgrade»; registret har inte ändrats.", field=where)
    try:
        upgrade(engine)
    except ProgrammingError as exc:
        if "permission denied" not in str(exc.orig) and "must be owner" not in str(exc.orig):
            raise
        raise RegisterError(
            f"Användaren «{engine.url.username}» får inte skapa eller ändra registrets tabeller "
            f"i databasen {where}. Det gör databasens administratör med «kraftdesk --db "
            "ADRESS db upgrade»; inget har ändrats.", field=where) from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations in one transaction; on SQLite with foreign keys off, checked after."""
    from alembic import command

    write_engine = engine.execution_options(**{WRITE_OPTION: True})
    with write_engine.connect() as conn:
        is_sqlite = conn.dialect.name == "sqlite"
        if is_sqlite:
            # Must happen outside a transaction: batch migrations recreate tables.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), revision)
                if is_sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RegisterError(
                            f"Uppgraderingen avbröts: {len(problems)} rader bryter mot "
                            "främmande nycklar. Registret har inte ändrats."
                        )
        finally:
            if is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
