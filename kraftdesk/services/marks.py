# SPDX-License-Identifier: EUPL-1.2
"""Marking what the public version leaves out: sekretess (with its provision) and personal
data, and confirming that a detected number is not a personnummer.

    mark_paragraph(register, paragraph, kind=…, provision=…) -> Created
    mark_section(register, paragraph, section, kind=…, provision=…, free_section=None)
    mark_appendix(register, meeting, number, kind=…, provision=…)
    mark_passage(register, field, row_id, start, end, kind=…, provision=…)  (the editor)
    mark_text(register, paragraph, text, kind=…, provision=…, occurrence=None)  (the CLI)
    confirm_not_personal_number(register, meeting, number) -> Changes
    remove_mark(register, mark_id) -> Changes
    list_marks(register, meeting) -> list[MarkRow]
    personal_number_problems(register, meeting) -> list[str]
    passage_marks(register, paragraph_id) -> list[PassageMark]   (the editor's highlighting)

A paragraph is an id or a reference ("KS:2026:16"), a meeting an id or "KS:2026-01-07".
Marks may change until the minutes are justerade (kraftdesk.domain.rules): they are part of
the justerat record and sealed with it. The internal minutes never change.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import rules
from kraftdesk.domain.enums import MarkKind, MarkScope
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.marks import (
    FieldText,
    SectionKey,
    TextField,
    locate,
    occurrences,
    spanned_fields,
)
from kraftdesk.domain.personal_numbers import find_personal_numbers
from kraftdesk.reading import publication, support
from kraftdesk.reading.references import find_meeting, find_paragraph, meeting_ref
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Appendix,
    BasisDocument,
    Body,
    DecisionPoint,
    Distribution,
    Mark,
    Meeting,
    Paragraph,
    ParagraphSection,
    Proposal,
    Statement,
)
from kraftdesk.services.changes import Changes, Created
from kraftdesk.text import publication as words
from kraftdesk.text.paragraph import label

#: The table of each passage field and how its row leads to the paragraph.
_FIELD_MODELS: dict[TextField, type] = {
    TextField.PARAGRAPH_TITLE: Paragraph, TextField.SUMMARY: Paragraph,
    TextField.PROCEDURE: Paragraph, TextField.FREE_SECTION: ParagraphSection,
    TextField.DECISION_POINT: DecisionPoint, TextField.BASIS: BasisDocument,
    TextField.DISTRIBUTION: Distribution, TextField.PROPOSAL_SUBJECT: Proposal,
    TextField.PROPOSAL_TEXT: Proposal, TextField.STATEMENT: Statement,
    TextField.APPENDIX: Appendix,
}
_PROVISION_MAX = 200


@dataclass(frozen=True)
class MarkRow:
    """A mark as the editor and the command line list it."""

    mark_id: int
    paragraph_id: int | None
    where: str  # "§ 16, Sammanfattning"
    what: str  # "sekretess enligt 26 kap. 1 § OSL"
    scope: str  # "text", "avsnitt", "hela paragrafen", "hela bilagan"
    text: str | None  # the marked passage
    kind: MarkKind


@dataclass(frozen=True)
class PassageMark:
    """A marked passage located in its stored text now (for highlighting in the editor)."""

    mark_id: int
    field: TextField
    row_id: int
    start: int
    end: int
    kind: MarkKind


# --- adding ----------------------------------------------------------------------------------

def mark_paragraph(register: Register, paragraph: int | str, *, kind: MarkKind,
                   provision: str | None = None) -> Created:
    """The whole paragraph: its heading stays, the rest becomes the note."""
    with register.write() as session:
        row, meeting = _paragraph(session, paragraph)
        provision = _provision(kind, provision)
        _refuse_confirmation(kind)
        if _exists(session, Mark.paragraph_id == row.id, Mark.scope == MarkScope.PARAGRAPH):
            raise UserError(f"{label(row.number)} är redan markerad i sin helhet.",
                            field="markering")
        return _add(session, Mark(meeting_id=meeting.id, paragraph_id=row.id, kind=kind,
                                  scope=MarkScope.PARAGRAPH, provision=provision))


def mark_section(register: Register, paragraph: int | str, section: SectionKey | str, *,
                 kind: MarkKind, provision: str | None = None,
                 free_section: int | None = None) -> Created:
    """One section (its heading stays); a free section also by its row id."""
    with register.write() as session:
        row, meeting = _paragraph(session, paragraph)
        provision = _provision(kind, provision)
        _refuse_confirmation(kind)
        key = _section_key(section)
        if key is SectionKey.FREE:
            free = session.get(ParagraphSection, free_section) if free_section else None
            if free is None or free.paragraph_id != row.id:
                raise UserError(f"Välj vilket av de egna avsnitten i {label(row.number)} som "
                                "ska markeras.", field="avsnitt")
        elif free_section is not None:
            raise UserError("Bara ett eget avsnitt anges med sin rad.", field="avsnitt")
        if _exists(session, Mark.paragraph_id == row.id, Mark.scope == MarkScope.SECTION,
                   Mark.section == key.value, Mark.row_id.is_(free_section) if free_section
                   is None else Mark.row_id == free_section):
            raise UserError(f"Avsnittet är redan markerat i {label(row.number)}.",
                            field="markering")
        return _add(session, Mark(meeting_id=meeting.id, paragraph_id=row.id, kind=kind,
                                  scope=MarkScope.SECTION, provision=provision,
                                  section=key.value, row_id=free_section))


def mark_appendix(register: Register, meeting: int | str, number: int, *, kind: MarkKind,
                  provision: str | None = None) -> Created:
    """A whole bilaga, by its number."""
    with register.write() as session:
        row = find_meeting(session, meeting)
        ref = _ref(session, row)
        rules.ensure_editable(row.minutes_state, what=ref)
        provision = _provision(kind, provision)
        _refuse_confirmation(kind)
        appendix = session.scalars(select(Appendix).where(
            Appendix.meeting_id == row.id, Appendix.number == number)).first()
        if appendix is None:
            raise UserError(f"Bilaga {number} finns inte i protokollet {ref} (bilagor numreras "
                            "när protokollet skickas för justering).", field="bilaga")
        if _exists(session, Mark.scope == MarkScope.APPENDIX, Mark.row_id == appendix.id):
            raise UserError(f"Bilaga {number} är redan markerad.", field="markering")
        return _add(session, Mark(meeting_id=row.id, paragraph_id=appendix.paragraph_id,
                                  kind=kind, scope=MarkScope.APPENDIX, provision=provision,
                                  row_id=appendix.id))


def mark_passage(register: Register, field: TextField | str, row_id: int, start: int,
                 end: int, *, kind: MarkKind, provision: str | None = None) -> Created:
    """Characters start…end of one stored text (a selection in the editor)."""
    with register.write() as session:
        text_field = _field(field)
        model = _FIELD_MODELS[text_field]
        row = session.get(model, row_id)
        if row is None:
            raise UserError("Texten som skulle markeras finns inte längre.", field="markering")
        meeting, paragraph_id = _owner(session, row)
        provision = _provision(kind, provision)
        value = getattr(row, text_field.value.split(".")[1]) or ""
        if not (0 <= start < end <= len(value)) or not value[start:end].strip():
            raise UserError("Markera en del av texten först (markeringen är tom eller ligger "
                            "utanför texten).", field="markering")
        return _add(session, _passage(meeting, paragraph_id, text_field, row_id, start, end,
                                      value, kind, provision))


def mark_text(register: Register, paragraph: int | str, text: str, *, kind: MarkKind,
              provision: str | None = None, occurrence: int | None = None) -> Created:
    """The passage `text` wherever it stands in the paragraph (one stored text)."""
    quote = text.strip()
    if not quote:
        raise UserError("Ange texten som ska markeras.", field="text")
    with register.write() as session:
        row, meeting = _paragraph(session, paragraph)
        provision = _provision(kind, provision)
        texts = publication.field_texts(session, meeting.id, paragraph_id=row.id)
        found = [(t, span) for t in texts for span in occurrences(t.text, quote)]
        if not found:
            raise _not_found(quote, texts, label(row.number))
        if len(found) > 1 and occurrence is None:
            listed = "; ".join(f"{n}: {t.where}" for n, (t, _) in enumerate(found, start=1))
            raise UserError(f"«{quote}» står {len(found)} gånger i {label(row.number)} "
                            f"({listed}). Ange vilken förekomst som avses.", field="förekomst")
        if occurrence is not None and not 1 <= occurrence <= len(found):
            raise UserError(f"«{quote}» står {len(found)} "
                            f"{'gång' if len(found) == 1 else 'gånger'} i {label(row.number)}; "
                            f"förekomst {occurrence} finns inte.", field="förekomst")
        target, (start, end) = found[(occurrence or 1) - 1]
        return _add(session, _passage(meeting, row.id, target.field, target.row_id, start, end,
                                      target.text, kind, provision))


def confirm_not_personal_number(register: Register, meeting: int | str,
                                number: str) -> Changes:
    """Record that `number`, wherever it stands in the minutes, is not a personnummer."""
    wanted = number.strip()
    with register.write() as session:
        row = find_meeting(session, meeting)
        ref = _ref(session, row)
        rules.ensure_editable(row.minutes_state, what=ref)
        added = []
        for text in publication.field_texts(session, row.id):
            for found in find_personal_numbers(text.text):
                if found.text == wanted:
                    added.append(_passage(row, text.paragraph_id, text.field, text.row_id,
                                          found.start, found.end, text.text,
                                          MarkKind.NOT_PERSONAL_NUMBER, None))
        if not added:
            raise UserError(f"«{wanted}» står inte som ett möjligt personnummer i protokollet "
                            f"{ref}.", field="personnummer")
        session.add_all(added)
        session.flush()
        return Changes(meetings=frozenset({row.id}),
                       paragraphs=frozenset(m.paragraph_id for m in added if m.paragraph_id))


def remove_mark(register: Register, mark_id: int) -> Changes:
    with register.write() as session:
        mark = session.get(Mark, mark_id)
        if mark is None:
            raise UserError(f"Markering nr {mark_id} finns inte.", field="markering")
        meeting = session.get_one(Meeting, mark.meeting_id)
        paragraph = session.get(Paragraph, mark.paragraph_id) if mark.paragraph_id else None
        rules.ensure_editable(meeting.minutes_state, what=_ref(session, meeting),
                              immediately_approved_on=paragraph.immediately_approved_on
                              if paragraph else None)
        session.delete(mark)
        session.flush()
        return Changes(meetings=frozenset({meeting.id}),
                       paragraphs=frozenset({paragraph.id}) if paragraph else frozenset())


# --- reading ---------------------------------------------------------------------------------

def list_marks(register: Register, meeting: int | str) -> list[MarkRow]:
    with register.read() as session:
        row = find_meeting(session, meeting)
        return _rows(session, row.id)


def paragraph_marks(register: Register, paragraph_id: int) -> list[MarkRow]:
    with register.read() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        return [m for m in _rows(session, paragraph.meeting_id)
                if m.paragraph_id == paragraph.id]


def passage_marks(register: Register, paragraph_id: int) -> list[PassageMark]:
    """The paragraph's marked passages where they stand in its texts now."""
    with register.read() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        texts = {(t.field.value, t.row_id): t for t in publication.field_texts(
            session, paragraph.meeting_id, paragraph_id=paragraph.id)}
        out = []
        for mark in publication.mark_values(session, paragraph.meeting_id):
            if mark.scope is not MarkScope.PASSAGE or mark.paragraph_id != paragraph.id:
                continue
            text = texts.get((mark.field or "", mark.row_id or -1))
            place = locate(text.text, mark.start or 0, mark.end or 0, mark.text or "") \
                if text else None
            if place is not None:
                out.append(PassageMark(mark.mark_id, _field(mark.field or ""),
                                       mark.row_id or 0, *place, mark.kind))
        return out


