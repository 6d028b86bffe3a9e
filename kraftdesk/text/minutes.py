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
from kraftdesk.text.formats import clock, iso_date, long_date, person
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
from kraftdesk.text.participation import clock_span, paragraph_span, presence_note, spans
from kraftdesk.text.vocabulary import ATTENDANCE_KIND, FIRST_VICE_CHAIR, ROLE

DASH = "\u2013"  # en dash, for spans: "kl. 13:00–15:10", "Paragrafer 1–16"
NBSP = "\u00a0"  # keeps "2026-01-07 kl. 13:00" on one line


@dataclass(frozen=True)
class Present:
    """A person at the meeting in one capacity, as the front page lists them."""

    person: PersonName
    kind: AttendanceKind
    role: Role | None = None  # the person's role in the body (chair, vice chair …)
    replaces: PersonName | None = None  # a serving substitute: the member served for
    note: str | None = None  # "deltar digitalt"
    # The paragraphs (from §, to and including §; None: open) of each period in this
    # capacity; empty or one (None, None): the whole meeting.
    periods: tuple[tuple[int | None, int | None], ...] = ()
    arrived_at: datetime | None = None  # "kl. 17:20"
    left_at: datetime | None = None


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


def _presence(present: Present) -> str | None:
    """ "§§ 5–12 (kl. 17:20–19:05)", "från § 5", "till och med § 12"; None: all of it."""
    return presence_note(spans(present.periods) if present.periods else "",
                         clock_span(present.arrived_at, present.left_at)) or None


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
    return _with_note(_with_note(text, _presence(present)), present.note)


def other_line(present: Present) -> str:
    """ "Eva Lund (V), ersättare"; "Pamela Lindqvist, nämndsekreterare"."""
    text = person(present.person)
    if present.kind is AttendanceKind.SUBSTITUTE:
        text += f", {ROLE[Role.SUBSTITUTE]}"
    elif present.person.title:
        text += f", {_lower_title(present.person.title)}"
    return _with_note(_with_note(text, _presence(present)), present.note)


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
                 approvers: Sequence[PersonName], approval: str,
                 attendance_appendix: int | None = None,
                 immediate: Sequence[str] = ()) -> tuple[LabelledValue, ...]:
    """The fields of the front page, in their usual order; empty ones are left out.

    `attendance_appendix`: the närvarolista is that bilaga ("Beslutande: se bilaga 1");
    `immediate`: the sentences of the omedelbart justerade paragraphs.
    """
    fields = [
        LabelledValue("Plats och tid", (place,)),
        LabelledValue("Beslutande", (appendix_reference(attendance_appendix),)
                      if attendance_appendix is not None else tuple(deciding)),
        LabelledValue("Övriga närvarande", tuple(others)),
        LabelledValue("Utses att justera", tuple(person(p) for p in approvers)),
        LabelledValue("Justeringens plats och tid", (approval,)),
        LabelledValue("Omedelbar justering", tuple(immediate)),
    ]
    return tuple(f for f in fields if any(line.strip() for line in f.lines))


def appendix_reference(number: int) -> str:
    """ "se bilaga 1" (Beslutande on the front page of large protocols)."""
    return f"se bilaga {number}"


def immediate_sentence(number: int | None, approved_on: date,
                       approved_at: datetime | None = None) -> str:
    """ "§ 18 justerades omedelbart den 17 mars 2015 kl. 21:40." """
    when = f"den {long_date(approved_on)}"
    if approved_at is not None and approved_at.date() == approved_on:
        when += f" {clock(approved_at)}"
    label = f"§ {number}" if number is not None else "Paragrafen"
    return f"{label} justerades omedelbart {when}."


def numbers_text(numbers: Iterable[int]) -> str:
    """ "§ 18", "§§ 414–416", "§§ 1–17, 19–20" (paragraph_range's spans after "§§")."""
    span = paragraph_range(numbers)
    if span.startswith("Paragraf "):
        return "§ " + span.removeprefix("Paragraf ")
    return "§§ " + span.removeprefix("Paragrafer ") if span else ""


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


