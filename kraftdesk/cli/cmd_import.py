# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk import FILE.json`: read a whole register from an interchange file (- = stdin).

The file is checked completely before the register is opened; every problem is listed with
its JSON path and nothing is written. Only an empty (or new) register can receive a file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.config import sqlite_file
from kraftdesk.domain.errors import UserError
from kraftdesk.services.transfer import ImportSummary, check_file, import_register

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


def read_input(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Filen {name} finns inte.", field=name) from None
    except IsADirectoryError:
        raise UserError(f"{name} är en mapp, inte en registerfil.", field=name) from None
    except OSError as exc:
        raise UserError(f"Filen {name} går inte att läsa: {exc.strerror}.", field=name) from None


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
    checked = check_file(read_input(args.file), source=source)  # before touching the register
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
    ctx.print(f"Registerfilen är inläst i {register.url}.")
    ctx.print(describe(summary))
    return 0


def _new_sqlite_file(url: str) -> Path | None:
    """The SQLite file the import is about to create, or None (exists already, not a file)."""
    path = sqlite_file(url)
    return None if path is None or path.exists() else path
