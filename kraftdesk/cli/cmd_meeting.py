# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk meeting`: plan a meeting (sammanträde), list meetings."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import datetime, time

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.output import actions, iso_moment, table
from kraftdesk.domain.errors import UserError
from kraftdesk.services import bodies, meetings, people

NAME = "meeting"
HELP = "sammanträden: planera, lista"

_STATES = {"draft": "utkast", "sent_for_approval": "skickat för justering",
           "approved": "justerat"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = actions(parser)
    add = sub.add_parser("add", help="planera ett sammanträde (organets standardvärden fyller "
                                     "i det som inte anges)")
    add.add_argument("body", metavar="ORGAN", help="till exempel KS")
    add.add_argument("starts_at", type=iso_moment, metavar="TIDPUNKT",
                     help="till exempel 2027-01-13T13:00")
    add.add_argument("--ends", metavar="TT:MM", help="sluttid samma dag")
    add.add_argument("--place", metavar="PLATS")
    add.add_argument("--justering", type=iso_moment, metavar="TIDPUNKT",
                     help="justeringens tid, t.ex. 2027-01-20T10:00; tidsfrist för utlovade "
                          "texter")
    add.add_argument("--justering-place", metavar="PLATS")
    add.add_argument("--secretary", metavar="PERSON", help="sekreterare (protokollförare)")
    add.add_argument("--chair", metavar="PERSON", help="ordförande")
    add.add_argument("--justerare", action="append", default=[], metavar="NAMN,NAMN",
                     help="justerare, åtskilda med kommatecken")
    listing = sub.add_parser("list", help="lista sammanträdena, nyaste först")
    listing.add_argument("body", metavar="ORGAN", nargs="?")


def _person(ctx: CliContext, text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    return people.find_person(ctx.register(create=False), text)


def _ends(starts: datetime, text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.combine(starts.date(), time.fromisoformat(text.strip()))
    except ValueError:
        raise UserError(f"«{text}» är ingen sluttid; skriv den som TT:MM.",
                        field="ends_at") from None


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    register = ctx.register(create=False)
    if args.action == "list":
        body_id = bodies.find_body(register, args.body) if args.body else None
        rows = meetings.list_meetings(register, body_id=body_id)
        if not rows:
            ctx.print("Inga sammanträden.")
            return 0
        table(ctx, ("Sammanträde", "Tid", "Paragrafer", "Protokoll", "Plats"),
              [(m.reference, f"{m.starts_at:%Y-%m-%d %H:%M}", str(m.paragraph_count),
                _STATES[m.minutes_state.value], m.place or "") for m in rows])
        return 0
    body_id = bodies.find_body(register, args.body)
    plan = replace(meetings.default_plan(register, body_id, args.starts_at.date()),
                   starts_at=args.starts_at, ends_at=_ends(args.starts_at, args.ends))
    names = [n.strip() for text in args.justerare for n in text.split(",") if n.strip()]
    changes: dict[str, object] = {
        "approver_ids": tuple(people.find_person(register, n) for n in names)}
    if args.place is not None:
        changes["place"] = args.place
        changes["approval_place"] = args.justering_place or plan.approval_place or args.place
    if args.justering_place is not None:
        changes["approval_place"] = args.justering_place
    if args.justering is not None:
        changes["approval_due_at"] = args.justering
    if args.secretary is not None:
        changes["secretary_id"] = _person(ctx, args.secretary)
    if args.chair is not None:
        changes["chair_id"] = _person(ctx, args.chair)
    plan = replace(plan, **changes)  # type: ignore[arg-type]
    created = meetings.plan_meeting(register, plan)
    view = meetings.meeting_view(register, created.id)
    ctx.print(f"Sammanträdet {view.reference} är planerat {view.plan.starts_at:%Y-%m-%d} "
              f"kl. {view.plan.starts_at:%H:%M}"
              + (f", {view.plan.place}" if view.plan.place else "") + ".")
    due = view.plan.approval_due_at
    ctx.print(f"Justering: {f'{due:%Y-%m-%d} kl. {due:%H:%M}' if due else 'inte bestämd'}"
              + (f"; justerare: {', '.join(p.label for p in view.approvers)}"
                 if view.approvers else "") + ".")
    ctx.print(f"Ordförande: {view.chair.label if view.chair else '–'}; sekreterare: "
              f"{view.secretary.picker if view.secretary else '–'}.")
    return 0
