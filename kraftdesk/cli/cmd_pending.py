# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk pending`: every promised text still open, by deadline, overdue ones marked;
then the bordlagda and återremitterade ärenden not yet on a later agenda (text only: the
JSON stays the list of promises). `--eml MAPP` writes a reminder to the authors of each
promise as an .eml (kraftdesk.services.reminders)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kraftdesk.cli.context import CliContext
from kraftdesk.services.ledger import PendingPromise, ReturnRow, awaiting_return, open_promises
from kraftdesk.text.formats import duration

NAME = "pending"
HELP = ("visa utlovade reservationer, särskilda yttranden och protokollsanteckningar som "
        "inte har kommit in")

HEADINGS = ("Tidsfrist", "Kvar", "Paragraf", "Vad", "Vem", "Ärende")
OVERDUE_MARK = "FÖRSENAD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true",
                        help="skriv listan som JSON (tider i ISO 8601, sekunder kvar)")
    parser.add_argument("--eml", type=Path, metavar="MAPP",
                        help="skriv en påminnelse till författarna av varje utlovad text som "
                             "e-postmeddelande (.eml) i mappen, att skicka från "
                             "e-postprogrammet")
    parser.add_argument("--force", action="store_true",
                        help="med --eml: skriv över påminnelser som redan finns i mappen")


def _row(p: PendingPromise) -> tuple[str, ...]:
    left = f"{OVERDUE_MARK} med {duration(p.time_left)}" if p.overdue else p.time_left_text
    case = f"{p.case_number} {p.paragraph_title}" if p.case_number else p.paragraph_title
    return (f"{p.deadline:%Y-%m-%d %H:%M}", left, p.paragraph_reference, p.what,
            p.authors_text, case)


def _as_json(p: PendingPromise) -> dict[str, object]:
    return {
        "statement_id": p.statement_id,
        "kind": p.kind.value,
        "what": p.what,
        "authors": list(p.authors),
        "body": p.body_short_name,
        "meeting_date": p.meeting_date.isoformat(),
        "paragraph": p.paragraph_reference,
        "paragraph_title": p.paragraph_title,
        "case_number": p.case_number,
        "deadline": p.deadline.isoformat(timespec="minutes"),
        "seconds_left": int(p.time_left.total_seconds()),
        "overdue": p.overdue,
    }


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.eml is not None:
        return _reminders(ctx, ctx.register(create=False), args.eml, force=args.force)
    register = ctx.reader()  # both lists are Core queries: no ORM needed
    promises = open_promises(register, now=ctx.clock())
    if args.json:
        ctx.print(json.dumps([_as_json(p) for p in promises], ensure_ascii=False, indent=2))
        return 0
    if not promises:
        ctx.print("Inga utlovade texter väntar.")
    else:
        _promises(ctx, promises)
    _returning(ctx, awaiting_return(register))
    return 0


def _returning(ctx: CliContext, rows: list[ReturnRow]) -> None:
    if not rows:
        return
    ctx.print()
    ctx.print("Ärenden som ska tas upp igen:")
    for r in rows:
        ctx.print(f"  {r.case_number}  {r.case_title}  ({r.deferral_text.lower()} "
                  f"{r.body_short_name} {r.meeting_date.isoformat()} {r.paragraph_label})")


def _promises(ctx: CliContext, promises: list[PendingPromise]) -> None:
    rows = [HEADINGS, *(_row(p) for p in promises)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADINGS) - 1)]
    for r in rows:
        ctx.print("  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=False))
                  + "  " + r[-1])
    overdue = sum(1 for p in promises if p.overdue)
    summary = f"{len(promises)} utlovade texter" if len(promises) != 1 else "1 utlovad text"
    if overdue:
        summary += f", varav {overdue} {'försenad' if overdue == 1 else 'försenade'}"
    ctx.print()
    ctx.print(f"{summary}.")


def _reminders(ctx: CliContext, register: Any, folder: Path, *, force: bool) -> int:
    from kraftdesk.services.reminders import reminder_emails

    done = reminder_emails(register, folder, now=ctx.clock(), force=force)
    for path in done.emails:
        ctx.print(str(path))
    if len(done.emails) == 1:
        ctx.print("1 påminnelse är sparad som e-postmeddelande; öppna den i e-postprogrammet "
                  "och skicka den.")
    else:
        ctx.print(f"{len(done.emails)} påminnelser är sparade som e-postmeddelanden; öppna dem "
                  "i e-postprogrammet och skicka dem.")
    if done.without_address:
        ctx.print("E-postadress saknas för: " + ", ".join(done.without_address) + ".")
    return 0
