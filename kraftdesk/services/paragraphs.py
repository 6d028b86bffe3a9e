# SPDX-License-Identifier: EUPL-1.2
"""The agenda and the paragraphs (§) of a meeting: order, numbers and every editable part.

Read (frozen values):
    paragraph_view(register, paragraph_id) -> ParagraphView
    find_case(register, number) -> CaseRef | None

Write (one transaction each; UserError in Swedish; each returns Changes):
    create_case(register, number, title, body_id=None) -> Created       .id = the case
    add_paragraph(register, meeting_id, *, title, case_id=None, position=None,
                  reopen_closed_case=False) -> Created
        appended (or inserted at 1-based `position`); .id = the new paragraph; every
        paragraph of the meeting is renumbered in agenda order. A closed (avslutat) ärende
        is refused with ClosedCaseError unless `reopen_closed_case`: then it is opened again
    move_paragraph(register, paragraph_id, position) -> Changes          draft minutes only
    renumber(register, paragraph_id, number) -> Changes                  this § gets `number`,
        the others of the meeting follow consecutively; a number used elsewhere is refused
    number_paragraphs(register, meeting_id, first=None) -> Changes
    delete_paragraph(register, paragraph_id, *, expected_version=None) -> Changes
        draft minutes only; never one under which a text or a file was received
    delete_case(register, case_id, *, expected_version=None) -> Changes  no paragraph uses it
    update_paragraph(register, paragraph_id, *, title=…, summary=…, case_id=…,
                     proposes_to_body_id=…, formula_override=…, procedure_text=…, outcome=…,
                     presenter=…, deferral=…, expected_version=None) -> Changes
        only the keywords given change; None clears an optional field
    set_decision_points(register, paragraph_id, points, *, expected_version=None) -> Changes
    set_basis(register, paragraph_id, lines, *, expected_version=None) -> Changes
    set_distribution(register, paragraph_id, recipients, *, expected_version=None) -> Changes
    set_free_sections(register, paragraph_id, sections, *, expected_version=None) -> Changes
    set_other_cases(register, paragraph_id, case_ids, *, expected_version=None) -> Changes
    set_other_case_numbers(register, paragraph_id, numbers, *, expected_version=None)
    set_reported_items(register, paragraph_id, items, *, expected_version=None) -> Changes
        the lists of anmälningsärenden and delegationsbeslut (date, decided by, what, dnr)

`expected_version` is the paragraph's version as read (ParagraphView.version): a save based
on an older one is refused with "Uppgiften har ändrats av någon annan sedan du öppnade den"
(kraftdesk.register.versions); the set_* services raise the paragraph's version, since they
replace a list of it as a whole. One-line fields (the rubrik, diarienummer, ärendemening,
mottagare, avsnittsrubriker) are normalised by kraftdesk.domain.normalise.

Numbering: per body and series (the calendar year by default; the meeting date when the
organisation numbers per minutes). Locking is decided by kraftdesk.domain.rules only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kraftdesk.domain import case_numbers, normalise, rules
from kraftdesk.domain.enums import (
    CaseStatus,
    ParagraphDeferral,
    ParagraphOutcome,
    ReportedItemKind,
)
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.values import BasisLine, FreeSection, ReportedItemValue
from kraftdesk.reading import support
from kraftdesk.reading.paragraphs import (
    BasisRow,
    CaseRef,
    DecisionPointRow,
    FreeSectionRow,
    HandlingRow,
    ParagraphView,
    ReportedItemRow,
    read_paragraph_view,
)
from kraftdesk.reading.references import meeting_ref
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Appendix,
    Approval,
    Ballot,
    BasisDocument,
    Body,
    Case,
    CheckConfirmation,
    DecisionPoint,
    Dispatch,
    Distribution,
    Meeting,
    NoticeItem,
    Paragraph,
    ParagraphAttendance,
    ParagraphCase,
    ParagraphSection,
    Proposal,
    ProposalAuthor,
    ReportedItem,
    Statement,
    StatementAuthor,
    StatementConcurrence,
    Vote,
)
from kraftdesk.services import numbering, templates
from kraftdesk.services._statement_checks import statement_what
from kraftdesk.services.changes import UNSET, Changes, Created

__all__ = [
    "UNSET",
    "BasisLine",
    "BasisRow",
    "CaseRef",
    "ClosedCaseError",
    "Created",
    "DecisionPointRow",
    "FreeSection",
    "FreeSectionRow",
    "HandlingRow",
    "ParagraphView",
    "ReportedItemRow",
    "ReportedItemValue",
    "add_paragraph",
    "create_case",
    "delete_case",
    "delete_paragraph",
    "find_case",
    "move_paragraph",
    "number_paragraphs",
    "paragraph_view",
    "renumber",
    "set_basis",
    "set_decision_points",
    "set_distribution",
    "set_free_sections",
    "set_other_case_numbers",
    "set_other_cases",
    "set_reported_items",
    "update_paragraph",
]


class ClosedCaseError(UserError):
    """The ärende is avslutat: ask before putting it on an agenda (it is then opened again)."""

    def __init__(self, message: str, case_id: int) -> None:
        super().__init__(message, field="case_id")
        self.case_id = case_id


# --- reading ---------------------------------------------------------------------------


def paragraph_view(register: Register, paragraph_id: int) -> ParagraphView:
    with register.read() as session:
        return read_paragraph_view(session, paragraph_id)


def find_case(register: Register, number: str) -> CaseRef | None:
    with register.read() as session:
        case = session.scalars(select(Case).where(Case.number == number.strip())).first()
        return CaseRef(case.id, case.number, case.title, case.status) if case else None


# --- cases and the agenda --------------------------------------------------------------


def create_case(register: Register, number: str, title: str, *,
                body_id: int | None = None) -> Created:
    """A new ärende; the diarienummer must match the organisation's format and be unused.
    `body_id`: the body whose diarium it is registered in."""
    number, title = normalise.one_line(number), normalise.one_line(title)
    with register.write() as session:
        org = support.organisation(session)
        if body_id is not None:
            support.get(session, Body, body_id)
        if not number:
            raise UserError("Diarienummer saknas.", field="case_number")
        if not title:
            raise UserError(f"Ärendemening saknas för {number}.", field="case_title")
        if not case_numbers.matches(org.case_number_pattern, number):
            raise UserError(case_numbers.mismatch_message(number, org.case_number_example,
                                                          org.name), field="case_number")
        existing = session.scalars(select(Case).where(Case.organisation_id == org.id,
                                                      Case.number == number)).first()
        if existing is not None:
            raise UserError(f"Diarienumret {number} finns redan ({existing.title}).",
                            field="case_number")
        case = Case(organisation_id=org.id, number=number, title=title, body_id=body_id)
        session.add(case)
        session.flush()
        return Created(cases=frozenset({case.id}), id=case.id)


def _meeting_for_agenda(session: Session, meeting_id: int) -> tuple[Meeting, str]:
    meeting = support.get(session, Meeting, meeting_id)
    body = session.get_one(Body, meeting.body_id)
    what = f"dagordningen för {meeting_ref(body, meeting)}"
    rules.ensure_renumberable(meeting.minutes_state, what=what)
    return meeting, what


def add_paragraph(register: Register, meeting_id: int, *, title: str,
                  case_id: int | None = None, position: int | None = None,
                  reopen_closed_case: bool = False) -> Created:
    """Put a case (or another item) on the agenda; the paragraphs are renumbered in order.
    The paragraph proposes to the body the meeting's body usually proposes to (if any)."""
    title = normalise.one_line(title)
    with register.write() as session:
        meeting, _ = _meeting_for_agenda(session, meeting_id)
        if case_id is not None:
            case = support.get(session, Case, case_id, what="Ärendet")
            title = title or case.title
            if case.status is CaseStatus.CLOSED:
                if not reopen_closed_case:
                    raise ClosedCaseError(
                        f"Ärendet {case.number} ({case.title}) är avslutat. Ska det ändå tas "
                        "upp på föredragningslistan? Det öppnas då igen.", case.id)
                case.status = CaseStatus.OPEN
        if not title:
            raise UserError("Paragrafens rubrik saknas.", field="title")
        paragraphs = numbering.ordered(session, meeting.id)
        # Appended before the body's standard end items (anmälningsärenden …).
        last = len(paragraphs) - templates.trailing_standard_items(session, meeting)
        scheme = support.numbering_scheme(session, meeting.body_id)
        body = session.get_one(Body, meeting.body_id)
        # The formula follows the body's usual one ("föreslår kommunfullmäktige besluta").
        paragraph = Paragraph(meeting_id=meeting.id, body_id=meeting.body_id,
                              series=support.series_for(scheme, meeting.starts_at), number=None,
                              position=len(paragraphs) + 1_000_001, case_id=case_id,
                              title=title, proposes_to_body_id=body.proposes_to_id)
        session.add(paragraph)
        session.flush()
        index = last if position is None else max(0, min(position - 1, len(paragraphs)))
        paragraphs.insert(index, paragraph)
        numbering.set_positions(session, paragraphs)
        touched = numbering.renumber_meeting(session, meeting, first=None)
        return Created(meetings=frozenset({meeting.id}), paragraphs=touched,
                           cases=frozenset({case_id}) if case_id else frozenset(),
                           id=paragraph.id)


