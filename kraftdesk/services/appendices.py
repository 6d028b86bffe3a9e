# SPDX-License-Identifier: EUPL-1.2
"""Bilagor of every kind: documents (PDF) and voting lists, beside the statements' bilagor.

Read:
    appendix_rows(register, meeting) -> list[AppendixRow]     in number order
    appendix_row(register, appendix_id) -> AppendixRow

Write (one transaction each; UserError in Swedish; nothing changes on error):
    add_document(register, target, *, pdf, title, filename=None, whole_minutes=False)
        -> Created
        target: a paragraph ("KS:2026:412", or its id) for a document of that §; a meeting
        ("KS:2026-12-02", or with whole_minutes its id) for a document of the whole minutes
    add_voting_list(register, paragraph) -> Created          the § must have a vote
    remove_appendix(register, appendix_id) -> Changes        while the minutes are a draft

Numbers: kraftdesk.reading.appendices decides them (per minutes, in paragraph order:
voting lists, documents, then statements); draft minutes renumber, and once the minutes are
sent for justering the numbers stay and a new bilaga gets the next one. A document is named
on its paragraph's Beslutsunderlag line, a voting list in its Omröstning section and on the
Bilagor line (kraftdesk.text.paragraph). A document must be a PDF the minutes can carry
(kraftdesk.documents.pdf_check). A meeting is an id or a reference.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kraftdesk.documents.pdf_check import page_count
from kraftdesk.domain import rules
from kraftdesk.domain.enums import AppendixKind
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import appendices as numbering
from kraftdesk.reading import support
from kraftdesk.reading.references import (
    find_meeting,
    find_paragraph,
    meeting_ref,
    parse_meeting_ref,
)
from kraftdesk.register.database import Register
from kraftdesk.register.models import Appendix, Body, Meeting, Paragraph, Vote
from kraftdesk.register.seal import store_file
from kraftdesk.services import _appendices
from kraftdesk.services.changes import Changes, Created
from kraftdesk.text.vocabulary import APPENDIX_KIND

__all__ = ["AppendixRow", "Created", "add_document", "add_voting_list", "appendix_row",
           "appendix_rows", "remove_appendix"]

VOTING_LIST_TITLE = "Omröstningslista"


@dataclass(frozen=True)
class AppendixRow:
    id: int
    number: int
    kind: AppendixKind
    kind_text: str  # "Dokument", "Omröstningslista", "Yttrande"
    title: str
    paragraph_id: int | None
    paragraph_label: str | None  # "§ 412"; None: a bilaga of the whole minutes
    removable: bool


def appendix_row(register: Register, appendix_id: int) -> AppendixRow:
    with register.read() as session:
        meeting_id = support.get(session, Appendix, appendix_id, what="Bilagan").meeting_id
    return next(r for r in appendix_rows(register, meeting_id) if r.id == appendix_id)


def appendix_rows(register: Register, meeting: int | str) -> list[AppendixRow]:
    with register.read() as session:
        row = find_meeting(session, meeting)
        numbers = numbering.numbers(session, row)
        appendices = session.scalars(select(Appendix).where(Appendix.meeting_id == row.id)).all()
        labels = dict(session.execute(select(Paragraph.id, Paragraph.number).where(
            Paragraph.meeting_id == row.id)).all())
        removable = not rules.numbers_fixed(row.minutes_state)
        out = [AppendixRow(
            a.id, numbers[a.id], a.kind, APPENDIX_KIND[a.kind], a.title, a.paragraph_id,
            (f"§ {labels[a.paragraph_id]}" if labels.get(a.paragraph_id) else "§ –")
            if a.paragraph_id else None,
            removable and a.kind in (AppendixKind.DOCUMENT, AppendixKind.VOTING_LIST))
            for a in appendices]
    return sorted(out, key=lambda r: r.number)


def _target(session: Session, target: int | str,
            whole_minutes: bool) -> tuple[Meeting, Paragraph | None, str]:
    """(meeting, paragraph or None, how messages name it) of a paragraph or meeting."""
    if whole_minutes or (isinstance(target, str) and _is_meeting_ref(target)):
        meeting = find_meeting(session, target)
        body = session.get_one(Body, meeting.body_id)
        return meeting, None, f"protokollet {meeting_ref(body, meeting)}"
    paragraph = find_paragraph(session, target)
    meeting = session.get_one(Meeting, paragraph.meeting_id)
    return meeting, paragraph, support.paragraph_what(paragraph)


def _is_meeting_ref(text: str) -> bool:
    try:
        parse_meeting_ref(text)
    except UserError:
        return False
    return True


def _ensure_open(meeting: Meeting, paragraph: Paragraph | None, what: str) -> None:
    rules.ensure_editable(meeting.minutes_state, what=what,
                          immediately_approved_on=paragraph.immediately_approved_on
                          if paragraph is not None else None)


def _added(session: Session, meeting: Meeting, appendix: Appendix) -> Created:
    session.add(appendix)
    session.flush()
    if rules.numbers_fixed(meeting.minutes_state):
        _appendices.assign(session, meeting)  # the next free number, for good
    paragraphs = frozenset({appendix.paragraph_id}) if appendix.paragraph_id else frozenset()
    return Created(meetings=frozenset({meeting.id}), paragraphs=paragraphs, id=appendix.id)


def add_document(register: Register, target: int | str, *, pdf: bytes, title: str,
                 filename: str | None = None, whole_minutes: bool = False) -> Created:
    """A PDF document as a bilaga of a paragraph, or of the whole minutes."""
    title = " ".join(title.split())
    shown = f"Filen {filename}" if filename else "Filen"
    with register.write() as session:
        meeting, paragraph, what = _target(session, target, whole_minutes)
        _ensure_open(meeting, paragraph, what)
        if not title:
            raise UserError(f"Bilagan till {what} saknar rubrik.", field="title")
        if len(title) > 300:
            raise UserError(f"Bilagans rubrik är för lång ({len(title)} tecken; högst 300).",
                            field="title")
        page_count(pdf, what=shown)
        stored = store_file(session, pdf, filename=(filename or "bilaga.pdf").strip()[:300],
                            media_type="application/pdf")
        return _added(session, meeting, Appendix(
            meeting_id=meeting.id, kind=AppendixKind.DOCUMENT, title=title,
            paragraph_id=paragraph.id if paragraph else None, statement_id=None, text=None,
            file_id=stored.id))


def add_voting_list(register: Register, paragraph: int | str) -> Created:
    """The paragraph's open votes, one table per vote, as a bilaga (omröstningslista)."""
    with register.write() as session:
        row = find_paragraph(session, paragraph)
        meeting = session.get_one(Meeting, row.meeting_id)
        what = support.paragraph_what(row)
        _ensure_open(meeting, row, what)
        if session.scalar(select(Vote.id).where(Vote.paragraph_id == row.id).limit(1)) is None:
            raise UserError(f"{what} har ingen omröstning; det finns ingen omröstningslista "
                            "att lägga som bilaga.", field="omröstning")
        if session.scalar(select(Appendix.id).where(
                Appendix.paragraph_id == row.id,
                Appendix.kind == AppendixKind.VOTING_LIST).limit(1)) is not None:
            raise UserError(f"{what} har redan sin omröstningslista som bilaga.",
                            field="omröstning")
        return _added(session, meeting, Appendix(
            meeting_id=meeting.id, kind=AppendixKind.VOTING_LIST, title=VOTING_LIST_TITLE,
            paragraph_id=row.id, statement_id=None, text=None, file_id=None))


