# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk body`: the organisation's bodies (organ) and their defaults."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day
from kraftdesk.cli.output import actions, table
from kraftdesk.domain.enums import NumberingScheme
from kraftdesk.services import bodies, people
from kraftdesk.services.bodies import BodyDetails, BodyDraft
from kraftdesk.text.standard_bodies import KIND_WORDS

NAME = "body"
HELP = "organ: lägg till, lista, visa, ändra, byt namn, avveckla"

_KINDS = {word: kind for kind, word in KIND_WORDS.items()}
_SCHEMES = {"år": NumberingScheme.PER_YEAR, "protokoll": NumberingScheme.PER_MINUTES,
            "organisationens": None}


def _settings(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--proposes-to", metavar="ORGAN",
                        help="organet det bereder ärenden åt, t.ex. KF: «föreslår "
                             "kommunfullmäktige besluta»; «-» för inget")
    parser.add_argument("--parent", metavar="ORGAN", help="överordnat organ (KS för KSAU)")
    parser.add_argument("--kind", choices=list(_KINDS), help="typ av organ (annars efter namnet)")
    parser.add_argument("--running-name", metavar="FORM",
                        help="bestämd form i löptext, t.ex. «kommunstyrelsen»")
    parser.add_argument("--genitive-name", metavar="FORM",
                        help="genitiv i löptext, t.ex. «kommunstyrelsens»")
    parser.add_argument("--numbering", choices=list(_SCHEMES),
                        help="paragrafnumrering: per år, per protokoll eller som organisationen")
    parser.add_argument("--place", metavar="PLATS", help="vanlig plats för sammanträden")
    parser.add_argument("--time", metavar="TT:MM", help="vanlig starttid, t.ex. 13:00")
    parser.add_argument("--justering-days", type=int, metavar="DAGAR",
                        help="justering så många dagar efter sammanträdet (0–14)")
    parser.add_argument("--justering-time", metavar="TT:MM", help="justeringens tid, t.ex. 10:00")
    parser.add_argument("--secretary", metavar="PERSON", help="sekreterare för nya sammanträden")
    parser.add_argument("--approvers", type=int, metavar="ANTAL",
                        help="antal justerare utöver ordföranden")
    parser.add_argument("--notice-days", type=_notice_days, metavar="DAGAR", default=_UNCHANGED,
                        help="kallelsen ska skickas senast så många dagar före sammanträdet, "
                             "som arbetsordningen eller reglementet säger (0–60; «-» för "
                             "ingen regel)")


#: --notice-days not given (None is "no rule").
_UNCHANGED = object()


def _notice_days(text: str) -> int | None:
    """argparse type: a number of days, or "-" for none; the services' rule, checked first."""
    from kraftdesk.services.notices import notice_days_problem

    if text.strip() in ("", "-"):
        return None
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» är inget antal dagar") from None
    problem = notice_days_problem(days)
    if problem:
        raise argparse.ArgumentTypeError(problem[0].lower() + problem[1:])
    return days


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    add = sub.add_parser("add", help="lägg till ett organ")
    add.add_argument("short_name", metavar="KORTNAMN", help="till exempel KS")
    add.add_argument("name", metavar="NAMN", help="bestämd form, t.ex. «Kommunstyrelsen»")
    _settings(add)
    sub.add_parser("list", help="lista organen")
    show = sub.add_parser("show", help="visa ett organ med dess beslutsformel")
    show.add_argument("body", metavar="ORGAN")
    change = sub.add_parser("set", help="ändra ett organs inställningar")
    change.add_argument("body", metavar="ORGAN")
    _settings(change)
    rename = sub.add_parser("rename", help="byt namn (och kortnamn) på ett organ")
    rename.add_argument("body", metavar="ORGAN")
    rename.add_argument("name", metavar="NAMN")
    rename.add_argument("--short-name", metavar="KORTNAMN")
    retire = sub.add_parser("retire", help="avveckla ett organ; dess historik finns kvar")
    retire.add_argument("body", metavar="ORGAN")
    retire.add_argument("--date", type=iso_day, required=True, metavar="DATUM",
                        help="sista dagen organet finns")


def _draft_of(details: BodyDetails) -> BodyDraft:
    return BodyDraft(
        details.short_name, details.name, details.kind, details.parent_id,
        details.proposes_to_id, details.running_name if details.running_name_set else None,
        details.genitive_name if details.genitive_name_set else None,
        details.numbering_scheme, details.default_place, details.default_start_time,
        details.justering_days, details.justering_time,
        details.default_secretary.id if details.default_secretary else None,
        details.approver_count)