def personal_number_problems(register: Register, meeting: int | str) -> list[str]:
    """What stops publication: unmarked personnummer, lost passages (empty: nothing)."""
    with register.read() as session:
        row = find_meeting(session, meeting)
        coverage = publication.Coverage(session, row.id)
        ref = _ref(session, row)
        out = [f"{ref}, {where}: den markerade texten «{mark.text}» finns inte längre i "
               "texten; markera om den." for mark, where in coverage.lost]
        for text in coverage.fields:
            for number in find_personal_numbers(text.text):
                if not coverage.covers(text, number):
                    out.append(f"{ref}, {text.where}: «{number.text}» ser ut som ett "
                               f"{number.kind} och är inte markerat.")
        return out


def paragraph_problems(register: Register, paragraph_id: int) -> list[str]:
    """The paragraph's unmarked personnummer and lost passages, for the editor."""
    with register.read() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        coverage = publication.Coverage(session, paragraph.meeting_id)
        out = [f"Den markerade texten «{mark.text}» finns inte längre i {where}; markera om "
               "den." for mark, where in coverage.lost if mark.paragraph_id == paragraph.id]
        for text in coverage.fields:
            if text.paragraph_id != paragraph.id:
                continue
            for number in find_personal_numbers(text.text):
                if not coverage.covers(text, number):
                    out.append(f"«{number.text}» i {text.where.split(', ', 1)[-1]} ser ut som "
                               f"ett {number.kind} och är inte markerat.")
        return out


