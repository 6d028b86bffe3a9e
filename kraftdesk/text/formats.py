# SPDX-License-Identifier: EUPL-1.2
"""Swedish formats: dates, amounts, name lists, genitive and the forms of body names.

Dates and numbers come from Babel's CLDR data for sv_SE, not from hand-written tables.
Amounts keep Babel's no-break spaces ("1\u00a0100\u00a0000 kronor") so that a PDF never
breaks a number across lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.units import format_unit

from kraftdesk.domain.enums import BodyKind
from kraftdesk.domain.values import BodyName, PersonName

LOCALE = Locale.parse("sv_SE")
NBSP = "\u00a0"


def long_date(day: date) -> str:
    """Running text: "7 januari 2026"."""
    return format_date(day, "d MMMM y", locale=LOCALE)


def iso_date(day: date) -> str:
    """Headers and fields: "2026-01-07"."""
    return day.isoformat()


def yymmdd(day: date) -> str:
    """Document names and references only: "251208"."""
    return day.strftime("%y%m%d")


def clock(moment: datetime) -> str:
    """ "kl. 13:00"."""
    return f"kl. {moment:%H:%M}"


def date_and_time(moment: datetime) -> str:
    """ "2026-01-14 kl. 12:00"."""
    return f"{iso_date(moment.date())} {clock(moment)}"


def amount(number: int) -> str:
    """ "1\u00a0100\u00a0000" (no-break spaces between groups of thousands)."""
    return format_decimal(number, locale=LOCALE)


def amount_kronor(number: int) -> str:
    """ "1\u00a0100\u00a0000 kronor"."""
    return f"{amount(number)} kronor"


# Whole kronor typed by the secretary, grouped or not, before a currency word.
_AMOUNT = re.compile(
    r"(?<![\w,.\-/:])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{4,})"
    r"(?=[ \u00a0](?:kronor|kr\b|tkr\b|mnkr\b|mkr\b))"
)


def tidy_amounts(text: str) -> str:
    """Group whole amounts before "kronor", "kr", "tkr", "mnkr", "mkr" as Babel does.

    "1100000 kronor" and "1 100 000 kronor" both become "1\u00a0100\u00a0000 kronor";
    years, dnr and other numbers are left alone.
    """

    def regroup(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(1))
        return amount(int(digits))

    return _AMOUNT.sub(regroup, text)


def join_list(items: Sequence[str]) -> str:
    """ "A, B och C" (Babel's Swedish list pattern)."""
    return _join(tuple(items)) if items else ""


@lru_cache(maxsize=4096)
def _join(items: tuple[str, ...]) -> str:
    return format_list(list(items), locale=LOCALE)


@lru_cache(maxsize=1024)
def _unit(number: int, unit: str) -> str:
    return format_unit(number, unit, length="long", locale=LOCALE)


def person(p: PersonName) -> str:
    """ "John Eklöf (M)"; without a party only the name."""
    return f"{p.name} ({p.party})" if p.party else p.name


def names(people: Iterable[PersonName]) -> str:
    """ "John Eklöf (M), Farishta Sulaiman (M) och Anton Sauer (C)"."""
    return join_list([person(p) for p in people])


def genitive(word: str) -> str:
    """Swedish genitive: add -s, but nothing after s, x or z ("Lars", "Max", "Fritz")."""
    if not word:
        return word
    return word if word[-1].lower() in "sxz" else word + "s"


def person_genitive(p: PersonName) -> str:
    """ "Karin Pleijels (MP)": the genitive -s goes on the name, before the party."""
    name = genitive(p.name)
    return f"{name} ({p.party})" if p.party else name


def names_genitive(people: Sequence[PersonName]) -> str:
    """ "Dennis Hjalmarssons (M) och Stig Malmbergs (C)"."""
    return join_list([person_genitive(p) for p in people])


def parties(people: Iterable[PersonName]) -> tuple[str, ...]:
    """The distinct parties of `people`, in order of first appearance."""
    seen: list[str] = []
    for p in people:
        if p.party and p.party not in seen:
            seen.append(p.party)
    return tuple(seen)


def capitalise(text: str) -> str:
    """First letter upper-case, the rest as it is."""
    return text[:1].upper() + text[1:]


def _lower_first(name: str) -> str:
    # "Kommunstyrelsen" → "kommunstyrelsen"; an acronym ("MKB …") keeps its capitals.
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def body_running(body: BodyName) -> str:
    """The body in running text, definite form: "kommunfullmäktige", "kommunstyrelsen".

    A company board keeps its name as written (it is a proper name). A form set on the body
    (Body.running_name) wins.
    """
    if body.running:
        return body.running
    if body.kind is BodyKind.COMPANY_BOARD:
        return body.name
    return _lower_first(body.name)


def body_genitive(body: BodyName) -> str:
    """ "kommunstyrelsens", "kommunstyrelsens arbetsutskotts", "kommunfullmäktiges".

    A form set on the body (Body.genitive_name) wins.
    """
    if body.genitive:
        return body.genitive
    return genitive(body_running(body))


def body_heading(body: BodyName) -> str:
    """At the start of a sentence or as a heading: "Kommunstyrelsen"."""
    return capitalise(body.name)


def plural(count: int, one: str, many: str) -> str:
    return one if count == 1 else many


def duration(span: timedelta) -> str:
    """ "2 dygn och 3 timmar", "5 timmar och 10 minuter", "45 minuter" (absolute value).

    The two largest units, rounded down to the minute; the unit words come from Babel.
    """
    minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    units = [(days, "duration-day"), (hours, "duration-hour"), (mins, "duration-minute")]
    parts = [_unit(n, unit) for n, unit in units if n]
    if not parts:
        return _unit(0, "duration-minute")
    return join_list(parts[:2])
