# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk organisation`: the organisation's settings and logo."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from kraftdesk.cli.cmd_members import read_file
from kraftdesk.cli.context import CliContext
from kraftdesk.cli.output import actions
from kraftdesk.services import organisation

NAME = "organisation"
HELP = "organisationens inställningar: namn, diarienummer, adress, logotyp, standardtexter"

_SETTINGS = (
    ("name", "--name", "NAMN", "kommunens eller regionens namn"),
    ("case_number_example", "--case-number-example", "EXEMPEL",
     "ett diarienummer som exempel på formatet, t.ex. «KS 2027/12»; «-» för fritt format"),
    ("address", "--address", "ADRESS", "adressraden under namnet i varje PDF"),
    ("minutes_kept_at", "--kept-at", "PLATS", "förvaringsplats för protokollen"),
    ("special_statement_not_received_text", "--special-statement-text", "TEXT",
     "texten när ett utlovat särskilt yttrande inte har kommit in"),
    ("reservation_not_received_text", "--reservation-text", "TEXT",
     "texten när en utlovad skriftlig reservation inte har kommit in"),
    ("reservation_received_text", "--reservation-received-text", "TEXT",
     "texten när den skriftliga reservationen har kommit in, t.ex. «lämnar skriftlig "
     "reservation» (följs av «, bilaga 1»)"),
    ("distribution_heading", "--distribution-heading", "RUBRIK",
     "rubriken för expedieringen, t.ex. «Protokollsutdrag skickas till»"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    sub.add_parser("show", help="visa inställningarna")
    change = sub.add_parser("set", help="ändra inställningar (bara det som anges)")
    for name, flag, metavar, text in _SETTINGS:
        change.add_argument(flag, dest=name, metavar=metavar, help=text)
    change.add_argument("--received-pdf-max-mb", dest="received_pdf_max_mb", type=int,
                        metavar="MB", help="största PDF-fil som tas emot som yttrande eller "
                        "reservation, i MB (1–500; från början 25)")
    change.add_argument("--logo", type=Path, metavar="FIL", help="logotyp, PNG eller SVG")
    change.add_argument("--no-logo", action="store_true", help="ta bort logotypen")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "set":
        current = organisation.settings(register)
        changes = {name: getattr(args, name) for name, *_ in _SETTINGS
                   if getattr(args, name) is not None}
        if args.received_pdf_max_mb is not None:
            changes["received_pdf_max_mb"] = args.received_pdf_max_mb
        if str(changes.get("case_number_example", "")).strip() == "-":
            changes["case_number_example"] = None
        new = replace(current, **changes)
        if args.logo is not None:  # one transaction: the settings and the logo
            organisation.update_settings(register, new, logo=read_file(args.logo))
        elif args.no_logo:
            organisation.update_settings(register, new, logo=None)
        else:
            organisation.update_settings(register, new)
        ctx.print("Inställningarna är sparade.")
    current = organisation.settings(register)
    example = current.case_number_example
    rows = [
        ("Organisation", current.name),
        ("Diarienummer", f"som «{example}» ({current.case_number_format})" if example
         else "fritt format"),
        ("Adress", current.address or "–"),
        ("Logotyp", {"image/png": "PNG", "image/svg+xml": "SVG"}.get(
            current.logo_media_type or "", "–")),
        ("Förvaringsplats", current.minutes_kept_at or "–"),
        ("Ej inkommet yttrande", current.special_statement_not_received_text),
        ("Ej inkommen reservation", current.reservation_not_received_text),
        ("Inkommen reservation", current.reservation_received_text),
        ("Expediering", current.distribution_heading),
        ("Inkomna PDF-filer", f"högst {current.received_pdf_max_mb} MB"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        ctx.print(f"{label + ':':<{width + 1}} {value}")
    return 0
