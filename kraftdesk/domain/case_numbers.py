# SPDX-License-Identifier: EUPL-1.2
"""The diarienummer format, given by the secretary as an example she recognises.

    pattern_from_example("KS 2027/12")   -> a pattern every diarienummer must match in full
    describe("KS 2027/12")               -> "bokstäver, mellanslag, årtal (fyra siffror),
                                             «/» och ett löpnummer"

The example is read as a row of parts: letters in capitals (a body's or diarium's prefix:
any capitals fit, so "KS" also admits "BUN"), a word in other letters ("Dnr", kept as
written), a year (four digits starting 19 or 20), a number (a zero-padded one keeps its
width: "0012" wants four digits), and the separators between them, kept as they are. The
pattern itself is an internal detail: no message or form ever shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kraftdesk.domain.errors import UserError

_PART = re.compile(r"(?P<letters>[^\W\d_]+)|(?P<digits>\d+)|(?P<sep>.)", re.DOTALL)
_YEAR = re.compile(r"(19|20)\d\d")
_UPPER = "[A-ZÅÄÖÆØÜ]+"


@dataclass(frozen=True)
class _Part:
    kind: str  # upper, word, year, padded, number, sep
    text: str


def _parts(example: str) -> list[_Part]:
    parts: list[_Part] = []
    for match in _PART.finditer(example):
        kind = match.lastgroup or "sep"
        text = match.group()
        if kind == "letters":
            kind = "upper" if text.isupper() else "word"
        elif kind == "digits":
            if _YEAR.fullmatch(text):
                kind = "year"
            elif len(text) > 1 and text.startswith("0"):
                kind = "padded"
            else:
                kind = "number"
        parts.append(_Part(kind, text))
    return parts


def check_example(example: str) -> str:
    """The example, trimmed; a UserError (Swedish, field case_number_example) if unusable."""
    example = " ".join(example.split())
    if not example:
        raise UserError("Ange ett exempel på ett diarienummer, till exempel «KS 2027/12».",
                        field="case_number_example")
    if len(example) > 60:
        raise UserError("Exemplet på diarienummer är för långt (högst 60 tecken).",
                        field="case_number_example")
    if not any(p.kind in ("year", "padded", "number") for p in _parts(example)):
        raise UserError(f"Exemplet «{example}» innehåller inget nummer. Skriv ett diarienummer "
                        "som det ser ut i diariet, till exempel «KS 2027/12» eller "
                        "«STK-2027-12».", field="case_number_example")
    return example


def pattern_from_example(example: str) -> str:
    """The full-match pattern the example stands for (stored, never shown)."""
    pieces = []
    for part in _parts(check_example(example)):
        if part.kind == "upper":
            pieces.append(_UPPER)
        elif part.kind == "word":
            pieces.append(re.escape(part.text))
        elif part.kind == "year":
            pieces.append(r"(19|20)\d\d")
        elif part.kind == "padded":
            pieces.append(rf"\d{{{len(part.text)}}}")
        elif part.kind == "number":
            pieces.append(r"\d+")
        else:
            pieces.append(" " if part.text == " " else re.escape(part.text))
    return "".join(pieces)


_WORDS = {"upper": "bokstäver", "year": "årtal (fyra siffror)", "number": "ett löpnummer"}


def describe(example: str) -> str:
    """The format in words, for a message or a form: "bokstäver, mellanslag, årtal …"."""
    words = []
    for part in _parts(" ".join(example.split())):
        if part.kind == "padded":
            words.append(f"ett löpnummer med {len(part.text)} siffror")
        elif part.kind == "word":
            words.append(f"«{part.text}»")
        elif part.kind == "sep":
            words.append("mellanslag" if part.text == " " else f"«{part.text}»")
        else:
            words.append(_WORDS[part.kind])
    if len(words) > 1:
        return ", ".join(words[:-1]) + " och " + words[-1]
    return words[0] if words else ""


def matches(pattern: str | None, number: str) -> bool:
    """True when `number` follows the pattern (None: any number does)."""
    return pattern is None or re.fullmatch(pattern, number) is not None


def mismatch_message(number: str, example: str | None, organisation: str) -> str:
    """Why `number` is refused, in Swedish, naming the example (never the pattern)."""
    if example:
        return (f"Diarienumret «{number}» följer inte formatet för {organisation}s "
                f"diarienummer: {describe(example)}, till exempel «{example}».")
    return (f"Diarienumret «{number}» följer inte formatet för {organisation}s "
            "diarienummer. Ange ett exempel på formatet i organisationens inställningar.")
