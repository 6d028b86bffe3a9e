# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk appendix`: bilagor of documents and voting lists.

    kraftdesk appendix add KS:2026:412 FIL.pdf --title "Ekonomisk redovisning 2026"
    kraftdesk appendix add KS:2026-12-02 FIL.pdf --title "…"     a bilaga of the whole minutes
    kraftdesk appendix voting-list KS:2026:412                   the § omröstningslista
    kraftdesk appendix list KS:2026-12-02
    kraftdesk appendix remove KS:2026-12-02 --bilaga 3           while the minutes are a draft

The Swedish names (ny, omröstningslista, lista, ta-bort) work as well; --rubrik is --title.
A file that is not a readable PDF is refused (exit 1) and nothing changes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.domain.errors import UserError
from kraftdesk.services.input_files import read_input

NAME = "appendix"
HELP = "bilagor: lägg till ett dokument (PDF) eller en omröstningslista, lista, ta bort"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", title="åtgärder",
                                    required=True, parser_class=SwedishArgumentParser)
    add = actions.add_parser("add", aliases=["ny"],
                             help="ett dokument (PDF) som bilaga till en paragraf eller till "
                                  "hela protokollet")
    add.add_argument("target", metavar="PARAGRAF_ELLER_SAMMANTRÄDE",
                     help="KS:2026:412 (en paragraf) eller KS:2026-12-02 (hela protokollet)")
    add.add_argument("file", metavar="FIL", help="PDF-filen")
    add.add_argument("--title", "--rubrik", dest="title", required=True, metavar="RUBRIK",
                     help="bilagans rubrik, till exempel \"Ekonomisk redovisning 2026\"")
    voting = actions.add_parser("voting-list", aliases=["omröstningslista"],
                                help="paragrafens omröstningslista som bilaga")
    voting.add_argument("paragraph", metavar="PARAGRAF", help="till exempel KS:2026:412")
    listed = actions.add_parser("list", aliases=["lista"], help="protokollets bilagor")
    listed.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-12-02")
    remove = actions.add_parser("remove", aliases=["ta-bort"],
                                help="ta bort ett dokument eller en omröstningslista (utkast)")
    remove.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-12-02")
    remove.add_argument("--bilaga", dest="number", type=int, required=True, metavar="N",
                        help="bilagans nummer")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from kraftdesk.services import appendices

    register = ctx.register(create=False)
    if args.action in ("add", "ny"):
        path = Path(args.file)
        pdf = read_input(path, "en PDF-fil")
        created = appendices.add_document(register, args.target, pdf=pdf,
                                          title=args.title, filename=path.name)
        row = appendices.appendix_row(register, created.id)
        owner = f"{row.paragraph_label} ({args.target})" if row.paragraph_label else \
            f"protokollet {args.target}"
        ctx.print(f"{path.name} är bilaga {row.number} «{row.title}» till {owner}.")
    elif args.action in ("voting-list", "omröstningslista"):
        created = appendices.add_voting_list(register, args.paragraph)
        row = appendices.appendix_row(register, created.id)
        ctx.print(f"Omröstningslistan är bilaga {row.number} till {row.paragraph_label} "
                  f"({args.paragraph}).")
    elif args.action in ("list", "lista"):
        rows = appendices.appendix_rows(register, args.meeting)
        if not rows:
            ctx.print(f"Protokollet {args.meeting} har inga bilagor.")
        for row in rows:
            where = row.paragraph_label or "hela protokollet"
            ctx.print(f"Bilaga {row.number}  {row.kind_text:<16} {where:<16} {row.title}")
    else:
        rows = appendices.appendix_rows(register, args.meeting)
        row = next((r for r in rows if r.number == args.number), None)
        if row is None:
            listed = ", ".join(str(r.number) for r in rows) or "inga"
            raise UserError(f"Bilaga {args.number} finns inte i protokollet {args.meeting} "
                            f"(bilagor: {listed}).", field="bilaga")
        appendices.remove_appendix(register, row.id)
        ctx.print(f"Bilaga {row.number} «{row.title}» är borttagen ur protokollet "
                  f"{args.meeting}.")
    return 0
