# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk members`: seats in the bodies; member lists read from a CSV file."""

from __future__ import annotations

import argparse
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day
from kraftdesk.cli.output import actions, table
from kraftdesk.domain.errors import UserError
from kraftdesk.services import bodies, member_lists, memberships, people
from kraftdesk.services.input_files import read_input
from kraftdesk.services.member_lists import MemberListPreview
from kraftdesk.services.memberships import MembershipDraft
from kraftdesk.text.vocabulary import read_seat, seat_choices

NAME = "members"
HELP = "ledamöter och ersättare: läs in en lista (CSV), lista, lägg till, avsluta uppdrag"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    load = sub.add_parser(
        "import", help="läs in en ledamotslista: CSV med kolumnerna "
                       "organ;namn;parti;uppdrag;från;till")
    load.add_argument("file", metavar="FIL.csv", type=Path)
    load.add_argument("--dry-run", action="store_true",
                      help="visa vad som skulle läggas in, utan att ändra något")
    listing = sub.add_parser("list", help="lista uppdragen (ett organs, en dags)")
    listing.add_argument("body", metavar="ORGAN", nargs="?")
    listing.add_argument("--date", type=iso_day, metavar="DATUM",
                         help="bara uppdrag som gäller den dagen")
    add = sub.add_parser("add", help="ge en person ett uppdrag i ett organ")
    add.add_argument("person", metavar="PERSON")
    add.add_argument("body", metavar="ORGAN")
    add.add_argument("--role", required=True, metavar="UPPDRAG", help=seat_choices())
    add.add_argument("--from", dest="starts_on", type=iso_day, required=True, metavar="DATUM")
    add.add_argument("--to", dest="ends_on", type=iso_day, metavar="DATUM")
    add.add_argument("--order", type=int, metavar="N", help="ersättarens ordning (1, 2, …)")
    end = sub.add_parser("end", help="avsluta ett uppdrag; det finns kvar i historiken")
    end.add_argument("person", metavar="PERSON")
    end.add_argument("body", metavar="ORGAN")
    end.add_argument("--date", type=iso_day, required=True, metavar="DATUM",
                     help="uppdragets sista dag")


def print_preview(ctx: CliContext, preview: MemberListPreview) -> None:
    table(ctx, ("Rad", "Organ", "Uppdrag", "Period", "Person"),
          [(str(s.line), s.body, s.role + (f" {s.position}" if s.position else ""), s.period,
            s.person + (" (ny)" if s.new_person else "")) for s in preview.seats])


def read_file(path: Path) -> bytes:
    """A member list or diarium export named on the command line (read by
    kraftdesk.services.input_files)."""
    return read_input(path, "en CSV-fil")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "import":
        data = read_file(args.file)
        if args.dry_run:
            preview = member_lists.preview_member_list(register, data, source=args.file.name,
                                                       on=ctx.clock().date())
            print_preview(ctx, preview)
            ctx.print()
            ctx.print(f"Provkörning: {preview.summary()} skulle läggas in. Inget har ändrats.")
            return 0
        preview, _ = member_lists.import_member_list(register, data, source=args.file.name,
                                                     on=ctx.clock().date())
        print_preview(ctx, preview)
        ctx.print()
        ctx.print(f"Inläst: {preview.summary()}.")
    elif args.action == "list":
        body_id = bodies.find_body(register, args.body) if args.body else None
        rows = memberships.memberships(register, body_id=body_id, on=args.date)
        if not rows:
            ctx.print("Inga uppdrag.")
            return 0
        table(ctx, ("Organ", "Uppdrag", "Period", "Person"),
              [(m.body_short_name, m.role_text + (f" {m.position}" if m.position else ""),
                m.period.text(), m.person.picker) for m in rows])
    elif args.action == "add":
        role = read_seat(args.role)
        if role is None:
            raise UserError(f"«{args.role}» är inget uppdrag; skriv {seat_choices()}.",
                            field="role")
        person_id = people.find_person(register, args.person)
        body_id = bodies.find_body(register, args.body)
        memberships.add_membership(register, MembershipDraft(
            person_id, body_id, role, args.starts_on, args.ends_on, args.order))
        ctx.print(f"{args.person} är {args.role.strip().lower()} i {args.body} från "
                  f"{args.starts_on.isoformat()}.")
    else:
        person_id = people.find_person(register, args.person)
        body_id = bodies.find_body(register, args.body)
        seats = [m for m in memberships.memberships(register, body_id=body_id,
                                                    person_id=person_id)
                 if m.period.ends_on is None or m.period.ends_on > args.date]
        seats = [m for m in seats if m.period.starts_on <= args.date]
        if not seats:
            raise UserError(f"{args.person} har inget uppdrag i {args.body} som pågår "
                            f"{args.date.isoformat()}.", field="person")
        memberships.end_membership(register, seats[0].id, args.date)
        ctx.print(f"Uppdraget för {seats[0].person.label} i {args.body} slutar "
                  f"{args.date.isoformat()}.")
    return 0
