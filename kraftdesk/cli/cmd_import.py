# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk import FILE.json`: read a whole register from an interchange file (- = stdin).

The file is checked completely before the register is opened; every problem is listed with
its JSON path and nothing is written. Only an empty (or new) register can receive a file.
The file is read row by row, three times (checked, checked against the whole, written), so
memory stays bounded whatever its size; standard in (or a pipe) is first copied to a
temporary file to be read again.
"""

from __future__ import annotations

import argparse
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO

from kraftdesk.cli.context import CliContext
from kraftdesk.config import register_shown, sqlite_file
from kraftdesk.domain.errors import UserError, os_reason
from kraftdesk.services.transfer import (
    ImportSummary,
    Source,
    check_file,
    file_source,
    import_register,
)

NAME = "import"
HELP = "läs in ett helt register från en registerfil (JSON) till ett tomt register"

_COUNTED = [  # (table, singular, plural)
    ("body", "organ", "organ"), ("person", "person", "personer"),
    ("case", "ärende", "ärenden"), ("meeting", "sammanträde", "sammanträden"),
    ("paragraph", "paragraf", "paragrafer"),
    ("statement", "reservation eller yttrande", "reservationer och yttranden"),
    ("appendix", "bilaga", "bilagor"), ("stored_file", "fil", "filer"),
]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FIL.json",
                        help="registerfilen; - läser från standard in")


def open_input(name: str, source: str, spool: IO[bytes]) -> Source:
    """The file to read (row by row, more than once), or a Swedish UserError. Standard in
    and a pipe are read once, into `spool` (a temporary file), and read from there."""
    if name == "-":
        return _spooled(sys.stdin.buffer, source, spool)
    path = Path(name)
    try:
        with path.open("rb") as probe:
            if stat.S_ISREG(Path(name).stat().st_mode):
                return file_source(lambda: path.open("rb"), source)
            return _spooled(probe, source, spool)  # a pipe: read once
    except FileNotFoundError:
        raise UserError(f"Filen {name} finns inte.", field=name) from None
    except IsADirectoryError:
        raise UserError(f"{name} är en mapp, inte en registerfil.", field=name) from None
    except OSError as exc:
        raise UserError(f"Filen {name} går inte att läsa: {os_reason(exc)}.",
                        field=name) from None


def _spooled(stream: IO[bytes], source: str, copy: IO[bytes]) -> Source:
    shutil.copyfileobj(stream, copy)

    def reopen() -> IO[bytes]:
        copy.seek(0)
        return _Unclosed(copy)

    return file_source(reopen, source)


class _Unclosed:
    """The temporary copy, read again and again: `with` leaves it open."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file

    def read(self, size: int = -1) -> bytes:
        return self._file.read(size)

    def __enter__(self) -> _Unclosed:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None


def describe(summary: ImportSummary) -> str:
    """ "Malmö stad: 3 organ, 27 personer, …" """
    parts = []
    for table, singular, plural in _COUNTED:
        count = summary.counts.get(table, 0)
        if count:
            parts.append(f"{count} {singular if count == 1 else plural}")
    return f"{summary.organisation}: {', '.join(parts) or 'inga uppgifter'}."


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    source = "från standard in" if args.file == "-" else args.file
    with tempfile.TemporaryFile() as spool:
        return _import(args, ctx, open_input(args.file, source, spool))


def _import(args: argparse.Namespace, ctx: CliContext, file: Source) -> int:
    checked = check_file(file)  # before touching the register
    new_file = _new_sqlite_file(ctx.url)
    register = ctx.register(create=True)
    try:
        summary = import_register(register, checked)
    except BaseException:
        if new_file is not None:  # leave no empty register behind: nothing has changed
            ctx.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{new_file}{suffix}").unlink(missing_ok=True)
        raise
    ctx.print(f"Registerfilen är inläst i {register_shown(register.url)}.")
    ctx.print(describe(summary))
    return 0


def _new_sqlite_file(url: str) -> Path | None:
    """The SQLite file the import is about to create, or None (exists already, not a file)."""
    path = sqlite_file(url)
    return None if path is None or path.exists() else path
