# SPDX-License-Identifier: EUPL-1.2
"""The references a secretary says: a meeting "KS:2026-01-07", a paragraph "KS:2026:16",
a body's year "KS:2026".

A paragraph reference is body, numbering series and number: the series is the year in the
per-year scheme ("KS:2026:16") and the meeting date in the per-minutes scheme
("KS:2026-01-07:3"). Used by the command line, the GUI and the interchange alike.

The lookups read through the named statements of kraftdesk.reading.queries: `body_row` and
`meeting_row` give rows (on a session, a connection or a rows source), the find_… functions
the model's object in the caller's session. This module imports no SQLAlchemy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from kraftdesk.domain.errors import UserError
from kraftdesk.domain.limits import fits_integer
from kraftdesk.reading.rows import rows_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

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


#: The longest reference there can be: a body's short name (at most 20 characters), a date,
#: a time or a paragraph number, with room to spare.
_LONGEST = 60


def _not_too_long(text: str, example: str, field: str) -> None:
    """A pasted document is not repeated back whole in the message that refuses it."""
    if len(text.strip()) > _LONGEST:
        length = f"{len(text.strip()):,}".replace(",", " ")
        raise UserError(f"«{text.strip()[:30]}…» är ingen referens: den är {length} tecken "
                        f"lång, och en referens som {example} har högst {_LONGEST}.",
                        field=field)


def parse_meeting_ref(text: str) -> MeetingRef:
    _not_too_long(text, "KS:2026-01-07", "sammanträde")
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
    _not_too_long(text, "KS:2026:16", "paragraf")
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


def _model(session: Session, name: str, row_id: int) -> Any:
    """The model's object of a row found here, in the caller's session."""
    from kraftdesk.register import models

    return session.get_one(getattr(models, name), row_id)


def body_row(reader: Any, short_name: str) -> Any:
    """The body with this short name (a row), or a UserError naming the bodies there are."""
    source = rows_of(reader)
    body = source.first("body_by_short_name", short_name=short_name)
    if body is None:
        known = ", ".join(r.short_name for r in source.all("body_short_names"))
        hint = f" Organ i registret: {known}." if known else " Registret har inga organ ännu."
        raise UserError(f"Organet {short_name} finns inte i registret.{hint}", field="organ")
    return body


def find_body(session: Session, short_name: str) -> Body:
    return _model(session, "Body", body_row(session, short_name).id)


def meeting_row(reader: Any, ref: MeetingRef | str | int) -> Any:
    """The meeting (a row) named by a reference ("KS:2026-01-07") or its id."""
    source = rows_of(reader)
    if isinstance(ref, int):
        meeting = source.first("meeting", id=ref) if fits_integer(ref) else None
        if meeting is None:
            raise UserError(f"Sammanträdet nr {ref} finns inte i registret.",
                            field="sammanträde")
        return meeting
    if isinstance(ref, str):
        ref = parse_meeting_ref(ref)
    body = body_row(source, ref.body)
    start = datetime.combine(ref.day, ref.at or time.min)
    end = datetime.combine(ref.day, ref.at or time.max)
    meetings = source.all("meetings_of_body_between", body_id=body.id, start=start, end=end)
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


def find_meeting(session: Session, ref: MeetingRef | str | int) -> Meeting:
    """The meeting named by a reference ("KS:2026-01-07") or its id."""
    return _model(session, "Meeting", meeting_row(session, ref).id)


def paragraph_row(reader: Any, ref: ParagraphRef | str | int) -> Any:
    """The paragraph (a row) named by a reference ("KS:2026:16") or its id."""
    source = rows_of(reader)
    if isinstance(ref, int):
        paragraph = source.first("paragraph", id=ref) if fits_integer(ref) else None
        if paragraph is None:
            raise UserError(f"Paragrafen nr {ref} finns inte i registret.", field="paragraf")
        return paragraph
    if isinstance(ref, str):
        ref = parse_paragraph_ref(ref)
    body = body_row(source, ref.body)
    paragraph = source.first("paragraph_by_number", body_id=body.id, series=ref.series,
                             number=ref.number) if fits_integer(ref.number) else None
    if paragraph is None:
        raise UserError(f"{body.name} har ingen § {ref.number} under {ref.series}.",
                        field="paragraf")
    return paragraph


def find_paragraph(session: Session, ref: ParagraphRef | str | int) -> Paragraph:
    """The paragraph named by a reference ("KS:2026:16") or its id."""
    return _model(session, "Paragraph", paragraph_row(session, ref).id)


def is_year_ref(text: str) -> bool:
    """True for a body's year ("KS:2026"), as opposed to a meeting ("KS:2026-01-07")."""
    return _YEAR.match(text.strip()) is not None


def find_year(session: Session, text: str) -> tuple[Body, list[Meeting]]:
    """The body of a year reference ("KS:2026") and its meetings that year, in order."""
    _not_too_long(text, "KS:2026", "år")
    match = _YEAR.match(text.strip())
    if not match:
        raise UserError(f"«{text}» är inget organ och år. Skriv organets kortnamn och året, "
                        "till exempel KS:2026.", field="år")
    body = find_body(session, match["body"])
    year = int(match["year"])
    found = rows_of(session).all("meetings_of_body_between", body_id=body.id,
                                 start=datetime(year, 1, 1),
                                 end=datetime.combine(date(year, 12, 31), time.max))
    if not found:
        raise UserError(f"{body.name} har inga sammanträden under {year}.", field="år")
    return body, [_model(session, "Meeting", m.id) for m in found]


def find_meeting_or_paragraph(session: Session, ref: str | int) -> Meeting | Paragraph:
    """A meeting ("KS:2026-01-07", or an id) or a paragraph ("KS:2026:16") by reference."""
    if isinstance(ref, int):
        return find_meeting(session, ref)
    _not_too_long(ref, "KS:2026-01-07", "referens")
    text = ref.strip()
    if _MEETING.match(text):
        return find_meeting(session, text)
    if _PARAGRAPH.match(text):
        return find_paragraph(session, text)
    raise UserError(
        f"«{ref}» är varken en sammanträdes- eller en paragrafreferens. Skriv till exempel "
        "KS:2026-01-07 för ett sammanträde eller KS:2026:16 för en paragraf.",
        field="referens")


def meeting_ref(body: Any, meeting: Any) -> str:
    return f"{body.short_name}:{meeting.starts_at.date().isoformat()}"


def paragraph_ref(body: Any, paragraph: Any) -> str:
    return f"{body.short_name}:{paragraph.series}:{paragraph.number}"
