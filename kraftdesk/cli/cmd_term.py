# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk term`: mandatperioder, and the start of a new one."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path

from kraftdesk.cli.cmd_members import print_preview, read_file
from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day
from kraftdesk.cli.output import actions, count, table
from kraftdesk.domain.setup import Period
from kraftdesk.services import bodies, terms

NAME = "term"
HELP = "mandatperioder: lista, registrera, starta en ny"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    sub.add_parser("list", help="lista mandatperioderna")
    add = sub.add_parser("add", help="registrera en mandatperiod (till exempel den pågående)")
    start = sub.add_parser(
        "start", help="starta en ny mandatperiod: organen fortsätter, pågående uppdrag slutar "
                      "dagen före och de nya läses in från en ledamotslista")
    for action in (add, start):
        action.add_argument("starts_on", type=iso_day, metavar="FRÅN", help="t.ex. 2027-01-01")
        action.add_argument("ends_on", type=iso_day, metavar="TILL", help="t.ex. 2030-12-31")
    start.add_argument("--members", type=Path, metavar="FIL.csv",
                       help="de nya uppdragen (tomma datum betyder mandatperiodens)")
    start.add_argument("--retire", action="append", default=[], metavar="ORGAN",
                       help="ett organ som inte fortsätter; upprepa för flera")
    start.add_argument("--dry-run", action="store_true",
                       help="visa vad som skulle hända, utan att ändra något")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "list":
        rows = terms.terms(register)
        if not rows:
            ctx.print("Inga mandatperioder registrerade.")
            return 0
        table(ctx, ("Mandatperiod", "Från och med – till och med"),
              [(t.name, t.period.text()) for t in rows])
        return 0
    period = Period(args.starts_on, args.ends_on)
    if args.action == "add":
        terms.add_term(register, period)
        ctx.print(f"Mandatperioden {period.text()} är registrerad.")
        return 0
    data = read_file(args.members) if args.members else None
    source = args.members.name if args.members else None
    retire = tuple(bodies.find_body(register, short) for short in args.retire)
    if args.dry_run:
        result = terms.preview_new_term(register, period, data, source=source,
                                        retire_body_ids=retire)
    else:
        result = terms.start_term(register, period, member_list=data, source=source,
                                  retire_body_ids=retire)
    if result.member_list is not None:
        print_preview(ctx, result.member_list)
        ctx.print()
    verb = "skulle avslutas" if args.dry_run else "avslutades"
    last_day = (args.starts_on - timedelta(days=1)).isoformat()
    ctx.print(f"Mandatperioden {result.name}: {count(result.seats_ending, 'uppdrag', 'uppdrag')} "
              f"{verb} {last_day}.")
    if result.retired:
        ctx.print(f"Avvecklade organ: {', '.join(result.retired)}.")
    if result.member_list is not None:
        ctx.print(f"Nya uppdrag: {result.member_list.summary()}.")
    if args.dry_run:
        ctx.print("Provkörning: inget har ändrats.")
    return 0
