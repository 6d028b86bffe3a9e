# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk init`: create a new, empty register for an organisation."""

from __future__ import annotations

import argparse

from kraftdesk.cli.context import CliContext
from kraftdesk.services.organisation import create_organisation

NAME = "init"
HELP = "skapa ett nytt, tomt register"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--organisation", required=True, metavar="NAMN",
                        help="kommunens eller regionens namn, till exempel «Malmö stad»")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=True)
    create_organisation(register, args.organisation)
    ctx.print(f"Registret är skapat för {args.organisation.strip()}: {register.url}")
    return 0
