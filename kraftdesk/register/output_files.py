# SPDX-License-Identifier: EUPL-1.2
"""The one rule for every file kraftdesk writes: PDFs, extracts, bilagor, exports, backups
(and, later, handbook exports and archive packages). Front ends and services reach it as
kraftdesk.services.output_files; nothing else in the program opens a file for writing.

    check_target(path, *, force=False) -> Path                 refuse early, before the work
    write_bytes(path, data, *, force=False, mode=None, create_folder=False) -> Path
    write_text(path, text, *, force=False, mode=None, create_folder=False) -> Path
    with replacing(path, *, force=False, mode=None, create_folder=False) as temporary:
        ...  # fill the file `temporary` (an SQLite backup, a rendered PDF, …)
    write_folder(folder, {relative path: bytes}) -> Path    a new or empty folder in one step
    remove(path) -> None                                   a program's own earlier output file

The rule, whatever the caller:

- Never a register or a copy of one: an existing SQLite database (a register, open in this
  program or another, or a backup), nor its -wal, -shm or -journal file.
- Never a folder, a FIFO, a device, a socket or anything else that is not a regular file.
  Such a target is refused before anything is opened, so a FIFO is never written to.
- An existing regular file only when the user said so: `force` (`--force` on the command
  line; in the GUI the save dialog's own question). Without it a file that appears while
  the new one is being written is not replaced either (the new file is linked into place,
  which fails if the name is taken).
- The folder must exist; with `create_folder` it is made (0700 on POSIX).
- The content goes to a temporary file in the same folder, is flushed to disk, and is then
  renamed into place: a failed or interrupted write never leaves half a file, and a file
  being replaced stays as it was until the new one is complete.
- `mode`: POSIX permission bits of the new file (0o600 for registers' copies and exports,
  which hold personal data); None gives the ordinary mode (0666 less the umask). Windows
  ignores them: a file there gets the permissions of its folder (README).

A whole folder of files (a publication) is written into a new folder beside its place,
which then takes the place of the missing or empty folder: readers never see half of it.
Its files are new, so the rule above holds for each of them. `remove` deletes a program's
own earlier output (a publication's file that is gone), never a register, a folder or
anything that is not a regular file.

Refusals and failures are UserError with a Swedish message naming the path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kraftdesk.domain.errors import UserError, os_reason

#: The first bytes of an SQLite database, a write-ahead log and a rollback journal.
SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
JOURNAL_MAGIC = b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"
#: SQLite's companion files of a database file "X": "X-wal", "X-shm", "X-journal".
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

FOLDER_MODE = 0o700
PRIVATE_MODE = 0o600


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


_DEFAULT_MODE = 0o666 & ~_umask()


class OutputError(UserError):
    """A file kraftdesk was asked to write, refused or failed (the message says which)."""


def check_target(path: Path | str, *, force: bool = False,
                 create_folder: bool = False) -> Path:
    """Refuse a target the rule forbids (see the module docstring); return it as a Path."""
    target = Path(path)
    if target.name in ("", ".", ".."):
        raise OutputError(f"«{path}» är inget filnamn; ange en fil att skriva.", field=str(path))
    if target.name.endswith(COMPANION_SUFFIXES) and _companion_of_database(target):
        raise OutputError(
            f"{target} hör till ett register och skrivs aldrig över; välj ett annat "
            "filnamn.", field=str(target))
    found = _lstat(target)
    if found is not None:
        _check_existing(target, found, force=force)
    folder = target.parent if str(target.parent) else Path(".")
    folder_stat = _lstat(folder)
    if folder_stat is None:
        if not create_folder:
            raise OutputError(f"Mappen {folder} finns inte; skapa den först eller välj en "
                              "annan mapp.", field=str(target))
    elif not stat.S_ISDIR(os.stat(folder).st_mode):
        raise OutputError(f"{folder} är ingen mapp; {target.name} kan inte skrivas där.",
                          field=str(target))
    return target


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else "ogiltigt namn"
        raise OutputError(f"{path} går inte att nå ({reason}).", field=str(path)) from None


def _check_existing(target: Path, found: os.stat_result, *, force: bool) -> None:
    mode = found.st_mode
    if stat.S_ISLNK(mode):
        try:
            mode = os.stat(target).st_mode  # what the link points at
        except OSError:
            mode = stat.S_IFREG  # a dangling link: replacing it writes nothing elsewhere
    if stat.S_ISDIR(mode):
        raise OutputError(f"{target} är en mapp; ange ett filnamn i mappen, till exempel "
                          f"{target / 'fil'}.", field=str(target))
    if not stat.S_ISREG(mode):
        raise OutputError(f"{target} är ingen vanlig fil (utan till exempel en namngiven pipe "
                          "eller en enhet) och skrivs inte till.", field=str(target))
    if _is_database(target):
        raise OutputError(f"{target} är ett register eller en säkerhetskopia av ett register "
                          "och skrivs aldrig över; välj ett annat filnamn.", field=str(target))
    if not force:
        raise OutputError(f"Filen {target} finns redan och skrivs inte över. Välj ett annat "
                          "filnamn, eller ange --force för att ersätta den.", field=str(target))


def _head(path: Path, size: int) -> bytes | None:
    """The first bytes of a regular file; None if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return None


