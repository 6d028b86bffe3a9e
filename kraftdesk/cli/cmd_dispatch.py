# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk expediering`: what was sent to whom, what is still to send, the extracts.

    kraftdesk expediering visa KS:2026-12-02
    kraftdesk expediering utdrag KS:2026-12-02 --mapp utdrag/ [--datum D]
        one protokollsutdrag per recipient, and an .eml beside it where the address is known
    kraftdesk expediering registrera KS:2026-12-02 --till Stadskontoret --sätt e-post
        [--datum D] [--paragraf KS:2026:412 …] [--preliminärt]
    kraftdesk expediering adress Stadskontoret stadskontoret@malmo.se   (no address: forget it)

The means (--sätt): e-post, brev, internpost, ärendehantering, personligen, annat. A justerat
extract cannot be recorded as sent before the paragraph is justerad; --preliminärt records
an extract sent before justering.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.domain.enums import DispatchMeans
from kraftdesk.text.vocabulary import DISPATCH_MEANS

NAME = "expediering"
HELP = "expediering: vilka utdrag som skickats till vem, vad som återstår, utdrag per mottagare"

#: --sätt: the vocabulary's word, its first word ("ärendehanteringssystemet" and
#: "ärendehantering", "annat sätt" and "annat").
MEANS = {**{word: means for means, word in DISPATCH_MEANS.items()},
         "ärendehantering": DispatchMeans.CASE_SYSTEM, "annat": DispatchMeans.OTHER}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", title="åtgärder",
                                    required=True, parser_class=SwedishArgumentParser)
    show = actions.add_parser("visa", help="sändlistorna: skickat och att skicka")
    show.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-12-02")
    extracts = actions.add_parser("utdrag", help="ett protokollsutdrag per mottagare (och .eml)")
    extracts.add_argument("meeting", metavar="SAMMANTRÄDE")
    extracts.add_argument("--mapp", dest="folder", required=True, metavar="MAPP")
    extracts.add_argument("--datum", type=iso_day, metavar="DATUM",
                          help="dagen för «Rätt utdraget intygar» (annars i dag)")
    extracts.add_argument("--force", action="store_true",
                          help="skriv över filer som redan finns i mappen")
    record = actions.add_parser("registrera", help="registrera ett skickat utdrag")
    record.add_argument("meeting", metavar="SAMMANTRÄDE")
    record.add_argument("--till", dest="recipient", required=True, metavar="MOTTAGARE",
                        help="som på sändlistan, till exempel Stadskontoret")
    record.add_argument("--sätt", dest="means", required=True, choices=list(MEANS),
                        help="hur utdraget skickades")
    record.add_argument("--datum", type=iso_day, metavar="DATUM", help="annars i dag")
    record.add_argument("--paragraf", dest="paragraphs", action="append", metavar="PARAGRAF",
                        help="bara den här paragrafen (upprepa för flera); annars alla "
                             "paragrafer med mottagaren på sändlistan")
    record.add_argument("--preliminärt", dest="preliminary", action="store_true",
                        help="ett utdrag som skickades före justeringen")
    record.add_argument("--adress", metavar="E-POST", help="adressen det skickades till")
    address = actions.add_parser("adress", help="e-postadressen till en mottagare")
    address.add_argument("name", metavar="MOTTAGARE")
    address.add_argument("email", nargs="?", metavar="E-POST",
                         help="utelämnad: adressen glöms")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from kraftdesk.services import dispatch

    register = ctx.register(create=False)
    if args.action == "visa":
        overview = dispatch.dispatch_overview(register, args.meeting)
        if not overview.rows:
            ctx.print(f"Ingen paragraf i {overview.reference} har någon sändlista.")
            return 0
        for row in overview.rows:
            ctx.print(f"{row.label:<7} {row.recipient:<30} {row.status}")
        left = overview.to_send
        ctx.print("Allt som är justerat är skickat." if left == 0 else
                  f"{left} utdrag återstår att skicka.")
    elif args.action == "utdrag":
        done = dispatch.export_recipient_extracts(register, args.meeting, Path(args.folder),
                                                  on=args.datum or ctx.clock().date(),
                                                  force=args.force)
        ctx.print(f"{len(done.extracts)} protokollsutdrag och {len(done.emails)} "
                  f"e-postmeddelanden är skrivna till {done.folder}:")
        for path in (*done.extracts, *done.emails):
            ctx.print(f"  {path.name}")
        if done.without_address:
            ctx.print("E-postadress saknas för: " + ", ".join(done.without_address) + ".")
    elif args.action == "registrera":
        day = args.datum or ctx.clock().date()
        changes = dispatch.record_dispatch(
            register, args.meeting, args.recipient, sent_on=day, means=MEANS[args.means],
            paragraphs=args.paragraphs, final=not args.preliminary, address=args.adress)
        count = len(changes.paragraphs)
        what = "utdraget" if count == 1 else f"utdragen av {count} paragrafer"
        kind = "Preliminärt utdrag" if args.preliminary else "Justerat utdrag"
        ctx.print(f"{kind}: {what} till {args.recipient} är registrerat som skickat "
                  f"{day.isoformat()} ({args.means}).")
    else:
        dispatch.set_recipient_address(register, args.name, args.email)
        ctx.print(f"{args.name}: {args.email}" if args.email else
                  f"{args.name}: ingen e-postadress.")
    return 0
