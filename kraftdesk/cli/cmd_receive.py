# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk receive STATEMENT_ID (--pdf FIL | --text-file FIL) [--at ÅÅÅÅ-MM-DDTTT:MM]`:
a promised text has come in.

STATEMENT_ID is the `statement_id` that `kraftdesk pending --json` prints. The checks are
the GUI's (kraftdesk.services.statements.receive): the time may not lie in the future nor
before the meeting, a PDF is checked and cleaned (size limit, no scripts or embedded
files, every page readable), a text file must be UTF-8. Marking a text received cannot be
undone: what came in is kept.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import moment
from kraftdesk.cli.ids import statement_id
from kraftdesk.services import statements
from kraftdesk.services.input_files import read_input, read_text

NAME = "receive"
HELP = "registrera att en utlovad reservation eller ett yttrande har kommit in"

#: Files larger than this are not even read (the organisation's PDF limit is far below).


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("statement", type=statement_id, metavar="STATEMENT_ID",
                        help="yttrandets nummer (statement_id i «kraftdesk pending --json»)")
    content = parser.add_mutually_exclusive_group(required=True)
    content.add_argument("--pdf", metavar="FIL", type=Path, help="den inkomna PDF-filen")
    content.add_argument("--text-file", dest="text_file", metavar="FIL", type=Path,
                         help="en textfil (UTF-8 eller Windows-1252, som Word sparar oformaterad "
                              "text) med den inkomna texten")
    parser.add_argument("--at", type=moment, metavar="ÅÅÅÅ-MM-DDTTT:MM",
                        help="när texten kom in (annars nu)")




def describe(row: statements.StatementRow) -> str:
    """ "särskilt yttrande från Henrik Dahl (M) och Nils Forsberg (M)"."""
    labels = [p.label for p in row.authors]
    who = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} och {labels[-1]}"
    return f"{row.kind_title.lower()} från {who}" if labels else row.kind_title.lower()


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    now = ctx.clock().replace(second=0, microsecond=0)
    at = args.at or now
    if args.pdf is not None:
        pdf = read_input(args.pdf, "en PDF-fil")
        statements.receive(register, args.statement, received_at=at, pdf=pdf,
                           filename=args.pdf.name, now=ctx.clock())
    else:
        text = read_text(args.text_file, "en textfil")
        statements.receive(register, args.statement, received_at=at, text=text,
                           now=ctx.clock())
    row = statements.statement_view(register, args.statement)
    what = f"PDF-filen «{row.file_name}»" if row.file_name else f"{len(row.text or ''):_} tecken"
    ctx.print(f"Inkommen {at:%Y-%m-%d %H:%M}: {describe(row)} ({what.replace('_', ' ')}).")
    return 0
