# SPDX-License-Identifier: EUPL-1.2
"""The commands, found by file name without importing them.

Every module kraftdesk/cli/cmd_<name>.py is a command. Its NAME (and, for `--help`, its
HELP) is read from the module's source: a command's process imports only its own module
and what that uses, never the others (with theirs: SQLAlchemy, ReportLab, jsonschema,
Babel …). Where the sources are not files (a frozen build), or a module computes its NAME
instead of writing it as a plain string, the module is imported to ask it; the answers are
the same (tests/cli/test_commands.py compares them for every command).
"""

from __future__ import annotations

import importlib
import os
import re
from functools import cache
from types import ModuleType
from typing import NamedTuple

PACKAGE = "kraftdesk.cli"
PREFIX = "cmd_"

#: `NAME = "pending"` at the start of a line (the whole assignment on one line).
_NAME = re.compile(r"""^NAME\s*=\s*(["'])([^"'\\\n]+)\1[ \t]*(?:#.*)?$""", re.MULTILINE)
#: `HELP = …` up to the next line that starts at the left margin (one literal or a
#: parenthesised concatenation of literals).
_HELP = re.compile(r"^HELP\s*=\s*(.+?)\n(?=\S)", re.MULTILINE | re.DOTALL)


class Command(NamedTuple):
    name: str  # what the user types: NAME
    module: str  # kraftdesk.cli.cmd_<name>
    source: str | None  # the module's file, when it is one


@cache
def commands() -> tuple[Command, ...]:
    """Every command, by module name (cmd_backup, cmd_calendar, …)."""
    found = []
    for module, source in _command_files():
        name = _read_name(source) if source is not None else None
        if name is None:
            name = load(module).NAME
        found.append(Command(name, module, source))
    return tuple(found)


def by_name() -> dict[str, Command]:
    return {command.name: command for command in commands()}


def load(module: str) -> ModuleType:
    return importlib.import_module(module)


def help_text(command: Command) -> str:
    """The command's HELP, read from its source when that is plain literals."""
    if command.source is not None:
        text = _read_help(command.source)
        if text is not None:
            return text
    return str(load(command.module).HELP)


def _command_files() -> list[tuple[str, str | None]]:
    """(module name, source file or None) of every cmd_*.py module of the package."""
    import kraftdesk.cli as package

    names: dict[str, str | None] = {}
    for folder in package.__path__:
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        for entry in entries:
            if entry.startswith(PREFIX) and entry.endswith(".py"):
                names.setdefault(entry[:-3], os.path.join(folder, entry))
    if not names:  # no folder of sources (a frozen build): ask the import system
        import pkgutil

        names = {info.name: None for info in pkgutil.iter_modules(package.__path__)
                 if info.name.startswith(PREFIX)}
    return [(f"{PACKAGE}.{name}", names[name]) for name in sorted(names)]


def _source(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None


def _read_name(path: str) -> str | None:
    text = _source(path)
    found = _NAME.findall(text) if text is not None else []
    return found[0][1] if len(found) == 1 else None


def _read_help(path: str) -> str | None:
    import ast

    text = _source(path)
    found = _HELP.findall(text) if text is not None else []
    if len(found) != 1:
        return None
    try:
        value = ast.literal_eval(found[0].strip())
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None
