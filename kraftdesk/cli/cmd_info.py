# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk info`: which register is used (and why), what it holds, and each body's
current members."""

from __future__ import annotations

import argparse

from kraftdesk import __version__
from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day
from kraftdesk.config import register_shown
from kraftdesk.services.memberships import current_members
from kraftdesk.services.organisation import overview
from kraftdesk.services.registers import schema_revision

NAME = "info"
HELP = "visa vilket register som används, vad det innehåller och organens ledamöter"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--date", type=iso_day, metavar="DATUM",
                        help="visa ledamöterna den dagen (annars i dag)")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    facts = overview(register)
    rows = [
        ("Program", f"kraftdesk {__version__}"),
        ("Register", register_shown(register.url)),
        ("Valt som", ctx.choice.reason),
        ("Databasversion", schema_revision(register) or "–"),
        ("Organisation", facts.organisation or "– (kör «kraftdesk init»)"),
        ("Organ", str(facts.bodies)),
        ("Sammanträden", str(facts.meetings)),
        ("Ärenden", str(facts.cases)),
        ("Paragrafer", str(facts.paragraphs)),
        ("Reservationer och yttranden", str(facts.statements)),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        ctx.print(f"{label + ':':<{width + 1}} {value}")
    if facts.organisation is None:
        return 0
    on = args.date or ctx.clock().date()
    for body, seats in current_members(register, on):
        ctx.print()
        ctx.print(f"{body.name} ({body.short_name}), ledamöter och ersättare {on.isoformat()}:")
        if not seats:
            ctx.print("  inga")
        for seat in seats:
            role = seat.role_text + (f" {seat.position}" if seat.position else "")
            ctx.print(f"  {seat.person.picker}, {role}")
    return 0
