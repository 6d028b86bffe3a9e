# SPDX-License-Identifier: EUPL-1.2
"""Dates and times as a secretary types them: "2026-01-07", "13:00", "2026-01-07 13:00".

The one reading of typed dates and times for the GUI's fields and the command line. Nothing
is rewritten into another date: "2026-13-45 25:99" is refused, naming what is wrong, never
turned into some day in 2027.

    parse_date(text) -> date          ÅÅÅÅ-MM-DD
    parse_time(text) -> time          TT:MM
    parse_datetime(text) -> datetime  ÅÅÅÅ-MM-DD TT:MM (or with T between)

Each raises UserError with a Swedish message (field "datum", "tid" or "tidpunkt").
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time

from kraftdesk.domain.errors import UserError

_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")

DATE_FORMAT = "ÅÅÅÅ-MM-DD, till exempel 2026-01-07"
TIME_FORMAT = "TT:MM, till exempel 13:00"
DATETIME_FORMAT = "ÅÅÅÅ-MM-DD TT:MM, till exempel 2026-01-07 13:00"


def parse_date(text: str) -> date:
    match = _DATE.match(text.strip())
    if not match:
        raise UserError(f"«{text.strip()}» är inget datum; skriv det som {DATE_FORMAT}.",
                        field="datum")
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= year <= 9999:
        raise UserError(f"Året {year} går inte att använda.", field="datum")
    if not 1 <= month <= 12:
        raise UserError(f"Månaden {month} finns inte (01–12) i «{text.strip()}».",
                        field="datum")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise UserError(f"Dagen {day} finns inte i {_MONTHS[month - 1]} {year} (1–{last}) i "
                        f"«{text.strip()}».", field="datum")
    return date(year, month, day)


def parse_time(text: str) -> time:
    match = _TIME.match(text.strip())
    if not match:
        raise UserError(f"«{text.strip()}» är ingen tid; skriv den som {TIME_FORMAT}.",
                        field="tid")
    hour, minute = (int(part) for part in match.groups())
    if not 0 <= hour <= 23:
        raise UserError(f"Timmen {hour} finns inte (00–23) i «{text.strip()}».", field="tid")
    if not 0 <= minute <= 59:
        raise UserError(f"Minuten {minute} finns inte (00–59) i «{text.strip()}».",
                        field="tid")
    return time(hour, minute)


def parse_datetime(text: str) -> datetime:
    parts = re.split(r"[T\s]+", text.strip())
    if len(parts) != 2 or not parts[0] or not parts[1]:
        raise UserError(f"«{text.strip()}» är ingen tidpunkt; skriv den som "
                        f"{DATETIME_FORMAT}.", field="tidpunkt")
    return datetime.combine(parse_date(parts[0]), parse_time(parts[1]))