# --- helpers ---------------------------------------------------------------------------------

def _ref(session: Session, meeting: Meeting) -> str:
    return meeting_ref(session.get_one(Body, meeting.body_id), meeting)


def _paragraph(session: Session, paragraph: int | str) -> tuple[Paragraph, Meeting]:
    row = find_paragraph(session, paragraph)
    meeting = session.get_one(Meeting, row.meeting_id)
    rules.ensure_editable(meeting.minutes_state, what=label(row.number),
                          immediately_approved_on=row.immediately_approved_on)
    return row, meeting


def _owner(session: Session, row: object) -> tuple[Meeting, int | None]:
    """The meeting (checked editable) and paragraph a stored text belongs to."""
    if isinstance(row, Appendix):
        meeting = session.get_one(Meeting, row.meeting_id)
        rules.ensure_editable(meeting.minutes_state, what=_ref(session, meeting))
        return meeting, row.paragraph_id
    paragraph = row if isinstance(row, Paragraph) else \
        session.get_one(Paragraph, row.paragraph_id)  # type: ignore[attr-defined]
    meeting = session.get_one(Meeting, paragraph.meeting_id)
    rules.ensure_editable(meeting.minutes_state, what=label(paragraph.number),
                          immediately_approved_on=paragraph.immediately_approved_on)
    return meeting, paragraph.id


