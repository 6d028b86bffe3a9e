# SPDX-License-Identifier: EUPL-1.2
"""The public version of justerade minutes: marked content left out, what is left checked.

    mark_values(session, meeting_id) -> list[MarkValue]
    field_texts(session, meeting_id) -> list[FieldText]      every markable stored text
    publication_problems(session, meeting_id) -> list[str]  why it may not be published yet
    public_minutes_doc(session, meeting_id) -> MinutesDoc    the public version
    publication(session, body, year) -> Publication          a body's year, checked
    register_identity(session) -> str                        for a publication's manifest

The internal minutes never change. The public version is composed by the same code as the
minutes (kraftdesk.text) from the same values, with each marked passage replaced in the
stored text before composition, each marked section, paragraph and bilaga replaced by its
note after it (kraftdesk.text.publication), and received PDF bilagor left out (they cannot
be checked or tagged). The text that is left out is therefore absent from everything made
from the public version: the tagged PDF, the web pages, the open data.

A personnummer (kraftdesk.domain.personal_numbers) in any text of the public version that
no mark covers stops publication, unless the secretary confirmed that it is none.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.document import (
    AppendixDoc,
    Block,
    BulletList,
    LabelledValue,
    MinutesDoc,
    NumberedList,
    ParagraphDoc,
    Section,
    SignatureField,
    SignatureLines,
    Table,
    Text,
)
from kraftdesk.domain.enums import MarkKind, MarkScope, MinutesState
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.marks import (
    FIELD_SECTION,
    FieldText,
    MarkValue,
    SectionKey,
    TextField,
    locate,
    redact,
    section_id,
)
from kraftdesk.domain.personal_numbers import PersonalNumber, find_personal_numbers
from kraftdesk.domain.publication import (
    Handling,
    Publication,
    PublicBallot,
    PublicCase,
    PublicMeeting,
    PublicParagraph,
    PublicVote,
)
from kraftdesk.domain.values import ParagraphValue, ProposalValue, StatementValue
from kraftdesk.reading import load, support
from kraftdesk.reading.composition import appendix_docs, paragraph_values
from kraftdesk.reading.minutes import minutes_doc
from kraftdesk.reading.references import meeting_ref
from kraftdesk.register.models import (
    Appendix,
    AuditEntry,
    BasisDocument,
    Body,
    Case,
    DecisionPoint,
    Distribution,
    Mark,
    Meeting,
    Paragraph,
    ParagraphSection,
    Proposal,
    Statement,
    Vote,
)
from kraftdesk.text import publication as words
from kraftdesk.text.paragraph import compose_paragraph, label


def mark_values(session: Session, meeting_id: int) -> list[MarkValue]:
    rows = session.scalars(select(Mark).where(Mark.meeting_id == meeting_id)
                           .order_by(Mark.id)).all()
    return [MarkValue(m.id, m.kind, m.scope, m.paragraph_id, m.provision, m.section, m.field,
                      m.row_id, m.passage_start, m.passage_end, m.passage_text) for m in rows]


# --- the markable texts ----------------------------------------------------------------------

def field_texts(session: Session, meeting_id: int,
                paragraph_id: int | None = None) -> list[FieldText]:
    """Every stored text of the meeting that can hold a marked passage, in printed order."""
    query = select(Paragraph).where(Paragraph.meeting_id == meeting_id)
    if paragraph_id is not None:
        query = query.where(Paragraph.id == paragraph_id)
    paragraphs = session.scalars(query.order_by(Paragraph.position)).all()
    ids = [p.id for p in paragraphs]
    out: list[FieldText] = []
    children = _children(session, ids)
    for p in paragraphs:
        where = label(p.number)

        def add(field: TextField, row_id: int, text: str | None, part: str,
                _p: Paragraph = p, _where: str = where) -> None:
            if text:
                out.append(FieldText(field, row_id, text, _p.id,
                                     f"{_where}, {part}" if part else _where))

        add(TextField.PARAGRAPH_TITLE, p.id, p.title, words.FIELD_NAMES[
            TextField.PARAGRAPH_TITLE])
        add(TextField.SUMMARY, p.id, p.summary, "Sammanfattning")
        for row in children["sections"].get(p.id, []):
            add(TextField.FREE_SECTION, row.id, row.body, f"avsnittet «{row.heading}»")
        for row in children["proposals"].get(p.id, []):
            add(TextField.PROPOSAL_SUBJECT, row.id, row.subject, f"yrkande {row.position}")
            add(TextField.PROPOSAL_TEXT, row.id, row.text, f"yrkande {row.position}")
        add(TextField.PROCEDURE, p.id, p.procedure_text, "Beslutsgång")
        for n, row in enumerate(children["points"].get(p.id, []), start=1):
            add(TextField.DECISION_POINT, row.id, row.text, f"beslutspunkt {n}")
        for row in children["statements"].get(p.id, []):
            add(TextField.STATEMENT, row.id, row.text,
                f"reservation eller yttrande {row.position}")
        for n, row in enumerate(children["basis"].get(p.id, []), start=1):
            add(TextField.BASIS, row.id, row.text, f"Beslutsunderlag, rad {n}")
        for n, row in enumerate(children["distribution"].get(p.id, []), start=1):
            add(TextField.DISTRIBUTION, row.id, row.recipient, f"sändlistan, rad {n}")
    if paragraph_id is None:
        for appendix in session.scalars(select(Appendix).where(
                Appendix.meeting_id == meeting_id).order_by(Appendix.number, Appendix.id)):
            if appendix.text:
                out.append(FieldText(TextField.APPENDIX, appendix.id, appendix.text,
                                     appendix.paragraph_id,
                                     f"bilaga {appendix.number or '(utan nummer)'}"))
    return out


def _children(session: Session, ids: list[int]) -> dict[str, dict[int, list[Any]]]:
    def rows(model: type) -> dict[int, list[Any]]:
        found = session.scalars(select(model).where(model.paragraph_id.in_(ids))
                                .order_by(model.paragraph_id, model.position)).all()
        return load.by_key((r.paragraph_id, r) for r in found)

    return {"sections": rows(ParagraphSection), "proposals": rows(Proposal),
            "points": rows(DecisionPoint), "statements": rows(Statement),
            "basis": rows(BasisDocument), "distribution": rows(Distribution)}


# --- what the marks cover --------------------------------------------------------------------

@dataclass(frozen=True)
class _Located:
    mark: MarkValue
    start: int
    end: int


class Coverage:
    """The meeting's marks resolved against its texts now."""

    def __init__(self, session: Session, meeting_id: int) -> None:
        self.marks = mark_values(session, meeting_id)
        self.fields = field_texts(session, meeting_id)
        self.lost: list[tuple[MarkValue, str]] = []  # passages no longer found, and where
        self.passages: dict[tuple[str, int], list[_Located]] = defaultdict(list)
        texts = {(f.field.value, f.row_id): f for f in self.fields}
        for mark in self.marks:
            if mark.scope is not MarkScope.PASSAGE:
                continue
            assert mark.field and mark.row_id is not None and mark.text is not None
            found = texts.get((mark.field, mark.row_id))
            place = locate(found.text, mark.start or 0, mark.end or 0, mark.text) \
                if found else None
            if place is None:
                self.lost.append((mark, found.where if found else ""))
                continue
            self.passages[(mark.field, mark.row_id)].append(_Located(mark, *place))
        self.paragraphs = {m.paragraph_id: m for m in self.marks
                           if m.scope is MarkScope.PARAGRAPH}
        self.sections = {(m.paragraph_id, m.section if m.section != SectionKey.FREE
                          else section_id(SectionKey.FREE, m.row_id)): m
                         for m in self.marks if m.scope is MarkScope.SECTION}
        self.appendices = {m.row_id: m for m in self.marks if m.scope is MarkScope.APPENDIX}
        self.statement_appendix = dict(session.execute(
            select(Appendix.statement_id, Appendix.id).where(
                Appendix.meeting_id == meeting_id, Appendix.statement_id.is_not(None))).all())
        self.appendix_paragraph = dict(session.execute(
            select(Appendix.id, Appendix.paragraph_id).where(
                Appendix.meeting_id == meeting_id)).all())

    def shown(self, field: str, row_id: int, value: str | None) -> str | None:
        """The stored text as the public version prints it (marked passages replaced)."""
        if not value:
            return value
        spans = [(p.start, p.end, _note(p.mark)) for p in self.passages.get((field, row_id), [])
                 if p.mark.hides]
        return redact(value, spans) if spans else value

    def hidden_whole(self, text: FieldText) -> bool:
        """True when a paragraph, section or bilaga mark leaves this whole text out."""
        if text.field is TextField.PARAGRAPH_TITLE:
            return False
        if text.field is TextField.APPENDIX:
            return text.row_id in self.appendices or \
                self.appendix_paragraph.get(text.row_id) in self.paragraphs
        if text.paragraph_id in self.paragraphs:
            return True
        section = FIELD_SECTION[text.field]
        key = section_id(SectionKey.FREE, text.row_id) if section is SectionKey.FREE \
            else str(section)
        if (text.paragraph_id, key) in self.sections:
            return True
        if text.field is TextField.STATEMENT:
            appendix = self.statement_appendix.get(text.row_id)
            if appendix is not None:  # printed in its bilaga, not in the paragraph
                return appendix in self.appendices
            return any((text.paragraph_id, str(k)) in self.sections
                       for k in (SectionKey.STATEMENTS, SectionKey.NOTES))
        return False

    def covers(self, text: FieldText, number: PersonalNumber) -> bool:
        """True when a hiding mark or a confirmation covers the whole number."""
        if self.hidden_whole(text):
            return True
        return any(p.start <= number.start and number.end <= p.end
                   for p in self.passages.get((text.field.value, text.row_id), []))

    def confirmed_digits(self) -> set[str]:
        """The numbers confirmed as not personnummer (their ten digits)."""
        out = set()
        for located in (p for ps in self.passages.values() for p in ps):
            if located.mark.kind is MarkKind.NOT_PERSONAL_NUMBER:
                out |= {n.digits for n in find_personal_numbers(located.mark.text or "")}
        return out


