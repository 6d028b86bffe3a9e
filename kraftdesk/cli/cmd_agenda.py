# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk agenda`: a meeting's föredragningslista; each item becomes a paragraph (§)."""

from __future__ import annotations

import argparse

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.output import actions, table
from kraftdesk.domain.errors import UserError
from kraftdesk.services import meetings, paragraphs

NAME = "agenda"
HELP = "föredragningslistan: sätt upp ett ärende, lista"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    add = sub.add_parser("add", help="sätt upp ett ärende på föredragningslistan; "
                                     "paragrafen numreras i ordning")
    add.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2027-01-13")
    add.add_argument("case", metavar="DIARIENUMMER", help="till exempel «KS 2027/12»")
    add.add_argument("--title", metavar="RUBRIK", help="paragrafens rubrik (annars ärendets)")
    add.add_argument("--position", type=int, metavar="N", help="plats på listan (1 = först)")
    listing = sub.add_parser("list", help="visa föredragningslistan")
    listing.add_argument("meeting", metavar="SAMMANTRÄDE")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    meeting_id = meetings.meeting_id(register, args.meeting)
    if args.action == "add":
        case = paragraphs.find_case(register, args.case)
        if case is None:
            raise UserError(f"Ärendet {args.case.strip()} finns inte; registrera det först "
                            "(kraftdesk case add).", field="case")
        created = paragraphs.add_paragraph(register, meeting_id, title=args.title or "",
                                           case_id=case.id, position=args.position)
        view = paragraphs.paragraph_view(register, created.id)
        ctx.print(f"{case.number} {case.title} står på föredragningslistan för "
                  f"{args.meeting} som {view.label}.")
        return 0
    view = meetings.meeting_view(register, meeting_id)
    if not view.paragraphs:
        ctx.print(f"Föredragningslistan för {view.reference} är tom.")
        return 0
    table(ctx, ("Paragraf", "Diarienummer", "Rubrik"),
          [(p.label, p.case_number or "", p.title) for p in view.paragraphs])
    return 0
