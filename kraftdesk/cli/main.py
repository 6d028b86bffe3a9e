# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk SUBCOMMAND …`: the headless commands. Exit codes: 0 ok, 1 user error, 2 usage.

Every module kraftdesk/cli/cmd_<name>.py is a subcommand. It defines NAME, HELP,
add_arguments(parser) and run(args, ctx) -> int.

The parser imports only the command that is run (kraftdesk.cli.commands finds them by file
name): each command's subparser is filled in by its module when argparse first uses it, and
the list in `--help` reads the commands' HELP without importing them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any

from kraftdesk import __version__
from kraftdesk.cli import commands
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.domain.errors import UserError

if TYPE_CHECKING:
    from kraftdesk.cli.context import CliContext

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
Kraftdesk: register, protokoll, reservationer och särskilda yttranden för nämndsekreterare.

Utan kommando startar programmet. Med ett kommando arbetar det utan fönster.
Referenser: ett sammanträde skrivs KS:2026-01-07 (organ och datum), en paragraf
KS:2026:16 (organ, år och nummer)."""


def command_modules() -> list[ModuleType]:
    """Every command's module, imported (tests and packaging; the parser imports one)."""
    return [commands.load(command.module) for command in commands.commands()]


class CommandParser(SwedishArgumentParser):
    """A command's parser, filled in by its module when argparse first needs it."""

    def __init__(self, *args: Any, command: commands.Command | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.command = command  # None: an ordinary parser (a command's own subcommands)

    def load(self) -> None:
        if self.command is None:
            return
        command, self.command = self.command, None
        module = commands.load(command.module)
        self.description = module.HELP
        module.add_arguments(self)
        self.set_defaults(handler=module.run)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        self.load()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self.load()
        return super().format_usage()

    def format_help(self) -> str:
        self.load()
        return super().format_help()


class MainParser(SwedishArgumentParser):
    """`kraftdesk`'s own parser: its list of commands gets their HELP when it is shown."""

    commands_action: Any = None

    def format_help(self) -> str:
        if self.commands_action is not None:
            for choice in self.commands_action._choices_actions:
                if not choice.help:
                    choice.help = commands.help_text(commands.by_name()[choice.dest])
        return super().format_help()


def build_parser() -> SwedishArgumentParser:
    parser = MainParser(prog="kraftdesk", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"kraftdesk {__version__}",
                        help="visa versionen och avsluta")
    parser.add_argument(
        "--db", metavar="SÖKVÄG_ELLER_URL",
        help="registret: en SQLite-fil eller en SQLAlchemy-URL (annars KRAFTDESK_DB, "
             "annars standardregistret i användarens datamapp)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandon",
                                       parser_class=CommandParser)
    for command in commands.commands():
        # help "" until the list is shown (MainParser.format_help), but listed: not None.
        subparsers.add_parser(command.name, help="", command=command)
    parser.commands_action = subparsers
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run(args: argparse.Namespace, ctx: CliContext | None = None) -> int:
    """Run a parsed subcommand; user errors print in Swedish and give exit code 1."""
    if ctx is None:
        from kraftdesk.cli.context import CliContext

        ctx = CliContext(db=args.db)
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
