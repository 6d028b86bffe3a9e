# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk calendar`: the legal calendar of a meeting's minutes, of a paragraph (one
justerad omedelbart has its own dates), or of any justering day."""

from __future__ import annotations

import argparse
import json

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.dates import iso_day, shown_day, weekday
from kraftdesk.domain.calendar import LegalCalendar, legal_calendar
from kraftdesk.domain.enums import TakeDownRule
from kraftdesk.services.justering import calendar, meeting_reference_of

NAME = "calendar"
HELP = "visa sista dag för justering, anslag och överklagande"

TAKE_DOWN = {"nästa-vardag": TakeDownRule.NEXT_WEEKDAY,
             "sista-dagen": TakeDownRule.LAST_APPEAL_DAY}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("meeting", nargs="?", metavar="REFERENS",
                        help="ett sammanträde i registret, till exempel KS:2026-01-07, eller "
                             "en paragraf, till exempel KS:2026:16")
    parser.add_argument("--justering", type=iso_day, metavar="DATUM",
                        help="räkna från en justeringsdag i stället för ett sammanträde")
    parser.add_argument("--posted", "--anslag", dest="posted", type=iso_day, metavar="DATUM",
                        help="dagen då anslaget sattes upp (annars sista tillåtna dag)")
    parser.add_argument("--sammanträde", dest="meeting_day", type=iso_day, metavar="DATUM",
                        help="sammanträdesdagen, för sista dag för justering (med --justering)")
    parser.add_argument("--nedtagning", choices=sorted(TAKE_DOWN), default="nästa-vardag",
                        help="när anslaget får tas ned (med --justering; annars "
                             "organisationens inställning)")
    parser.add_argument("--json", action="store_true", help="skriv resultatet som JSON")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if (args.meeting is None) == (args.justering is None):
        print("kraftdesk calendar: fel: ange antingen ett sammanträde (KS:2026-01-07), en "
              "paragraf (KS:2026:16) eller --justering DATUM", file=ctx.err)
        return 2
    if args.meeting is not None:
        if args.posted or args.meeting_day:
            print("kraftdesk calendar: fel: --posted och --sammanträde hör ihop med "
                  "--justering; för ett sammanträde i registret används dess egna datum",
                  file=ctx.err)
            return 2
        cal = calendar(ctx.register(), args.meeting, today=ctx.clock().date())
        meeting = args.meeting
        of_meeting = meeting_reference_of(ctx.register(), args.meeting)
        paragraph = args.meeting if of_meeting != args.meeting.strip() else None
    else:
        cal = legal_calendar(args.meeting_day or args.justering, approved_on=args.justering,
                             posted_on=args.posted, take_down_rule=TAKE_DOWN[args.nedtagning])
        meeting = paragraph = of_meeting = None
    if args.json:
        ctx.print(json.dumps(as_json(cal, meeting, has_meeting=meeting is not None
                                     or args.meeting_day is not None),
                             ensure_ascii=False, indent=2))
    else:
        for line in as_lines(cal, of_meeting if paragraph else meeting,
                             has_meeting=meeting is not None or args.meeting_day is not None,
                             paragraph=paragraph):
            ctx.print(line)
    return 0


def as_json(cal: LegalCalendar, meeting: str | None, *, has_meeting: bool) -> dict[str, object]:
    def iso(day: object) -> str | None:
        return day.isoformat() if day is not None else None  # type: ignore[attr-defined]

    return {
        "meeting": meeting,
        "meeting_day": iso(cal.meeting_day) if has_meeting else None,
        "approval_deadline": iso(cal.approval_deadline) if has_meeting else None,
        "approved_on": iso(cal.approved_on),
        "posting_deadline": iso(cal.posting_deadline),
        "posted_on": iso(cal.posted_on),
        "appeal_last_day": iso(cal.appeal_last_day),
        "take_down_earliest": iso(cal.take_down_earliest),
        "warnings": list(cal.warnings),
    }


def as_lines(cal: LegalCalendar, meeting: str | None, *, has_meeting: bool,
             paragraph: str | None = None) -> list[str]:
    rows: list[tuple[str, str]] = []
    if paragraph is not None:
        rows.append(("Paragraf", paragraph))
    if meeting is not None:
        rows.append(("Sammanträde", f"{meeting} ({weekday(cal.meeting_day)})"))
    elif has_meeting:
        rows.append(("Sammanträde", shown_day(cal.meeting_day)))
    if has_meeting:
        rows.append(("Sista dag för justering", shown_day(cal.approval_deadline)))
    rows.append(("Justering", shown_day(cal.approved_on, "inte gjord ännu")))
    if cal.approved_on is not None:
        rows += [
            ("Sista dag för anslag", shown_day(cal.posting_deadline)),
            ("Anslaget uppsatt", shown_day(
                cal.posted_on, "inte angivet; räknat från sista dag för anslag")),
            ("Sista dag för överklagande", shown_day(cal.appeal_last_day)),
            ("Anslaget får tas ned", "från " + shown_day(cal.take_down_earliest)),
        ]
    width = max(len(label) for label, _ in rows) + 1
    lines = [f"{label + ':':<{width}} {value}" for label, value in rows]
    return lines + [f"Varning: {warning}" for warning in cal.warnings]
