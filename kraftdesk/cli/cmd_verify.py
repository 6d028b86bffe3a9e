# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk verify`: check the seals of justerade protokoll, the files and the audit log.

A register file (a backup, too) is checked on a working copy: verifying never changes it,
never switches it to WAL and leaves no -wal or -shm file beside it."""

from __future__ import annotations

import argparse

from kraftdesk.cli.context import CliContext
from kraftdesk.config import sqlite_file
from kraftdesk.services.verify import verify_file, verify_register

NAME = "verify"
HELP = "kontrollera att justerade protokoll, filer och granskningsloggen är oförändrade"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    del args
    path = sqlite_file(ctx.url)
    if path is not None:
        if not path.exists():
            ctx.register(create=False)  # says, in Swedish, that there is no register there
        report = verify_file(path)
    else:
        report = verify_register(ctx.register(create=False))
    checked = (f"{report.seals} förseglade protokoll, {report.files} filer och "
               f"{report.audit_entries} poster i granskningsloggen")
    if report.ok:
        ctx.print(f"Allt stämmer: {checked} är oförändrade.")
        return 0
    count = "1 avvikelse" if len(report.problems) == 1 else f"{len(report.problems)} avvikelser"
    ctx.print(f"Kontrollen av {checked} hittade {count}:")
    for problem in report.problems:
        ctx.print(f"– {problem}")
    return 1