def remove_appendix(register: Register, appendix_id: int, *,
                    expected_version: int | None = None) -> Changes:
    """Take a document or voting list away again, while the minutes are a draft.

    A bilaga row is never edited, only added and removed, so it has no row version;
    `expected_version` is the undo stack's delete signature (kraftdesk.gui.undo
    CreateCommand) and is None for it."""
    del expected_version  # nothing to compare: see above
    with register.write() as session:
        appendix = support.get(session, Appendix, appendix_id, what="Bilagan")
        meeting = session.get_one(Meeting, appendix.meeting_id)
        number = numbering.numbers(session, meeting)[appendix.id]
        what = f"bilaga {number}"
        rules.ensure_renumberable(meeting.minutes_state, what=what)
        if appendix.kind is AppendixKind.STATEMENT:
            raise UserError(f"Bilaga {number} är ett yttrande; ta bort yttrandet i paragrafen "
                            "i stället.", field="bilaga")
        if appendix.kind is AppendixKind.ATTENDANCE_LIST:
            raise UserError(f"Bilaga {number} är närvarolistan; den följer närvaron och tas "
                            "bort där.", field="bilaga")
        session.execute(delete(Appendix).where(Appendix.id == appendix.id))
        paragraphs = frozenset({appendix.paragraph_id}) if appendix.paragraph_id else frozenset()
        return Changes(meetings=frozenset({meeting.id}), paragraphs=paragraphs)
