# SPDX-License-Identifier: EUPL-1.2
"""Backups of an SQLite register: consistent copies, rotation, checks and restore.

- copy_sqlite: a consistent copy of a live register with sqlite3's online backup API
  (safe while others write), written through kraftdesk.register.output_files (a temporary
  file renamed when complete, never over an existing file, a register or a device),
  readable by the owner only (0600 on POSIX), in a backup folder made 0700.
- automatic_backup: a copy into the register's backup folder before every migration, when
  the app closes (backup_on_close) and before a restore; only the newest N automatic
  copies are kept (keep, else KRAFTDESK_BACKUPS_KEEP, else 10). Copies made on request
  (`kraftdesk backup`) are never removed.
- check_register_file: a file is a kraftdesk register that opens and passes
  PRAGMA integrity_check, or a RegisterError says why not.
- working_copy: a copy of a register file in a temporary folder, to check, upgrade or verify
  without changing the file: reading a backup never changes it (read_only_connection opens
  it read-only, "immutable" when it has no write-ahead log of its own, so SQLite neither
  switches it to WAL nor leaves -wal or -shm files beside it).
- restore_register: check the file first, keep the register it replaces, then copy it in.
  (kraftdesk.services.backups.restore verifies a working copy's seals, files and audit
  trail before it calls this, and restores that verified copy.)
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.database_errors import file_reason
from kraftdesk.register.output_files import PRIVATE_MODE, replacing
from kraftdesk.register.scripts import known_revisions
from kraftdesk.register.sqlite_files import check_sqlite_file, sqlite_path

DEFAULT_KEEP = 10
KEEP_ENV = "KRAFTDESK_BACKUPS_KEEP"
BACKUP_FOLDER = "backups"
#: Reasons of automatic backups (part of their file names); only these are rotated.
BEFORE_UPGRADE = "före-uppgradering"
ON_CLOSE = "vid-stängning"
BEFORE_RESTORE = "före-återställning"
AUTOMATIC = (BEFORE_UPGRADE, ON_CLOSE, BEFORE_RESTORE)
SUFFIX = ".sqlite3"


def copy_sqlite(engine: Engine, dest: Path) -> Path:
    """Copy the register to `dest` with sqlite3's backup API; safe while others write."""
    raw = engine.raw_connection()
    try:
        return _backup_connection(raw.driver_connection, dest)
    finally:
        raw.close()


def copy_sqlite_file(source: Path, dest: Path) -> Path:
    """Copy a register file (not necessarily open) consistently to `dest`."""
    conn = read_only_connection(source)
    try:
        return _backup_connection(conn, dest)
    finally:
        conn.close()


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Read `path` without changing it or leaving anything beside it.

    A file with its own -wal or -journal (a register in use, or one a crash left) is read
    as SQLite reads it, the log included; any other file (a backup, a register closed
    cleanly) is opened immutable: no locks, no -wal or -shm files, no WAL switch.
    """
    path = Path(path)
    in_use = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-journal"))
    query = "mode=ro" if in_use else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True)


@contextmanager
def working_copy(path: Path) -> Iterator[Path]:
    """A consistent copy of the register file `path` in a temporary folder (removed after),
    checked like check_register_file (its messages name `path`); `path` is only read."""
    source = Path(path)
    if not source.is_file():
        raise RegisterError(f"Filen {source} finns inte.", field=str(source))
    check_sqlite_file(source, create=False)
    with tempfile.TemporaryDirectory(prefix="kraftdesk-kopia-") as folder:
        copy = Path(folder) / "register.sqlite3"
        try:
            copy_sqlite_file(source, copy)
        except sqlite3.DatabaseError as exc:
            raise RegisterError(f"Filen {source} går inte att läsa som register: "
                                f"{file_reason(str(exc), source)}.", field=str(source)) from exc
        try:
            check_register_file(copy)
        except RegisterError as error:
            raise RegisterError(error.message.replace(str(copy), str(source)),
                                field=str(source)) from error
        yield copy


def _backup_connection(source: sqlite3.Connection, dest: Path) -> Path:
    with replacing(dest, mode=PRIVATE_MODE, create_folder=True) as partial:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
    return dest


def backup_dir_for(path: Path) -> Path:
    return path.parent / BACKUP_FOLDER


def stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def keep_count(keep: int | None = None) -> int:
    """How many automatic backups to keep: the argument, KRAFTDESK_BACKUPS_KEEP, or 10."""
    if keep is None:
        try:
            keep = int(os.environ.get(KEEP_ENV, DEFAULT_KEEP))
        except ValueError:
            keep = DEFAULT_KEEP
    return max(1, keep)


def manual_backup(engine: Engine, path: Path, dest: Path | None = None) -> Path:
    """`kraftdesk backup [DEST]`: DEST may be a new file or a folder (default: the backup
    folder); an existing file is never replaced (kraftdesk.register.output_files)."""
    if dest is None or dest.is_dir() or (not dest.suffix and not os.path.lexists(dest)):
        folder = dest or backup_dir_for(path)
        dest = folder / f"{path.stem}-{stamp()}{SUFFIX}"
    copy_sqlite(engine, dest)
    check_register_file(dest)
    return dest


def automatic_backup(engine: Engine, path: Path, reason: str, *,
                     directory: Path | None = None, keep: int | None = None) -> Path:
    """A rotating backup of the register at `path`, named after `reason`."""
    folder = directory or backup_dir_for(path)
    dest = copy_sqlite(engine, folder / f"{path.stem}-{reason}-{stamp()}{SUFFIX}")
    rotate_backups(folder, path.stem, keep=keep)
    return dest


def automatic_backups(folder: Path, stem: str) -> list[Path]:
    """The automatic backups of register `stem` in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.suffix == SUFFIX and any(
        p.name.startswith(f"{stem}-{reason}-") for reason in AUTOMATIC)]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name))