@dataclass(frozen=True)
class Signer:
    """Someone who justerade (or is to justera) some of the paragraphs."""

    person: PersonName
    chair: bool  # as ordförande; otherwise as justerare
    first: int | None = None  # the paragraphs justerade (None: all of them)
    last: int | None = None
    replaces: PersonName | None = None  # the appointed justerare or chair stood in for
    immediate: int | None = None  # the § justerad omedelbart (a signer of that only)


def signer_note(signer: Signer) -> str | None:
    """ "§§ 12–17", "i stället för Bo Ek", "§ 18, omedelbar justering"."""
    parts = []
    if signer.immediate is not None:
        parts.append(f"§ {signer.immediate}, omedelbar justering")
    else:
        span = paragraph_span(signer.first, signer.last)
        if span:
            parts.append(span)
    if signer.replaces is not None:
        parts.append(f"i stället för {signer.replaces.name}")
    return ", ".join(parts) or None


def signature_fields(*, secretary: PersonName | None, chair: PersonName | None,
                     approvers: Sequence[PersonName], numbers: Iterable[int],
                     signers: Sequence[Signer] = ()) -> tuple[SignatureField, ...]:
    """Underskrifter: Sekreterare (with the paragraphs), Ordförande, Justerande.

    `signers`: who justerade what (after justering); otherwise the chair and the appointed
    justerare. The secretary's line is there even when the secretary is not named yet.
    """
    fields = [SignatureField("Sekreterare", secretary.name if secretary else "",
                             paragraph_range(numbers) or None)]
    if signers:
        ordered = sorted(signers, key=lambda s: (s.immediate is not None, not s.chair))
        fields.extend(SignatureField("Ordförande" if s.chair else "Justerande", s.person.name,
                                     signer_note(s)) for s in ordered)
        return tuple(fields)
    if chair is not None:
        fields.append(SignatureField("Ordförande", chair.name))
    fields.extend(SignatureField("Justerande", p.name) for p in approvers)
    return tuple(fields)


POSTING_HEADING = "ANSLAG/BEVIS"
POSTING_STATEMENT = "Protokollet är justerat. Justeringen har tillkännagivits genom anslag."
IMMEDIATE_POSTING_STATEMENT = ("Paragrafen är omedelbart justerad. Justeringen har "
                               "tillkännagivits genom anslag.")


def posting_fields(*, body_name: str, meeting_day: date, posted_on: date | None,
                   taken_down_on: date | None, appeal_last_day: date | None,
                   kept_at: str | None, secretary: PersonName | None,
                   paragraphs: str | None = None, immediate: int | None = None,
                   approved_on: date | None = None) -> tuple[LabelledValue, ...]:
    """The Anslag/Bevis block of justerade minutes (the first value is its heading).

    `immediate`: the block of a paragraph justerad omedelbart, with its own dates (its
    appeal period runs from its own anslag, KL 13 kap. 5 §); `paragraphs` ("§§ 1–17, 19")
    names what the minutes' block covers when some paragraphs have their own.
    """
    def day(d: date | None) -> tuple[str, ...]:
        return (iso_date(d),) if d else ("",)

    signer = (secretary.name,) if secretary else ()
    if immediate is not None:
        head = [LabelledValue(f"{POSTING_HEADING} § {immediate}", (IMMEDIATE_POSTING_STATEMENT,)),
                LabelledValue("Organ", (body_name,)),
                LabelledValue("Sammanträdesdatum", (iso_date(meeting_day),)),
                LabelledValue("Paragraf", (f"§ {immediate}",)),
                LabelledValue("Datum för justering", day(approved_on))]
    else:
        head = [LabelledValue(POSTING_HEADING, (POSTING_STATEMENT,)),
                LabelledValue("Organ", (body_name,)),
                LabelledValue("Sammanträdesdatum", (iso_date(meeting_day),))]
        if paragraphs:
            head.append(LabelledValue("Paragrafer", (paragraphs,)))
    return (
        *head,
        LabelledValue("Datum då anslaget sätts upp", day(posted_on)),
        LabelledValue("Datum då anslaget tas ned", day(taken_down_on)),
        LabelledValue("Sista dag för överklagande", day(appeal_last_day)),
        LabelledValue("Förvaringsplats för protokollet", ((kept_at or "").strip() or "",)),
        LabelledValue("Underskrift", ("", *signer)),
    )


