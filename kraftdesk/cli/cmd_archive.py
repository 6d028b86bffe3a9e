# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk archive KF 2026 -o DIR`: a body's justerade protokoll of a year for the e-archive.

Every justerat protocol with its bilagor as (signed) PDF/A, an extract of each paragraph,
the audit trail of the year and DIR/manifest.json with the SHA-256 of every file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext

NAME = "archive"
HELP = "arkivleverans: ett organs justerade protokoll för ett år som PDF/A med manifest"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("body", metavar="ORGAN", help="organets kortnamn, till exempel KF")
    parser.add_argument("year", type=int, metavar="ÅR", help="till exempel 2026")
    parser.add_argument("-o", "--ut", dest="out", required=True, type=Path, metavar="MAPP",
                        help="en ny eller tom mapp för leveransen")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from kraftdesk.services.archive import archive_year

    done = archive_year(ctx.register(create=False), args.body, args.year, args.out,
                        today=ctx.clock().date())
    protocols = "1 protokoll" if done.protocols == 1 else f"{done.protocols} protokoll"
    extracts = ("1 protokollsutdrag" if done.extracts == 1
                else f"{done.extracts} protokollsutdrag")
    ctx.print(f"Arkivleveransen för {args.body} {args.year} är skriven till {done.folder}: "
              f"{protocols}, {extracts} och granskningsloggen för året "
              f"({done.audit_entries} poster); {done.files} filer i manifest.json.")
    for warning in done.warnings:
        ctx.print(f"Varning: {warning}")
    return 0