def _is_database(path: Path) -> bool:
    head = _head(path, len(SQLITE_MAGIC))
    if head is None:
        raise OutputError(f"Filen {path} går inte att läsa, så kraftdesk kan inte se att den "
                          "inte är ett register; välj ett annat filnamn.", field=str(path))
    return (head.startswith(SQLITE_MAGIC) or head[:4] in WAL_MAGICS
            or head[:8] == JOURNAL_MAGIC)


def _companion_of_database(target: Path) -> bool:
    for suffix in COMPANION_SUFFIXES:
        if target.name.endswith(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            head = _head(base, len(SQLITE_MAGIC)) if base.is_file() else None
            if head is not None and head.startswith(SQLITE_MAGIC):
                return True
    return False


@contextlib.contextmanager
def replacing(path: Path | str, *, force: bool = False, mode: int | None = None,
              create_folder: bool = False) -> Iterator[Path]:
    """A temporary file beside `path` to fill; moved into place when the block ends well.

    The target is checked before the block runs and again just before the move; on any
    error the temporary file is removed and the target is left as it was.
    """
    target = check_target(path, force=force, create_folder=create_folder)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        if create_folder and not folder.exists():
            folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".tmp",
                                        dir=folder)
        os.close(handle)
    except OSError as exc:
        raise _failed(target, exc) from exc
    temporary = Path(name)
    try:
        with contextlib.suppress(NotImplementedError):
            os.chmod(temporary, _DEFAULT_MODE if mode is None else mode)
        yield temporary
        _sync(temporary)
        check_target(target, force=force)
        _move(temporary, target, force=force)
        _sync_folder(folder)
    except OSError as exc:
        raise _failed(target, exc) from exc
    finally:
        temporary.unlink(missing_ok=True)


def _failed(target: Path, exc: OSError) -> OutputError:
    return OutputError(f"Det gick inte att skriva {target}: {os_reason(exc)}.",
                       field=str(target))


def _sync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _move(temporary: Path, target: Path, *, force: bool) -> None:
    if force:
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target)  # fails if the name was taken meanwhile
    except FileExistsError:
        raise OutputError(f"Filen {target} finns redan och skrivs inte över. Välj ett annat "
                          "filnamn, eller ange --force för att ersätta den.",
                          field=str(target)) from None
    except OSError:
        # A file system without hard links (FAT, some network shares): checked just above.
        os.replace(temporary, target)


def write_bytes(path: Path | str, data: bytes, *, force: bool = False,
                mode: int | None = None, create_folder: bool = False) -> Path:
    """Write `data` to `path` by the rule above; returns the path written."""
    with replacing(path, force=force, mode=mode, create_folder=create_folder) as temporary:
        temporary.write_bytes(data)
    return Path(path)


def write_text(path: Path | str, text: str, *, force: bool = False, mode: int | None = None,
               create_folder: bool = False) -> Path:
    """Write `text` as UTF-8 with "\\n" line ends to `path` by the rule above."""
    return write_bytes(path, text.encode("utf-8"), force=force, mode=mode,
                       create_folder=create_folder)


def write_folder(folder: Path | str, files: dict[str, bytes]) -> Path:
    """Fill the new or empty `folder` with `files` (relative POSIX path -> bytes) as one
    step: they are written into a new folder beside it, which then takes its place."""
    target = Path(folder)
    if target.name in ("", ".", ".."):
        raise OutputError(f"«{folder}» är inget mappnamn; ange en mapp att skriva i.",
                          field=str(folder))
    found = _lstat(target)
    if found is not None and (not stat.S_ISDIR(found.st_mode) or any(target.iterdir())):
        raise OutputError(f"{target} är ingen ny eller tom mapp och skrivs inte över.",
                          field=str(target))
    for relative in files:
        parts = Path(relative).parts
        if not parts or Path(relative).is_absolute() or ".." in parts:
            raise OutputError(f"«{relative}» är inget filnamn i mappen {target}.",
                              field=str(target))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name[:80]}.", suffix=".tmp",
                                        dir=target.parent))
    except OSError as exc:
        raise _failed(target, exc) from exc
    try:
        with contextlib.suppress(NotImplementedError):
            os.chmod(staging, 0o777 & ~_umask())  # an ordinary folder, as mkdir makes
        made: set[Path] = {staging}
        for relative, data in files.items():
            path = staging / relative
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            with open(path, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        if found is not None:
            target.rmdir()  # empty (checked above): nothing is lost; fails if no longer so
        os.replace(staging, target)
        _sync_folder(target.parent)
    except OSError as exc:
        raise _failed(target, exc) from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def remove(path: Path | str) -> None:
    """Delete a file the program wrote before (a publication's file that is gone): never a
    register or its companions, a folder, or anything that is not a regular file."""
    target = Path(path)
    found = _lstat(target)
    if found is None:
        return
    if stat.S_ISLNK(found.st_mode):
        target.unlink()  # the link only, never what it points at
        return
    if not stat.S_ISREG(found.st_mode):
        raise OutputError(f"{target} är ingen vanlig fil och tas inte bort.", field=str(target))
    if _is_database(target) or (target.name.endswith(COMPANION_SUFFIXES)
                                and _companion_of_database(target)):
        raise OutputError(f"{target} är ett register eller hör till ett och tas aldrig bort.",
                          field=str(target))
    try:
        target.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputError(f"Det gick inte att ta bort {target}: {os_reason(exc)}.",
                          field=str(target)) from exc


__all__ = ["PRIVATE_MODE", "OutputError", "check_target", "remove", "replacing",
           "write_bytes", "write_folder", "write_text"]
