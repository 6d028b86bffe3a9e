# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk mark`: mark what the public version leaves out, before justering.

    kraftdesk mark text KS:2026:16 "Kalle Karlsson" --personuppgift [--förekomst 2]
    kraftdesk mark text KS:2026:16 "placeras i familjehem" --sekretess "26 kap. 1 § OSL"
    kraftdesk mark avsnitt KS:2026:16 sammanfattning --sekretess "26 kap. 1 § OSL"
    kraftdesk mark paragraf KS:2026:16 --sekretess "26 kap. 1 § OSL"
    kraftdesk mark bilaga KS:2026-01-07 3 --personuppgift
    kraftdesk mark inte-personnummer KS:2026-01-07 0701234567
    kraftdesk mark lista KS:2026-01-07
    kraftdesk mark kontrollera KS:2026-01-07
    kraftdesk mark ta-bort 12
"""

from __future__ import annotations

import argparse

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.domain.enums import MarkKind
from kraftdesk.text.publication import SECTION_WORDS

NAME = "mark"
HELP = "markera sekretess och personuppgifter som inte ska publiceras"


def _section(text: str) -> str:
    """argparse type: a section's Swedish word (sammanfattning, beslutsgång, …) -> its key."""
    word = text.strip().casefold()
    for key, name in SECTION_WORDS.items():
        if word == name:
            return key.value
    raise argparse.ArgumentTypeError(
        f"«{text}» är inget avsnitt; välj bland {', '.join(SECTION_WORDS.values())}")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", title="åtgärder",
                                    required=True, parser_class=SwedishArgumentParser)
    text = actions.add_parser("text", help="en text i en paragraf")
    text.add_argument("paragraph", metavar="PARAGRAF", help="till exempel KS:2026:16")
    text.add_argument("text", metavar="TEXT", help="texten exakt som den står i protokollet")
    text.add_argument("--förekomst", dest="occurrence", type=int, metavar="N",
                      help="vilken förekomst, när texten står flera gånger")
    section = actions.add_parser("avsnitt", help="ett avsnitt av en paragraf")
    section.add_argument("paragraph", metavar="PARAGRAF", help="till exempel KS:2026:16")
    section.add_argument("section", metavar="AVSNITT", type=_section,
                         help=f"{', '.join(SECTION_WORDS.values())}")
    whole = actions.add_parser("paragraf", help="hela paragrafen (rubriken står kvar)")
    whole.add_argument("paragraph", metavar="PARAGRAF", help="till exempel KS:2026:16")
    appendix = actions.add_parser("bilaga", help="en hel bilaga")
    appendix.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    appendix.add_argument("number", metavar="N", type=int, help="bilagans nummer")
    for sub in (text, section, whole, appendix):
        kind = sub.add_mutually_exclusive_group(required=True)
        kind.add_argument("--sekretess", dest="provision", metavar="BESTÄMMELSE",
                          help="sekretess enligt bestämmelsen, till exempel "
                               "«26 kap. 1 § OSL»")
        kind.add_argument("--personuppgift", dest="personal", action="store_true",
                          help="personuppgifter som inte ska publiceras")
    confirm = actions.add_parser("inte-personnummer",
                                 help="bekräfta att ett nummer inte är ett personnummer")
    confirm.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    confirm.add_argument("number", metavar="NUMMER", help="numret som det står i protokollet")
    listing = actions.add_parser("lista", help="visa markeringarna i ett protokoll")
    listing.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    check = actions.add_parser("kontrollera",
                               help="visa personnummer som inte är markerade")
    check.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    remove = actions.add_parser("ta-bort", help="ta bort en markering (före justering)")
    remove.add_argument("mark_id", metavar="NR", type=int, help="markeringens nummer (lista)")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from kraftdesk.services import marks

    register = ctx.register(create=False)
    if args.action in ("text", "avsnitt", "paragraf", "bilaga"):
        kind = MarkKind.PERSONAL_DATA if args.personal else MarkKind.SECRECY
        provision = None if args.personal else args.provision
        if args.action == "text":
            done = marks.mark_text(register, args.paragraph, args.text, kind=kind,
                                   provision=provision, occurrence=args.occurrence)
        elif args.action == "avsnitt":
            done = marks.mark_section(register, args.paragraph, args.section, kind=kind,
                                      provision=provision)
        elif args.action == "paragraf":
            done = marks.mark_paragraph(register, args.paragraph, kind=kind,
                                        provision=provision)
        else:
            done = marks.mark_appendix(register, args.meeting, args.number, kind=kind,
                                       provision=provision)
        ctx.print(f"Markering nr {done.id} är sparad.")
    elif args.action == "inte-personnummer":
        marks.confirm_not_personal_number(register, args.meeting, args.number)
        ctx.print(f"«{args.number.strip()}» är bekräftat som inte ett personnummer.")
    elif args.action == "lista":
        rows = marks.list_marks(register, args.meeting)
        if not rows:
            ctx.print(f"Protokollet {args.meeting} har inga markeringar.")
        for row in rows:
            passage = f": «{row.text}»" if row.text else ""
            ctx.print(f"{row.mark_id}. {row.where} ({row.scope}), {row.what}{passage}")
    elif args.action == "kontrollera":
        problems = marks.personal_number_problems(register, args.meeting)
        for problem in problems:
            ctx.print(problem)
        if not problems:
            ctx.print(f"Inga omarkerade personnummer i protokollet {args.meeting}.")
        return 1 if problems else 0
    else:
        marks.remove_mark(register, args.mark_id)
        ctx.print(f"Markering nr {args.mark_id} är borttagen.")
    return 0