def rotate_backups(folder: Path, stem: str, *, keep: int | None = None) -> list[Path]:
    """Remove all but the newest `keep` automatic backups; return those removed."""
    backups = automatic_backups(folder, stem)
    removed = backups[: max(0, len(backups) - keep_count(keep))]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def newest_backup(path: Path, directory: Path | None = None) -> Path | None:
    """The newest backup (automatic or not) of the register at `path`, if any."""
    folder = directory or backup_dir_for(path)
    if not folder.is_dir():
        return None
    found = [p for p in folder.iterdir()
             if p.suffix == SUFFIX and p.name.startswith(f"{path.stem}-")]
    return max(found, key=lambda p: (p.stat().st_mtime_ns, p.name), default=None)


def backup_on_close(register: object, *, keep: int | None = None) -> Path | None:
    """For the app to call when it closes: a rotating backup of a file register, else None."""
    engine: Engine = register.engine  # type: ignore[attr-defined]
    path = sqlite_path(engine)
    if path is None:
        return None
    return automatic_backup(engine, path, ON_CLOSE, keep=keep)


def check_register_file(path: Path) -> str:
    """Refuse a file that is not an intact kraftdesk register; return its schema revision."""
    if not path.is_file():
        raise RegisterError(f"Filen {path} finns inte.", field=str(path))
    check_sqlite_file(path, create=False)
    try:
        conn = read_only_connection(path)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = (conn.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in tables else None)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RegisterError(f"Filen {path} går inte att läsa som register: "
                            f"{file_reason(str(exc), path)}.", field=str(path)) from exc
    if result != "ok":
        raise RegisterError(f"Filen {path} är skadad (kontroll: {result}).", field=str(path))
    if revision is None or "meeting" not in tables:
        raise RegisterError(f"Filen {path} är inget kraftdesk-register.", field=str(path))
    if revision[0] not in known_revisions():
        raise RegisterError(f"Filen {path} är skapad av en nyare version av kraftdesk "
                            f"(databasversion {revision[0]}).", field=str(path))
    return str(revision[0])


def restore_register(source: Path, target: Path, *, keep: int | None = None) -> Path | None:
    """Replace the register at `target` with the backup `source`; return the kept copy.

    `source` is checked first; nothing changes if it is not an intact kraftdesk register.
    """
    check_register_file(source)
    if source.resolve() == target.resolve():
        raise RegisterError("Filen är själva registret; välj en säkerhetskopia.",
                            field=str(source))
    kept = _keep_replaced(target, keep) if target.exists() else None
    try:
        _copy_into(source, target)
    except sqlite3.DatabaseError:
        # The register being replaced is too damaged to be written through SQLite.
        for extra in ("", "-wal", "-shm"):
            Path(f"{target}{extra}").unlink(missing_ok=True)
        copy_sqlite_file(source, target)
    return kept


def _keep_replaced(target: Path, keep: int | None) -> Path:
    folder = backup_dir_for(target)
    dest = folder / f"{target.stem}-{BEFORE_RESTORE}-{stamp()}{SUFFIX}"
    try:
        copy_sqlite_file(target, dest)
    except sqlite3.DatabaseError:
        # Damaged: keep the files exactly as they are (the -wal as "….sqlite3.wal", so it
        # is never taken for the live log of the kept copy).
        _copy_bytes(target, dest)
        wal = Path(f"{target}-wal")
        if wal.exists():
            _copy_bytes(wal, Path(f"{dest}.wal"))
    rotate_backups(folder, target.stem, keep=keep)
    return dest


def _copy_bytes(source: Path, dest: Path) -> None:
    with replacing(dest, mode=PRIVATE_MODE, create_folder=True) as partial:
        partial.write_bytes(source.read_bytes())


def _copy_into(source: Path, target: Path) -> None:
    """Copy `source` over the live register `target` under SQLite's own locking."""
    src = read_only_connection(source)
    dst = sqlite3.connect(target, timeout=10)
    try:
        src.backup(dst)
        if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed after restore")
    finally:
        src.close()
        dst.close()
