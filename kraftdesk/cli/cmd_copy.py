# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk copy --to URL_OR_PATH`: copy the whole register to a new one, then check the copy.

    kraftdesk --db register.sqlite3 copy --to postgresql+psycopg://kraftdesk_app@server/kraftdesk
    kraftdesk --db postgresql+psycopg://kraftdesk_app@server/kraftdesk copy --to arkiv.sqlite3

A plain path means a new SQLite file. The copy holds every row and file and the audit trail;
it is checked as `kraftdesk verify` checks, and exported again to compare with the source.
"""

from __future__ import annotations

import argparse

from kraftdesk.cli.cmd_import import describe
from kraftdesk.cli.context import CliContext
from kraftdesk.services.copying import copy_register

NAME = "copy"
HELP = "kopiera hela registret till en ny SQLite-fil eller en databasserver och kontrollera kopian"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", required=True, metavar="URL_ELLER_SÖKVÄG",
                        help="målet: en ny SQLite-fil (en sökväg) eller en tom databas "
                             "(postgresql+psycopg://användare@server/databas)")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    source = ctx.register(create=False)
    report = copy_register(source, args.to)
    ctx.print(f"Registret är kopierat till {report.target}.")
    ctx.print(describe(report.summary))
    ctx.print(f"Granskningsloggen följde med: {report.audit_entries_copied} poster.")
    checked = (f"{report.verify.seals} förseglade protokoll, {report.verify.files} filer och "
               f"{report.verify.audit_entries} poster i granskningsloggen")
    if report.ok:
        ctx.print(f"Kopian är kontrollerad: {checked} stämmer, och innehållet är detsamma "
                  "som i originalet.")
        return 0
    if report.same_content and not report.new_problems:
        count = len(report.inherited)
        ctx.print(f"Kopian har samma innehåll som originalet, och samma {count} "
                  f"{'avvikelse' if count == 1 else 'avvikelser'} som «kraftdesk verify» "
                  "hittar i originalet:")
        for problem in report.inherited:
            ctx.print(f"– {problem}")
        return 1
    ctx.print("Kopian är gjord, men kontrollen hittade avvikelser som originalet inte har:")
    if not report.same_content:
        ctx.print("– Kopians innehåll skiljer sig från originalets (exporterna är olika).")
    for problem in report.new_problems:
        ctx.print(f"– {problem}")
    return 1