def _note(mark: MarkValue) -> str:
    return words.removed_note(mark.kind, mark.scope, mark.provision)


# --- problems --------------------------------------------------------------------------------

def publication_problems(session: Session, meeting_id: int) -> list[str]:
    """Why the meeting's minutes may not be published yet (empty: they may), in Swedish."""
    meeting = support.get(session, Meeting, meeting_id)
    ref = meeting_ref(session.get_one(Body, meeting.body_id), meeting)
    if meeting.minutes_state is not MinutesState.APPROVED:
        return [f"{ref}: protokollet är inte justerat och kan inte publiceras."]
    return _checked(session, meeting_id, ref, Coverage(session, meeting_id))[0]


def _checked(session: Session, meeting_id: int, ref: str,
             coverage: Coverage) -> tuple[list[str], _Composed | None]:
    """The problems of justerade minutes, and their public version when it was composed."""
    out = []
    for mark, where in coverage.lost:
        out.append(f"{ref}, {where or 'en borttagen text'}: den markerade texten «{mark.text}» "
                   "finns inte längre i texten; markera om den.")
    for text in coverage.fields:
        for number in find_personal_numbers(text.text):
            if not coverage.covers(text, number):
                out.append(_number_problem(ref, text.where, number))
    if out:
        return out, None
    # Everything the public version prints, whatever its source (names, notes, places).
    confirmed = coverage.confirmed_digits()
    composed = _compose(session, meeting_id, coverage)
    for where, text in printed_texts(composed.doc):
        for number in find_personal_numbers(text):
            if number.digits not in confirmed:
                out.append(_number_problem(ref, where, number))
    return list(dict.fromkeys(out)), composed


