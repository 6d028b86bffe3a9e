# SPDX-License-Identifier: EUPL-1.2
"""The `kraftdesk` command: with a subcommand the headless CLI, without one the desktop app.

Kept outside kraftdesk.cli so the command line stays Qt-free (import-linter contract);
the GUI is imported only when it is started.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kraftdesk.cli import main as cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command is not None:
        return cli.run(args)
    from kraftdesk.gui.app import main as gui_main

    return gui_main(db=args.db)


if __name__ == "__main__":
    sys.exit(main())
