# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk init`: create a new, empty register for an organisation."""

from __future__ import annotations

import argparse

from kraftdesk.cli.context import CliContext
from kraftdesk.config import register_shown
from kraftdesk.services.organisation import create_organisation

NAME = "init"
HELP = "skapa ett nytt, tomt register"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--organisation", required=True, metavar="NAMN",
                        help="kommunens eller regionens namn, till exempel «Malmö stad»")
    parser.add_argument("--case-number-example", metavar="EXEMPEL",
                        help="ett diarienummer som exempel på formatet, till exempel "
                             "«KS 2027/12» (annars fritt format)")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=True)
    create_organisation(register, args.organisation,
                        case_number_example=args.case_number_example)
    ctx.print(f"Registret är skapat för {args.organisation.strip()}: "
              f"{register_shown(register.url)}")
    return 0