def _number_problem(ref: str, where: str, number: PersonalNumber) -> str:
    return (f"{ref}, {where}: «{number.text}» ser ut som ett {number.kind}. Markera det som "
            "personuppgift eller bekräfta att det inte är ett personnummer innan protokollet "
            "publiceras.")


# --- the public version ----------------------------------------------------------------------

def public_minutes_doc(session: Session, meeting_id: int) -> MinutesDoc:
    """The public version of justerade minutes (refused while problems remain)."""
    meeting = support.get(session, Meeting, meeting_id)
    ref = meeting_ref(session.get_one(Body, meeting.body_id), meeting)
    if meeting.minutes_state is not MinutesState.APPROVED:
        raise UserError(f"{ref}: protokollet är inte justerat och kan inte publiceras.",
                        field="publicering")
    problems, composed = _checked(session, meeting_id, ref, Coverage(session, meeting_id))
    if problems or composed is None:
        raise UserError(" ".join(problems), field="publicering")
    return composed.doc


@dataclass(frozen=True)
class _Composed:
    doc: MinutesDoc  # the public version
    values: dict[int, ParagraphValue]  # the paragraphs' values (not redacted), by id


def _compose(session: Session, meeting_id: int, coverage: Coverage) -> _Composed:
    base = minutes_doc(session, meeting_id, final=True)
    ids = [p.paragraph_id for p in base.paragraphs]
    texts = load.texts(session)
    orders = _row_orders(session, ids)
    docs = []
    values = paragraph_values(session, ids)
    for value in values:
        doc = compose_paragraph(_redacted_value(value, coverage, orders), texts)
        docs.append(_marked_doc(doc, coverage))
    appendices = []
    for appendix in appendix_docs(session, meeting_id, shown=coverage.shown):
        appendices.append(_public_appendix(session, meeting_id, appendix, coverage))
    doc = replace(base, paragraphs=tuple(docs), appendices=tuple(appendices),
                  title=f"{base.title}, {words.PUBLIC_VERSION.lower()}")
    return _Composed(doc, {v.paragraph_id: v for v in values})