def approval_day_field(approved_on: date) -> LabelledValue:
    """On an extract: the day the minutes were justerade."""
    return LabelledValue("Dag för justering", (iso_date(approved_on),))


UNJUSTERAT_HEADING = "UTKAST"
UNJUSTERAT_TEXT = ("Protokollet är inte justerat. Utdraget är ett utkast och kan inte bestyrkas "
                   "förrän protokollet har justerats.")


def draft_extract_mark() -> LabelledValue:
    """Where a justerat extract has its certification: the extract is a draft."""
    return LabelledValue(UNJUSTERAT_HEADING, (UNJUSTERAT_TEXT,))


def extract_fields(*, numbers: Sequence[int], approvals: Sequence[tuple[str, date]],
                   postings: Sequence[tuple[str, date | None, date | None]],
                   immediate: Sequence[str]) -> tuple[LabelledValue, ...]:
    """The fields of an extract: its paragraphs, the day (or days) of justering, the anslag.

    `approvals`: (what, day) per distinct justering, what being "" when there is one;
    `postings`: (what, anslag day, last appeal day); `immediate`: the omedelbar sentences.
    """
    def line(what: str, text: str) -> str:
        return f"{what}: {text}" if what else text

    fields = [LabelledValue("Paragrafer" if len(set(numbers)) > 1 else "Paragraf",
                            (numbers_text(numbers),))] if numbers else []
    fields.append(LabelledValue("Dag för justering",
                                tuple(line(w, iso_date(d)) for w, d in approvals)))
    fields.append(LabelledValue("Omedelbar justering", tuple(immediate)))
    fields.append(LabelledValue("Anslaget uppsatt", tuple(
        line(w, iso_date(d)) for w, d, _ in postings if d is not None)))
    fields.append(LabelledValue("Sista dag för överklagande", tuple(
        line(w, iso_date(d)) for w, _, d in postings if d is not None)))
    return tuple(f for f in fields if any(x.strip() for x in f.lines))


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


NOTICE_HEADING = "Tillkännagivande om justerat protokoll"
APPEAL_NOTICE = ("Den som vill överklaga ett beslut genom laglighetsprövning (13 kap. "
                 "kommunallagen) ska ge in överklagandet till förvaltningsrätten inom tre veckor "
                 "från den dag då justeringen tillkännagavs på anslagstavlan.")


def posting_notice(*, organisation: str, body_name: str, meeting_day: date, paragraphs: str,
                   immediate: bool, approved_on: date, posted_on: date | None,
                   appeal_last_day: date | None, taken_down_on: date | None,
                   kept_at: str | None) -> tuple[str, ...]:
    """The public notice (tillkännagivande) of a justering on the anslagstavla (KL 8 kap.
    12 §): for the minutes, or a paragraph justerad omedelbart with its own dates."""
    def day(d: date | None) -> str:
        return iso_date(d) if d else "inte registrerat ännu"

    what = f"{paragraphs} (omedelbart justerad)" if immediate else paragraphs
    return (
        NOTICE_HEADING,
        f"{body_name}, {organisation}",
        f"Sammanträdesdatum: {iso_date(meeting_day)}",
        f"{'Paragraf' if immediate else 'Paragrafer'}: {what}",
        f"Justering: {iso_date(approved_on)}",
        f"Anslaget sätts upp: {day(posted_on)}",
        f"Sista dag för överklagande: {day(appeal_last_day)}",
        f"Anslaget tas ned: {day(taken_down_on)}",
        f"Förvaringsplats för protokollet: {(kept_at or '').strip() or 'inte angiven'}",
        APPEAL_NOTICE,
    )