def _provision(kind: MarkKind, provision: str | None) -> str | None:
    text = " ".join((provision or "").split())
    if kind is MarkKind.SECRECY:
        if not text:
            raise UserError("Ange bestämmelsen som sekretessen gäller enligt, till exempel "
                            "«26 kap. 1 § OSL».", field="bestämmelse")
        if len(text) > _PROVISION_MAX:
            raise UserError(f"Bestämmelsen är för lång (högst {_PROVISION_MAX} tecken).",
                            field="bestämmelse")
        return text
    if text:
        raise UserError("En bestämmelse anges bara för sekretess, inte för personuppgifter.",
                        field="bestämmelse")
    return None


def _refuse_confirmation(kind: MarkKind) -> None:
    if kind is MarkKind.NOT_PERSONAL_NUMBER:
        raise UserError("Bara ett enskilt nummer kan bekräftas som inte ett personnummer.",
                        field="markering")


def _section_key(section: SectionKey | str) -> SectionKey:
    try:
        return SectionKey(section)
    except ValueError:
        names = ", ".join(words.SECTION_NAMES.values())
        raise UserError(f"Okänt avsnitt «{section}». Avsnitten är: {names}.",
                        field="avsnitt") from None


def _field(field: TextField | str) -> TextField:
    try:
        return TextField(field)
    except ValueError:
        raise UserError(f"Texten «{field}» kan inte markeras.", field="markering") from None


