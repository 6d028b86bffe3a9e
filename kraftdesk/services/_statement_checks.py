# SPDX-License-Identifier: EUPL-1.2
"""Who may stand behind a statement (private to kraftdesk.services.statements).

- Every author and concurring member must be a member or substitute of the body on the
  meeting day.
- A reservation is made only by someone who took part in the decision (KL 4 kap. 27 §):
  serving in that paragraph, not jävig, not absent. Attendance must be recorded first.
- A särskilt yttrande or protokollsanteckning needs someone present for the paragraph (when
  the attendance is recorded): not jävig, not absent.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import participation
from kraftdesk.domain.enums import StatementKind
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import support
from kraftdesk.register.models import (
    Body,
    Meeting,
    Paragraph,
    Person,
    Proposal,
    Statement,
    StatementAuthor,
)
from kraftdesk.text import formats
from kraftdesk.text.vocabulary import STATEMENT_KIND_WORD


def statement_what(session: Session, statement: Statement) -> str:
    """ "särskilt yttrande från Magnus Olsson (SD) och Anders Olin (SD) under § 16"."""
    paragraph = session.get_one(Paragraph, statement.paragraph_id)
    authors = session.scalars(select(Person).join(StatementAuthor,
                                                  StatementAuthor.person_id == Person.id)
                              .where(StatementAuthor.statement_id == statement.id)
                              .order_by(StatementAuthor.position)).all()
    by = f" från {formats.join_list([support.person_label(p) for p in authors])}" if authors else ""
    return f"{STATEMENT_KIND_WORD[statement.kind]}{by} under {support.paragraph_what(paragraph)}"


def _check_one(session: Session, person_id: int, role_known: bool, kind: StatementKind,
               part: support.Participation, body: Body, meeting: Meeting, what: str) -> None:
    label = support.person_label(support.get(session, Person, person_id))
    on = meeting.starts_at.date().isoformat()
    if not role_known:
        raise UserError(f"{label} är inte ledamot eller ersättare i "
                        f"{support.body_running(body)} {on} och kan inte stå bakom "
                        f"{what}.", field="author_ids")
    problem = participation.taking_part_problem(
        person_id, part, serving=kind is StatementKind.RESERVATION)
    if problem is None:
        return
    code = problem.code
    if code is participation.Code.RECUSED:
        raise UserError(f"{label} är jävig och deltar inte i handläggningen; {label} kan inte "
                        f"stå bakom {what}.", field="author_ids")
    if code is participation.Code.ABSENT:
        raise UserError(f"{label} är inte närvarande under paragrafen och kan inte stå bakom "
                        f"{what}.", field="author_ids")
    if code is participation.Code.NO_ATTENDANCE:
        raise UserError(f"Närvaron är inte registrerad för sammanträdet; registrera vem "
                        f"som tjänstgör innan {what} antecknas.", field="attendance")
    if code is participation.Code.NOT_SERVING:
        raise UserError(f"{label} deltog inte i beslutet och kan inte reservera sig "
                        f"({what}). Bara den som tjänstgör kan reservera sig.",
                        field="author_ids")
    raise UserError(f"{label} är inte närvarande vid sammanträdet enligt närvarolistan och "
                    f"kan inte stå bakom {what}.", field="author_ids")


def check_people(session: Session, paragraph: Paragraph, kind: StatementKind,
                 author_ids: Sequence[int], concurring_ids: Sequence[int], what: str) -> None:
    if not author_ids:
        raise UserError(f"Författare saknas för {what}; ange minst en ledamot som står bakom "
                        "det.", field="author_ids")
    everyone = [*author_ids, *concurring_ids]
    for person_id in everyone:
        support.get(session, Person, person_id)
    if len(set(everyone)) != len(everyone):
        twice = next(i for i in everyone if everyone.count(i) > 1)
        label = support.person_label(support.get(session, Person, twice))
        raise UserError(f"{label} står två gånger bland författarna och de instämmande "
                        f"({what}).", field="author_ids")
    meeting = session.get_one(Meeting, paragraph.meeting_id)
    body = session.get_one(Body, meeting.body_id)
    roles = support.roles_on(session, body.id, meeting.starts_at.date(), everyone)
    part = support.participation(session, paragraph)
    for person_id in everyone:
        _check_one(session, person_id, person_id in roles, kind, part, body, meeting, what)


def check_proposal(session: Session, paragraph: Paragraph, kind: StatementKind,
                   proposal_id: int | None, what: str) -> None:
    """ "till förmån för" a proposal: only a reservation, and a proposal of this paragraph."""
    if proposal_id is None:
        return
    if kind is not StatementKind.RESERVATION:
        raise UserError(f"Bara en reservation görs till förmån för ett yrkande ({what}).",
                        field="in_favour_of_proposal_id")
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or proposal.paragraph_id != paragraph.id:
        raise UserError(f"Yrkandet som {what} görs till förmån för finns inte under "
                        f"{support.paragraph_what(paragraph)}.", field="in_favour_of_proposal_id")
