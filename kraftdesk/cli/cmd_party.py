# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk party`: the organisation's parties (riksdag parties and local ones)."""

from __future__ import annotations

import argparse

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.output import actions, table
from kraftdesk.services import people

NAME = "party"
HELP = "partier: lägg till, lista, byt namn, ta bort"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    add = sub.add_parser("add", help="lägg till ett parti")
    add.add_argument("abbreviation", metavar="FÖRKORTNING", help="till exempel S, VF eller s")
    add.add_argument("name", metavar="NAMN", help="till exempel «Socialdemokraterna»")
    sub.add_parser("list", help="lista partierna")
    rename = sub.add_parser("rename", help="ändra ett partis namn eller förkortning")
    rename.add_argument("party", metavar="PARTI", help="förkortningen eller namnet")
    rename.add_argument("name", metavar="NAMN", help="det nya namnet")
    rename.add_argument("--abbreviation", metavar="FÖRKORTNING", help="en ny förkortning")
    remove = sub.add_parser("remove", help="ta bort ett parti som ingen person har")
    remove.add_argument("party", metavar="PARTI", help="förkortningen eller namnet")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "add":
        people.add_party(register, args.abbreviation, args.name)
        ctx.print(f"Partiet {args.name.strip()} ({args.abbreviation.strip()}) är tillagt.")
    elif args.action == "list":
        rows = people.parties(register)
        if not rows:
            ctx.print("Inga partier ännu (kraftdesk party add S «Socialdemokraterna»).")
            return 0
        table(ctx, ("Förkortning", "Personer", "Namn"),
              [(p.abbreviation, str(p.people), p.name) for p in rows])
    elif args.action == "rename":
        party_id = people.find_party(register, args.party)
        current = next(p for p in people.parties(register) if p.id == party_id)
        abbreviation = args.abbreviation or current.abbreviation
        people.update_party(register, party_id, abbreviation, args.name)
        ctx.print(f"Partiet heter nu {args.name.strip()} ({abbreviation.strip()}).")
    else:
        party_id = people.find_party(register, args.party)
        people.delete_party(register, party_id)
        ctx.print(f"Partiet {args.party} är borttaget.")
    return 0
