# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk export FILE.json [--force]`: write the whole register as an interchange file
(- = stdout).

The file goes through kraftdesk.services.output_files: never over a register, a folder or a
device, over an existing file only with --force, written beside its final name and then
moved into place (so an interrupted export never leaves half a file behind), readable by
the owner only (0600 on POSIX: it holds the whole register's personal data). The register
is written as it is read, row by row (kraftdesk.interchange.export), so memory does not
grow with the register.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.services.output_files import PRIVATE_MODE, check_target, replacing
from kraftdesk.services.transfer import write_register

NAME = "export"
HELP = "skriv hela registret till en registerfil (JSON) som kan läsas in igen"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FIL.json",
                        help="registerfilen att skriva; - skriver till standard ut")
    parser.add_argument("--force", action="store_true",
                        help="skriv över en befintlig fil med samma namn")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    target = None if args.file == "-" else Path(args.file)
    if target is not None:
        check_target(target, force=args.force)  # before the register is read
    register = ctx.register(create=False)
    if target is None:
        write_register(register, ctx.out)
        ctx.out.flush()
        return 0
    with replacing(target, force=args.force, mode=PRIVATE_MODE) as temporary, \
            temporary.open("w", encoding="utf-8", newline="\n") as out:
        write_register(register, out)
    ctx.print(f"Registret är exporterat till {args.file}.")
    return 0
