# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk publish KS 2026 -o MAPP`: the public version of a body's year.

Web pages (HTML and CSS, no JavaScript), a tagged PDF per justerat protokoll with sekretess
and personal data left out, and the same data as OParl 1.1 JSON with the votes as Popolo.
Only justerade minutes; publishing stops while a personnummer is left unmarked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.domain.errors import UserError

NAME = "publish"
HELP = "publicera ett organs justerade protokoll för ett år som webbsidor, PDF och öppna data"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("body", metavar="ORGAN", help="organets kortnamn, till exempel KS")
    parser.add_argument("year", metavar="ÅR", type=_year, help="året, till exempel 2026")
    parser.add_argument("-o", "--ut", dest="out", required=True, metavar="MAPP",
                        help="mappen att publicera i (tom, ny eller en tidigare publicering "
                             "av samma register)")
    parser.add_argument("--adress", dest="base_url", default="", metavar="URL",
                        help="webbadressen där mappen publiceras; ger OParl-objekten fullständiga "
                             "adresser (annars relativa till mappen)")


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"«{text}» är inget årtal; skriv till exempel 2026")
    return int(text)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from kraftdesk.services import publish  # ReportLab: only when publishing

    if args.base_url and not args.base_url.startswith(("https://", "http://")):
        raise UserError("Adressen ska börja med https:// (till exempel "
                        "https://www.kommun.se/protokoll/).", field="adress")
    done = publish.publish(ctx.register(create=False), args.body, args.year, Path(args.out),
                           base_url=args.base_url)
    from kraftdesk.text.formats import plural

    ctx.print(f"{args.body} {args.year} är publicerat i {done.folder}: "
              f"{done.meetings} {plural(done.meetings, 'sammanträde', 'sammanträden')}, "
              f"{done.paragraphs} {plural(done.paragraphs, 'paragraf', 'paragrafer')}, "
              f"{done.files} {plural(done.files, 'fil', 'filer')}.")
    if done.not_approved:
        ctx.print(f"Inte justerade och därför inte publicerade: {', '.join(done.not_approved)}.")
    return 0
