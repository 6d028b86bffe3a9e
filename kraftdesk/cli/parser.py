# SPDX-License-Identifier: EUPL-1.2
"""argparse in Swedish: headings, usage line and the common error messages."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

_ERRORS = [
    ("the following arguments are required: ", "följande argument saknas: "),
    ("unrecognized arguments: ", "okända argument: "),
    ("invalid choice: ", "ogiltigt val: "),
    ("(choose from ", "(välj bland "),
    ("expected one argument", "väntade ett värde"),
    ("invalid int value: ", "inget heltal: "),
    ("not allowed with argument ", "går inte ihop med argumentet "),
    ("ambiguous option: ", "tvetydig flagga: "),
    (" could match ", " kan betyda "),
]


def translate_error(message: str) -> str:
    if message.startswith("argument "):
        message = "argumentet " + message[len("argument "):]
    for english, swedish in _ERRORS:
        message = message.replace(english, swedish)
    return message


class SwedishHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        if prefix is None:
            prefix = "Användning: "
        return super().add_usage(usage, actions, groups, prefix)


class SwedishArgumentParser(argparse.ArgumentParser):
    """Exit 2 with a Swedish message on usage errors; Swedish headings in --help."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", SwedishHelpFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "flaggor"
        self.add_argument("-h", "--help", action="help", help="visa den här hjälpen och avsluta")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fel: {translate_error(message)}\n")
