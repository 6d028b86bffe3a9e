# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk search ORD …`: full-text search over paragraphs and statements, best first."""

from __future__ import annotations

import argparse
import json

from kraftdesk.cli.context import CliContext
from kraftdesk.services.search import SearchHit, match_spans, render_snippet, search

NAME = "search"
HELP = "sök i paragrafer, beslut och yttranden"

EPILOG = """\
Alla ord ska finnas med i paragrafen. Ett ord på minst tre bokstäver hittar också längre ord
som börjar likadant (nämnd hittar nämnden). Citattecken kring flera ord söker dem i följd,
minus framför ett ord utesluter det. Å, ä och ö är egna bokstäver: Malmö hittar inte Malmo.
Ett yttrande hittas också på sitt slag och sina författare (reservation, "särskilt
yttrande", ett namn). Träffade ord visas inom [ ]."""


MAX_HITS = 100_000


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"inget heltal: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"antalet måste vara minst 1, inte {number}")
    if number > MAX_HITS:
        raise argparse.ArgumentTypeError(f"antalet kan vara högst {MAX_HITS:,}".replace(",", " "))
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("query", nargs="+", metavar="ORD", help="det du söker efter")
    parser.add_argument("--antal", type=_positive, default=20, metavar="N",
                        help="visa högst N träffar (standard 20)")
    parser.add_argument("--json", action="store_true",
                        help="skriv träffarna som JSON i stället för text")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    query = " ".join(args.query)
    hits = search(ctx.reader(), query, limit=args.antal)  # plain SQL: no ORM needed
    if args.json:
        ctx.print(json.dumps([_as_json(hit) for hit in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        ctx.print(f"Inga träffar för «{query}».")
        return 0
    ctx.print(_heading(len(hits), query, limited=len(hits) == args.antal))
    for hit in hits:
        case = f"  {hit.case_number}" if hit.case_number else ""
        ctx.print()
        ctx.print(f"{hit.reference}  {hit.meeting_date.isoformat()}  {hit.title}{case}")
        if hit.snippet:
            ctx.print(f"    {render_snippet(hit.snippet)}")
    return 0


def _heading(count: int, query: str, *, limited: bool) -> str:
    """"2 träffar för «…»:", or when the limit was reached "De 20 bästa träffarna för «…»"."""
    if not limited:
        return f"{'1 träff' if count == 1 else f'{count} träffar'} för «{query}»:"
    best = "Den bästa träffen" if count == 1 else f"De {count} bästa träffarna"
    return f"{best} för «{query}» (det kan finnas fler):"


def _as_json(hit: SearchHit) -> dict[str, object]:
    plain, spans = match_spans(hit.snippet)
    return {
        "reference": hit.reference,
        "body": hit.body_short_name,
        "meeting_date": hit.meeting_date.isoformat(),
        "number": hit.number,
        "title": hit.title,
        "case_number": hit.case_number,
        "snippet": plain,
        "matches": [list(span) for span in spans],
        "score": hit.score,
    }
