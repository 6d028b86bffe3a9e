# SPDX-License-Identifier: EUPL-1.2
"""Kallelse och föredragningslista: write it, record when it was sent, warn when late.

Read:
    notice_overview(register, meeting, *, today) -> NoticeOverview
        the notices sent, the ärenden added since, the checker's warnings
    notice_pdf(register, meeting) -> bytes                 a draft of the next notice
    sent_notice_pdf(register, meeting, number) -> bytes    the N-th notice as it was sent

Write:
    export_notice(register, meeting, out_path, *, final=False, on=None, force=False,
                  create_folder=False) -> NoticeExported
        final: the notice is recorded as sent on `on` (with the PDF and the ärenden it
        called to), in the same transaction as the file is written; a draft changes nothing
    set_notice_days(register, body_id, days) -> Changes    the body's period before a meeting
    notice_days(register, body_id) -> int | None

A meeting is an id or a reference ("KS:2027-01-13"). The next notice is the kallelse while
none has been sent, then a tilläggskallelse of the ärenden added since
(kraftdesk.reading.notices).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.document import NoticeDoc
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import notices, support
from kraftdesk.reading.notices import NoticeRow
from kraftdesk.reading.references import find_meeting, meeting_ref
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Meeting, Notice, NoticeItem, StoredFile
from kraftdesk.register.seal import store_file
from kraftdesk.services.changes import Changes
from kraftdesk.services.output_files import check_target, write_bytes
from kraftdesk.text import notice as words

__all__ = [
    "NoticeExported",
    "NoticeOverview",
    "NoticeRow",
    "export_notice",
    "notice_days",
    "notice_file_name",
    "notice_overview",
    "notice_pdf",
    "sent_notice_pdf",
    "set_notice_days",
    "write_sent_copy",
]


@dataclass(frozen=True)
class NoticeOverview:
    meeting_id: int
    reference: str
    sent: tuple[NoticeRow, ...]
    added_titles: tuple[str, ...]  # on the agenda, in no notice sent
    notice_days: int | None  # the body's rule
    warnings: tuple[str, ...]
    has_agenda: bool


@dataclass(frozen=True)
class NoticeExported:
    path: Path
    pages: int
    supplementary: bool
    sent_on: date | None  # None: a draft
    # The meeting, when the notice was recorded as sent; nothing for a draft.
    changes: Changes = field(default_factory=Changes)


def notice_overview(register: Register, meeting: int | str, *, today: date) -> NoticeOverview:
    with register.read() as session:
        row = find_meeting(session, meeting)
        body = session.get_one(Body, row.body_id)
        sent = notices.notice_rows(session, row.id)
        added = notices.pending_paragraphs(session, row.id) if sent else []
        return NoticeOverview(
            row.id, meeting_ref(body, row), tuple(sent), tuple(p.title for p in added),
            body.notice_days, tuple(notices.notice_warnings(session, row.id, today=today)),
            bool(notices.pending_paragraphs(session, row.id)) or bool(sent))


def notice_file_name(register: Register, meeting: int | str, *, final: bool = False,
                     sent_number: int | None = None) -> str:
    """The file name of the meeting's next notice ("KS 2027-01-13 kallelse.pdf", or
    "… tilläggskallelse.pdf" when it would be one), or of the `sent_number`-th one sent."""
    with register.read() as session:
        row = find_meeting(session, meeting)
        body = session.get_one(Body, row.body_id)
        sent = notices.notice_rows(session, row.id)
        if sent_number is not None and 1 <= sent_number <= len(sent):
            supplementary = sent[sent_number - 1].supplementary
        elif sent_number is not None:
            supplementary = False  # sent_notice_pdf says it does not exist
        else:
            supplementary = notices.next_notice(session, row, body, final=final)[1]
        return words.file_name(body.short_name, row.starts_at.date(),
                               supplementary=supplementary)


def _render(doc: NoticeDoc) -> tuple[bytes, int]:
    from kraftdesk.documents import render_notice  # ReportLab: only when printing

    buffer = io.BytesIO()
    pages = render_notice(doc, buffer)
    return buffer.getvalue(), pages


def notice_pdf(register: Register, meeting: int | str) -> bytes:
    """A draft of the next notice (for the preview)."""
    with register.read() as session:
        doc, _, _ = notices.notice_doc(session, find_meeting(session, meeting).id, final=False)
    return _render(doc)[0]


def export_notice(register: Register, meeting: int | str, out_path: Path, *,
                  final: bool = False, on: date | None = None, force: bool = False,
                  create_folder: bool = False) -> NoticeExported:
    """Write the next notice to `out_path`; `final` records it as sent on `on`. The file
    goes through kraftdesk.services.output_files (an existing one only with `force`),
    checked before anything is rendered or recorded; `create_folder`: its folder is made
    if missing."""
    out_path = check_target(Path(out_path), force=force, create_folder=create_folder)
    if not final:
        with register.read() as session:
            doc, _, supplementary = notices.notice_doc(
                session, find_meeting(session, meeting).id, final=False)
        data, pages = _render(doc)
        write_bytes(out_path, data, force=force, create_folder=create_folder)
        return NoticeExported(out_path, pages, supplementary, None)
    if on is None:
        raise UserError("Ange dagen då kallelsen skickas.", field="datum")
    with register.write() as session:
        row = find_meeting(session, meeting)
        body = session.get_one(Body, row.body_id)
        if on > row.starts_at.date():
            raise UserError(f"Kallelsen till {meeting_ref(body, row)} kan inte skickas "
                            f"{on.isoformat()}, efter sammanträdet "
                            f"({row.starts_at.date().isoformat()}).", field="datum")
        doc, rows, supplementary = notices.notice_doc(session, row.id, final=True, on=on)
        data, pages = _render(doc)
        name = words.file_name(body.short_name, row.starts_at.date(),
                               supplementary=supplementary)
        stored = store_file(session, data, filename=name, media_type="application/pdf")
        notice = Notice(meeting_id=row.id, sent_on=on, supplementary=supplementary,
                        file_id=stored.id)
        session.add(notice)
        session.flush()
        session.add_all(NoticeItem(notice_id=notice.id, paragraph_id=p.id) for p in rows)
        session.flush()
        # Written before the commit: a file that cannot be written leaves nothing recorded.
        write_bytes(out_path, data, force=force, create_folder=create_folder)
        meeting_id = row.id
    return NoticeExported(out_path, pages, supplementary, on,
                          Changes(meetings=frozenset({meeting_id})))


def sent_notice_pdf(register: Register, meeting: int | str, number: int) -> bytes:
    """The `number`-th notice sent for the meeting (1 = the kallelse), as it was sent."""
    with register.read() as session:
        row = find_meeting(session, meeting)
        body = session.get_one(Body, row.body_id)
        sent = notices.notice_rows(session, row.id)
        if not 1 <= number <= len(sent):
            listed = ", ".join(f"{i} ({r.label.lower()})" for i, r in enumerate(sent, 1))
            raise UserError(f"Kallelse nr {number} finns inte för {meeting_ref(body, row)} "
                            f"(skickade: {listed or 'inga'}).", field="kallelse")
        notice = session.get_one(Notice, sent[number - 1].id)
        content = session.get_one(StoredFile, notice.file_id).content \
            if notice.file_id else None
    if content is None:
        raise UserError("Den skickade kallelsen finns inte sparad i registret.",
                        field="kallelse")
    return bytes(content)


def write_sent_copy(out_path: Path, data: bytes, *, force: bool = False,
                    create_folder: bool = False) -> Path:
    """Write a notice read with sent_notice_pdf to a file (an existing one only with
    `force`: kraftdesk.services.output_files)."""
    return write_bytes(Path(out_path), data, force=force, create_folder=create_folder)


def notice_days(register: Register, body_id: int) -> int | None:
    with register.read() as session:
        return support.get(session, Body, body_id).notice_days


#: The longest notice period a body may have, in days.
MAX_NOTICE_DAYS = 60


def notice_days_problem(days: int | None) -> str | None:
    """Why `days` is no notice period ("Kallelsetiden måste vara …"), or None."""
    if days is not None and not 0 <= days <= MAX_NOTICE_DAYS:
        return (f"Kallelsetiden måste vara mellan 0 och {MAX_NOTICE_DAYS} dagar ({days} "
                "angavs)")
    return None


def set_notice_days(register: Register, body_id: int, days: int | None) -> Changes:
    """How many days before a meeting the body's kallelse must be sent (None: no rule)."""
    with register.write() as session:
        return set_notice_days_in(session, support.get(session, Body, body_id), days)


def set_notice_days_in(session: Session, body: Body, days: int | None) -> Changes:
    """set_notice_days inside the caller's transaction (the agenda template's Spara)."""
    problem = notice_days_problem(days)
    if problem:
        raise UserError(f"{problem} för {body.short_name}.", field="notice_days")
    body.notice_days = days
    meetings = session.scalars(select(Meeting.id).where(Meeting.body_id == body.id))
    return Changes(meetings=frozenset(meetings))