def move_paragraph(register: Register, paragraph_id: int, position: int) -> Changes:
    """Move a paragraph to 1-based `position` on the agenda; numbers follow the new order."""
    with register.write() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        meeting, _ = _meeting_for_agenda(session, paragraph.meeting_id)
        paragraphs = numbering.ordered(session, meeting.id)
        paragraphs.remove(paragraph)
        paragraphs.insert(max(0, min(position - 1, len(paragraphs))), paragraph)
        numbering.set_positions(session, paragraphs)
        touched = numbering.renumber_meeting(session, meeting, first=None)
        return Changes(meetings=frozenset({meeting.id}), paragraphs=touched)


def renumber(register: Register, paragraph_id: int, number: int) -> Changes:
    """Give this paragraph `number`; the meeting's others follow consecutively around it."""
    with register.write() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        meeting, _ = _meeting_for_agenda(session, paragraph.meeting_id)
        index = [p.id for p in numbering.ordered(session, meeting.id)].index(paragraph.id)
        touched = numbering.renumber_meeting(session, meeting, first=number - index)
        return Changes(meetings=frozenset({meeting.id}), paragraphs=touched)


def number_paragraphs(register: Register, meeting_id: int, first: int | None = None) -> Changes:
    """Number the meeting's paragraphs in agenda order from `first` (default: next free)."""
    with register.write() as session:
        meeting, _ = _meeting_for_agenda(session, meeting_id)
        if first is None:
            scheme = support.numbering_scheme(session, meeting.body_id)
            first = numbering.next_free_number(session, meeting,
                                               support.series_for(scheme, meeting.starts_at))
        touched = numbering.renumber_meeting(session, meeting, first=first)
        return Changes(meetings=frozenset({meeting.id}), paragraphs=touched)


