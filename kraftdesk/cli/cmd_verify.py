# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk verify`: check the seals of justerade protokoll, the files and the audit log.

A register file (a backup, too) is checked on a working copy: verifying never changes it,
never switches it to WAL and leaves no -wal or -shm file beside it."""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.config import sqlite_file
from kraftdesk.services.input_files import read_input
from kraftdesk.services.verify import verify_file, verify_register

NAME = "verify"
HELP = "kontrollera att justerade protokoll, filer och granskningsloggen är oförändrade"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trust", dest="trust", action="append", type=Path, metavar="CA.pem",
                        help="kontrollera underskrifterna mot den här utfärdaren i stället för "
                             "organisationens egna (upprepa för flera)")
    parser.add_argument("--against", "--mot", dest="against", action="append", type=Path,
                        metavar="FIL.pdf",
                        help="kontrollera registret mot ett justerat protokoll utifrån (till "
                             "exempel det som anslogs eller arkiverades); upprepa för flera")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    anchors = _anchors(args.trust) if args.trust else None
    against = tuple((str(path), read_input(path, "en PDF-fil"))
                    for path in args.against or ())
    path = sqlite_file(ctx.url)
    if path is not None:
        if not path.exists():
            ctx.register(create=False)  # says, in Swedish, that there is no register there
        report = verify_file(path, trust_anchors=anchors, against=against)
    else:
        report = verify_register(ctx.register(create=False), trust_anchors=anchors,
                                 against=against)
    checked = (f"{report.seals} förseglade protokoll, {report.files} filer och "
               f"{report.audit_entries} poster i granskningsloggen")
    if report.signatures:
        checked += (f" ({report.signatures} elektroniska "
                    f"{'underskrift' if report.signatures == 1 else 'underskrifter'})")
    for note in report.notes:
        ctx.print(note)
    if report.ok:
        ctx.print(f"Allt stämmer: {checked} är oförändrade.")
        return 0
    count = "1 avvikelse" if len(report.problems) == 1 else f"{len(report.problems)} avvikelser"
    ctx.print(f"Kontrollen av {checked} hittade {count}:")
    for problem in report.problems:
        ctx.print(f"– {problem}")
    return 1


def _anchors(paths: list[Path]) -> tuple[bytes, ...]:
    from kraftdesk.services.signing import certificate_der

    return tuple(certificate_der(read_input(path, "ett certifikat"), source=str(path))
                 for path in paths)
