# SPDX-License-Identifier: EUPL-1.2
"""An ärende as its page shows it (caller's session).

    read_case_view(session, case_id) -> CaseView
        the diarienummer, title, status, and every handling in the register in meeting
        order: body, meeting, §, the decision as printed, the statements attached to it,
        bordlagt / återremitterat

The ärenden waiting to come back (bordlagda, återremitterade) are read by
kraftdesk.reading.returning.

A handling is a paragraph about the case; "later" is by the meeting's start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import CaseStatus, MinutesState, ParagraphDeferral
from kraftdesk.reading import load, support
from kraftdesk.reading.composition import paragraph_values
from kraftdesk.reading.references import meeting_ref, paragraph_ref
from kraftdesk.register.models import Body, Case, Meeting, Paragraph
from kraftdesk.text import cases as words


@dataclass(frozen=True)
class CaseHandling:
    paragraph_id: int
    meeting_id: int
    meeting_reference: str  # "KSAU:2026-11-18"
    meeting_date: date
    body_short_name: str
    body_name: str
    label: str  # "§ 412"
    reference: str | None  # "KSAU:2026:412"
    title: str
    decision: str  # "Kommunstyrelsen föreslår kommunfullmäktige besluta\n1. …"
    statements: str  # "Reservation (SD) och särskilt yttrande (M+C)"; "" when none
    deferral: ParagraphDeferral | None
    deferral_text: str  # "Bordlagt", "Återremitterat", ""
    minutes_state: MinutesState


@dataclass(frozen=True)
class CaseView:
    id: int
    number: str  # diarienummer
    title: str
    status: CaseStatus
    status_text: str  # "Öppet", "Avslutat"
    handler: str | None  # from the diarium
    registered_on: date | None
    details: str  # "Handläggare: Lena Ström · Registrerat 2026-11-20"; "" when not known
    handlings: tuple[CaseHandling, ...]  # in meeting order
    awaiting_return: bool  # bordlagt or återremitterat, not yet on a later agenda
    follow_up: str  # "Bordlades i KS:2026-12-02 § 415; ska tas upp på ett senare sammanträde."
    version: int = 1  # the case row's version: give it back when saving


def read_case_view(session: Session, case_id: int) -> CaseView:
    case = support.get(session, Case, case_id, what="Ärendet")
    rows = session.execute(
        select(Paragraph, Meeting, Body).join(Meeting, Meeting.id == Paragraph.meeting_id)
        .join(Body, Body.id == Paragraph.body_id).where(Paragraph.case_id == case.id)
        .order_by(Meeting.starts_at, Paragraph.position)).all()
    values = {v.paragraph_id: v for v in paragraph_values(session, [p.id for p, _, _ in rows])}
    texts = load.texts(session)
    handlings = []
    for paragraph, meeting, body in rows:
        value = values[paragraph.id]
        handlings.append(CaseHandling(
            paragraph.id, meeting.id, meeting_ref(body, meeting), meeting.starts_at.date(),
            body.short_name, body.name,
            f"§ {paragraph.number}" if paragraph.number is not None else "§ –",
            paragraph_ref(body, paragraph) if paragraph.number is not None else None,
            paragraph.title, words.decision_text(value, texts),
            words.statements_text(value.statements), paragraph.deferral,
            words.deferral_word(paragraph.deferral), meeting.minutes_state))
    waiting = case.status is CaseStatus.OPEN and bool(handlings) \
        and handlings[-1].deferral is not None
    return CaseView(case.id, case.number, case.title, case.status,
                    words.status_word(case.status), case.handler, case.registered_on,
                    words.details(case.handler, case.registered_on), tuple(handlings), waiting,
                    words.follow_up(handlings[-1].deferral, handlings[-1].meeting_reference,
                                    handlings[-1].label) if waiting else "",
                    case.version)


