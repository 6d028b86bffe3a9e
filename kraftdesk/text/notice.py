# SPDX-License-Identifier: EUPL-1.2
"""The kallelse with its föredragningslista, and the tilläggskallelse.

    Kallelse till sammanträde med kommunstyrelsen
    Tid     onsdagen den 13 januari 2027 kl. 13:00
    Plats   Stadshuset, Malmö
    Ledamöterna och ersättarna i kommunstyrelsen kallas till sammanträde onsdagen den
    13 januari 2027 kl. 13:00 i Stadshuset, Malmö.
    Förhinder: the organisation's wording.
    Föredragningslista: "1. Budget 2027", its diarienummer, föredragande and handlingar.
    Ledamöter, Ersättare: "Anna Svensson (S), ordförande", …
    the chair and the secretary.

A tilläggskallelse lists only the ärenden added after the kallelse was sent, under the same
numbers as on the agenda. Dates in running text: "13 januari 2027"; in fields ISO.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from babel.dates import format_date

from kraftdesk.domain.document import (
    Block,
    LabelledValue,
    NoticeDoc,
    NumberedList,
    Section,
    SignatureLines,
    Text,
)
from kraftdesk.domain.enums import Role
from kraftdesk.domain.values import BodyName, CalledValue, NoticeItemValue, NoticeValue
from kraftdesk.text import formats as f
from kraftdesk.text import minutes
from kraftdesk.text.vocabulary import FIRST_VICE_CHAIR, ROLE

NOTICE_HEADING = "Kallelse"
SUPPLEMENTARY_HEADING = "Tilläggskallelse"
DRAFT_MARK = "Utkast – inte skickad"
AGENDA_HEADING = "Föredragningslista"
ADDED_HEADING = "Tillkommande ärenden"

_PRESIDIUM = (Role.CHAIR, Role.VICE_CHAIR, Role.SECOND_VICE_CHAIR)


def weekday_date(day: date) -> str:
    """ "onsdagen den 13 januari 2027"."""
    weekday = format_date(day, "EEEE", locale=f.LOCALE)
    return f"{weekday}en den {f.long_date(day)}"


def when(starts_at: datetime) -> str:
    """ "onsdagen den 13 januari 2027 kl. 13:00"."""
    return f"{weekday_date(starts_at.date())} {f.clock(starts_at)}"


def called_line(called: CalledValue, *, has_second_vice: bool = False) -> str:
    """ "Anna Svensson (S), ordförande"; "Bo Ek (S)"."""
    role = ROLE[called.role] if called.role in _PRESIDIUM else None
    if called.role is Role.VICE_CHAIR and has_second_vice:
        role = FIRST_VICE_CHAIR
    return f"{f.person(called.person)}, {role}" if role else f.person(called.person)


def item_lines(item: NoticeItemValue) -> str:
    """The lines of one ärende: title, diarienummer, föredragande, handlingar."""
    lines = [item.title]
    if item.case_number:
        lines.append(f"Diarienummer: {item.case_number}")
    if item.presenter:
        lines.append(f"Föredragande: {item.presenter}")
    if item.documents:
        lines.append("Handlingar:")
        lines += [f"– {d}" for d in item.documents]
    return "\n".join(lines)


def intro(v: NoticeValue) -> str:
    place = f" i {v.place.strip()}" if v.place and v.place.strip() else ""
    if v.supplementary:
        return (f"Till {f.body_genitive(v.body)} sammanträde {when(v.starts_at)}{place} har "
                "följande ärenden tillkommit efter kallelsen. De behandlas utöver ärendena "
                "i kallelsen.")
    who = "Ledamöterna och ersättarna" if v.substitutes else "Ledamöterna"
    return (f"{who} i {f.body_running(v.body)} kallas till sammanträde "
            f"{when(v.starts_at)}{place}.")


def title(v: NoticeValue) -> str:
    word = SUPPLEMENTARY_HEADING if v.supplementary else NOTICE_HEADING
    return f"{word} till sammanträde med {f.body_running(v.body)}"


def _fields(v: NoticeValue) -> tuple[LabelledValue, ...]:
    fields = [LabelledValue("Tid", (when(v.starts_at),))]
    if v.place and v.place.strip():
        fields.append(LabelledValue("Plats", (v.place.strip(),)))
    if v.sent_on is not None:
        fields.append(LabelledValue("Skickad", (f.iso_date(v.sent_on),)))
    return tuple(fields)


def _people(called: tuple[CalledValue, ...]) -> Text:
    second = any(c.role is Role.SECOND_VICE_CHAIR for c in called)
    return Text("\n".join(called_line(c, has_second_vice=second) for c in called))


def _signature(v: NoticeValue) -> tuple[Block, ...]:
    lines: list[str] = []
    if v.chair is not None:
        lines += [f.person(v.chair), "Ordförande"]
    if v.secretary is not None:
        if lines:
            lines.append("")
        lines += [v.secretary.name, v.secretary.title or "Sekreterare"]
    return (SignatureLines(tuple(lines)),) if lines else ()


def compose_notice(v: NoticeValue) -> NoticeDoc:
    """The kallelse (or tilläggskallelse) as printed; a draft while `sent_on` is None."""
    sections = [Section(None, (Text(intro(v)),))]
    if not v.supplementary:
        sections.append(Section("Förhinder", (Text(v.absence_text.strip()),)))
    items = tuple(NumberedList((item_lines(item),), start=item.number) for item in v.items)
    sections.append(Section(ADDED_HEADING if v.supplementary else AGENDA_HEADING, items))
    if v.members:
        sections.append(Section("Ledamöter", (_people(v.members),)))
    if v.substitutes:
        sections.append(Section("Ersättare", (_people(v.substitutes),)))
    signature = _signature(v)
    if signature:
        sections.append(Section(None, signature))
    heading = SUPPLEMENTARY_HEADING if v.supplementary else NOTICE_HEADING
    day = v.starts_at.date()
    return NoticeDoc(
        organisation=v.organisation, body_name=v.body.name, meeting_date=day,
        heading=heading, title=title(v), is_final=v.sent_on is not None,
        draft_mark=DRAFT_MARK, fields=_fields(v), sections=tuple(sections),
        subject=f"{heading} {v.body.name} {f.iso_date(day)}",
        keywords=tuple(dict.fromkeys(i.case_number for i in v.items if i.case_number)),
    )


def file_name(body_short_name: str, meeting_day: date, *, supplementary: bool) -> str:
    """ "KS 2027-01-13 kallelse.pdf", "KS 2027-01-13 tilläggskallelse.pdf"."""
    return minutes.file_name(body_short_name, meeting_day,
                             "tilläggskallelse" if supplementary else "kallelse")


# --- what the checker says ----------------------------------------------------------------

def _days(n: int) -> str:
    return "1 dag" if n == 1 else f"{n} dagar"


def _rule(body: BodyName, days: int, latest: date) -> str:
    return (f"{f.body_running(body)} ska kallas minst {_days(days)} före sammanträdet "
            f"(senast {f.iso_date(latest)})")


def sent_late(reference: str, body: BodyName, *, supplementary: bool, sent_on: date,
              meeting_day: date, days: int) -> str:
    """ "Kallelsen till KS:2027-01-13 skickades 2027-01-10, 3 dagar före sammanträdet;
    kommunstyrelsen ska kallas minst 7 dagar före sammanträdet (senast 2027-01-06)." """
    what = "Tilläggskallelsen" if supplementary else "Kallelsen"
    before = (meeting_day - sent_on).days
    latest = meeting_day - timedelta(days=days)
    return (f"{what} till {reference} skickades {f.iso_date(sent_on)}, {_days(before)} före "
            f"sammanträdet; {_rule(body, days, latest)}.")


def not_sent(reference: str, body: BodyName, *, meeting_day: date, days: int) -> str:
    latest = meeting_day - timedelta(days=days)
    return f"Kallelsen till {reference} är inte skickad; {_rule(body, days, latest)}."


def items_added(reference: str, titles: tuple[str, ...]) -> str:
    """ "2 ärenden på föredragningslistan till KS:… har tillkommit efter kallelsen (…);
    skicka en tilläggskallelse." """
    count = "1 ärende" if len(titles) == 1 else f"{len(titles)} ärenden"
    listed = ", ".join(f"«{t}»" for t in titles)
    return (f"{count} på föredragningslistan till {reference} har tillkommit efter kallelsen "
            f"({listed}); skicka en tilläggskallelse.")


def sent_label(*, supplementary: bool, sent_on: date) -> str:
    """ "Kallelse skickad 2027-01-05", "Tilläggskallelse skickad 2027-01-09"."""
    what = SUPPLEMENTARY_HEADING if supplementary else NOTICE_HEADING
    return f"{what} skickad {f.iso_date(sent_on)}"
