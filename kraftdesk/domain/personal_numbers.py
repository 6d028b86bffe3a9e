# SPDX-License-Identifier: EUPL-1.2
"""Swedish personnummer and samordningsnummer in free text: the one detector.

    find_personal_numbers(text) -> tuple[PersonalNumber, ...]

A match is ten or twelve digits, written

- `YYMMDD-NNNN` (the usual form), `YYMMDD+NNNN` (the holder is 100 or older),
- `YYYYMMDD-NNNN`, or without the separator (`YYMMDDNNNN`, `YYYYMMDDNNNN`),

not part of a longer run of digits, whose date exists (in some century, for the short
forms) and whose last digit is the Luhn check digit of the ten digits YYMMDDNNN. A
samordningsnummer is the same with 60 added to the day (61–91). A run of digits that only
looks like one (a telephone number, an amount) rarely passes all three tests; one that does
is flagged, and the secretary confirms that it is not a personnummer.

Pure: no I/O, no database. Used by the publication checks and the protocol checker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class NumberKind(StrEnum):
    PERSONAL = "personnummer"
    COORDINATION = "samordningsnummer"


@dataclass(frozen=True)
class PersonalNumber:
    """One detected number: where it is in the text, as written, and what it is."""

    start: int
    end: int
    text: str  # as written in the text, "811218-9876"
    kind: NumberKind

    @property
    def digits(self) -> str:
        """The ten digits YYMMDDNNNC, whatever the form written (for comparing)."""
        only = re.sub(r"\D", "", self.text)
        return only[-10:]


# Not preceded or followed by a digit (or a separator and a digit: "12-811218-9876-1").
_CANDIDATE = re.compile(
    r"(?<![\d])(?<![\d][-+])"
    r"(?P<century>\d{2})?(?P<yy>\d{2})(?P<mm>\d{2})(?P<dd>\d{2})"
    r"(?P<sep>[-+]?)(?P<serial>\d{3})(?P<check>\d)"
    r"(?![\d])(?![-+][\d])"
)


_SIX_DIGITS = re.compile(r"\d{6}")


def find_personal_numbers(text: str) -> tuple[PersonalNumber, ...]:
    """Every personnummer and samordningsnummer in `text`, in order (see the module)."""
    if not text or _SIX_DIGITS.search(text) is None:  # nearly every text: one C scan
        return ()
    out: list[PersonalNumber] = []
    for match in _CANDIDATE.finditer(text):
        kind = _kind(match)
        if kind is not None:
            out.append(PersonalNumber(match.start(), match.end(), match.group(0), kind))
    return tuple(out)


def is_personal_number(text: str) -> bool:
    """True when `text` (stripped) is exactly one personnummer or samordningsnummer."""
    stripped = text.strip()
    found = find_personal_numbers(stripped)
    return len(found) == 1 and found[0].text == stripped


def _kind(match: re.Match[str]) -> NumberKind | None:
    century, yy, mm, dd = match["century"], match["yy"], match["mm"], match["dd"]
    if century is not None and match["sep"] == "+":
        return None  # "+" belongs to the ten-digit form only
    day = int(dd)
    kind = NumberKind.PERSONAL
    if day > 60:
        day -= 60
        kind = NumberKind.COORDINATION
    if not _date_exists(century, int(yy), int(mm), day):
        return None
    ten = f"{yy}{mm}{dd}{match['serial']}{match['check']}"
    return kind if luhn_valid(ten) else None


def _date_exists(century: str | None, yy: int, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return False
    centuries = [int(century)] if century is not None else [19, 20]
    if centuries[0] not in (18, 19, 20):
        return False
    for hundreds in centuries:
        try:
            date(hundreds * 100 + yy, month, day)
        except ValueError:
            continue
        return True
    return False


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check over `digits`, the last one being the check digit."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0
