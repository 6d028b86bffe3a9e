# SPDX-License-Identifier: EUPL-1.2
"""The statement ledger: reservationer, särskilda yttranden and protokollsanteckningar.

A statement is announced at the meeting. When a written text is to come it is PROMISED, with
the meeting's planned justering time as deadline, and (by default) gets a bilaga; then it is
RECEIVED (text or PDF) or WITHDRAWN, and at justering a promise still open becomes
NOT_RECEIVED with its placeholder bilaga fixed. A statement complete at the meeting (an oral
reservation, a dictated protokollsanteckning) is ANNOUNCED.

Read (frozen values):
    statements_view(register, paragraph_id) -> tuple[StatementRow, ...]
    statement_view(register, statement_id) -> StatementRow
    statement_file(register, statement_id) -> bytes | None          a received PDF
    reminder_text(register, statement_id, *, now) -> str             for the authors

Write (one transaction each; UserError in Swedish):
    announce(register, paragraph_id, *, kind, author_ids, concurring_ids=(), promised=True,
             deadline=None, as_appendix=None, text=None, in_favour_of_proposal_id=None,
             with_reservation=False) -> Created
    update_statement(register, statement_id, *, author_ids=…, concurring_ids=…, deadline=…,
                     in_favour_of_proposal_id=…, with_reservation=…,
                     expected_version=None) -> Changes
    receive(register, statement_id, *, received_at, text=None, pdf=None, filename=None,
            now=None, expected_version=None) -> Changes
        a PDF is checked and cleaned first (kraftdesk.services.received_files); the time
        may not lie in the future (`now`, default the clock) nor before the meeting
    withdraw(register, statement_id, *, expected_version=None) -> Changes
    reinstate(register, statement_id, *, state, expected_version=None) -> Changes
        undoes a withdrawal: back to `state` (and its bilaga, if it lost it)
    delete_statement(register, statement_id, *, expected_version=None,
                     discard_received=False) -> Changes              draft minutes only
        a statement whose text or file was received is removed only with discard_received
        (the secretary's explicit, confirmed choice; never an undo)

`expected_version` is the statement's version as read (StatementRow.version); a change based
on an older one is refused (kraftdesk.register.versions).

Inside the justering service's transaction (no transaction of their own):
    assign_appendix_numbers(session, meeting_id) -> None
    close_open_promises(session, meeting_id, *, now) -> list[int]
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kraftdesk.domain import normalise, rules
from kraftdesk.domain.enums import AppendixKind, StatementKind, StatementState
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.reading import load, support
from kraftdesk.reading.ledger import pending_in
from kraftdesk.reading.references import meeting_ref
from kraftdesk.reading.statements import StatementRow, read_statement_rows
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Appendix,
    Body,
    Case,
    Meeting,
    Paragraph,
    Statement,
    StatementAuthor,
    StatementConcurrence,
    StoredFile,
)
from kraftdesk.services import _appendices
from kraftdesk.services._statement_checks import check_people, check_proposal, statement_what
from kraftdesk.services.changes import UNSET, Changes, Created
from kraftdesk.text import statements as text
from kraftdesk.text.formats import capitalise
from kraftdesk.text.paragraph import label
from kraftdesk.text.vocabulary import STATEMENT_KIND, STATEMENT_KIND_WORD, STATEMENT_STATE_PHRASE

__all__ = [
    "Created", "StatementRow", "announce", "assign_appendix_numbers", "close_open_promises",
    "delete_statement", "receive", "reinstate", "reminder_text", "statement_file",
    "statement_view", "statements_view", "update_statement", "withdraw",
]


# --- reading ---------------------------------------------------------------------------


def statements_view(register: Register, paragraph_id: int) -> tuple[StatementRow, ...]:
    with register.read() as session:
        support.get(session, Paragraph, paragraph_id)
        return read_statement_rows(session, paragraph_id=paragraph_id)


def statement_view(register: Register, statement_id: int) -> StatementRow:
    with register.read() as session:
        support.get(session, Statement, statement_id, what="Yttrandet")
        return read_statement_rows(session, statement_id=statement_id)[0]


def statement_file(register: Register, statement_id: int) -> bytes | None:
    with register.read() as session:
        statement = support.get(session, Statement, statement_id, what="Yttrandet")
        if statement.file_id is None:
            return None
        return session.scalar(select(StoredFile.content)
                              .where(StoredFile.id == statement.file_id))


def reminder_text(register: Register, statement_id: int, *, now: datetime) -> str:
    """A reminder to the authors of an open promise: what, which §, deadline, time left."""
    with register.read() as session:
        statement = support.get(session, Statement, statement_id, what="Yttrandet")
        if statement.state is not StatementState.PROMISED:
            raise UserError("Det finns ingen utlovad text att påminna om: "
                            f"{statement_what(session, statement)} är "
                            f"{STATEMENT_STATE_PHRASE[statement.state]}.", field="statement")
        paragraph = session.get_one(Paragraph, statement.paragraph_id)
        meeting = session.get_one(Meeting, paragraph.meeting_id)
        value = load.statements(session, statement_ids=[statement.id])[0][1]
        case_number = _case_number(session, paragraph)
        return text.reminder_text(
            value, load.meeting_value(session, meeting), load.texts(session),
            reference=f"{label(paragraph.number)} {paragraph.title}",
            case_number=case_number, now=now)


def _case_number(session: Session, paragraph: Paragraph) -> str | None:
    case = session.get(Case, paragraph.case_id) if paragraph.case_id else None
    return case.number if case else None


# --- announcing ------------------------------------------------------------------------


def _deadline(meeting: Meeting, deadline: datetime | None, what: str) -> datetime:
    due = deadline or meeting.approval_due_at
    if due is None:
        raise UserError(f"Tidsfrist saknas för {what}: justeringens tid är inte bestämd för "
                        "sammanträdet. Ange justeringens tid eller en tidsfrist.",
                        field="deadline")
    if due < meeting.starts_at:
        raise UserError(f"Tidsfristen {due:%Y-%m-%d %H:%M} för {what} ligger före "
                        f"sammanträdet ({meeting.starts_at:%Y-%m-%d %H:%M}).",
                        field="deadline")
    return due


def _initial_state(kind: StatementKind, promised: bool, text_given: str | None,
                   what: str) -> StatementState:
    if promised:
        if text_given:
            raise UserError(f"En utlovad text har inte kommit in ännu ({what}); registrera "
                            "texten när den kommer.", field="text")
        return StatementState.PROMISED
    if kind is not StatementKind.RESERVATION and not text_given:
        raise UserError(f"Texten saknas för {what}, som lämnas vid sammanträdet.",
                        field="text")
    return StatementState.ANNOUNCED


def announce(register: Register, paragraph_id: int, *, kind: StatementKind,
             author_ids: Sequence[int], concurring_ids: Sequence[int] = (),
             promised: bool = True, deadline: datetime | None = None,
             as_appendix: bool | None = None, text: str | None = None,
             in_favour_of_proposal_id: int | None = None,
             with_reservation: bool = False) -> Created:
    """Record a statement announced at the meeting (see the module docstring).

    `as_appendix` None: a särskilt yttrande, and a promised reservation, become a bilaga;
    a protokollsanteckning is written into the paragraph.
    """
    text = normalise.multi_line(text or "") or None
    with register.write() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        meeting = support.ensure_paragraph_editable(session, paragraph)
        what = f"{STATEMENT_KIND_WORD[kind]} under {support.paragraph_what(paragraph)}"
        check_people(session, paragraph, kind, author_ids, concurring_ids, what)
        check_proposal(session, paragraph, kind, in_favour_of_proposal_id, what)
        state = _initial_state(kind, promised, text, what)
        if as_appendix is None:
            as_appendix = kind is StatementKind.SPECIAL_STATEMENT or (
                kind is StatementKind.RESERVATION and promised)
        position = (session.scalar(select(func.max(Statement.position))
                                   .where(Statement.paragraph_id == paragraph.id)) or 0) + 1
        statement = Statement(
            paragraph_id=paragraph.id, position=position, kind=kind, state=state,
            in_favour_of_proposal_id=in_favour_of_proposal_id,
            with_reservation=with_reservation, text=text,
            deadline=_deadline(meeting, deadline, what) if promised else None,
            received_at=None)
        session.add(statement)
        session.flush()
        _set_people(session, statement, author_ids, concurring_ids)
        if as_appendix:
            session.add(Appendix(meeting_id=meeting.id, kind=AppendixKind.STATEMENT,
                                 paragraph_id=paragraph.id, statement_id=statement.id,
                                 title=STATEMENT_KIND[kind]))
            session.flush()
            if rules.numbers_fixed(meeting.minutes_state):
                _appendices.assign(session, meeting)
        return Created(statements=frozenset({statement.id}),
                       paragraphs=frozenset({paragraph.id}), id=statement.id)


def _set_people(session: Session, statement: Statement, author_ids: Sequence[int],
                concurring_ids: Sequence[int]) -> None:
    for model in (StatementAuthor, StatementConcurrence):
        session.execute(delete(model).where(model.statement_id == statement.id))
    session.flush()
    session.add_all(StatementAuthor(statement_id=statement.id, person_id=pid, position=i)
                    for i, pid in enumerate(author_ids, start=1))
    session.add_all(StatementConcurrence(statement_id=statement.id, person_id=pid, position=i)
                    for i, pid in enumerate(concurring_ids, start=1))
    session.flush()


def _editable_statement(session: Session, statement_id: int) -> tuple[Statement, Paragraph,
                                                                      Meeting]:
    statement = support.get(session, Statement, statement_id, what="Yttrandet")
    paragraph = session.get_one(Paragraph, statement.paragraph_id)
    meeting = session.get_one(Meeting, paragraph.meeting_id)
    if rules.is_locked(meeting.minutes_state, paragraph.immediately_approved_on):
        body = session.get_one(Body, meeting.body_id)
        when = (f"justerades {meeting.approved_on.isoformat()}" if meeting.approved_on
                else "är justerat")
        if paragraph.immediately_approved_on is not None:
            when = f"justerades omedelbart {paragraph.immediately_approved_on.isoformat()}"
        raise LockedError(
            f"{capitalise(support.paragraph_what(paragraph))} i {meeting_ref(body, meeting)} "
            f"{when}; "
            f"{statement_what(session, statement)} kan inte längre ändras eller tas emot.",
            field="statement")
    return statement, paragraph, meeting


def update_statement(register: Register, statement_id: int, *, author_ids: Any = UNSET,
                     concurring_ids: Any = UNSET, deadline: Any = UNSET,
                     in_favour_of_proposal_id: Any = UNSET,
                     with_reservation: Any = UNSET,
                     expected_version: int | None = None) -> Changes:
    """Correct what was recorded; only the keywords given change."""
    with register.write() as session:
        statement, paragraph, meeting = _editable_statement(session, statement_id)
        what = statement_what(session, statement)
        versions.check(statement, expected_version, what)
        authors = author_ids if author_ids is not UNSET else session.scalars(
            select(StatementAuthor.person_id).where(StatementAuthor.statement_id == statement.id)
            .order_by(StatementAuthor.position)).all()
        concurring = concurring_ids if concurring_ids is not UNSET else session.scalars(
            select(StatementConcurrence.person_id)
            .where(StatementConcurrence.statement_id == statement.id)
            .order_by(StatementConcurrence.position)).all()
        if author_ids is not UNSET or concurring_ids is not UNSET:
            check_people(session, paragraph, statement.kind, authors, concurring, what)
            _set_people(session, statement, authors, concurring)
            versions.bump(statement)
        if deadline is not UNSET:
            if statement.state is not StatementState.PROMISED:
                raise UserError(f"Bara en utlovad text har en tidsfrist ({what}).",
                                field="deadline")
            statement.deadline = _deadline(meeting, deadline, what)
        if in_favour_of_proposal_id is not UNSET:
            check_proposal(session, paragraph, statement.kind, in_favour_of_proposal_id, what)
            statement.in_favour_of_proposal_id = in_favour_of_proposal_id
        if with_reservation is not UNSET:
            statement.with_reservation = bool(with_reservation)
        return Changes(statements=frozenset({statement.id}),
                       paragraphs=frozenset({paragraph.id}))


# --- receiving, withdrawing --------------------------------------------------------------


def _store_pdf(session: Session, pdf: bytes, filename: str | None) -> StoredFile:
    """Store a checked and cleaned PDF (content-addressed: an identical one is reused)."""
    digest = hashlib.sha256(pdf).hexdigest()
    existing = session.scalars(select(StoredFile).where(StoredFile.sha256 == digest)).first()
    if existing is not None:
        return existing
    name = normalise.file_name(filename or "") or f"{digest[:12]}.pdf"
    stored = StoredFile(sha256=digest, filename=name, media_type="application/pdf",
                        size=len(pdf), content=pdf)
    session.add(stored)
    session.flush()
    return stored


def _before_receipt(register: Register, statement_id: int, pdf: bytes | None,
                    filename: str | None) -> tuple[str, bytes | None]:
    """What the statement is called, and the received PDF checked and cleaned
    (kraftdesk.documents.received) before any write transaction: that takes a moment, and
    no other writer should wait for it."""
    with register.read() as session:
        statement = support.get(session, Statement, statement_id, what="Yttrandet")
        what = statement_what(session, statement)
        limit = support.organisation(session).received_pdf_max_mb
    if pdf is None:
        return what, None
    from kraftdesk.documents.received import MEGABYTE, clean_received_pdf

    name = normalise.file_name(filename or "")
    return what, clean_received_pdf(pdf, max_bytes=limit * MEGABYTE,
                                    what=f"Filen {name} för {what}" if name
                                    else f"PDF-filen för {what}").data


def receive(register: Register, statement_id: int, *, received_at: datetime,
            text: str | None = None, pdf: bytes | None = None,
            filename: str | None = None, now: datetime | None = None,
            expected_version: int | None = None) -> Changes:
    """The promised text arrived: as text, or as a PDF file (checked, cleaned, stored with
    its SHA-256). `received_at` may not lie after `now` (default: the clock)."""
    text = normalise.multi_line(text or "") or None
    moment = now or datetime.now()
    if received_at > moment:
        raise UserError(f"Tidpunkten {received_at:%Y-%m-%d %H:%M} ligger i framtiden (nu är "
                        f"det {moment:%Y-%m-%d %H:%M}); ange när texten kom in.",
                        field="received_at")
    if (text is None) == (pdf is None):
        what, _ = _before_receipt(register, statement_id, None, None)
        raise UserError(f"Ange antingen texten eller en PDF-fil för {what}.", field="text")
    _, cleaned = _before_receipt(register, statement_id, pdf, filename)
    with register.write() as session:
        statement, paragraph, meeting = _editable_statement(session, statement_id)
        what = statement_what(session, statement)
        versions.check(statement, expected_version, what)
        if statement.state not in (StatementState.PROMISED, StatementState.RECEIVED):
            raise UserError(f"{capitalise(what)} är {STATEMENT_STATE_PHRASE[statement.state]}; "
                            "ingen text väntas.", field="statement")
        if received_at < meeting.starts_at:
            raise UserError(f"Tidpunkten {received_at:%Y-%m-%d %H:%M} för {what} ligger före "
                            f"sammanträdet ({meeting.starts_at:%Y-%m-%d %H:%M}).",
                            field="received_at")
        has_appendix = session.scalar(select(Appendix.id)
                                      .where(Appendix.statement_id == statement.id))
        if cleaned is not None and not has_appendix:
            raise UserError(f"{capitalise(what)} skrivs in i paragrafen och kan inte tas emot "
                            "som PDF; klistra in texten i stället.", field="pdf")
        statement.file_id = _store_pdf(session, cleaned, filename).id if cleaned else None
        statement.text = text
        statement.received_at = received_at
        statement.state = StatementState.RECEIVED
        return Changes(statements=frozenset({statement.id}),
                       paragraphs=frozenset({paragraph.id}))


def withdraw(register: Register, statement_id: int, *,
             expected_version: int | None = None) -> Changes:
    """The authors withdrew the statement. Its bilaga goes, unless its number is fixed.
    A text or file already received stays with it."""
    with register.write() as session:
        statement, paragraph, meeting = _editable_statement(session, statement_id)
        what = statement_what(session, statement)
        versions.check(statement, expected_version, what)
        if statement.state is StatementState.WITHDRAWN:
            raise UserError(f"{capitalise(what)} är redan återkallad.", field="statement")
        statement.state = StatementState.WITHDRAWN
        if not rules.numbers_fixed(meeting.minutes_state):
            session.execute(delete(Appendix).where(Appendix.statement_id == statement.id))
        return Changes(statements=frozenset({statement.id}),
                       paragraphs=frozenset({paragraph.id}))


def reinstate(register: Register, statement_id: int, *, state: StatementState,
              expected_version: int | None = None) -> Changes:
    """Undo a withdrawal: the statement is `state` again (as before it was withdrawn), with
    its bilaga if the withdrawal took it away."""
    with register.write() as session:
        statement, paragraph, meeting = _editable_statement(session, statement_id)
        what = statement_what(session, statement)
        versions.check(statement, expected_version, what)
        if statement.state is not StatementState.WITHDRAWN:
            raise UserError(f"{capitalise(what)} är inte återkallad.", field="statement")
        if state is StatementState.WITHDRAWN or state is StatementState.NOT_RECEIVED:
            raise UserError(f"{capitalise(what)} kan inte återställas så.", field="statement")
        if state is StatementState.RECEIVED and statement.received_at is None:
            state = StatementState.PROMISED
        if state is StatementState.PROMISED and statement.deadline is None:
            statement.deadline = _deadline(meeting, None, what)
        statement.state = state
        wants_appendix = statement.kind is StatementKind.SPECIAL_STATEMENT or (
            statement.kind is StatementKind.RESERVATION and state is not StatementState.ANNOUNCED)
        has_appendix = session.scalar(select(Appendix.id)
                                      .where(Appendix.statement_id == statement.id))
        if wants_appendix and not has_appendix:
            session.add(Appendix(meeting_id=meeting.id, kind=AppendixKind.STATEMENT,
                                 paragraph_id=paragraph.id, statement_id=statement.id,
                                 title=STATEMENT_KIND[statement.kind]))
            session.flush()
            if rules.numbers_fixed(meeting.minutes_state):
                _appendices.assign(session, meeting)
        return Changes(statements=frozenset({statement.id}),
                       paragraphs=frozenset({paragraph.id}))


def delete_statement(register: Register, statement_id: int, *,
                     expected_version: int | None = None,
                     discard_received: bool = False) -> Changes:
    """Remove a statement recorded by mistake (draft minutes only).

    One whose text or file was received is removed only with `discard_received`: the
    secretary's own, confirmed choice. Undo never passes it, so no undo or redo deletes
    what arrived."""
    with register.write() as session:
        statement, paragraph, meeting = _editable_statement(session, statement_id)
        what = statement_what(session, statement)
        versions.check(statement, expected_version, what)
        rules.ensure_renumberable(meeting.minutes_state, what=what)
        if statement.received_at is not None and not discard_received:
            raise UserError(
                f"{capitalise(what)} har kommit in ({_received_what(session, statement)}) och "
                "tas inte bort: det som har kommit in sparas. Välj Återkallad om författarna "
                "har dragit tillbaka det.", field="statement")
        for model in (StatementAuthor, StatementConcurrence):
            session.execute(delete(model).where(model.statement_id == statement.id))
        session.execute(delete(Appendix).where(Appendix.statement_id == statement.id))
        session.delete(statement)
        return Changes(statements=frozenset({statement_id}),
                       paragraphs=frozenset({paragraph.id}))


def _received_what(session: Session, statement: Statement) -> str:
    when = (f"{statement.received_at:%Y-%m-%d %H:%M}" if statement.received_at else "")
    if statement.file_id is not None:
        name = session.scalar(select(StoredFile.filename)
                              .where(StoredFile.id == statement.file_id))
        return f"PDF-filen «{name}», {when}".rstrip(", ")
    length = len(statement.text or "")
    return f"{length:_} tecken text, {when}".replace("_", " ").rstrip(", ")


# --- at justering (inside the caller's transaction) -------------------------------------


def assign_appendix_numbers(session: Session, meeting_id: int) -> None:
    """Number every bilaga of the meeting in paragraph order (then statement order).

    Draft minutes are numbered afresh; once the minutes are sent for justering the numbers
    already given stay and a later bilaga gets the next number.
    """
    meeting = support.get(session, Meeting, meeting_id)
    rules.ensure_editable(meeting.minutes_state, what="bilagornas nummer")
    _appendices.assign(session, meeting)


def close_open_promises(session: Session, meeting_id: int, *, now: datetime) -> list[int]:
    """Every promise still open becomes NOT_RECEIVED, in agenda order; their ids.

    `now` is the moment of justering (it may not precede the meeting). Each gets the
    organisation's not-received sentence fixed as its text; the paragraph prints it, or its
    bilaga is the placeholder composed from the statement (kraftdesk.text.appendix), signed
    by the meeting's secretary.
    """
    meeting = support.get(session, Meeting, meeting_id)
    body = session.get_one(Body, meeting.body_id)
    rules.ensure_editable(meeting.minutes_state, what=meeting_ref(body, meeting))
    if now < meeting.starts_at:
        raise UserError(f"Justeringen ({now:%Y-%m-%d %H:%M}) kan inte ske före sammanträdet "
                        f"{meeting_ref(body, meeting)}.", field="now")
    open_ids = [p.statement_id for p in pending_in(session, now=now, meeting_id=meeting.id)]
    if not open_ids:
        return []
    in_appendix = session.scalars(select(Appendix.id)
                                  .where(Appendix.statement_id.in_(open_ids))).first()
    if in_appendix is not None and meeting.secretary_id is None:
        raise UserError(f"Sekreterare saknas för {meeting_ref(body, meeting)}; bilagan för en "
                        "text som inte har kommit in undertecknas av sekreteraren. Ange "
                        "sekreteraren för sammanträdet.", field="secretary_id")
    texts = load.texts(session)
    for statement in session.scalars(select(Statement).where(Statement.id.in_(open_ids))):
        statement.state = StatementState.NOT_RECEIVED
        statement.text = text.not_received_sentence(statement.kind, texts)
    session.flush()
    return list(open_ids)
