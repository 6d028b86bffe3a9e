# SPDX-License-Identifier: EUPL-1.2
"""The Swedish wording of the minutes around the paragraphs.

The front page (Plats och tid, Beslutande, Övriga närvarande, Utses att justera,
Justeringens plats och tid, Underskrifter), the Anslag/Bevis block, the certification of an
extract, the distribution list, and the PDF metadata and file names. The fixed words of the
page furniture live in kraftdesk.text.furniture (re-exported here).

Dates in fields are ISO ("2026-01-07"); times "kl. 10:00"; spans with an en dash.
Two conventions of kraftdesk.documents apply to the LabelledValues made here: an empty
line is drawn as a dotted line to sign on, and the first LabelledValue of the Anslag/Bevis
block is its heading, with the statement under it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from kraftdesk.domain.document import LabelledValue, SignatureField
from kraftdesk.domain.enums import AttendanceKind, Role
from kraftdesk.domain.values import PersonName
from kraftdesk.text.formats import clock, iso_date, person
from kraftdesk.text.furniture import (  # noqa: F401 (the page furniture, re-exported)
    CERTIFICATION_BOX,
    DRAFT_MARK,
    EXTRACT_HEADING,
    MEETING_DATE_LABEL,
    MINUTES_HEADING,
    SIGNATURE_BOX,
    SIGNATURES_LABEL,
    appendix_mark,
    page_number,
)
from kraftdesk.text.vocabulary import ATTENDANCE_KIND, FIRST_VICE_CHAIR, ROLE

DASH = "\u2013"  # en dash, for spans: "kl. 13:00–15:10", "Paragrafer 1–16"
NBSP = "\u00a0"  # keeps "2026-01-07 kl. 13:00" on one line


@dataclass(frozen=True)
class Present:
    """A person at the meeting, as the front page lists them."""

    person: PersonName
    kind: AttendanceKind
    role: Role | None = None  # the person's role in the body (chair, vice chair …)
    replaces: PersonName | None = None  # a serving substitute: the member served for
    note: str | None = None  # "§§ 1–10", "deltar digitalt"


_ROLE_ORDER = {Role.CHAIR: 0, Role.VICE_CHAIR: 1, Role.SECOND_VICE_CHAIR: 2}


def _role_word(role: Role | None, has_second_vice: bool) -> str | None:
    if role is Role.VICE_CHAIR and has_second_vice:
        return FIRST_VICE_CHAIR
    return ROLE[role] if role in _ROLE_ORDER else None


def _lower_title(title: str) -> str:
    # "Nämndsekreterare" → "nämndsekreterare"; "IT-strateg" and "HR-chef" keep capitals.
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        return title[0].lower() + title[1:]
    return title


def _with_note(text: str, note: str | None) -> str:
    return f"{text}, {note.strip()}" if note and note.strip() else text


def deciding_line(present: Present, has_second_vice: bool = False) -> str:
    """ "Anna Svensson (S), ordförande"; "Lisa Ny (C), tjänstgörande ersättare för Per Gran (C)"."""
    text = person(present.person)
    if present.kind is AttendanceKind.SERVING_SUBSTITUTE:
        text += f", {ATTENDANCE_KIND[AttendanceKind.SERVING_SUBSTITUTE].lower()}"
        if present.replaces is not None:
            text += f" för {person(present.replaces)}"
    else:
        role = _role_word(present.role, has_second_vice)
        if role:
            text += f", {role}"
    return _with_note(text, present.note)


def other_line(present: Present) -> str:
    """ "Eva Lund (V), ersättare"; "Pamela Lindqvist, nämndsekreterare"."""
    text = person(present.person)
    if present.kind is AttendanceKind.SUBSTITUTE:
        text += f", {ROLE[Role.SUBSTITUTE]}"
    elif present.person.title:
        text += f", {_lower_title(present.person.title)}"
    return _with_note(text, present.note)


def deciding_lines(attendance: Sequence[Present]) -> tuple[str, ...]:
    """Beslutande: the chair and vice chairs first, then in the order of the list."""
    deciding = [p for p in attendance
                if p.kind in (AttendanceKind.MEMBER, AttendanceKind.SERVING_SUBSTITUTE)]
    has_second = any(p.role is Role.SECOND_VICE_CHAIR for p in deciding)

    def order(item: tuple[int, Present]) -> tuple[int, int]:
        index, p = item
        rank = _ROLE_ORDER.get(p.role, 3) if p.kind is AttendanceKind.MEMBER and p.role else 3
        return rank, index

    ranked = sorted(enumerate(deciding), key=order)
    return tuple(deciding_line(p, has_second) for _, p in ranked)


def other_lines(attendance: Sequence[Present]) -> tuple[str, ...]:
    """Övriga närvarande: substitutes not serving, then officials, then others."""
    rank = {AttendanceKind.SUBSTITUTE: 0, AttendanceKind.OFFICIAL: 1, AttendanceKind.OTHER: 2}
    others = [(rank[p.kind], i, p) for i, p in enumerate(attendance) if p.kind in rank]
    return tuple(other_line(p) for _, _, p in sorted(others, key=lambda t: (t[0], t[1])))


def _at(moment: datetime) -> str:
    """ "2026-01-07 kl. 13:00", with no-break spaces (it never breaks across lines)."""
    return f"{iso_date(moment.date())} {clock(moment)}".replace(" ", NBSP)


def place_and_time(place: str | None, starts_at: datetime, ends_at: datetime | None) -> str:
    """ "Stadshuset, Malmö, 2026-01-07 kl. 13:00–15:10" (no-break spaces in the time)."""
    when = _at(starts_at)
    if ends_at is not None:
        when += f"{DASH}{ends_at:%H:%M}" if ends_at.date() == starts_at.date() \
            else f" {DASH} {_at(ends_at)}"
    return f"{place.strip()}, {when}" if place and place.strip() else when


def approval_place_and_time(place: str | None, due_at: datetime | None,
                            approved_on: date | None = None) -> str:
    """ "Stadshuset, 2026-01-14 kl. 10:00"; after justering on another day, that day."""
    if approved_on is not None and (due_at is None or due_at.date() != approved_on):
        when = iso_date(approved_on)
    elif due_at is not None:
        when = _at(due_at)
    else:
        when = ""
    parts = [part for part in ((place or "").strip(), when) if part]
    return ", ".join(parts)


def front_fields(*, place: str, deciding: Sequence[str], others: Sequence[str],
                 approvers: Sequence[PersonName], approval: str) -> tuple[LabelledValue, ...]:
    """The fields of the front page, in their usual order; empty ones are left out."""
    fields = [
        LabelledValue("Plats och tid", (place,)),
        LabelledValue("Beslutande", tuple(deciding)),
        LabelledValue("Övriga närvarande", tuple(others)),
        LabelledValue("Utses att justera", tuple(person(p) for p in approvers)),
        LabelledValue("Justeringens plats och tid", (approval,)),
    ]
    return tuple(f for f in fields if any(line.strip() for line in f.lines))


def paragraph_range(numbers: Iterable[int]) -> str:
    """ "Paragrafer 1–16"; "Paragraf 16"; gaps: "Paragrafer 1–5, 7–16"."""
    ordered = sorted(set(numbers))
    if not ordered:
        return ""
    if len(ordered) == 1:
        return f"Paragraf {ordered[0]}"
    runs: list[list[int]] = []
    for n in ordered:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    spans = [str(r[0]) if len(r) == 1 else f"{r[0]}{DASH}{r[-1]}" for r in runs]
    return "Paragrafer " + ", ".join(spans)


def signature_fields(*, secretary: PersonName | None, chair: PersonName | None,
                     approvers: Sequence[PersonName],
                     numbers: Iterable[int]) -> tuple[SignatureField, ...]:
    """Underskrifter: Sekreterare (with the paragraphs), Ordförande, Justerande."""
    fields: list[SignatureField] = []
    if secretary is not None:
        fields.append(SignatureField("Sekreterare", secretary.name,
                                     paragraph_range(numbers) or None))
    if chair is not None:
        fields.append(SignatureField("Ordförande", chair.name))
    fields.extend(SignatureField("Justerande", p.name) for p in approvers)
    return tuple(fields)


POSTING_HEADING = "ANSLAG/BEVIS"
POSTING_STATEMENT = "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."


def posting_fields(*, body_name: str, meeting_day: date, posted_on: date | None,
                   taken_down_on: date | None, appeal_last_day: date | None,
                   kept_at: str | None, secretary: PersonName | None
                   ) -> tuple[LabelledValue, ...]:
    """The Anslag/Bevis block of justerade minutes (the first value is its heading)."""
    def day(d: date | None) -> tuple[str, ...]:
        return (iso_date(d),) if d else ("",)

    signer = (secretary.name,) if secretary else ()
    return (
        LabelledValue(POSTING_HEADING, (POSTING_STATEMENT,)),
        LabelledValue("Organ", (body_name,)),
        LabelledValue("Sammanträdesdatum", (iso_date(meeting_day),)),
        LabelledValue("Datum då anslaget sätts upp", day(posted_on)),
        LabelledValue("Datum då anslaget tas ned", day(taken_down_on)),
        LabelledValue("Sista dag för överklagande", day(appeal_last_day)),
        LabelledValue("Förvaringsplats för protokollet", ((kept_at or "").strip() or "",)),
        LabelledValue("Underskrift", ("", *signer)),
    )


def approval_day_field(approved_on: date) -> LabelledValue:
    """On an extract: the day the minutes were justerade."""
    return LabelledValue("Dag för justering", (iso_date(approved_on),))


def certification(secretary: PersonName | None, on: date) -> LabelledValue:
    """ "Rätt utdraget intygar:", a line to sign on, the name, the title and the date."""
    lines: list[str] = [""]
    if secretary is not None:
        lines.append(secretary.name)
        if secretary.title:
            lines.append(secretary.title)
    lines.append(iso_date(on))
    return LabelledValue("Rätt utdraget intygar:", tuple(lines))


def distribution(heading: str, recipients: Iterable[str]) -> LabelledValue | None:
    """ "Protokollsutdrag skickas till" (the organisation's heading) and the recipients."""
    seen: list[str] = []
    for recipient in recipients:
        if recipient.strip() and recipient.strip() not in seen:
            seen.append(recipient.strip())
    return LabelledValue(heading, tuple(seen)) if seen else None


def document_title(heading: str, body_name: str, meeting_day: date,
                   labels: Sequence[str] = ()) -> str:
    """PDF title: "Sammanträdesprotokoll Kommunstyrelsen 2026-01-07" (+ "§ 16" for extracts)."""
    title = f"{heading} {body_name} {iso_date(meeting_day)}"
    return f"{title} {', '.join(labels)}" if labels else title


def document_subject(body_name: str, meeting_day: date, numbers: Iterable[int]) -> str:
    """PDF subject: "Kommunstyrelsen, sammanträde 2026-01-07, paragrafer 1–16"."""
    span = paragraph_range(numbers)
    text = f"{body_name}, sammanträde {iso_date(meeting_day)}"
    return f"{text}, {span[:1].lower()}{span[1:]}" if span else text


def appendices_title(body_name: str, meeting_day: date, numbers: Sequence[int]) -> str:
    """PDF title of the bilagor on their own: "Bilagor Kommunstyrelsen 2026-01-07"."""
    word = "Bilaga" if len(numbers) == 1 else "Bilagor"
    listed = ", ".join(str(n) for n in numbers)
    return f"{word} {listed} {body_name} {iso_date(meeting_day)}".replace("  ", " ")


_UNSAFE = str.maketrans({c: "-" for c in '/\\:*?"<>|'})


def file_name(body_short_name: str, meeting_day: date, label: str | None = None,
              suffix: str = ".pdf") -> str:
    """ "KS 2026-01-07 § 16.pdf"; without a label "KS 2026-01-07.pdf"."""
    name = f"{body_short_name} {iso_date(meeting_day)}"
    if label:
        name += f" {label}"
    return " ".join(name.translate(_UNSAFE).split()) + suffix