def delete_case(register: Register, case_id: int, *,
                expected_version: int | None = None) -> Changes:
    """Remove an ärende made by mistake (undoing its creation); only while no paragraph
    refers to it."""
    with register.write() as session:
        case = support.get(session, Case, case_id, what="Ärendet")
        versions.check(case, expected_version, f"ärendet {case.number}")
        if session.scalar(select(Paragraph.id).where(Paragraph.case_id == case.id).limit(1)):
            raise UserError(f"Ärendet {case.number} behandlas i en paragraf och kan inte tas "
                            "bort.", field="case_number")
        session.delete(case)
        return Changes(cases=frozenset({case_id}))


def delete_paragraph(register: Register, paragraph_id: int, *,
                     expected_version: int | None = None) -> Changes:
    """Take an item off the agenda of draft minutes, with everything recorded under it.

    Refused when a text or a file was received under it: what arrived is never deleted
    with the paragraph (remove the statement on its own first, knowingly)."""
    with register.write() as session:
        paragraph = support.get(session, Paragraph, paragraph_id)
        meeting, _ = _meeting_for_agenda(session, paragraph.meeting_id)
        versions.check(paragraph, expected_version, support.paragraph_what(paragraph))
        pid = paragraph.id
        received = session.scalars(select(Statement).where(
            Statement.paragraph_id == pid, Statement.received_at.is_not(None))).first()
        if received is not None:
            raise UserError(
                f"Under {support.paragraph_what(paragraph)} finns en inkommen text "
                f"({statement_what(session, received)}); paragrafen kan inte tas bort med "
                "den. Ta bort yttrandet för sig först om det verkligen är registrerat av "
                "misstag.", field="paragraph")
        numbers = [p.number for p in numbering.ordered(session, meeting.id) if p.number]
        first = min(numbers) if numbers else None  # the meeting keeps its first number
        referring = session.scalars(select(BasisDocument).where(
            BasisDocument.ref_paragraph_id == pid)).first()
        if referring is not None:
            raise UserError(f"{support.paragraph_what(paragraph)} åberopas i "
                            f"beslutsunderlaget till "
                            "en annan paragraf och kan inte tas bort.", field="paragraph")
        statements = select(Statement.id).where(Statement.paragraph_id == pid)
        proposals = select(Proposal.id).where(Proposal.paragraph_id == pid)
        for stmt in (
            delete(Appendix).where(Appendix.paragraph_id == pid),
            delete(StatementAuthor).where(StatementAuthor.statement_id.in_(statements)),
            delete(StatementConcurrence).where(StatementConcurrence.statement_id.in_(statements)),
            delete(Statement).where(Statement.paragraph_id == pid),
            delete(Ballot).where(Ballot.vote_id.in_(select(Vote.id).where(
                Vote.paragraph_id == pid))),
            delete(Vote).where(Vote.paragraph_id == pid),
            delete(ProposalAuthor).where(ProposalAuthor.proposal_id.in_(proposals)),
            delete(Proposal).where(Proposal.paragraph_id == pid),
        ):
            session.execute(stmt)
        session.execute(delete(Approval).where(Approval.paragraph_id == pid))
        session.execute(delete(CheckConfirmation).where(CheckConfirmation.paragraph_id == pid))
        for model in (DecisionPoint, BasisDocument, Distribution, ParagraphSection,
                      ParagraphAttendance, ParagraphCase, ReportedItem, Dispatch, NoticeItem):
            session.execute(delete(model).where(model.paragraph_id == pid))
        session.delete(paragraph)
        session.flush()
        numbering.set_positions(session, numbering.ordered(session, meeting.id))
        touched = numbering.renumber_meeting(session, meeting, first=first)
        return Changes(meetings=frozenset({meeting.id}), paragraphs=touched | {pid})


