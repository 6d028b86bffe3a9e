# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk case`: ärenden with their diarienummer; the ärende page as text; renaming and
closing; cases read from a CSV export of the diarium."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.output import actions, table
from kraftdesk.services import bodies, browse, paragraphs

NAME = "case"
HELP = ("ärenden: registrera, lista, visa, byt rubrik, avsluta, läs in från diariet (CSV)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    add = sub.add_parser("add", help="registrera ett ärende")
    add.add_argument("number", metavar="DIARIENUMMER", help="till exempel «KS 2027/12»")
    add.add_argument("title", metavar="RUBRIK", help="ärendemeningen")
    add.add_argument("--body", metavar="ORGAN", help="organet vars diarium ärendet hör till")
    listing = sub.add_parser("list", help="lista ärendena")
    listing.add_argument("text", metavar="SÖK", nargs="?", default="",
                         help="bara ärenden vars nummer eller rubrik innehåller texten")
    show = sub.add_parser("show", help="ärendets sida: status och behandling i alla organ")
    show.add_argument("number", metavar="DIARIENUMMER")
    rename = sub.add_parser("rename", help="byt ärendets rubrik")
    rename.add_argument("number", metavar="DIARIENUMMER")
    rename.add_argument("title", metavar="RUBRIK")
    close = sub.add_parser("close", help="avsluta ärendet (det lämnar bevakningen)")
    close.add_argument("number", metavar="DIARIENUMMER")
    reopen = sub.add_parser("reopen", help="öppna ett avslutat ärende igen")
    reopen.add_argument("number", metavar="DIARIENUMMER")
    load = sub.add_parser(
        "import", help="läs in ärenden från diariet: CSV med kolumnerna "
                       "diarienummer;rubrik (och handläggare;datum); ett ärende som redan "
                       "finns uppdateras")
    load.add_argument("file", metavar="FIL.csv", type=Path)
    load.add_argument("--dry-run", action="store_true",
                      help="visa vad som skulle läggas in och uppdateras, utan att ändra något")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "import":
        return _import(ctx, register, args.file, dry_run=args.dry_run)
    if args.action in ("show", "rename", "close", "reopen"):
        return _one_case(ctx, register, args)
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


def _import(ctx: CliContext, register: Any, path: Path, *, dry_run: bool) -> int:
    from kraftdesk.cli.cmd_members import read_file
    from kraftdesk.services import case_lists

    data = read_file(path)
    if dry_run:
        preview = case_lists.preview_case_list(register, data, source=path.name)
    else:
        preview, _ = case_lists.import_case_list(register, data, source=path.name)
    table(ctx, ("Rad", "Diarienummer", "Rubrik", "Handläggare", "Datum", "Åtgärd"),
          [(str(c.line), c.number, c.title, c.handler or "",
            c.registered_on.isoformat() if c.registered_on else "", c.action)
           for c in preview.cases])
    ctx.print()
    if dry_run:
        ctx.print(f"Provkörning: {preview.summary()}. Inget har ändrats.")
    else:
        ctx.print(f"Inläst från {path.name}: {preview.summary()}.")
    return 0


def _one_case(ctx: CliContext, register: Any, args: argparse.Namespace) -> int:
    from kraftdesk.services import cases

    case_id = cases.find_case_id(register, args.number)
    if args.action == "rename":
        cases.rename_case(register, case_id, args.title)
    elif args.action == "close":
        cases.close_case(register, case_id)
    elif args.action == "reopen":
        cases.reopen_case(register, case_id)
    view = cases.case_view(register, case_id)
    ctx.print(f"{view.number}  {view.title}  ({view.status_text})")
    if view.details:
        ctx.print(view.details)
    if view.follow_up:
        ctx.print(view.follow_up)
    if args.action != "show":
        return 0
    if not view.handlings:
        ctx.print("Ärendet har inte behandlats på något sammanträde.")
    for h in view.handlings:
        ctx.print()
        deferral = f" – {h.deferral_text}" if h.deferral_text else ""
        ctx.print(f"{h.meeting_reference} {h.label} {h.title}{deferral}")
        for line in h.decision.splitlines():
            ctx.print(f"  {line}")
        if h.statements:
            ctx.print(f"  {h.statements}")
    return 0
