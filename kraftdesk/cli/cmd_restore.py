# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk restore FIL`: put a backup back in place of the register, keeping the old one."""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.services.backups import restore

NAME = "restore"
HELP = "återställ registret från en säkerhetskopia (det nuvarande registret sparas)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FIL", help="säkerhetskopian att återställa")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    # The register is not opened first: a damaged one must still be replaceable.
    restored = restore(ctx.url, args.file)
    ctx.print(f"Registret {restored.register} är återställt från {args.file}.")
    if restored.kept is not None:
        ctx.print(f"Det ersatta registret är sparat som {restored.kept}.")
    return 0
