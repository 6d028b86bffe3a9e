# SPDX-License-Identifier: EUPL-1.2
"""Rules of the organisation's set-up: periods, memberships, terms, bodies, people.

The services (kraftdesk.services.bodies, people, memberships, terms, member_lists) and the
JSON import (kraftdesk.interchange.rules) both ask these, so every way in refuses the same
things. Messages are Swedish and name what is wrong; the caller adds where (a form's field,
"rad 3" of a member list, a JSON path).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from kraftdesk.domain.errors import UserError

#: KL 5 kap. 69 §: minutes are justerade within 14 days.
MAX_JUSTERING_DAYS = 14
_TIME = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")
#: A plain address: no spaces, and none of the characters that separate or quote addresses
#: in a mail header (so that an address never becomes two, in an .eml or a mail program).
_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+")


def email_problem(email: str | None) -> str | None:
    """Why an e-mail address is none ("«eva-at-home» är ingen e-postadress"), or None."""
    if email is not None and not _EMAIL.fullmatch(email):
        return f"«{email}» är ingen e-postadress"
    return None


@dataclass(frozen=True)
class Period:
    """From and to, both days included; `ends_on` None: until further notice."""

    starts_on: date
    ends_on: date | None = None

    def overlaps(self, other: Period) -> bool:
        return ((self.ends_on is None or other.starts_on <= self.ends_on)
                and (other.ends_on is None or self.starts_on <= other.ends_on))

    def contains(self, day: date) -> bool:
        return self.starts_on <= day and (self.ends_on is None or day <= self.ends_on)

    def text(self) -> str:
        """ "2027-01-01–2030-12-31"; "från 2027-01-01" when open."""
        if self.ends_on is None:
            return f"från {self.starts_on.isoformat()}"
        return f"{self.starts_on.isoformat()}\u2013{self.ends_on.isoformat()}"


#: The first year of a term after the general election of 2022; terms run four years.
_FIRST_TERM_YEAR = 2023


def standard_term(on: date) -> Period:
    """The mandatperiod of nämnder and styrelser that `on` falls in: 1 January after an
    election year to 31 December four years on ("2023–2026", "2027–2030")."""
    first = _FIRST_TERM_YEAR + 4 * ((on.year - _FIRST_TERM_YEAR) // 4)
    return Period(date(first, 1, 1), date(first + 3, 12, 31))


def term_problem(period: Period, others: Iterable[Period]) -> str | None:
    """Why a term cannot be: reversed, open-ended, or overlapping another term."""
    if period.ends_on is None:
        return "en mandatperiod har ett slutdatum"
    problem = period_problem(period)
    if problem:
        return problem
    for other in others:
        if period.overlaps(other):
            return f"mandatperioden överlappar mandatperioden {other.text()}"
    return None


def period_problem(period: Period) -> str | None:
    """Why the period cannot be, or None."""
    if period.ends_on is not None and period.ends_on < period.starts_on:
        return (f"till-datumet {period.ends_on.isoformat()} är före från-datumet "
                f"{period.starts_on.isoformat()}")
    return None


def check_period(period: Period, *, what: str, field: str = "ends_on") -> None:
    """UserError "Uppdraget för Eva Ek (S) i KS: till-datumet … är före …" when reversed."""
    problem = period_problem(period)
    if problem:
        raise UserError(f"{what}: {problem}.", field=field)


def first_overlap(period: Period, others: Iterable[tuple[object, Period]]) -> object | None:
    """The key of the first of `others` whose period overlaps `period`, or None."""
    for key, other in others:
        if period.overlaps(other):
            return key
    return None


def overlap_message(person: str, body: str, period: Period, other: Period) -> str:
    """Why two seats of one person in one body cannot both be."""
    return (f"{person} har redan ett uppdrag i {body} ({other.text()}), som överlappar "
            f"{period.text()}. Avsluta det uppdraget först, eller ändra datumen.")


def time_of_day(text: str | None, *, what: str, field: str) -> str | None:
    """ "13:00" from "13:00", "13.00" or "9:30" (→ "09:30"); None for empty."""
    if text is None or not text.strip():
        return None
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise UserError(f"{what}: «{text.strip()}» är ingen tid; skriv den som TT:MM, till "
                        "exempel 13:00.", field=field)
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def check_justering_days(days: int | None) -> None:
    if days is not None and not 0 <= days <= MAX_JUSTERING_DAYS:
        raise UserError(f"Justeringen ska ske inom {MAX_JUSTERING_DAYS} dagar efter "
                        f"sammanträdet (kommunallagen 5 kap. 69 §); {days} dagar går inte.",
                        field="justering_days")


def proposes_to_cycle(body_id: int | None, target_id: int | None,
                      proposes_to: Mapping[int, int | None]) -> bool:
    """True when letting `body_id` propose to `target_id` would close a circle."""
    if target_id is None:
        return False
    if target_id == body_id:
        return True
    seen: set[int] = set()
    current: int | None = target_id
    while current is not None and current not in seen:
        if current == body_id:
            return True
        seen.add(current)
        current = proposes_to.get(current)
    return False


def check_short_name(text: str) -> str:
    """ "KS": no spaces or colons (it is written in references like KS:2027-01-13)."""
    text = text.strip()
    if not text:
        raise UserError("Organets kortnamn saknas (till exempel KS).", field="short_name")
    if len(text) > 20:
        raise UserError(f"Kortnamnet «{text}» är för långt (högst 20 tecken).",
                        field="short_name")
    if any(c.isspace() or c == ":" for c in text):
        raise UserError(f"Kortnamnet «{text}» får inte innehålla mellanslag eller kolon; det "
                        "används i referenser som KS:2027-01-13.", field="short_name")
    return text


def check_body_names(short_name: str, name: str) -> None:
    """The kortnamn is the short one and the name is written out: "KS" and "Kommunstyrelsen",
    not the two the other way round (the name is what the protocols print: "KS beslutar")."""
    if len(short_name) > len(name):
        raise UserError(f"Kortnamnet «{short_name}» är längre än namnet «{name}»; har de bytt "
                        "plats? Kortnamnet är förkortningen (till exempel KS) och namnet "
                        "skrivs ut i bestämd form (till exempel «Kommunstyrelsen»).",
                        field="short_name")
    if not any(c.islower() for c in name):
        raise UserError(f"Namnet «{name}» ser ut som ett kortnamn; skriv ut organets namn i "
                        "bestämd form, till exempel «Kommunstyrelsen». Det är det som står i "
                        "protokollen («Kommunstyrelsen beslutar»).", field="name")


def same_person_problem(name: str, party: str | None, note: str | None,
                        others: Iterable[str | None]) -> str | None:
    """Two people of one name and party are told apart by their notes: each needs one, and
    they must differ. `others`: the notes of those already there with that name and party."""
    others = list(others)
    if not others:
        return None
    shown = f"{name} ({party})" if party else name
    if not (note or "").strip():
        return (f"Det finns redan en {shown} i registret. Skriv en anteckning som skiljer "
                "dem åt (till exempel ort eller födelseår); den visas när man väljer person.")
    if any((o or "").strip().casefold() == note.strip().casefold() for o in others):
        return (f"Det finns redan en {shown} med anteckningen «{note.strip()}». Skriv en "
                "annan anteckning som skiljer dem åt.")
    if any(not (o or "").strip() for o in others):
        return (f"Det finns redan en {shown} utan anteckning. Ge den personen en anteckning "
                "först, så att de två går att skilja åt.")
    return None


def clean(text: str | None) -> str | None:
    """Stripped text, None for empty."""
    if text is None:
        return None
    text = " ".join(text.split()) if "\n" not in text else text.strip()
    return text or None
