# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk justering`: skicka för justering, justera, omedelbar justering, anslag.

`--justerare` names who actually justerade (the appointed justerare stay as appointed):
    --justerare "Bo Ek"                       all the paragraphs
    --justerare "Bo Ek §§ 12-17"              a range ("§ 12" for one paragraph)
    --justerare "Sara Holm för Bo Ek"         an ersättare for an appointed justerare
`anslag` takes a meeting (KS:2026-01-07) or a paragraph justerad omedelbart (KS:2026:16).
"""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime, time

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day, shown_day
from kraftdesk.cli.parser import SwedishArgumentParser
from kraftdesk.domain.enums import SignerRole
from kraftdesk.domain.errors import UserError
from kraftdesk.services import justering
from kraftdesk.services.justering import CheckError, Finding, Justerare
from kraftdesk.text.checks import finding_line
from kraftdesk.text.signing import METHOD_NAMES, METHOD_WORDS, ROLE_NAMES, ROLE_WORDS
from kraftdesk.text.vocabulary import MINUTES_STATE

ROLE_ORDER = (SignerRole.SECRETARY, SignerRole.CHAIR, SignerRole.APPROVER)

NAME = "justering"
HELP = "skicka protokoll för justering, justera, justera omedelbart och registrera anslag"

_RANGE = re.compile(r"\s+§§?\s*(\d+)(?:\s*[-–]\s*(\d+))?\s*$")
_INSTEAD = re.compile(r"\s+för\s+", re.IGNORECASE)


def justerare(text: str) -> Justerare:
    """argparse type: "Namn", "Namn §§ 12-17", "Namn för Annan Namn §§ 12-17"."""
    rest = text.strip()
    first = last = None
    match = _RANGE.search(rest)
    if match:
        first = int(match[1])
        last = int(match[2]) if match[2] else first
        rest = rest[:match.start()].strip()
    parts = _INSTEAD.split(rest, maxsplit=1)
    name = parts[0].strip()
    if not name:
        raise argparse.ArgumentTypeError(
            f"«{text}» är ingen justerare; skriv namnet, till exempel \"Bo Ek\", "
            "\"Bo Ek §§ 12-17\" eller \"Sara Holm för Bo Ek\"")
    replaces = parts[1].strip() if len(parts) > 1 and parts[1].strip() else None
    return Justerare(name, first, last, replaces)


def clock_time(text: str) -> time:
    try:
        return time.fromisoformat(text.strip().replace(".", ":"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"«{text}» är ingen tid; skriv den som TT:MM, till exempel 21:40") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", title="åtgärder",
                                    required=True, parser_class=SwedishArgumentParser)
    send = actions.add_parser("skicka", help="skicka protokollet för justering")
    approve = actions.add_parser("justera", help="registrera att protokollet är justerat")
    immediate = actions.add_parser("omedelbar", help="justera en paragraf omedelbart")
    posting = actions.add_parser(
        "anslag", help="registrera dagen då anslaget sattes upp (för protokollet eller för "
                       "en omedelbart justerad paragraf)")
    notice = actions.add_parser(
        "tillkännagivande", help="texten till anslagstavlan om justeringen (för protokollet "
                                 "eller för en omedelbart justerad paragraf)")
    notice.add_argument("meeting", metavar="REFERENS",
                        help="ett sammanträde (KS:2026-01-07) eller en paragraf (KS:2026:16)")
    status = actions.add_parser("status", help="vilka som har undertecknat protokollet "
                                               "elektroniskt och vilka som återstår")
    status.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    settings = actions.add_parser(
        "inställningar", help="hur protokollen justeras: elektroniska underskrifter, papper "
                              "eller båda, vilka som måste underteckna, tidsstämpel, PDF/A")
    settings.add_argument("--sätt", dest="method", choices=sorted(METHOD_NAMES),
                          help="elektronisk, papper eller båda")
    settings.add_argument("--underskrifter", dest="required", metavar="ROLLER",
                          help="vilka som måste underteckna, kommaseparerat: sekreterare, "
                               "ordförande, justerare")
    stamp = settings.add_mutually_exclusive_group()
    stamp.add_argument("--tidsstämpel", dest="tsa", metavar="URL",
                       help="tidsstämpeltjänst (RFC 3161) för underskrifterna")
    stamp.add_argument("--utan-tidsstämpel", dest="no_tsa", action="store_true",
                       help="underteckna utan tidsstämpeltjänst")
    settings.add_argument("--hämta-spärrinformation", dest="fetch", choices=("ja", "nej"),
                          help="hämta spärrinformation från nätet vid undertecknandet (B-LT)")
    settings.add_argument("--pdfa", dest="pdfa", type=int, choices=(1, 2),
                          help="PDF/A-del för arkivfilerna: 1 eller 2")
    for sub in (send, approve):
        sub.add_argument("meeting", metavar="SAMMANTRÄDE", help="till exempel KS:2026-01-07")
    posting.add_argument("meeting", metavar="REFERENS",
                         help="ett sammanträde (KS:2026-01-07) eller en omedelbart justerad "
                              "paragraf (KS:2026:16)")
    immediate.add_argument("paragraph", metavar="PARAGRAF", help="till exempel KS:2026:16")
    for sub in (send, approve, immediate, posting):
        sub.add_argument("--datum", type=iso_day, metavar="DATUM", help="dagen (annars i dag)")
    immediate.add_argument("--tid", type=clock_time, metavar="TT:MM",
                           help="klockslaget för den omedelbara justeringen")
    for sub in (approve, immediate):
        sub.add_argument("--ordförande", dest="chair", metavar="NAMN",
                         help="ordföranden som justerar (annars sammanträdets ordförande)")
        sub.add_argument("--justerare", dest="approvers", action="append", type=justerare,
                         metavar="NAMN",
                         help="en justerare som justerar; upprepa för flera (annars de "
                              "utsedda). \"Bo Ek §§ 12-17\" för vissa paragrafer, \"Sara Holm "
                              "för Bo Ek\" för en ersättare")
        sub.add_argument("--bekräfta", dest="confirm", action="store_true",
                         help="justera trots kontrollens varningar (och, för protokollet, "
                              "utlovade texter som inte har kommit in; de registreras då som "
                              "inte inkomna)")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    day = getattr(args, "datum", None) or ctx.clock().date()
    register = ctx.register(create=False)
    if args.action == "skicka":
        justering.send_for_justering(register, args.meeting, on=day)
        ctx.print(f"Protokollet {args.meeting} är skickat för justering {day.isoformat()}.")
        _print_findings(ctx, justering.check(register, args.meeting))
    elif args.action == "justera":
        return _approve(args, ctx, day)
    elif args.action == "status":
        _status(args, ctx)
    elif args.action == "inställningar":
        _settings(args, ctx)
    elif args.action == "omedelbar":
        return _immediate(args, ctx, day)
    elif args.action == "tillkännagivande":
        ctx.print(justering.notice(register, args.meeting))
    else:
        justering.record_posting(register, args.meeting, on=day)
        cal = justering.calendar(register, args.meeting)
        ctx.print(f"Anslaget för {args.meeting} är registrerat {day.isoformat()}.")
        ctx.print(f"Sista dag för överklagande: {shown_day(cal.appeal_last_day)}.")
        ctx.print(f"Anslaget får tas ned från {shown_day(cal.take_down_earliest)}.")
        for warning in cal.warnings:
            ctx.print(f"Varning: {warning}")
    return 0


def _print_findings(ctx: CliContext, findings: list[Finding]) -> None:
    if findings:
        ctx.print("Kontrollen före justeringen:")
        for finding in findings:
            ctx.print(f"  {finding_line(finding)}")


def _refused(ctx: CliContext, exc: CheckError) -> int:
    print(f"kraftdesk: {exc.message}", file=ctx.err)
    if exc.only_warnings:
        print("Kör kommandot igen med --bekräfta för att justera ändå.", file=ctx.err)
    return 1


def _approve(args: argparse.Namespace, ctx: CliContext, day: date) -> int:
    register = ctx.register(create=False)
    try:
        done = justering.justera(register, args.meeting, on=day, chair=args.chair,
                                 approvers=args.approvers, confirm_open_promises=args.confirm,
                                 confirm_warnings=args.confirm, now=ctx.clock())
    except justering.OpenPromisesError as exc:
        print(f"kraftdesk: {exc.message}", file=ctx.err)
        print("Kör kommandot igen med --bekräfta för att justera ändå.", file=ctx.err)
        return 1
    except CheckError as exc:
        return _refused(ctx, exc)
    cal = justering.meeting_calendar(register, args.meeting, today=ctx.clock().date())
    ctx.print(f"Protokollet {args.meeting} är justerat {day.isoformat()} och förseglat.")
    ctx.print(f"Sista dag för anslag: {shown_day(cal.posting_deadline)}.")
    for warning in (*getattr(done, "warnings", ()), *cal.warnings):
        ctx.print(f"Varning: {warning}")
    return 0


def _status(args: argparse.Namespace, ctx: CliContext) -> None:
    from kraftdesk.services import signing

    status = signing.status(ctx.register(create=False), args.meeting)
    ctx.print(f"Protokollet {status.meeting}: {MINUTES_STATE[status.state].lower()}.")
    if status.refused_by:
        ctx.print(f"{status.refused_by} har avböjt att underteckna: «{status.refusal}».")
    for line in status.lines:
        role = ROLE_WORDS[line.line.role]
        need = "" if line.line.required else " (behövs inte)"
        when = (f"undertecknat {line.signed_at[:16].replace('T', ' ')} UTC ({line.level})"
                if line.signed_at else "inte undertecknat")
        ctx.print(f"  {line.line.name}, {role}{need}: {when}")


def _settings(args: argparse.Namespace, ctx: CliContext) -> None:
    from kraftdesk.services import signing

    register = ctx.register(create=False)
    required = None
    if args.required is not None:
        names = [n.strip().casefold() for n in args.required.split(",") if n.strip()]
        unknown = [n for n in names if n not in ROLE_NAMES]
        if unknown:
            raise UserError(f"«{unknown[0]}» är ingen roll som undertecknar; välj bland "
                            "sekreterare, ordförande och justerare.", field="underskrifter")
        required = frozenset(ROLE_NAMES[n] for n in names)
    changed = any(v is not None for v in (args.method, args.required, args.tsa, args.fetch,
                                          args.pdfa)) or args.no_tsa
    settings = signing.set_signing_settings(
        register, method=METHOD_NAMES[args.method] if args.method else None, required=required,
        timestamp_url=args.tsa, clear_timestamp=args.no_tsa,
        fetch_revocation=None if args.fetch is None else args.fetch == "ja",
        pdfa_part=args.pdfa) if changed else signing.signing_settings(register)
    roles = ", ".join(ROLE_WORDS[r] for r in ROLE_ORDER if r in settings.required)
    ctx.print(f"Justering: {METHOD_WORDS[settings.method]}.")
    ctx.print(f"Måste underteckna: {roles}.")
    ctx.print(f"Tidsstämpel: {settings.timestamp_url or 'ingen (undertecknas utan nätverk)'}.")
    ctx.print(f"Hämta spärrinformation: {'ja' if settings.fetch_revocation else 'nej'}.")
    ctx.print(f"PDF/A: PDF/A-{settings.pdfa_part}b (undertecknade protokoll alltid PDF/A-2b).")


def _immediate(args: argparse.Namespace, ctx: CliContext, day: date) -> int:
    register = ctx.register(create=False)
    at = datetime.combine(day, args.tid) if args.tid else None
    try:
        justering.approve_paragraph_immediately(
            register, args.paragraph, on=day, at=at, chair=args.chair,
            approvers=args.approvers, confirm_warnings=args.confirm, now=ctx.clock())
    except CheckError as exc:
        return _refused(ctx, exc)
    when = f"{day.isoformat()} kl. {at:%H:%M}" if at else day.isoformat()
    ctx.print(f"Paragrafen {args.paragraph} är omedelbart justerad {when}.")
    cal = justering.calendar(register, args.paragraph)
    ctx.print(f"Sista dag för anslag: {shown_day(cal.posting_deadline)}.")
    return 0
