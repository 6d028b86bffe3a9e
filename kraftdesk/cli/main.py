# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk SUBCOMMAND …`: the headless commands. Exit codes: 0 ok, 1 user error, 2 usage.

Every module kraftdesk/cli/cmd_<name>.py is a subcommand. It defines NAME, HELP,
add_arguments(parser) and run(args, ctx) -> int.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from kraftdesk import __version__
from kraftdesk.cli.context import CliContext
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.domain.errors import UserError

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
Kraftdesk: register, protokoll, reservationer och särskilda yttranden för nämndsekreterare.

Utan kommando startar programmet. Med ett kommando arbetar det utan fönster.
Referenser: ett sammanträde skrivs KS:2026-01-07 (organ och datum), en paragraf
KS:2026:16 (organ, år och nummer)."""


def command_modules() -> list[ModuleType]:
    import kraftdesk.cli as package

    names = sorted(
        info.name for info in pkgutil.iter_modules(package.__path__) if info.name.startswith("cmd_")
    )
    return [importlib.import_module(f"kraftdesk.cli.{name}") for name in names]


def build_parser() -> SwedishArgumentParser:
    parser = SwedishArgumentParser(prog="kraftdesk", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"kraftdesk {__version__}",
                        help="visa versionen och avsluta")
    parser.add_argument(
        "--db", metavar="SÖKVÄG_ELLER_URL",
        help="registret: en SQLite-fil eller en SQLAlchemy-URL (annars KRAFTDESK_DB, "
             "annars standardregistret i användarens datamapp)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandon",
                                       parser_class=SwedishArgumentParser)
    for module in command_modules():
        sub = subparsers.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(sub)
        sub.set_defaults(handler=module.run)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace, ctx: CliContext | None = None) -> int:
    """Run a parsed subcommand; user errors print in Swedish and give exit code 1."""
    ctx = ctx or CliContext(db=args.db)
    try:
        return int(args.handler(args, ctx) or EXIT_OK)
    except UserError as exc:
        print(f"kraftdesk: {exc.message}", file=ctx.err)
        return EXIT_USER_ERROR
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_OK
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
