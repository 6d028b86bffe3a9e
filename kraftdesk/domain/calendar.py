# SPDX-License-Identifier: EUPL-1.2
"""The legal calendar of a meeting's minutes: justering, anslag, överklagande, nedtagning.

- Justering no later than 14 days after the meeting (KL 5 kap. 69 §).
- Anslag (tillkännagivande on the anslagstavla) no later than the second day after
  justering (KL 8 kap. 12 §).
- Laglighetsprövning: the appeal must arrive within three weeks of the anslag day
  (KL 13 kap. 5 §); three weeks end on the same weekday (lag 1930:173, 1 §).
- Every one of these last days moves to the next weekday when it falls on a Saturday,
  Sunday, allmän helgdag, midsommarafton, julafton or nyårsafton (lag 1930:173, 2 §).
- The notice may come down on the last appeal day or the next weekday after it, per
  organisation (TakeDownRule).

The holidays come from the maintained `holidays` library, never from a table of our own.
This is the one module that computes these dates; the PDF, the GUI and the CLI show them.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from kraftdesk.domain.enums import TakeDownRule
from kraftdesk.domain.errors import UserError

APPROVAL_DAYS = 14  # KL 5 kap. 69 §
POSTING_DAYS = 2  # KL 8 kap. 12 §
APPEAL_WEEKS = 3  # KL 13 kap. 5 §


@dataclass(frozen=True)
class LegalCalendar:
    meeting_day: date
    approval_deadline: date  # latest justering day: meeting + 14 days, shifted
    approved_on: date | None
    posting_deadline: date | None  # second day after justering, shifted (None until justerat)
    posted_on: date | None
    appeal_last_day: date | None  # posted_on (or posting_deadline if not posted) + 3 weeks
    take_down_earliest: date | None  # per TakeDownRule
    warnings: tuple[str, ...]  # Swedish: posting late or missing, justering late …


@lru_cache(maxsize=64)
def _closed_days(year: int) -> frozenset[date]:
    """Allmänna helgdagar plus midsommarafton, julafton and nyårsafton of one year.

    Sundays are weekend days and handled with Saturdays in is_closed_day(), so the
    library is told explicitly not to list them (its default has changed over versions).
    """
    from holidays.constants import DE_FACTO, PUBLIC

    calendar = _sweden()(years=year, categories=(PUBLIC, DE_FACTO), include_sundays=False)
    return frozenset(calendar.keys())


@cache
def _sweden() -> Any:
    """The library's calendar of Sweden (holidays.countries.sweden.Sweden), loaded alone.

    `holidays.Sweden`, and any import of holidays.countries.sweden, goes through the
    package holidays.countries, which imports the module of every country the library knows:
    45 ms of every process that computes a date (PITFALLS). The Swedish module is loaded
    from its own file instead, with only what it imports itself; where the library's
    modules are not files (a frozen build), the usual way. tests/calendar compares the two.
    """
    import holidays

    path = Path(holidays.__file__).with_name("countries") / "sweden.py"
    spec = importlib.util.spec_from_file_location("kraftdesk_holidays_sweden", path)
    if not path.is_file() or spec is None or spec.loader is None:
        return holidays.Sweden
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Sweden


def is_closed_day(day: date) -> bool:
    """True on a day a legal deadline cannot end on (lag 1930:173, 2 §)."""
    return day.weekday() >= 5 or day in _closed_days(day.year)


def next_weekday_on_or_after(d: date) -> date:
    """The 1930:173 shift: `d` itself, or the first following day that is a vardag."""
    while is_closed_day(d):
        d += timedelta(days=1)
    return d


def approval_deadline(meeting_day: date) -> date:
    return next_weekday_on_or_after(meeting_day + timedelta(days=APPROVAL_DAYS))


def posting_deadline(approved_on: date) -> date:
    return next_weekday_on_or_after(approved_on + timedelta(days=POSTING_DAYS))


def appeal_last_day(posted_on: date) -> date:
    return next_weekday_on_or_after(posted_on + timedelta(weeks=APPEAL_WEEKS))


def take_down_earliest(last_appeal_day: date, rule: TakeDownRule) -> date:
    if rule is TakeDownRule.LAST_APPEAL_DAY:
        return last_appeal_day
    return next_weekday_on_or_after(last_appeal_day + timedelta(days=1))


def legal_calendar(
    meeting_day: date,
    *,
    approved_on: date | None = None,
    posted_on: date | None = None,
    take_down_rule: TakeDownRule = TakeDownRule.NEXT_WEEKDAY,
    today: date | None = None,
) -> LegalCalendar:
    """The calendar of one meeting's minutes. Without `today`, only recorded dates are judged.

    Raises UserError (Swedish) when the dates contradict each other, or lie so late that the
    periods would run past the end of the calendar (year 9999).
    """
    _check_order(meeting_day, approved_on, posted_on)
    try:
        latest_approval = approval_deadline(meeting_day)
        latest_posting = posting_deadline(approved_on) if approved_on else None
        appeal_from = posted_on or latest_posting
        last_appeal = appeal_last_day(appeal_from) if appeal_from else None
        take_down = take_down_earliest(last_appeal, take_down_rule) if last_appeal else None
    except OverflowError:
        latest = max(d for d in (meeting_day, approved_on, posted_on) if d is not None)
        raise UserError(
            f"Datumet {latest.isoformat()} ligger för långt fram: fristerna efter det skulle "
            "hamna efter år 9999, som är det sista året kraftdesk kan räkna med.",
            field="datum") from None
    warnings = _warnings(latest_approval, approved_on, latest_posting, posted_on, today)
    return LegalCalendar(
        meeting_day=meeting_day,
        approval_deadline=latest_approval,
        approved_on=approved_on,
        posting_deadline=latest_posting,
        posted_on=posted_on,
        appeal_last_day=last_appeal,
        take_down_earliest=take_down,
        warnings=warnings,
    )


def _check_order(meeting_day: date, approved_on: date | None, posted_on: date | None) -> None:
    if approved_on is not None and approved_on < meeting_day:
        raise UserError(
            f"Justeringsdagen {approved_on.isoformat()} ligger före sammanträdet "
            f"{meeting_day.isoformat()}.",
            field="justering",
        )
    if posted_on is not None and approved_on is None:
        raise UserError(
            "Anslaget kan inte ha satts upp innan protokollet är justerat.", field="anslag"
        )
    if posted_on is not None and approved_on is not None and posted_on < approved_on:
        raise UserError(
            f"Anslagsdagen {posted_on.isoformat()} ligger före justeringen "
            f"{approved_on.isoformat()}.",
            field="anslag",
        )


def _warnings(latest_approval: date, approved_on: date | None, latest_posting: date | None,
              posted_on: date | None, today: date | None) -> tuple[str, ...]:
    out: list[str] = []
    if approved_on is not None and approved_on > latest_approval:
        out.append(
            f"Protokollet justerades {approved_on.isoformat()}, efter sista dag för justering "
            f"{latest_approval.isoformat()} (14 dagar efter sammanträdet, KL 5 kap. 69 §)."
        )
    if approved_on is None and today is not None and today > latest_approval:
        out.append(
            f"Protokollet är inte justerat, och sista dag för justering "
            f"({latest_approval.isoformat()}) har passerat."
        )
    if latest_posting is not None and posted_on is not None and posted_on > latest_posting:
        out.append(
            f"Anslaget sattes upp {posted_on.isoformat()}, efter sista dag för anslag "
            f"{latest_posting.isoformat()} (andra dagen efter justeringen, KL 8 kap. 12 §)."
        )
    if (latest_posting is not None and posted_on is None and today is not None
            and today > latest_posting):
        out.append(
            f"Justeringen har inte tillkännagivits på anslagstavlan, och sista dag för anslag "
            f"({latest_posting.isoformat()}) har passerat."
        )
    return tuple(out)
