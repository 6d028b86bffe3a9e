# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk backup [MÅL]`: a consistent copy of the register, also while it is in use."""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.services.backups import backup_now

NAME = "backup"
HELP = "säkerhetskopiera registret (fungerar även när programmet är öppet)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dest", nargs="?", type=Path, metavar="MÅL",
                        help="fil eller mapp för kopian (annars mappen backups bredvid "
                             "registret)")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    dest = backup_now(ctx.register(create=False), args.dest)
    ctx.print(f"Säkerhetskopian är sparad: {dest}")
    return 0
