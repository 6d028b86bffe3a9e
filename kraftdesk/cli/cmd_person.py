# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk person`: members, ersättare, secretaries and officials."""

from __future__ import annotations

import argparse

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.output import actions, table
from kraftdesk.services import people
from kraftdesk.services.people import PersonDraft

NAME = "person"
HELP = "personer: lägg till, lista, ändra, ta bort"


def _details(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--party", metavar="PARTI", help="partiets förkortning, till exempel S")
    parser.add_argument("--email", metavar="E-POST", help="för påminnelser")
    parser.add_argument("--phone", metavar="TELEFON")
    parser.add_argument("--note", metavar="ANTECKNING",
                        help="skiljer två personer med samma namn i samma parti åt")
    parser.add_argument("--title", metavar="TITEL", help="till exempel «Nämndsekreterare»")
    parser.add_argument("--pronoun", choices=("hon", "han", "hen"),
                        help="för meningar som «anmäler att hon avser …»")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    add = sub.add_parser("add", help="lägg till en person")
    add.add_argument("name", metavar="NAMN", help="till exempel «Eva Ek»")
    _details(add)
    sub.add_parser("list", help="lista personerna")
    edit = sub.add_parser("edit", help="ändra en person (bara det som anges ändras)")
    edit.add_argument("person", metavar="PERSON", help="«Eva Ek», «Eva Ek (S)» eller "
                                                       "«Eva Ek (S), anteckning»")
    edit.add_argument("--name", metavar="NAMN", help="nytt namn")
    _details(edit)
    edit.add_argument("--no-party", action="store_true", help="personen har inget parti")
    remove = sub.add_parser("remove", help="ta bort en person som lagts in av misstag")
    remove.add_argument("person", metavar="PERSON")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "add":
        party_id = people.find_party(register, args.party) if args.party else None
        created = people.add_person(register, PersonDraft(
            args.name, party_id, args.note, args.title, args.email, args.phone, args.pronoun))
        row = next(p for p in people.people(register) if p.ref.id == created.id)
        ctx.print(f"{row.ref.picker} är tillagd.")
    elif args.action == "list":
        rows = people.people(register)
        if not rows:
            ctx.print("Inga personer ännu (kraftdesk person add «Eva Ek» --party S).")
            return 0
        table(ctx, ("Namn", "Anteckning", "Titel", "E-post", "Telefon"),
              [(p.ref.label, p.ref.note or "", p.title or "", p.email or "", p.phone or "")
               for p in rows])
    elif args.action == "edit":
        person_id = people.find_person(register, args.person)
        row = next(p for p in people.people(register) if p.ref.id == person_id)
        party_id = row.party_id
        if args.no_party:
            party_id = None
        elif args.party:
            party_id = people.find_party(register, args.party)
        draft = PersonDraft(
            args.name or row.ref.name, party_id,
            row.ref.note if args.note is None else args.note,
            row.title if args.title is None else args.title,
            row.email if args.email is None else args.email,
            row.phone if args.phone is None else args.phone,
            row.pronoun if args.pronoun is None else args.pronoun)
        people.update_person(register, person_id, draft)
        changed = next(p for p in people.people(register) if p.ref.id == person_id)
        ctx.print(f"{changed.ref.picker} är ändrad.")
    else:
        person_id = people.find_person(register, args.person)
        people.delete_person(register, person_id)
        ctx.print(f"{args.person} är borttagen.")
    return 0