def _with_settings(ctx: CliContext, draft: BodyDraft, args: argparse.Namespace) -> BodyDraft:
    register = ctx.register(create=False)
    changes: dict[str, object] = {}
    if args.proposes_to is not None:
        changes["proposes_to_id"] = None if args.proposes_to.strip() in ("", "-") \
            else bodies.find_body(register, args.proposes_to)
    if args.parent is not None:
        changes["parent_id"] = None if args.parent.strip() in ("", "-") \
            else bodies.find_body(register, args.parent)
    if args.secretary is not None:
        changes["default_secretary_id"] = None if args.secretary.strip() in ("", "-") \
            else people.find_person(register, args.secretary)
    if args.kind is not None:
        changes["kind"] = _KINDS[args.kind]
    if args.numbering is not None:
        changes["numbering_scheme"] = _SCHEMES[args.numbering]
    for option, name in (("running_name", "running_name"), ("genitive_name", "genitive_name"),
                         ("place", "default_place"), ("time", "default_start_time"),
                         ("justering_days", "justering_days"),
                         ("justering_time", "justering_time"), ("approvers", "approver_count")):
        value = getattr(args, option)
        if value is not None:
            changes[name] = value
    return replace(draft, **changes)  # type: ignore[arg-type]


def _notice_text(days: int | None) -> str:
    if days is None:
        return "–"
    return f"senast {days} {'dag' if days == 1 else 'dagar'} före sammanträdet"


def _show(ctx: CliContext, b: BodyDetails, notice_days: int | None) -> None:
    scheme = {None: "som organisationen", NumberingScheme.PER_YEAR: "per år",
              NumberingScheme.PER_MINUTES: "per protokoll"}[b.numbering_scheme]
    justering = "–"
    if b.justering_days is not None or b.justering_time:
        justering = f"{b.justering_days or 0} dagar efter, kl. {b.justering_time or '10:00'}"
    rows = [("Organ", f"{b.name} ({b.short_name})"), ("Typ", KIND_WORDS[b.kind]),
            ("I löptext", b.running_name), ("Genitiv", b.genitive_name),
            ("Beslutsformel", b.formula), ("Numrering", scheme),
            ("Plats", b.default_place or "–"), ("Tid", b.default_start_time or "–"),
            ("Justering", justering),
            ("Sekreterare", b.default_secretary.picker if b.default_secretary else "–"),
            ("Justerare", str(b.approver_count)),
            ("Kallelse", _notice_text(notice_days)),
            ("Avvecklat", b.retired_on.isoformat() if b.retired_on else "–")]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        ctx.print(f"{label + ':':<{width + 1}} {value}")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "add":
        draft = _with_settings(ctx, BodyDraft(args.short_name, args.name), args)
        created = bodies.add_body(register, draft)
        _set_notice_days(register, created.id, args)
        details = bodies.body(register, created.id)
        ctx.print(f"{details.name} ({details.short_name}) är tillagt. Beslutsformel: "
                  f"«{details.formula}».")
    elif args.action == "list":
        rows = bodies.bodies(register)
        if not rows:
            ctx.print("Inga organ ännu (kraftdesk body add KS «Kommunstyrelsen»).")
            return 0
        table(ctx, ("Kortnamn", "Namn", "Föreslår", "Avvecklat"),
              [(b.short_name, b.name, b.proposes_to_short_name or "–",
                b.retired_on.isoformat() if b.retired_on else "") for b in rows])
    elif args.action == "show":
        from kraftdesk.services import notices

        body_id = bodies.find_body(register, args.body)
        _show(ctx, bodies.body(register, body_id), notices.notice_days(register, body_id))
    elif args.action in ("set", "rename"):
        body_id = bodies.find_body(register, args.body)
        draft = _draft_of(bodies.body(register, body_id))
        if args.action == "rename":
            draft = replace(draft, name=args.name, short_name=args.short_name or draft.short_name)
        else:
            draft = _with_settings(ctx, draft, args)
        bodies.update_body(register, body_id, draft)
        if args.action == "set":
            _set_notice_days(register, body_id, args)
        details = bodies.body(register, body_id)
        ctx.print(f"{details.name} ({details.short_name}) är ändrat. Beslutsformel: "
                  f"«{details.formula}».")
    else:
        body_id = bodies.find_body(register, args.body)
        bodies.retire_body(register, body_id, args.date)
        ctx.print(f"{args.body} är avvecklat från och med dagen efter {args.date.isoformat()}; "
                  "dess protokoll och uppdrag finns kvar.")
    return 0




def _set_notice_days(register: Any, body_id: int, args: argparse.Namespace) -> None:
    """--notice-days, already checked by its argparse type (so it cannot be refused here)."""
    from kraftdesk.services import notices

    if args.notice_days is not _UNCHANGED:
        notices.set_notice_days(register, body_id, args.notice_days)