# --- the parts of a paragraph ----------------------------------------------------------


def _editable(session: Session, paragraph_id: int) -> tuple[Paragraph, Meeting]:
    paragraph, _meeting = support.paragraph_and_meeting(session, paragraph_id)
    return paragraph, support.ensure_paragraph_editable(session, paragraph)


def _clean(value: str | None) -> str | None:
    """A multi-line text as stored (kraftdesk.domain.normalise); None when empty."""
    if value is None:
        return None
    return normalise.multi_line(value) or None


def update_paragraph(register: Register, paragraph_id: int, *, title: Any = UNSET,
                     summary: Any = UNSET, case_id: Any = UNSET,
                     proposes_to_body_id: Any = UNSET, formula_override: Any = UNSET,
                     procedure_text: Any = UNSET, outcome: Any = UNSET,
                     presenter: Any = UNSET, deferral: Any = UNSET,
                     expected_version: int | None = None) -> Changes:
    """Change the given fields only. `proposes_to_body_id` None: the body decides itself.

    `outcome` (ParagraphOutcome) marks a paragraph that decides nothing new: no Beslut, or
    the standard sentence "… lägger anmälningarna till handlingarna"; None: an ordinary
    decision.
    `presenter` is the föredragande; `deferral` (ParagraphDeferral) marks the case bordlagt
    or återremitterat (it must come back on a later agenda), None: settled.
    """
    with register.write() as session:
        paragraph, meeting = _editable(session, paragraph_id)
        what = support.paragraph_what(paragraph)
        versions.check(paragraph, expected_version, what)
        if title is not UNSET:
            if not normalise.one_line(title or ""):
                raise UserError(f"Rubriken för {what} får inte vara tom.", field="title")
            paragraph.title = normalise.one_line(title)
        if summary is not UNSET:
            paragraph.summary = _clean(summary)
        if case_id is not UNSET:
            if case_id is not None:
                support.get(session, Case, case_id, what="Ärendet")
            paragraph.case_id = case_id
        if proposes_to_body_id is not UNSET:
            if proposes_to_body_id is not None:
                support.get(session, Body, proposes_to_body_id)
                if proposes_to_body_id == meeting.body_id:
                    raise UserError(f"Ett organ föreslår inte sig självt ({what}); lämna "
                                    "mottagaren tom när organet självt beslutar.",
                                    field="proposes_to_body_id")
            paragraph.proposes_to_body_id = proposes_to_body_id
        if formula_override is not UNSET:
            paragraph.formula_override = normalise.one_line(formula_override or "") or None
        if procedure_text is not UNSET:
            paragraph.procedure_text = _clean(procedure_text)
        if outcome is not UNSET:
            if outcome is not None and not isinstance(outcome, ParagraphOutcome):
                raise UserError(f"Okänt sätt att avsluta {what} utan beslut.", field="outcome")
            paragraph.outcome = outcome
        if presenter is not UNSET:  # one line, as printed in the kallelse
            line = " ".join((presenter or "").split())
            if len(line) > 300:
                raise UserError(f"Föredragande för {what} är för långt ({len(line)} tecken; "
                                "högst 300).", field="presenter")
            paragraph.presenter = line or None
        if deferral is not UNSET:
            paragraph.deferral = None if deferral is None else ParagraphDeferral(deferral)
        cases = frozenset({paragraph.case_id}) if paragraph.case_id else frozenset()
        return Changes(paragraphs=frozenset({paragraph.id}), cases=cases)


