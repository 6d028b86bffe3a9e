# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk justering`: skicka för justering, justera, omedelbar justering, anslag."""

from __future__ import annotations

import argparse
from datetime import date

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day, shown_day
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.services import justering

NAME = "justering"
HELP = "skicka protokoll för justering, justera, justera omedelbart och registrera anslag"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", title="åtgärder",
                                    required=True, parser_class=SwedishArgumentParser)
    send = actions.add_parser("skicka", help="skicka protokollet för justering")
    approve = actions.add_parser("justera", help="registrera att protokollet är justerat")
    immediate = actions.add_parser("omedelbar", help="justera en paragraf omedelbart")
    posting = actions.add_parser("anslag", help="registrera dagen då anslaget sattes upp")
    for sub in (send, approve, posting):
        sub.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    immediate.add_argument("paragraph", metavar="PARAGRAF", help="till exempel KS:2026:16")
    for sub in (send, approve, immediate, posting):
        sub.add_argument("--datum", type=iso_day, metavar="DATUM", help="dagen (annars i dag)")
    approve.add_argument("--ordförande", dest="chair", metavar="NAMN",
                         help="ordföranden som justerar (annars den som redan är angiven)")
    approve.add_argument("--justerare", dest="approvers", action="append", metavar="NAMN",
                         help="en justerare; upprepa för flera (annars de redan utsedda)")
    approve.add_argument("--bekräfta", dest="confirm", action="store_true",
                         help="justera trots att utlovade texter inte har kommit in; de "
                              "registreras då som inte inkomna")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    day = args.datum or ctx.clock().date()
    register = ctx.register(create=False)
    if args.action == "skicka":
        justering.send_for_justering(register, args.meeting, on=day)
        ctx.print(f"Protokollet {args.meeting} är skickat för justering {day.isoformat()}.")
    elif args.action == "justera":
        return _approve(args, ctx, day)
    elif args.action == "omedelbar":
        justering.approve_paragraph_immediately(register, args.paragraph, on=day)
        ctx.print(f"Paragrafen {args.paragraph} är omedelbart justerad {day.isoformat()}.")
    else:
        justering.record_posting(register, args.meeting, on=day)
        cal = justering.meeting_calendar(register, args.meeting)
        ctx.print(f"Anslaget för {args.meeting} är registrerat {day.isoformat()}.")
        ctx.print(f"Sista dag för överklagande: {shown_day(cal.appeal_last_day)}.")
        ctx.print(f"Anslaget får tas ned från {shown_day(cal.take_down_earliest)}.")
    return 0


def _approve(args: argparse.Namespace, ctx: CliContext, day: date) -> int:
    register = ctx.register(create=False)
    try:
        justering.justera(register, args.meeting, on=day, chair=args.chair,
                          approvers=args.approvers, confirm_open_promises=args.confirm,
                          now=ctx.clock())
    except justering.OpenPromisesError as exc:
        print(f"kraftdesk: {exc.message}", file=ctx.err)
        print("Kör kommandot igen med --bekräfta för att justera ändå.", file=ctx.err)
        return 1
    cal = justering.meeting_calendar(register, args.meeting, today=ctx.clock().date())
    ctx.print(f"Protokollet {args.meeting} är justerat {day.isoformat()} och förseglat.")
    ctx.print(f"Sista dag för anslag: {shown_day(cal.posting_deadline)}.")
    for warning in cal.warnings:
        ctx.print(f"Varning: {warning}")
    return 0
