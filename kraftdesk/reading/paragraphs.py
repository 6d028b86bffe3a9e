# SPDX-License-Identifier: EUPL-1.2
"""A paragraph as the editor shows it: case, texts, decision points, basis, sections."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import rules
from kraftdesk.domain.enums import (
    BasisRefKind,
    CaseStatus,
    MinutesState,
    ParagraphDeferral,
    ParagraphOutcome,
    ReportedItemKind,
)
from kraftdesk.domain.limits import fits_integer
from kraftdesk.reading import support
from kraftdesk.reading.composition import basis_lines, formula_of
from kraftdesk.reading.references import meeting_ref, paragraph_ref
from kraftdesk.register.models import (
    BasisDocument,
    Body,
    Case,
    DecisionPoint,
    Distribution,
    Meeting,
    Organisation,
    Paragraph,
    ParagraphCase,
    ParagraphSection,
    ReportedItem,
)


@dataclass(frozen=True)
class CaseRef:
    id: int
    number: str  # diarienummer
    title: str
    status: CaseStatus = CaseStatus.OPEN


@dataclass(frozen=True)
class DecisionPointRow:
    id: int
    position: int
    text: str


@dataclass(frozen=True)
class BasisRow:
    id: int
    line: str  # the whole line as printed
    text: str | None
    ref_paragraph_id: int | None
    ref_kind: BasisRefKind | None


@dataclass(frozen=True)
class ReportedItemRow:
    id: int
    kind: ReportedItemKind
    decided_on: date | None
    decided_by: str | None
    what: str
    case_number: str | None


@dataclass(frozen=True)
class FreeSectionRow:
    id: int
    heading: str
    body: str


@dataclass(frozen=True)
class HandlingRow:
    """Another paragraph in the register about the same case (a basis reference to offer)."""

    paragraph_id: int
    reference: str  # "KSAU:2025:564"
    body_short_name: str
    meeting_date: date
    label: str  # "§ 564"
    title: str


@dataclass(frozen=True)
class ParagraphView:
    id: int
    meeting_id: int
    meeting_reference: str  # "KS:2026-01-07"
    body_id: int
    body_name: str
    number: int | None
    label: str  # "§ 16"
    reference: str | None  # "KS:2026:16"
    position: int
    title: str
    case: CaseRef | None
    summary: str | None
    proposes_to_body_id: int | None
    formula: str  # as printed: "Kommunstyrelsen föreslår kommunfullmäktige besluta"
    formula_override: str | None
    procedure_text: str | None
    decision_points: tuple[DecisionPointRow, ...]
    basis: tuple[BasisRow, ...]
    distribution: tuple[str, ...]
    distribution_heading: str
    free_sections: tuple[FreeSectionRow, ...]
    immediately_approved_on: date | None
    minutes_state: MinutesState
    locked: bool
    numbers_fixed: bool
    case_handlings: tuple[HandlingRow, ...]
    presenter: str | None = None  # föredragande
    deferral: ParagraphDeferral | None = None  # bordlagt, återremitterat
    reported_items: tuple[ReportedItemRow, ...] = ()
    outcome: ParagraphOutcome | None = None  # a paragraph deciding nothing new
    other_cases: tuple[CaseRef, ...] = ()  # further diarienummer
    version: int = 1  # the paragraph row's version: give it back when saving


def _case_handlings(session: Session, paragraph: Paragraph) -> tuple[HandlingRow, ...]:
    if paragraph.case_id is None:
        return ()
    rows = session.execute(
        select(Paragraph, Meeting, Body).join(Meeting, Meeting.id == Paragraph.meeting_id)
        .join(Body, Body.id == Paragraph.body_id)
        .where(Paragraph.case_id == paragraph.case_id, Paragraph.id != paragraph.id,
               Paragraph.number.is_not(None))
        .order_by(Meeting.starts_at.desc())).all()
    return tuple(HandlingRow(p.id, paragraph_ref(b, p), b.short_name, m.starts_at.date(),
                             f"§ {p.number}", p.title) for p, m, b in rows)


def _paragraph_row(session: Session, paragraph_id: int) -> tuple[Paragraph, Meeting, Body,
                                                                 Case | None, str]:
    """The paragraph, its meeting, body and case, and the organisation's heading of the
    distribution list, in one query (a UserError if there is no such paragraph)."""
    if fits_integer(paragraph_id):
        found = session.execute(
            select(Paragraph, Meeting, Body, Case, Organisation.distribution_heading)
            .join(Meeting, Meeting.id == Paragraph.meeting_id)
            .join(Body, Body.id == Paragraph.body_id)
            .join(Organisation, Organisation.id == Body.organisation_id)
            .outerjoin(Case, Case.id == Paragraph.case_id)
            .where(Paragraph.id == paragraph_id)).first()
        if found is not None:
            return found[0], found[1], found[2], found[3], found[4]
    paragraph = support.get(session, Paragraph, paragraph_id)
    return (paragraph, session.get_one(Meeting, paragraph.meeting_id),
            session.get_one(Body, paragraph.body_id),
            session.get(Case, paragraph.case_id) if paragraph.case_id else None,
            support.organisation(session).distribution_heading)


def read_paragraph_view(session: Session, paragraph_id: int) -> ParagraphView:
    paragraph, meeting, body, case, distribution_heading = _paragraph_row(session,
                                                                          paragraph_id)
    points = session.scalars(select(DecisionPoint).where(
        DecisionPoint.paragraph_id == paragraph.id).order_by(DecisionPoint.position)).all()
    basis = session.scalars(select(BasisDocument).where(
        BasisDocument.paragraph_id == paragraph.id).order_by(BasisDocument.position)).all()
    lines = basis_lines(session, basis)
    recipients = session.scalars(select(Distribution.recipient).where(
        Distribution.paragraph_id == paragraph.id).order_by(Distribution.position)).all()
    sections = session.scalars(select(ParagraphSection).where(
        ParagraphSection.paragraph_id == paragraph.id)
        .order_by(ParagraphSection.position)).all()
    return ParagraphView(
        id=paragraph.id, meeting_id=meeting.id, meeting_reference=meeting_ref(body, meeting),
        body_id=body.id, body_name=body.name, number=paragraph.number,
        label=f"§ {paragraph.number}" if paragraph.number else "§ –",
        reference=paragraph_ref(body, paragraph) if paragraph.number else None,
        position=paragraph.position, title=paragraph.title,
        case=CaseRef(case.id, case.number, case.title, case.status) if case else None,
        summary=paragraph.summary, proposes_to_body_id=paragraph.proposes_to_body_id,
        formula=formula_of(session, paragraph, body), formula_override=paragraph.formula_override,
        procedure_text=paragraph.procedure_text,
        decision_points=tuple(DecisionPointRow(p.id, p.position, p.text) for p in points),
        basis=tuple(BasisRow(b.id, line, b.text, b.ref_paragraph_id, b.ref_kind)
                    for b, line in zip(basis, lines, strict=True)),
        distribution=tuple(recipients),
        distribution_heading=distribution_heading,
        free_sections=tuple(FreeSectionRow(s.id, s.heading, s.body) for s in sections),
        immediately_approved_on=paragraph.immediately_approved_on,
        minutes_state=meeting.minutes_state,
        locked=rules.is_locked(meeting.minutes_state, paragraph.immediately_approved_on),
        numbers_fixed=rules.numbers_fixed(meeting.minutes_state),
        case_handlings=_case_handlings(session, paragraph),
        presenter=paragraph.presenter, deferral=paragraph.deferral,
        reported_items=tuple(ReportedItemRow(r.id, r.kind, r.decided_on, r.decided_by, r.what,
                                             r.case_number) for r in session.scalars(
            select(ReportedItem).where(ReportedItem.paragraph_id == paragraph.id)
            .order_by(ReportedItem.position))),
        version=paragraph.version,
        outcome=paragraph.outcome,
        other_cases=tuple(CaseRef(c.id, c.number, c.title) for c in session.scalars(
            select(Case).join(ParagraphCase, ParagraphCase.case_id == Case.id)
            .where(ParagraphCase.paragraph_id == paragraph.id)
            .order_by(ParagraphCase.position))),
    )
