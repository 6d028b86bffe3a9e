# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk sign`: sign justerade minutes electronically (PAdES), or decline to.

    kraftdesk sign KF:2026-03-02 --as "Anna Svensson" --pkcs12 anna.p12 --password-file pw
    kraftdesk sign KF:2026-03-02 --as "Anna Svensson" --pkcs11 /usr/lib/…/opensc-pkcs11.so
        --token "SITHS" [--nyckel ETIKETT] [--pin-file FIL]
    kraftdesk sign KF:2026-03-02 --as "Anna Svensson" --avböj "§ 12 saknar yrkandet från …"

Without --password-file (or --pin-file) the password is asked for at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from kraftdesk.cli.context import CliContext
from kraftdesk.domain.errors import UserError
from kraftdesk.services.input_files import read_input

NAME = "sign"
HELP = "underteckna ett protokoll elektroniskt (PAdES) som sekreterare, ordförande eller justerare"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KF:2026-03-02")
    parser.add_argument("--as", dest="signer", required=True, metavar="NAMN",
                        help="den som undertecknar (sekreteraren, ordföranden eller en "
                             "justerare), som i registret")
    key = parser.add_mutually_exclusive_group()
    key.add_argument("--pkcs12", type=Path, metavar="FIL",
                     help="nyckelfil med certifikat (.p12 eller .pfx)")
    key.add_argument("--pkcs11", metavar="MODUL",
                     help="PKCS#11-modul för ett kort eller en token (e-legitimation)")
    key.add_argument("--avböj", dest="refusal", metavar="KOMMENTAR",
                     help="avböj att underteckna, med en kommentar till sekreteraren")
    parser.add_argument("--password-file", "--lösenordsfil", dest="password_file", type=Path,
                        metavar="FIL", help="fil vars första rad är nyckelfilens lösenord")
    parser.add_argument("--token", metavar="ETIKETT", help="tokenets etikett (med --pkcs11)")
    parser.add_argument("--nyckel", dest="key_label", metavar="ETIKETT",
                        help="nyckelns etikett på tokenet (med --pkcs11)")
    parser.add_argument("--pin-file", dest="pin_file", type=Path, metavar="FIL",
                        help="fil vars första rad är PIN-koden (med --pkcs11)")
    parser.add_argument("--bekräfta", dest="confirm", action="store_true",
                        help="underteckna trots att utlovade texter inte har kommit in; de "
                             "registreras då som inte inkomna")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from kraftdesk.services import justering, signing
    from kraftdesk.text import signing as words

    register = ctx.register(create=False)
    if args.refusal is not None:
        signing.refuse(register, args.meeting, signer=args.signer, comment=args.refusal)
        status = signing.status(register, args.meeting)
        ctx.print(words.refused(status.meeting, args.signer.strip(), args.refusal.strip()))
        return 0
    key = _key(args, ctx)
    try:
        outcome = signing.sign(register, args.meeting, signer=args.signer, key=key,
                               now=ctx.clock(), confirm_open_promises=args.confirm)
    except justering.OpenPromisesError as exc:
        print(f"kraftdesk: {exc.message}", file=ctx.err)
        print("Kör kommandot igen med --bekräfta för att underteckna ändå.", file=ctx.err)
        return 1
    if outcome.voided:
        ctx.print(words.new_round(outcome.meeting, outcome.voided))
    ctx.print(words.signed(outcome.meeting, outcome.signer, outcome.role, outcome.level))
    for warning in outcome.warnings:
        ctx.print(f"Varning: {warning}")
    if outcome.justerat_on is not None:
        ctx.print(words.justerat(outcome.meeting, outcome.justerat_on.isoformat()))
    elif outcome.remaining:
        ctx.print(words.waiting_for(outcome.remaining))
    return 0


def _key(args: argparse.Namespace, ctx: CliContext) -> object:
    from kraftdesk.services import signing

    if args.pkcs12 is not None:
        password = None if args.password_file else _ask(f"Lösenord för {args.pkcs12}: ", ctx)
        return signing.load_key_file(args.pkcs12, password=password,
                                     password_file=args.password_file)
    if args.pkcs11 is not None:
        if not args.token:
            raise UserError("Ange tokenets etikett med --token.", field="token")
        if args.pin_file is not None:
            lines = _read_text(args.pin_file).splitlines()
            pin = lines[0] if lines else ""
        else:
            pin = _ask(f"PIN-kod för {args.token}: ", ctx)
        return signing.load_token(args.pkcs11, args.token, pin=pin, key_label=args.key_label)
    raise UserError("Ange nyckeln: --pkcs12 FIL (med --password-file) eller --pkcs11 MODUL "
                    "--token ETIKETT; eller --avböj KOMMENTAR.", field="nyckel")


def _ask(prompt: str, ctx: CliContext) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError("Lösenordet kan inte frågas efter här (ingen terminal); ange det med "
                        "--password-file FIL.", field="lösenord")
    return getpass.getpass(prompt, stream=ctx.err)


def _read_text(path: Path) -> str:
    return read_input(path, "en lösenordsfil").decode("utf-8", errors="replace")
