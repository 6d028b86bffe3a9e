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
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DatabaseError

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.backup import BEFORE_UPGRADE, automatic_backup, newest_backup
from kraftdesk.register.database import Register
from kraftdesk.register.engine import WRITE_OPTION, make_engine
from kraftdesk.register.revision import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SQLITE_MAGIC = b"SQLite format 3\x00"


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's Config built in code, so it works from any folder, a wheel or a bundle."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The register's schema version (alembic_version), or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


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
        if migrate:
            _bring_to_head(engine, path, backup_dir)
    except Exception:
        engine.dispose()
        raise
    return Register(engine)


def closed_uncleanly(path: Path) -> bool:
    """True when the register's write-ahead log is left (SQLite removes it on a clean close)."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _check_health(engine: Engine, path: Path, *, thorough: bool) -> None:
    """Read the schema (a damaged header or schema fails here); quick_check if `thorough`."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            result = conn.exec_driver_sql("PRAGMA quick_check").scalar() if thorough else "ok"
    except DatabaseError as exc:
        raise RegisterError(
            f"Filen {path} går inte att öppna som register: {exc.orig}. {_backup_hint(path)}",
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


def _bring_to_head(engine: Engine, path: Path | None, backup_dir: Path | None) -> None:
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    where = str(path) if path else engine.url.render_as_string(hide_password=True)
    if current is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise RegisterError(
                f"Databasen {where} innehåller redan tabeller men är inget kraftdesk-register.",
                field=where,
            )
    elif current not in known_revisions():
        raise RegisterError(
            f"Registret {where} är skapat av en nyare version av kraftdesk "
            f"(databasversion {current}). Uppdatera kraftdesk; registret har inte ändrats.",
            field=where,
        )
    else:
        if path is not None:
            automatic_backup(engine, path, BEFORE_UPGRADE, directory=backup_dir)
    upgrade(engine)


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
