# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk SUBCOMMAND …`: the headless commands. Exit codes: 0 ok, 1 user error, 2 usage.

Every module kraftdesk/cli/cmd_<name>.py is a subcommand. It defines NAME, HELP,
add_arguments(parser) and run(args, ctx) -> int.

The parser imports only the command that is run (kraftdesk.cli.commands finds them by file
name): each command's subparser is filled in by its module when argparse first uses it, and
the list in `--help` reads the commands' HELP without importing them.

No traceback ever reaches the secretary: a UserError prints its Swedish message (exit 1);
an argument that is not text (bytes that are not UTF-8 in a file name) is a usage error
(exit 2); output cut off by the reader (`kraftdesk search ord | head`) ends quietly; and a
program error prints a Swedish sentence, the traceback going to kraftdesk.log in the data
folder (exit 1). A write is one transaction, so nothing half-done is left either way.
"""

from __future__ import annotations

import argparse
import contextlib
import os
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
    arguments = sys.argv[1:] if argv is None else list(argv)
    for argument in arguments:
        if not _is_text(argument):
            shown = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in argument)
            print(f"kraftdesk: fel: argumentet «{shown}» innehåller tecken som inte är text "
                  "(UTF-8); kraftdesk kan inte använda det. Byt namn på filen eller skriv om "
                  "texten.", file=sys.stderr)
            sys.exit(EXIT_USAGE)
    return build_parser().parse_args(arguments)


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def run(args: argparse.Namespace, ctx: CliContext | None = None) -> int:
    """Run a parsed subcommand; user errors print in Swedish and give exit code 1."""
    if ctx is None:
        from kraftdesk.cli.context import CliContext

        _replace_unencodable()
        ctx = CliContext(db=args.db)
    try:
        status = int(args.handler(args, ctx) or EXIT_OK)
        ctx.out.flush()
        return status
    except UserError as exc:
        print(f"kraftdesk: {exc.message}", file=ctx.err)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        _quiet_stdout(ctx)
        return EXIT_USER_ERROR
    except Exception as exc:  # noqa: BLE001 - a program error: Swedish line, traceback logged
        print(f"kraftdesk: ett oväntat programfel inträffade ({type(exc).__name__}); ingen "
              f"ändring har gjorts till hälften. {_logged(exc)}", file=ctx.err)
        return EXIT_USER_ERROR
    finally:
        ctx.close()


def _replace_unencodable() -> None:
    """A character the output's encoding lacks is written as «?» instead of failing the
    command after its work is done: a Windows console redirected to a file writes its
    ANSI code page, which has «å ä ö» but no «▸», and an ASCII terminal has none of them."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdout, "errors", None) == "strict":
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


def _quiet_stdout(ctx: CliContext) -> None:
    """The reader of our output has gone (`| head`): drop the rest, say nothing (Python's
    documented way, so the interpreter's own flush at exit does not fail either)."""
    if ctx.out is sys.stdout:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())


def _logged(exc: BaseException) -> str:
    """Append the traceback to kraftdesk.log in the data folder; say where it is."""
    import traceback
    from datetime import datetime

    from kraftdesk import paths

    try:
        path = paths.data_dir() / "kraftdesk.log"
        with path.open("a", encoding="utf-8") as log:
            log.write(f"{datetime.now().isoformat(timespec='seconds')} kraftdesk (kommando): "
                      + "".join(traceback.format_exception(exc)))
    except OSError:
        return "Felet kunde inte skrivas till loggfilen."
    return f"Detaljerna finns i {path}."


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.command is None:
        build_parser().print_help()
        return EXIT_OK
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
