# SPDX-License-Identifier: EUPL-1.2
"""A small register to search: Malmö stad's KS with a few paragraphs, written through the ORM."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import StatementKind, StatementState
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Case,
    DecisionPoint,
    Meeting,
    Paragraph,
    ParagraphSection,
    Statement,
)
from tests import factories as f


@dataclass(frozen=True)
class Seeded:
    organisation_id: int
    body_id: int
    meeting_id: int


def seed(register: Register) -> Seeded:
    with register.write() as s:
        org = f.organisation(s)
        ks = f.body(s, org)
        meeting = Meeting(body_id=ks.id, starts_at=datetime(2026, 1, 7, 13, 0))
        s.add(meeting)
        s.flush()
        return Seeded(org.id, ks.id, meeting.id)


def seed_old_schema(register: Register) -> Seeded:
    """As seed(), for a register of an older schema: the organisation and body with only the
    columns every schema has (the models may have more, the meeting's version among them)."""
    with register.write() as s:
        org_id = s.execute(sql("INSERT INTO organisation (name, numbering_scheme, "
                                "take_down_rule, special_statement_not_received_text, "
                                "reservation_not_received_text, distribution_heading) VALUES "
                                "('Malmö stad', 'per_year', 'next_weekday', 'x', 'y', 'z') "
                                "RETURNING id")).scalar_one()
        body_id = s.execute(sql("INSERT INTO body (organisation_id, name, short_name, kind, "
                                 "approver_count) VALUES (:o, 'Kommunstyrelsen', 'KS', "
                                 "'executive_board', 1) RETURNING id"), {"o": org_id}
                            ).scalar_one()
        meeting_id = s.execute(sql("INSERT INTO meeting (body_id, starts_at, minutes_state, "
                                    "is_example) VALUES (:b, '2026-01-07 13:00:00.000000', "
                                    "'draft', false) "
                                    "RETURNING id"), {"b": body_id}).scalar_one()
        return Seeded(org_id, body_id, meeting_id)


def add_paragraph(s: Session, seeded: Seeded, number: int, title: str, *,
                  summary: str | None = None, points: tuple[str, ...] = (),
                  case: tuple[str, str] | None = None) -> Paragraph:
    case_id = None
    if case is not None:
        row = Case(organisation_id=seeded.organisation_id, number=case[0], title=case[1])
        s.add(row)
        s.flush()
        case_id = row.id
    paragraph = Paragraph(meeting_id=seeded.meeting_id, body_id=seeded.body_id, series="2026",
                          number=number, position=number, title=title, summary=summary,
                          case_id=case_id)
    s.add(paragraph)
    s.flush()
    for position, text in enumerate(points, start=1):
        s.add(DecisionPoint(paragraph_id=paragraph.id, position=position, text=text))
    s.flush()
    return paragraph


def add_statement(s: Session, paragraph: Paragraph, text: str, *, position: int = 1) -> Statement:
    statement = Statement(paragraph_id=paragraph.id, position=position,
                          kind=StatementKind.SPECIAL_STATEMENT, state=StatementState.RECEIVED,
                          received_at=datetime(2026, 1, 12, 9, 0), text=text)
    s.add(statement)
    s.flush()
    return statement


def add_section(s: Session, paragraph: Paragraph, heading: str, body: str) -> ParagraphSection:
    section = ParagraphSection(paragraph_id=paragraph.id, position=1, heading=heading, body=body)
    s.add(section)
    s.flush()
    return section
