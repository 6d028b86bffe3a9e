# SPDX-License-Identifier: EUPL-1.2
"""Paragraph numbers and agenda order of one meeting (the one place that numbers paragraphs).

A meeting's paragraphs are numbered consecutively in agenda order. The first number is the
next free number of the body in the series (the calendar year, or the meeting date in the
per-minutes scheme) after the body's earlier meetings, unless the secretary sets it. Later
draft minutes of the body in the same series move up to make room; a number used by earlier
minutes, or by minutes sent for justering, is refused.
"""

from __future__ import annotations

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from kraftdesk.domain import rules
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import support
from kraftdesk.reading.references import meeting_ref
from kraftdesk.register.models import Attendance, Body, Meeting, Paragraph


def next_free_number(session: Session, meeting: Meeting, series: str) -> int:
    """1 + the highest number of the body's earlier meetings in the series (1 if none)."""
    earlier = (select(func.max(Paragraph.number))
               .join(Meeting, Meeting.id == Paragraph.meeting_id)
               .where(Paragraph.body_id == meeting.body_id, Paragraph.series == series,
                      Paragraph.meeting_id != meeting.id,
                      or_(Meeting.starts_at < meeting.starts_at,
                          (Meeting.starts_at == meeting.starts_at) & (Meeting.id < meeting.id))))
    return (session.scalar(earlier) or 0) + 1


def _later(other: Meeting, meeting: Meeting) -> bool:
    return (other.starts_at, other.id) > (meeting.starts_at, meeting.id)


def _make_room(session: Session, meeting: Meeting, series: str, first: int,
               count: int) -> frozenset[int]:
    """Free first..first+count-1 for the meeting: later draft minutes of the body move up;
    a number used by earlier minutes, or by minutes whose numbers are fixed, is refused."""
    touched: set[int] = set()
    while count:
        clash = session.execute(
            select(Paragraph.number, Meeting).join(Meeting, Meeting.id == Paragraph.meeting_id)
            .where(Paragraph.body_id == meeting.body_id, Paragraph.series == series,
                   Paragraph.meeting_id != meeting.id,
                   Paragraph.number.between(first, first + count - 1))
            .order_by(Paragraph.number).limit(1)).first()
        if clash is None:
            break
        number, other = clash
        if _later(other, meeting) and not rules.numbers_fixed(other.minutes_state):
            touched |= renumber_meeting(session, other, first=first + count)
            continue
        body = session.get_one(Body, meeting.body_id)
        year = "året" if len(series) == 4 else "protokollet"
        raise UserError(
            f"§ {number} är redan använd under {year} {series} av {support.body_genitive(body)} "
            f"sammanträde {meeting_ref(body, other)} ({body.short_name}:{series}:{number}). "
            "Välj ett nummer som inte är använt.", field="number")
    return frozenset(touched)


def ordered(session: Session, meeting_id: int) -> list[Paragraph]:
    return list(session.scalars(select(Paragraph).where(Paragraph.meeting_id == meeting_id)
                                .order_by(Paragraph.position, Paragraph.id)))


def set_positions(session: Session, paragraphs: list[Paragraph]) -> None:
    """Positions 1..n in the order given (through negative values: positions are unique)."""
    if not paragraphs:
        return
    session.execute(update(Paragraph).where(Paragraph.id.in_([p.id for p in paragraphs]))
                    .values(position=-Paragraph.position - 1_000_000))
    session.flush()
    session.expire_all()
    for position, paragraph in enumerate(paragraphs, start=1):
        paragraph.position = position
    session.flush()


def renumber_meeting(session: Session, meeting: Meeting, *, first: int | None) -> frozenset[int]:
    """Number the meeting's paragraphs consecutively in agenda order, from `first`.

    `first` None keeps the meeting's current first number when it still fits its series,
    otherwise takes the next free number. Returns the ids of the paragraphs.
    """
    scheme = support.numbering_scheme(session, meeting.body_id)
    series = support.series_for(scheme, meeting.starts_at)
    paragraphs = ordered(session, meeting.id)
    if first is None:
        current = [p.number for p in paragraphs if p.number is not None and p.series == series]
        first = min(current) if current else next_free_number(session, meeting, series)
    if first < 1:
        raise UserError(f"Paragrafnummer måste vara minst 1 (numreringen skulle börja på "
                        f"§ {first}).", field="number")
    ids = [p.id for p in paragraphs]
    old = [p.number for p in paragraphs]
    if ids:
        session.execute(update(Paragraph).where(Paragraph.id.in_(ids))
                        .values(number=None, series=series))
        session.flush()
        session.expire_all()
    moved = _make_room(session, meeting, series, first, len(ids))
    new = []
    for offset, paragraph in enumerate(ordered(session, meeting.id)):
        paragraph.number = first + offset
        new.append(paragraph.number)
    session.flush()
    _follow_numbers(session, meeting.id, dict(zip(old, new, strict=True)))
    return frozenset(ids) | moved


def _follow_numbers(session: Session, meeting_id: int, moved: dict[int | None, int]) -> None:
    """Attendance periods ("från § 5") follow their paragraphs to the new numbers.

    A bound whose paragraph is gone moves to the nearest paragraph still inside the period.
    """
    old = sorted(n for n in moved if n is not None)
    if not old or all(moved[n] == n for n in old):
        return

    def follow(bound: int | None, *, start: bool) -> int | None:
        if bound is None:
            return None
        if bound in moved:
            return moved[bound]
        inside = [n for n in old if (n > bound if start else n < bound)]
        if not inside:
            return moved[old[0] if start else old[-1]]
        return moved[inside[0] if start else inside[-1]]

    rows = session.scalars(select(Attendance).where(
        Attendance.meeting_id == meeting_id,
        (Attendance.from_number.is_not(None)) | (Attendance.to_number.is_not(None)))).all()
    for row in rows:
        first = follow(row.from_number, start=True)
        last = follow(row.to_number, start=False)
        if first is not None and last is not None and first > last:
            first = last  # the whole period was removed: keep its last paragraph
        row.from_number, row.to_number = first, last
    session.flush()
    if rows:  # a paragraph moved across a period: what it records must still be allowed
        for paragraph in ordered(session, meeting_id):
            support.ensure_consistent(session, paragraph)