def _row_orders(session: Session, ids: list[int]) -> dict[str, dict[int, list[int]]]:
    """Row ids per paragraph in printed order, for the lists of plain strings in the values."""
    def order(model: type) -> dict[int, list[int]]:
        rows = session.execute(select(model.paragraph_id, model.id)
                               .where(model.paragraph_id.in_(ids))
                               .order_by(model.paragraph_id, model.position)).all()
        return load.by_key(rows)

    return {"points": order(DecisionPoint), "basis": order(BasisDocument),
            "distribution": order(Distribution)}


def _redacted_value(value: ParagraphValue, coverage: Coverage,
                    orders: dict[str, dict[int, list[int]]]) -> ParagraphValue:
    pid = value.paragraph_id
    shown = coverage.shown

    def listed(key: str, field: TextField, items: tuple[str, ...]) -> tuple[str, ...]:
        rows = orders[key].get(pid, [])
        return tuple(shown(field.value, row, item) or "" for row, item in zip(rows, items,
                                                                              strict=False))

    basis_rows = orders["basis"].get(pid, [])
    value = replace(
        value,
        title=shown(TextField.PARAGRAPH_TITLE, pid, value.title) or "",
        summary=shown(TextField.SUMMARY, pid, value.summary),
        procedure_text=shown(TextField.PROCEDURE, pid, value.procedure_text),
        free_sections=tuple(replace(s, body=shown(TextField.FREE_SECTION, s.section_id or -1,
                                                  s.body) or "")
                            for s in value.free_sections),
        decision_points=listed("points", TextField.DECISION_POINT, value.decision_points),
        distribution=listed("distribution", TextField.DISTRIBUTION, value.distribution),
        basis=tuple(replace(line, text=shown(TextField.BASIS, row, line.text))
                    for row, line in zip(basis_rows, value.basis, strict=False)),
    )
    return _walk(value, coverage)


def _walk(value: Any, coverage: Coverage) -> Any:
    """Proposals and statements wherever they occur (votes, "till förmån för"), redacted."""
    if isinstance(value, tuple):
        return tuple(_walk(v, coverage) for v in value)
    if not is_dataclass(value) or isinstance(value, type):
        return value
    changes = {f.name: _walk(getattr(value, f.name), coverage) for f in fields(value)}
    if isinstance(value, ProposalValue) and value.proposal_id is not None:
        changes["subject"] = coverage.shown(TextField.PROPOSAL_SUBJECT, value.proposal_id,
                                            value.subject)
        changes["text"] = coverage.shown(TextField.PROPOSAL_TEXT, value.proposal_id,
                                         value.text)
    if isinstance(value, StatementValue) and value.statement_id is not None:
        changes["text"] = coverage.shown(TextField.STATEMENT, value.statement_id, value.text)
    return replace(value, **changes)


def _marked_doc(doc: ParagraphDoc, coverage: Coverage) -> ParagraphDoc:
    mark = coverage.paragraphs.get(doc.paragraph_id)
    if mark is not None and mark.hides:
        return replace(doc, sections=(Section(None, (Text(_note(mark)),)),))
    sections = []
    for section in doc.sections:
        mark = coverage.sections.get((doc.paragraph_id, section.key))
        if mark is not None and mark.hides:
            section = replace(section, blocks=(Text(_note(mark)),))
        sections.append(section)
    return replace(doc, sections=tuple(sections))


def _public_appendix(session: Session, meeting_id: int, appendix: AppendixDoc,
                     coverage: Coverage) -> AppendixDoc:
    row_id = session.scalar(select(Appendix.id).where(
        Appendix.meeting_id == meeting_id, Appendix.number == appendix.number))
    mark = coverage.appendices.get(row_id)
    if mark is None and appendix.paragraph_id in coverage.paragraphs:
        mark = coverage.paragraphs[appendix.paragraph_id]
    if mark is not None and mark.hides:
        return replace(appendix, blocks=(Text(words.removed_note(
            mark.kind, MarkScope.APPENDIX, mark.provision)),), pdf_bytes=None)
    if appendix.pdf_bytes is not None:
        return replace(appendix, blocks=(Text(words.RECEIVED_NOT_PUBLISHED),), pdf_bytes=None)
    return appendix