def _replacing(session: Session, paragraph_id: int,
               expected_version: int | None) -> tuple[Paragraph, Meeting]:
    """The paragraph whose list is about to be replaced: editable, at the version read, and
    its version raised (a list of it changes as a whole)."""
    paragraph, meeting = _editable(session, paragraph_id)
    versions.check(paragraph, expected_version, support.paragraph_what(paragraph))
    versions.bump(paragraph)
    return paragraph, meeting


def set_other_cases(register: Register, paragraph_id: int, case_ids: Sequence[int], *,
                    expected_version: int | None = None) -> Changes:
    """Further diarienummer of the paragraph, in order (the first is its case)."""
    with register.write() as session:
        paragraph, _ = _replacing(session, paragraph_id, expected_version)
        what = support.paragraph_what(paragraph)
        for case_id in case_ids:
            support.get(session, Case, case_id, what="Ärendet")
        if len(set(case_ids)) != len(case_ids) or paragraph.case_id in case_ids:
            raise UserError(f"Samma diarienummer står två gånger under {what}.",
                            field="other_cases")
        if case_ids and paragraph.case_id is None:
            raise UserError(f"Ange paragrafens ärende först; ytterligare diarienummer kommer "
                            f"efter det ({what}).", field="other_cases")
        session.execute(delete(ParagraphCase).where(ParagraphCase.paragraph_id == paragraph.id))
        session.flush()
        session.add_all(ParagraphCase(paragraph_id=paragraph.id, case_id=case_id, position=i)
                        for i, case_id in enumerate(case_ids, start=1))
        return Changes(paragraphs=frozenset({paragraph.id}), cases=frozenset(case_ids))