def _exists(session: Session, *where: object) -> bool:
    return session.scalar(select(Mark.id).where(*where).limit(1)) is not None  # type: ignore[arg-type]


def _passage(meeting: Meeting, paragraph_id: int | None, field: TextField, row_id: int,
             start: int, end: int, value: str, kind: MarkKind,
             provision: str | None) -> Mark:
    return Mark(meeting_id=meeting.id, paragraph_id=paragraph_id, kind=kind,
                scope=MarkScope.PASSAGE, provision=provision, field=field.value, row_id=row_id,
                passage_start=start, passage_end=end, passage_text=value[start:end])


def _add(session: Session, mark: Mark) -> Created:
    session.add(mark)
    session.flush()
    return Created(meetings=frozenset({mark.meeting_id}),
                   paragraphs=frozenset({mark.paragraph_id}) if mark.paragraph_id
                   else frozenset(), id=mark.id)


def _not_found(quote: str, texts: list[FieldText], where: str) -> UserError:
    spanned = spanned_fields(texts, quote)
    if spanned:
        parts = " och ".join(dict.fromkeys(t.where for t in spanned))
        return UserError(f"Markeringen «{quote}» sträcker sig över gränsen mellan {parts}. "
                         "En markering kan bara gälla en text i ett avsnitt; markera varje "
                         "del för sig, eller hela avsnittet eller paragrafen.",
                         field="markering")
    return UserError(f"«{quote}» står inte i {where}. Skriv texten exakt som den står i "
                     "protokollet.", field="text")


def _rows(session: Session, meeting_id: int) -> list[MarkRow]:
    texts = {(t.field.value, t.row_id): t for t in publication.field_texts(session, meeting_id)}
    numbers = dict(session.execute(select(Paragraph.id, Paragraph.number).where(
        Paragraph.meeting_id == meeting_id)).all())
    appendix_numbers = dict(session.execute(select(Appendix.id, Appendix.number).where(
        Appendix.meeting_id == meeting_id)).all())
    sections = dict(session.execute(select(ParagraphSection.id, ParagraphSection.heading)
                                    .join(Paragraph, Paragraph.id == ParagraphSection.paragraph_id)
                                    .where(Paragraph.meeting_id == meeting_id)).all())
    out = []
    for mark in publication.mark_values(session, meeting_id):
        paragraph = label(numbers[mark.paragraph_id]) if mark.paragraph_id in numbers else ""
        if mark.scope is MarkScope.PASSAGE:
            text = texts.get((mark.field or "", mark.row_id or -1))
            where = text.where if text else f"{paragraph} (texten finns inte längre)"
        elif mark.scope is MarkScope.SECTION:
            key = SectionKey(mark.section)
            name = f"avsnittet «{sections.get(mark.row_id or -1, '')}»" \
                if key is SectionKey.FREE else words.SECTION_NAMES[key]
            where = f"{paragraph}, {name}"
        elif mark.scope is MarkScope.APPENDIX:
            where = f"bilaga {appendix_numbers.get(mark.row_id or -1, '?')}"
        else:
            where = paragraph
        out.append(MarkRow(mark.mark_id, mark.paragraph_id, where,
                           words.kind_name(mark.kind, mark.provision),
                           words.scope_name(mark.scope), mark.text, mark.kind))
    return out


__all__ = [
    "MarkRow", "PassageMark", "confirm_not_personal_number", "list_marks",
    "mark_appendix", "mark_paragraph", "mark_passage", "mark_section", "mark_text",
    "paragraph_marks", "paragraph_problems", "passage_marks", "personal_number_problems",
    "remove_mark",
]
