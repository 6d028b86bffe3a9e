# SPDX-License-Identifier: EUPL-1.2
"""Shared pieces of the set-up commands: aligned tables, sub-actions, date-times."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.parser import SwedishArgumentParser


def table(ctx: CliContext, headings: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their widest cell; the last column as it is."""
    everything = [tuple(headings), *(tuple(r) for r in rows)]
    widths = [max(len(r[i]) for r in everything) for i in range(len(headings) - 1)]
    for row in everything:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        ctx.print("  ".join([*cells, row[-1]]).rstrip())


def actions(parser: argparse.ArgumentParser) -> argparse._SubParsersAction:
    """The sub-actions of a command ("body add", "body list" …), required."""
    return parser.add_subparsers(dest="action", metavar="ÅTGÄRD", title="åtgärder",
                                 required=True, parser_class=SwedishArgumentParser)


def iso_moment(text: str) -> datetime:
    """argparse type: "2027-01-13T13:00" (or with a space), refused in Swedish otherwise."""
    try:
        value = datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"«{text}» är ingen tidpunkt; skriv den som ÅÅÅÅ-MM-DDTTT:MM, till exempel "
            "2027-01-13T13:00") from None
    if value.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"«{text}»: ange svensk lokal tid utan tidszon")
    return value.replace(second=0, microsecond=0)


def count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
