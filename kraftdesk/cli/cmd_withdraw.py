# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk withdraw STATEMENT_ID`: the authors withdrew a promised (or received) text.

The statement is no longer watched for; its bilaga goes while the minutes are a draft. A
text already received is kept with it. The same service as the GUI's Återkallad.
"""

from __future__ import annotations

import argparse

from kraftdesk.cli.cmd_receive import describe
from kraftdesk.cli.context import CliContext
from kraftdesk.cli.ids import statement_id
from kraftdesk.services import statements

NAME = "withdraw"
HELP = "registrera att en utlovad reservation eller ett yttrande har återkallats"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("statement", type=statement_id, metavar="STATEMENT_ID",
                        help="yttrandets nummer (statement_id i «kraftdesk pending --json»)")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    statements.withdraw(register, args.statement)
    ctx.print(f"Återkallat: {describe(statements.statement_view(register, args.statement))}.")
    return 0
