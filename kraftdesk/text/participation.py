# SPDX-License-Identifier: EUPL-1.2
"""Attendance over the meeting, in Swedish: the printed forms and the refusals.

Printed:
    "Olle Berg (S), till och med § 12 (kl. 17:20)"         front page, Beslutande
    "Anna Ek (S) tjänstgör för Olle Berg (S) i denna paragraf."           in the §
    "Bo Ek (S) tjänstgör som ordförande i denna paragraf."                in the §
Refused (kraftdesk.domain.participation's problems), the same words from the services and
from the JSON import:
    "Bo Ek (S) tjänstgör själv och kan inte ersättas av Cia Lund (V)."
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date, datetime

from kraftdesk.domain.enums import StatementKind
from kraftdesk.domain.participation import Code, Problem
from kraftdesk.domain.values import PersonName
from kraftdesk.text import formats as f
from kraftdesk.text.vocabulary import (
    ATTENDANCE_CAPACITY,
    STATEMENT_KIND_DEFINITE,
    STATEMENT_KIND_INDEFINITE,
)

DASH = "\u2013"



def paragraph_span(first: int | None, last: int | None) -> str:
    """ "§§ 5–12", "§ 5", "från § 5", "till och med § 12"; "" for the whole meeting."""
    if first is not None and last is not None:
        return f"§ {first}" if first == last else f"§§ {first}{DASH}{last}"
    if first is not None:
        return f"från § {first}"
    if last is not None:
        return f"till och med § {last}"
    return ""


def spans(pairs: Sequence[tuple[int | None, int | None]]) -> str:
    """Several periods of one person: "§§ 1–4, 9–12"; "" when one covers the whole meeting."""
    if any(first is None and last is None for first, last in pairs):
        return ""
    if len(pairs) == 1:
        return paragraph_span(*pairs[0])
    parts = []
    for first, last in sorted(pairs, key=lambda p: (p[0] or 0, p[1] or 10**9)):
        part = paragraph_span(first, last)
        parts.append(part.removeprefix("§§ ").removeprefix("§ "))
    return "§§ " + ", ".join(parts)


def clock_span(arrived_at: datetime | None, left_at: datetime | None) -> str:
    """ "kl. 17:20–19:05", "från kl. 17:20", "till kl. 19:05"; "" without times."""
    if arrived_at is not None and left_at is not None:
        return f"kl. {arrived_at:%H:%M}{DASH}{left_at:%H:%M}"
    if arrived_at is not None:
        return f"från kl. {arrived_at:%H:%M}"
    if left_at is not None:
        return f"till kl. {left_at:%H:%M}"
    return ""


def presence_note(span: str, clock: str) -> str:
    """ "från § 5 (kl. 17:20)", "§§ 5–12", "från kl. 17:20"."""
    if span and clock:
        return f"{span} ({clock.removeprefix('från ').removeprefix('till ')})"
    return span or clock


def serving_sentence(substitute: PersonName, member: PersonName) -> str:
    """ "Anna Ek (S) tjänstgör för Olle Berg (S) i denna paragraf." """
    return f"{f.person(substitute)} tjänstgör för {f.person(member)} i denna paragraf."


def acting_chair_sentence(chair: PersonName) -> str:
    """ "Bo Ek (S) tjänstgör som ordförande i denna paragraf." """
    return f"{f.person(chair)} tjänstgör som ordförande i denna paragraf."


# --- refusals ---------------------------------------------------------------------------------

def problem_message(problem: Problem, name: Callable[[int | None], str], *, body: str,
                    day: date, what: str | None = None,
                    numbers: Collection[int] = ()) -> str:
    """One problem of kraftdesk.domain.participation, in Swedish.

    `name` gives "Bo Ek (S)" for a person id; `body` is the body in running text
    ("kommunstyrelsen"); `what` names the paragraph ("§ 16") for a paragraph's exceptions;
    `numbers` are the meeting's paragraph numbers.
    """
    label, other = name(problem.person_id), name(problem.other_id)
    on = day.isoformat()
    at = f"§ {problem.number}" if problem.number is not None else (what or "")
    code = problem.code
    if code is Code.NOT_MEMBER:
        return (f"{label} är inte ledamot i {body} {on} och kan inte tjänstgöra som "
                "ledamot.")
    if code is Code.NOT_IN_BODY:
        return f"{label} är varken ledamot eller ersättare i {body} {on}."
    if code is Code.REPLACES_WHOM:
        return f"Ange vilken ledamot {label} tjänstgör i stället för."
    if code is Code.REPLACES_NOT_SERVING:
        return f"Bara en tjänstgörande ersättare ersätter någon ({label})."
    if code is Code.REPLACED_NOT_MEMBER:
        return (f"{label} kan inte tjänstgöra i stället för {other}, som inte är ledamot i "
                f"{body}.")
    if code is Code.REPLACED_SERVES:
        if problem.number is None:
            return f"{other} tjänstgör själv och kan inte ersättas av {label}."
        return f"{other} tjänstgör själv under {at} och kan inte ersättas av {label} där."
    if code is Code.TWO_SUBSTITUTES:
        where = f" under {at}" if at else ""
        return f"Två ersättare kan inte tjänstgöra för samma ledamot ({other}){where}."
    if code is Code.OVERLAP:
        if problem.number is None:
            return f"{label} står två gånger i närvarolistan."
        first, second = (*problem.kinds, None, None)[:2]
        if first is not None and first is not second:
            return (f"{label} står både som {ATTENDANCE_CAPACITY[first]} och som "
                    f"{ATTENDANCE_CAPACITY[second]} under {at}; närvaroperioderna överlappar.")
        return f"{label} står två gånger i närvarolistan under {at}; perioderna överlappar."
    if code is Code.RANGE_OUTSIDE:
        known = _range_text(numbers)
        return (f"{label}: {at} finns inte bland sammanträdets paragrafer{known}; ange "
                "närvaron med sammanträdets paragrafnummer.")
    if code is Code.RANGE_ORDER:
        return f"{label}: närvaroperioden kan inte sluta före {at}, där den börjar."
    if code is Code.NO_PARAGRAPHS:
        return (f"{label}: sammanträdet har inga numrerade paragrafer ännu; ange närvaro för "
                "vissa paragrafer när dagordningen är klar.")
    return _exception_message(code, label, other, what or at)


def _exception_message(code: Code, label: str, other: str, what: str) -> str:
    if code is Code.TWICE:
        return f"{label} står två gånger under {what}."
    if code is Code.NOT_PRESENT:
        return (f"{label} finns inte i sammanträdets närvarolista; registrera närvaron först "
                f"({what}).")
    if code is Code.NOT_PRESENT_HERE:
        return (f"{label} är inte närvarande under {what} enligt närvarolistan; ändra "
                "närvaroperioden först.")
    if code is Code.SUBSTITUTE_NOT_AVAILABLE:
        return (f"{label} är inte närvarande ej tjänstgörande ersättare och kan inte gå in och "
                f"tjänstgöra under {what}.")
    if code is Code.SUBSTITUTE_WHOM:
        return f"Ange vem {label} tjänstgör i stället för under {what}."
    if code is Code.SUBSTITUTE_FOR_NOT_SERVING:
        return (f"{other} tjänstgör inte vid sammanträdet och kan därför inte ersättas av "
                f"{label} under {what}.")
    if code is Code.ONLY_SERVING_REPLACES:
        return f"Bara den som tjänstgör ersätter någon ({label}, {what})."
    if code is Code.ACTING_CHAIR_NOT_SERVING:
        return (f"{label} tjänstgör inte under {what} och kan inte vara tjänstgörande "
                "ordförande.")
    if code is Code.RECUSED:
        return f"{label} är jävig under {what} och deltar inte i handläggningen."
    if code is Code.ABSENT:
        return f"{label} är inte närvarande under {what}."
    if code is Code.NOT_SERVING:
        return f"{label} tjänstgör inte under {what}."
    if code is Code.NO_ATTENDANCE:
        return ("Närvaron är inte registrerad för sammanträdet; registrera vem som tjänstgör "
                "först.")
    raise ValueError(code)


def _range_text(numbers: Collection[int]) -> str:
    if not numbers:
        return ""
    low, high = min(numbers), max(numbers)
    return f" (§ {low})" if low == high else f" (§§ {low}{DASH}{high})"


def conflict_message(what: str, label: str, where: str,
                     kind: StatementKind | None = None) -> str:
    """Attendance would leave something recorded without the right to it (support.Conflict).

    `what`: "ballot", "proposal", "statement" or "concurrence"; `where`: "§ 16".
    """
    if what == "ballot":
        return (f"{label} har röstat i en omröstning under {where} och skulle inte längre få "
                "rösta; ta bort rösten först.")
    if what == "proposal":
        return (f"{label} har yrkat under {where} och skulle inte längre få yrka; ta bort "
                "yrkandet först.")
    kind = kind or StatementKind.RESERVATION
    noun, definite = STATEMENT_KIND_INDEFINITE[kind], STATEMENT_KIND_DEFINITE[kind]
    verb = "står bakom" if what == "statement" else "instämmer i"
    return (f"{label} {verb} {noun} under {where} och skulle inte längre få göra det; ändra "
            f"{definite} först.")