def set_other_case_numbers(register: Register, paragraph_id: int, numbers: Sequence[str], *,
                           expected_version: int | None = None) -> Changes:
    """As set_other_cases, by diarienummer as written ("KS 2015/16"); each must be a case of
    the register already."""
    wanted = [n for n in (normalise.one_line(n) for n in numbers) if n]
    with register.read() as session:
        found = dict(session.execute(select(Case.number, Case.id).where(
            Case.number.in_(wanted))).all())
    missing = [n for n in wanted if n not in found]
    if missing:
        listed = ", ".join(f"«{n}»" for n in missing)
        raise UserError(f"Ärendet {listed} finns inte i registret; registrera "
                        f"{'det' if len(missing) == 1 else 'dem'} först.",
                        field="other_cases")
    return set_other_cases(register, paragraph_id, [found[n] for n in wanted],
                           expected_version=expected_version)


def set_decision_points(register: Register, paragraph_id: int, points: Sequence[str], *,
                        expected_version: int | None = None) -> Changes:
    """The numbered beslutspunkter, in order (replacing the earlier ones)."""
    with register.write() as session:
        paragraph, _ = _replacing(session, paragraph_id, expected_version)
        cleaned = [p.strip() for p in points]
        if any(not p for p in cleaned):
            n = cleaned.index("") + 1
            raise UserError(f"Beslutspunkt {n} i {support.paragraph_what(paragraph)} är tom.",
                            field=f"decision_points[{n}]")
        session.execute(delete(DecisionPoint).where(DecisionPoint.paragraph_id == paragraph.id))
        session.flush()
        session.add_all(DecisionPoint(paragraph_id=paragraph.id, position=i, text=text)
                        for i, text in enumerate(cleaned, start=1))
        return Changes(paragraphs=frozenset({paragraph.id}))


def _check_basis(session: Session, paragraph: Paragraph, meeting: Meeting, n: int,
                 entry: BasisLine) -> None:
    where = f"Rad {n} i beslutsunderlaget till {support.paragraph_what(paragraph)}"
    if (entry.ref_paragraph_id is None) != (entry.ref_kind is None):
        raise UserError(f"{where}: ange både vilken paragraf som åberopas och om det är ett "
                        "förslag till beslut eller ett beslut.", field=f"basis[{n}]")
    if entry.ref_paragraph_id is None:
        if not _clean(entry.text):
            raise UserError(f"{where} är tom.", field=f"basis[{n}]")
        return
    ref = support.get(session, Paragraph, entry.ref_paragraph_id)
    if ref.id == paragraph.id:
        raise UserError(f"{where} hänvisar till paragrafen själv.", field=f"basis[{n}]")
    if ref.number is None:
        raise UserError(f"{where}: den åberopade paragrafen «{ref.title}» har inget nummer.",
                        field=f"basis[{n}]")
    ref_meeting = session.get_one(Meeting, ref.meeting_id)
    if ref_meeting.starts_at >= meeting.starts_at:
        raise UserError(f"{where}: § {ref.number} ({ref_meeting.starts_at:%Y-%m-%d}) är inte "
                        "från ett tidigare sammanträde.", field=f"basis[{n}]")


def set_basis(register: Register, paragraph_id: int, lines: Sequence[BasisLine], *,
              expected_version: int | None = None) -> Changes:
    """The Beslutsunderlag, in order (replacing the earlier lines)."""
    with register.write() as session:
        paragraph, meeting = _replacing(session, paragraph_id, expected_version)
        for n, entry in enumerate(lines, start=1):
            _check_basis(session, paragraph, meeting, n, entry)
        session.execute(delete(BasisDocument).where(BasisDocument.paragraph_id == paragraph.id))
        session.flush()
        session.add_all(
            BasisDocument(paragraph_id=paragraph.id, position=i, text=_clean(e.text),
                          ref_paragraph_id=e.ref_paragraph_id, ref_kind=e.ref_kind)
            for i, e in enumerate(lines, start=1))
        return Changes(paragraphs=frozenset({paragraph.id}))


