# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk info`: which register is used, its version and what it holds."""

from __future__ import annotations

import argparse

from kraftdesk import __version__
from kraftdesk.cli.context import CliContext
from kraftdesk.services.organisation import overview
from kraftdesk.services.registers import schema_revision

NAME = "info"
HELP = "visa vilket register som används och vad det innehåller"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    del args
    register = ctx.register(create=False)
    facts = overview(register)
    rows = [
        ("Program", f"kraftdesk {__version__}"),
        ("Register", register.url),
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
    return 0
