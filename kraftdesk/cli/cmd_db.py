# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk db upgrade` and `kraftdesk db setup-roles`: the database administrator's tasks.

    kraftdesk --db postgresql+psycopg://admin@server/kraftdesk db upgrade
    kraftdesk --db postgresql+psycopg://admin@server/kraftdesk db setup-roles [--roll NAMN] [--kör]
    kraftdesk --db REGISTER db reindex

reindex builds the search index anew when `kraftdesk verify` (or a refused save) has said
it is damaged; nothing else in the register changes.

setup-roles prints the SQL that gives the app's role (default kraftdesk_app) exactly the
rights the app needs, or runs it with --kör. A password for a new role is taken from the
environment variable KRAFTDESK_APP_PASSWORD (never from the command line, where other users
of the machine could read it); it is never printed.
"""

from __future__ import annotations

import argparse
import os

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.services.database_admin import (
    DEFAULT_APP_ROLE,
    rebuild_search_index,
    role_statements,
    upgrade_schema,
)

NAME = "db"
HELP = "databasens schema, roller och sökindex (för den som administrerar registret)"
PASSWORD_ENV = "KRAFTDESK_APP_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", title="åtgärder",
                                    required=True, parser_class=SwedishArgumentParser)
    actions.add_parser("upgrade", help="skapa registrets tabeller eller uppgradera dem till "
                                       "den här versionen (som schemats ägare)")
    actions.add_parser("reindex", help="bygg om sökindexet (när «kraftdesk verify» säger att "
                                       "det är skadat); inget annat i registret ändras")
    roles = actions.add_parser(
        "setup-roles", help="visa eller kör SQL som ger appens roll just de rättigheter den "
                            "behöver (PostgreSQL)")
    roles.add_argument("--roll", default=DEFAULT_APP_ROLE, metavar="NAMN",
                       help=f"rollen som appen ansluter som (standard {DEFAULT_APP_ROLE})")
    roles.add_argument("--kör", dest="execute", action="store_true",
                       help="kör satserna i databasen i stället för att bara visa dem; ett "
                            f"lösenord för en ny roll tas från miljövariabeln {PASSWORD_ENV}")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.action == "upgrade":
        before, after = upgrade_schema(ctx.url)
        if before == after:
            ctx.print(f"Registret har redan databasversion {after}; inget har ändrats.")
        elif before is None:
            ctx.print(f"Registrets tabeller är skapade (databasversion {after}).")
        else:
            ctx.print(f"Registret är uppgraderat från databasversion {before} till {after}.")
        return 0
    if args.action == "reindex":
        count = rebuild_search_index(ctx.url)
        ctx.print(f"Sökindexet är ombyggt: {count} "
                  f"{'paragraf' if count == 1 else 'paragrafer'}. Inget annat har ändrats.")
        return 0
    setup = role_statements(ctx.url, args.roll, password=os.environ.get(PASSWORD_ENV),
                            execute=args.execute)
    if setup.executed:
        ctx.print(f"Rollen {setup.app_role} har nu appens rättigheter i registret (ägare: "
                  f"{setup.owner}). Sekreterarna ansluter som {setup.app_role}.")
        return 0
    ctx.print(f"-- Kör som {setup.owner}, registrets ägare, i registrets databas "
              "(eller kör kommandot igen med --kör).")
    ctx.print(f"-- Lösenord för en ny roll: ALTER ROLE {setup.app_role} PASSWORD '…';")
    for statement in setup.statements:
        ctx.print(f"{statement};")
    return 0