# --- every printed text ----------------------------------------------------------------------

def printed_texts(doc: MinutesDoc) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a MinutesDoc prints, for the personnummer check."""
    yield "förstasidan", doc.organisation
    for value in (*doc.front_fields, *doc.posting_fields, *doc.certification):
        yield from _labelled("förstasidan", value)
    for signature in doc.signatures:
        yield from _signature("förstasidan", signature)
    for paragraph in doc.paragraphs:
        where = paragraph.label
        yield where, paragraph.title
        if paragraph.case_number:
            yield where, paragraph.case_number
        for section in paragraph.sections:
            if section.heading:
                yield where, section.heading
            yield from _blocks(where, section.blocks)
    for appendix in doc.appendices:
        where = f"bilaga {appendix.number}"
        yield where, appendix.title
        yield where, appendix.reference
        yield from _blocks(where, appendix.blocks)


def _labelled(where: str, value: LabelledValue) -> Iterator[tuple[str, str]]:
    yield where, value.label
    for line in value.lines:
        yield where, line


def _signature(where: str, field: SignatureField) -> Iterator[tuple[str, str]]:
    yield where, field.role
    yield where, field.name
    if field.note:
        yield where, field.note


def _blocks(where: str, blocks: Iterable[Block]) -> Iterator[tuple[str, str]]:
    for block in blocks:
        if isinstance(block, Text):
            yield where, block.text
        elif isinstance(block, (NumberedList, BulletList)):
            for item in block.items:
                yield where, item
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                for cell in row:
                    yield where, cell
        elif isinstance(block, SignatureLines):
            for line in block.lines:
                yield where, line


# --- a body's year -----------------------------------------------------------------------------

def publication(session: Session, body_short_name: str, year: int) -> Publication:
    """The public version of every justerat protokoll of the body's year.

    Refused (UserError) when the body is unknown, when no minutes of the year are justerade,
    or while any justerat protokoll has problems (publication_problems): all are named.
    """
    body = session.scalars(select(Body).where(Body.short_name == body_short_name.strip())
                           ).first()
    if body is None:
        known = ", ".join(session.scalars(select(Body.short_name).order_by(Body.short_name)))
        raise UserError(f"Det finns inget organ med kortnamnet «{body_short_name}» "
                        f"(organ i registret: {known or 'inga'}).", field="organ")
    meetings = session.scalars(
        select(Meeting).where(Meeting.body_id == body.id,
                              Meeting.starts_at >= datetime(year, 1, 1),
                              Meeting.starts_at < datetime(year + 1, 1, 1))
        .order_by(Meeting.starts_at, Meeting.id)).all()
    approved = [m for m in meetings if m.minutes_state is MinutesState.APPROVED]
    left_out = tuple(meeting_ref(body, m) for m in meetings if m not in approved)
    if not approved:
        raise UserError(f"{body.short_name} har inga justerade protokoll {year} att publicera"
                        + ((" (1 sammanträde är inte justerat)." if len(left_out) == 1 else
                            f" ({len(left_out)} sammanträden är inte justerade).")
                           if left_out else "."), field="publicering")
    problems: list[str] = []
    checked = []
    for meeting in approved:
        coverage = Coverage(session, meeting.id)
        found, composed = _checked(session, meeting.id, meeting_ref(body, meeting), coverage)
        problems += found
        checked.append((meeting, coverage, composed))
    if problems:
        raise UserError("Publiceringen stoppas. " + " ".join(problems), field="publicering")
    confirmed: set[str] = set()
    public = []
    for meeting, coverage, composed in checked:
        assert composed is not None
        confirmed |= coverage.confirmed_digits()
        public.append(_public_meeting(session, body, meeting, coverage, composed))
    published = {p.paragraph_id for m in public for p in m.paragraphs}
    cases = _public_cases(session, public, published)
    return Publication(support.organisation(session).name, body.short_name, body.name, year,
                       tuple(public), cases, left_out, frozenset(confirmed))


def _public_meeting(session: Session, body: Body, meeting: Meeting, coverage: Coverage,
                    composed: _Composed) -> PublicMeeting:
    doc, values = composed.doc, composed.values
    rows = {p.id: p for p in session.scalars(select(Paragraph).where(
        Paragraph.meeting_id == meeting.id))}
    cases = dict(session.execute(select(Case.id, Case.number).where(Case.id.in_(
        [p.case_id for p in rows.values() if p.case_id]))).all())
    paragraphs = []
    for pdoc in doc.paragraphs:
        row = rows[pdoc.paragraph_id]
        mark = coverage.paragraphs.get(row.id)
        withheld = mark is not None and mark.hides
        votes_hidden = withheld or (row.id, str(SectionKey.VOTES)) in coverage.sections
        paragraphs.append(PublicParagraph(
            paragraph_id=row.id, number=row.number or 0, label=pdoc.label, title=pdoc.title,
            case_id=row.case_id, case_number=cases.get(row.case_id or -1),
            doc=pdoc,
            appendices=tuple(a for a in doc.appendices if a.paragraph_id == row.id),
            withheld=withheld, decided=row.proposes_to_body_id is None,
            decision_text="" if withheld else _decision_text(pdoc),
            votes=() if votes_hidden else tuple(_votes(session, row.id, values[row.id]))))
    assert meeting.approved_on is not None
    return PublicMeeting(
        meeting.id, meeting_ref(body, meeting), meeting.starts_at, meeting.ends_at,
        meeting.place, meeting.approved_on, meeting.posted_on, doc, tuple(paragraphs))


def _decision_text(doc: ParagraphDoc) -> str:
    for section in doc.sections:
        if section.key == SectionKey.DECISION:
            return "\n".join(line for _, line in _blocks("", section.blocks))
    return ""


def _votes(session: Session, paragraph_id: int, value: ParagraphValue) -> list[PublicVote]:
    ids = session.scalars(select(Vote.id).where(Vote.paragraph_id == paragraph_id)
                          .order_by(Vote.position)).all()
    out = []
    for vote_id, vote in zip(ids, value.votes, strict=False):
        ballots = tuple(PublicBallot(b.person.name, b.person.party, b.choice.value)
                        for b in vote.ballots)
        yes = sum(b.choice == "yes" for b in ballots)
        no = sum(b.choice == "no" for b in ballots)
        if yes == no and vote.chair_choice is not None:
            result = vote.chair_choice.value  # the chair's vote decides a tie
        else:
            result = "yes" if yes > no else "no" if no > yes else "tie"
        out.append(PublicVote(vote_id, vote.yes_meaning, vote.no_meaning, ballots, result))
    return out


def _public_cases(session: Session, meetings: list[PublicMeeting],
                  published: set[int]) -> tuple[PublicCase, ...]:
    case_ids = sorted({p.case_id for m in meetings for p in m.paragraphs if p.case_id})
    if not case_ids:
        return ()
    rows = session.execute(
        select(Paragraph, Meeting, Body).join(Meeting, Meeting.id == Paragraph.meeting_id)
        .join(Body, Body.id == Paragraph.body_id)
        .where(Paragraph.case_id.in_(case_ids), Meeting.minutes_state == MinutesState.APPROVED)
        .order_by(Meeting.starts_at, Paragraph.position)).all()
    coverages: dict[int, Coverage] = {}
    history: dict[int, list[Handling]] = defaultdict(list)
    for paragraph, meeting, body in rows:
        if meeting.id not in coverages:
            coverages[meeting.id] = Coverage(session, meeting.id)
        title = coverages[meeting.id].shown(TextField.PARAGRAPH_TITLE, paragraph.id,
                                            paragraph.title) or ""
        history[paragraph.case_id or 0].append(Handling(
            paragraph.id, body.short_name, body.name, meeting.starts_at.date(),
            label(paragraph.number), title, paragraph.id in published))
    numbers = dict(session.execute(select(Case.id, Case.number).where(
        Case.id.in_(case_ids))).all())
    out = []
    for case_id in case_ids:
        handlings = tuple(history.get(case_id, []))
        latest = next((h.title for h in reversed(handlings) if h.published), "")
        out.append(PublicCase(case_id, numbers[case_id], latest, handlings))
    return tuple(out)


def register_identity(session: Session) -> str:
    """What tells this register from another, for the publication folder's manifest: the
    first entry of its audit trail (append-only, hash-chained, never rewritten)."""
    first = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1))
    return hashlib.sha256(f"kraftdesk-register:{first or ''}".encode()).hexdigest()
