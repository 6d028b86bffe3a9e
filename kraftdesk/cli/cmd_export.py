# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk export FILE.json`: write the whole register as an interchange file (- = stdout).

The file is written next to its final name and then moved into place, so an interrupted
export never leaves half a file behind. The register is written as it is read, row by row
(kraftdesk.interchange.export), so memory does not grow with the register.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kraftdesk.cli.context import CliContext
from kraftdesk.domain.errors import UserError
from kraftdesk.services.registers import register_file
from kraftdesk.services.transfer import write_register

NAME = "export"
HELP = "skriv hela registret till en registerfil (JSON) som kan läsas in igen"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FIL.json",
                        help="registerfilen att skriva; - skriver till standard ut")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    target = None if args.file == "-" else Path(args.file)
    database = register_file(register)
    if target is not None and database is not None and _same_file(target, database):
        raise UserError(f"{args.file} är själva registret; välj ett annat filnamn för "
                        "exporten.", field=args.file)
    if target is None:
        write_register(register, ctx.out)
        ctx.out.flush()
        return 0
    _write_atomically(target, lambda out: write_register(register, out))
    ctx.print(f"Registret är exporterat till {args.file}.")
    return 0


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _write_atomically(target: Path, write: Callable[[TextIO], None]) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"Mappen {folder} finns inte.", field=str(target))
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
