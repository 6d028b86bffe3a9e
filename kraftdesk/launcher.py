# SPDX-License-Identifier: EUPL-1.2
"""The `kraftdesk` command: with a subcommand the headless CLI, without one the desktop app.

Kept outside kraftdesk.cli so the command line stays Qt-free (import-linter contract);
the GUI is imported only when it is started. The CLI's parser imports every command and
with them the services and SQLAlchemy (half a second), which the window is shown without
(kraftdesk.gui.startup). So the ways to start the window, `kraftdesk`, `kraftdesk --db
REGISTER` and `kraftdesk FILE.kraftdesk` (a register file opened from the file manager, see
packaging/), are recognised here without it; anything else (a command,
--help, --version, a misspelt option) goes to the CLI's parser, which answers in Swedish.
"""

from __future__ import annotations

import gc
import sys
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kraftdesk import REGISTER_SUFFIX

if TYPE_CHECKING:
    from kraftdesk.gui.app import StartObserver


def window_register(argv: Sequence[str]) -> tuple[bool, str | None]:
    """(True, the --db value or None) when `argv` asks for the window, else (False, None)."""
    match list(argv):
        case []:
            return True, None
        case ["--db", db] if db and not db.startswith("-"):
            return True, db
        case [option] if option.startswith("--db=") and len(option) > len("--db="):
            return True, option.removeprefix("--db=")
        case [path] if path.lower().endswith(REGISTER_SUFFIX) and not path.startswith("-"):
            return True, path  # a register file opened from the file manager
    return False, None


def main(argv: Sequence[str] | None = None, *, observer: StartObserver | None = None) -> int:
    """`observer` is told how the window's start goes (benchmarks, tests: gui.app.main)."""
    args = sys.argv[1:] if argv is None else argv
    if argv is None and not sys.warnoptions:
        # The program a secretary runs: a library's warning to programmers (pyHanko's
        # import says DSA is deprecated) is not a message for the user. `python -W …` or
        # PYTHONWARNINGS show them again; the tests see them all.
        warnings.simplefilter("ignore")
    window, db = window_register(args)
    if window:
        return _window(db, observer)
    if argv is not None:  # called from Python (tests): the collector is left as it is
        from kraftdesk.cli import main as cli

        parsed = cli.parse(args)
        if parsed.command is None:  # a rarer spelling of the same, such as --db twice
            return _window(parsed.db, observer)
        return cli.run(parsed)
    # The `kraftdesk` command (its whole process): as for the window, the imports make
    # objects that live as long as the process and hardly any garbage, yet the cyclic
    # collector would go through them again and again, and once more when Python shuts
    # down. It is held while the command is imported; what exists when the command starts
    # its work, and again when it ends, is frozen (never traversed again).
    gc.disable()
    try:
        from kraftdesk.cli import main as cli

        parsed = cli.parse(args)
    except BaseException:  # --help, --version, a usage error: nothing more to do
        gc.enable()
        raise
    if parsed.command is None:
        return _window(parsed.db, observer)
    gc.freeze()
    gc.enable()
    try:
        return cli.run(parsed)
    finally:
        gc.freeze()


def _window(db: str | None, observer: StartObserver | None) -> int:
    # Start-up makes objects that live as long as the program (modules, classes, the
    # window) and hardly any garbage, yet the cyclic collector would traverse them over and
    # over: it is held until start-up is over (kraftdesk.gui.app.Application.start_up_over).
    gc.disable()
    from kraftdesk.gui.app import main as gui_main

    return gui_main(db=db, observer=observer)


if __name__ == "__main__":
    sys.exit(main())