def set_distribution(register: Register, paragraph_id: int, recipients: Sequence[str], *,
                     expected_version: int | None = None) -> Changes:
    """Who receives an extract (Protokollsutdrag skickas till), in order; blanks dropped."""
    with register.write() as session:
        paragraph, _ = _replacing(session, paragraph_id, expected_version)
        cleaned = [r for r in (normalise.one_line(r) for r in recipients) if r]
        session.execute(delete(Distribution).where(Distribution.paragraph_id == paragraph.id))
        session.flush()
        session.add_all(Distribution(paragraph_id=paragraph.id, position=i, recipient=r)
                        for i, r in enumerate(cleaned, start=1))
        return Changes(paragraphs=frozenset({paragraph.id}))


def set_free_sections(register: Register, paragraph_id: int,
                      sections: Sequence[FreeSection], *,
                      expected_version: int | None = None) -> Changes:
    """Free sections ("Tidigare behandling", "Yttrande", …) after the Sammanfattning."""
    with register.write() as session:
        paragraph, _ = _replacing(session, paragraph_id, expected_version)
        for n, s in enumerate(sections, start=1):
            if not normalise.one_line(s.heading):
                raise UserError(f"Avsnitt {n} i {support.paragraph_what(paragraph)} saknar rubrik.",
                                field=f"sections[{n}]")
        session.execute(delete(ParagraphSection)
                        .where(ParagraphSection.paragraph_id == paragraph.id))
        session.flush()
        session.add_all(ParagraphSection(paragraph_id=paragraph.id, position=i,
                                         heading=normalise.one_line(s.heading),
                                         body=normalise.multi_line(s.body))
                        for i, s in enumerate(sections, start=1))
        return Changes(paragraphs=frozenset({paragraph.id}))


def _check_reported(paragraph: Paragraph, meeting: Meeting, n: int,
                    item: ReportedItemValue) -> ReportedItem:
    where = f"Rad {n} i anmälningarna till {support.paragraph_what(paragraph)}"
    what = _clean(item.what)
    if what is None:
        raise UserError(f"{where} saknar ärende eller beslut.", field=f"reported_items[{n}]")
    if item.decided_on is not None and item.decided_on > meeting.starts_at.date():
        raise UserError(f"{where}: datumet {item.decided_on.isoformat()} ligger efter "
                        f"sammanträdet ({meeting.starts_at.date().isoformat()}).",
                        field=f"reported_items[{n}]")
    for value, limit, name in ((item.decided_by, 300, "beslutat av"),
                               (item.case_number, 100, "diarienumret")):
        if value and len(value.strip()) > limit:
            raise UserError(f"{where}: {name} är för långt (högst {limit} tecken).",
                            field=f"reported_items[{n}]")
    return ReportedItem(paragraph_id=paragraph.id, position=n,
                        kind=ReportedItemKind(item.kind), decided_on=item.decided_on,
                        decided_by=_clean(item.decided_by), what=what,
                        case_number=_clean(item.case_number))


def set_reported_items(register: Register, paragraph_id: int,
                       items: Sequence[ReportedItemValue], *,
                       expected_version: int | None = None) -> Changes:
    """The lists of anmälningsärenden and delegationsbeslut, in order (replacing the earlier).

    Without decision points the paragraph's Beslut is the organisation's standard decision
    ("Kommunstyrelsen lägger anmälningarna till handlingarna."), kraftdesk.text.paragraph.
    """
    with register.write() as session:
        paragraph, meeting = _replacing(session, paragraph_id, expected_version)
        rows = [_check_reported(paragraph, meeting, n, item)
                for n, item in enumerate(items, start=1)]
        session.execute(delete(ReportedItem).where(ReportedItem.paragraph_id == paragraph.id))
        session.flush()
        session.add_all(rows)
        return Changes(paragraphs=frozenset({paragraph.id}))
