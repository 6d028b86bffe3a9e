# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk case`: ärenden with their diarienummer."""

from __future__ import annotations

import argparse

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.output import actions, table
from kraftdesk.services import bodies, browse, paragraphs

NAME = "case"
HELP = "ärenden: registrera, lista"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    add = sub.add_parser("add", help="registrera ett ärende")
    add.add_argument("number", metavar="DIARIENUMMER", help="till exempel «KS 2027/12»")
    add.add_argument("title", metavar="RUBRIK", help="ärendemeningen")
    add.add_argument("--body", metavar="ORGAN", help="organet vars diarium ärendet hör till")
    listing = sub.add_parser("list", help="lista ärendena")
    listing.add_argument("text", metavar="SÖK", nargs="?", default="",
                         help="bara ärenden vars nummer eller rubrik innehåller texten")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "add":
        body_id = bodies.find_body(register, args.body) if args.body else None
        paragraphs.create_case(register, args.number, args.title, body_id=body_id)
        ctx.print(f"Ärendet {' '.join(args.number.split())} är registrerat.")
        return 0
    total = browse.count_cases(register, text=args.text)
    rows = browse.cases_page(register, text=args.text, order=browse.CaseOrder.NUMBER,
                             descending=False, offset=0, limit=max(total, 1))
    if not rows:
        ctx.print("Inga ärenden.")
        return 0
    table(ctx, ("Diarienummer", "Rubrik"), [(r.number, r.title) for r in rows])
    return 0
