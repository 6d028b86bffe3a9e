# SPDX-License-Identifier: EUPL-1.2
"""The references a secretary says: a meeting "KS:2026-01-07", a paragraph "KS:2026:16",
a body's year "KS:2026".

A paragraph reference is body, numbering series and number: the series is the year in the
per-year scheme ("KS:2026:16") and the meeting date in the per-minutes scheme
("KS:2026-01-07:3"). Used by the command line, the GUI and the interchange alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.errors import UserError
from kraftdesk.domain.limits import fits_integer
from kraftdesk.register.models import Body, Meeting, Paragraph

_MEETING = re.compile(
    r"^(?P<body>[^:\s]+):(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}))?$")
_PARAGRAPH = re.compile(
    r"^(?P<body>[^:\s]+):(?P<series>\d{4}(?:-\d{2}-\d{2})?):§?\s*(?P<number>\d+)$")
_YEAR = re.compile(r"^(?P<body>[^:\s]+):(?P<year>\d{4})$")


@dataclass(frozen=True)
class MeetingRef:
    body: str
    day: date
    at: time | None = None

    def __str__(self) -> str:
        text = f"{self.body}:{self.day.isoformat()}"
        return f"{text}T{self.at.strftime('%H:%M')}" if self.at else text


@dataclass(frozen=True)
class ParagraphRef:
    body: str
    series: str
    number: int

    def __str__(self) -> str:
        return f"{self.body}:{self.series}:{self.number}"


def parse_meeting_ref(text: str) -> MeetingRef:
    match = _MEETING.match(text.strip())
    if not match:
        raise UserError(
            f"«{text}» är ingen sammanträdesreferens. Skriv organets kortnamn och datum, "
            "till exempel KS:2026-01-07.",
            field="sammanträde",
        )
    day = _parse_date(match["day"], text)
    at = time.fromisoformat(match["time"]) if match["time"] else None
    return MeetingRef(match["body"], day, at)


def parse_paragraph_ref(text: str) -> ParagraphRef:
    match = _PARAGRAPH.match(text.strip())
    if not match:
        raise UserError(
            f"«{text}» är ingen paragrafreferens. Skriv organ, år och paragrafnummer, "
            "till exempel KS:2026:16.",
            field="paragraf",
        )
    if len(match["series"]) > 4:
        _parse_date(match["series"], text)
    return ParagraphRef(match["body"], match["series"], int(match["number"]))


def _parse_date(value: str, whole: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"Datumet {value} i «{whole}» finns inte.", field="datum") from None


def find_body(session: Session, short_name: str) -> Body:
    body = session.scalars(select(Body).where(Body.short_name == short_name)).first()
    if body is None:
        known = ", ".join(session.scalars(select(Body.short_name).order_by(Body.short_name)))
        hint = f" Organ i registret: {known}." if known else " Registret har inga organ ännu."
        raise UserError(f"Organet {short_name} finns inte i registret.{hint}", field="organ")
    return body


def find_meeting(session: Session, ref: MeetingRef | str | int) -> Meeting:
    """The meeting named by a reference ("KS:2026-01-07") or its id."""
    if isinstance(ref, int):
        meeting = session.get(Meeting, ref) if fits_integer(ref) else None
        if meeting is None:
            raise UserError(f"Sammanträdet nr {ref} finns inte i registret.",
                            field="sammanträde")
        return meeting
    if isinstance(ref, str):
        ref = parse_meeting_ref(ref)
    body = find_body(session, ref.body)
    start = datetime.combine(ref.day, ref.at or time.min)
    end = datetime.combine(ref.day, ref.at or time.max)
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.body_id == body.id, Meeting.starts_at >= start, Meeting.starts_at <= end)
        .order_by(Meeting.starts_at)
    ).all()
    if not meetings:
        raise UserError(f"{body.name} har inget sammanträde {ref.day.isoformat()}.",
                        field="sammanträde")
    if len(meetings) > 1:
        times = ", ".join(m.starts_at.strftime("%H:%M") for m in meetings)
        raise UserError(
            f"{body.name} har flera sammanträden {ref.day.isoformat()} (kl. {times}). "
            f"Ange tiden, till exempel "
            f"{ref.body}:{ref.day.isoformat()}T{meetings[0].starts_at:%H:%M}.",
            field="sammanträde",
        )
    return meetings[0]


def find_paragraph(session: Session, ref: ParagraphRef | str | int) -> Paragraph:
    """The paragraph named by a reference ("KS:2026:16") or its id."""
    if isinstance(ref, int):
        paragraph = session.get(Paragraph, ref) if fits_integer(ref) else None
        if paragraph is None:
            raise UserError(f"Paragrafen nr {ref} finns inte i registret.", field="paragraf")
        return paragraph
    if isinstance(ref, str):
        ref = parse_paragraph_ref(ref)
    body = find_body(session, ref.body)
    paragraph = session.scalars(
        select(Paragraph).where(
            Paragraph.body_id == body.id,
            Paragraph.series == ref.series,
            Paragraph.number == ref.number,
        )
    ).first() if fits_integer(ref.number) else None
    if paragraph is None:
        raise UserError(f"{body.name} har ingen § {ref.number} under {ref.series}.",
                        field="paragraf")
    return paragraph


def is_year_ref(text: str) -> bool:
    """True for a body's year ("KS:2026"), as opposed to a meeting ("KS:2026-01-07")."""
    return _YEAR.match(text.strip()) is not None


def find_year(session: Session, text: str) -> tuple[Body, list[Meeting]]:
    """The body of a year reference ("KS:2026") and its meetings that year, in order."""
    match = _YEAR.match(text.strip())
    if not match:
        raise UserError(f"«{text}» är inget organ och år. Skriv organets kortnamn och året, "
                        "till exempel KS:2026.", field="år")
    body = find_body(session, match["body"])
    year = int(match["year"])
    meetings = session.scalars(
        select(Meeting)
        .where(Meeting.body_id == body.id, Meeting.starts_at >= datetime(year, 1, 1),
               Meeting.starts_at < datetime(year + 1, 1, 1))
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    if not meetings:
        raise UserError(f"{body.name} har inga sammanträden under {year}.", field="år")
    return body, list(meetings)


def find_meeting_or_paragraph(session: Session, ref: str | int) -> Meeting | Paragraph:
    """A meeting ("KS:2026-01-07", or an id) or a paragraph ("KS:2026:16") by reference."""
    if isinstance(ref, int):
        return find_meeting(session, ref)
    text = ref.strip()
    if _MEETING.match(text):
        return find_meeting(session, text)
    if _PARAGRAPH.match(text):
        return find_paragraph(session, text)
    raise UserError(
        f"«{ref}» är varken en sammanträdes- eller en paragrafreferens. Skriv till exempel "
        "KS:2026-01-07 för ett sammanträde eller KS:2026:16 för en paragraf.",
        field="referens")


def meeting_ref(body: Body, meeting: Meeting) -> str:
    return f"{body.short_name}:{meeting.starts_at.date().isoformat()}"


def paragraph_ref(body: Body, paragraph: Paragraph) -> str:
    return f"{body.short_name}:{paragraph.series}:{paragraph.number}"
