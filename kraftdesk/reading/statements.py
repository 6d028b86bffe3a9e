# SPDX-License-Identifier: EUPL-1.2
"""The statement rows kraftdesk.services.statements returns, and how they are read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import StatementKind, StatementState
from kraftdesk.reading import load
from kraftdesk.reading.meetings import PersonRef, person_ref
from kraftdesk.register.models import (
    Person,
    Statement,
    StatementAuthor,
    StatementConcurrence,
    StoredFile,
)
from kraftdesk.text import statements as text
from kraftdesk.text.vocabulary import STATEMENT_KIND


@dataclass(frozen=True)
class StatementRow:
    id: int
    paragraph_id: int
    position: int
    kind: StatementKind
    kind_title: str  # "Särskilt yttrande"
    state: StatementState
    authors: tuple[PersonRef, ...]
    concurring: tuple[PersonRef, ...]
    deadline: datetime | None
    received_at: datetime | None
    text: str | None
    file_name: str | None  # a received PDF
    has_appendix: bool
    appendix_number: int | None  # provisional in draft minutes
    in_favour_of_proposal_id: int | None
    with_reservation: bool
    sentence: str  # what the paragraph says about it
    version: int = 1  # the statement row's version: give it back when changing it


def _people(session: Session, model: type, ids: list[int]) -> dict[int, list[PersonRef]]:
    rows = session.execute(select(model.statement_id, Person)
                           .join(Person, Person.id == model.person_id)
                           .where(model.statement_id.in_(ids))
                           .order_by(model.statement_id, model.position)).all()
    return load.by_key((sid, person_ref(p)) for sid, p in rows)


def read_statement_rows(session: Session, *, paragraph_id: int | None = None,
                        statement_id: int | None = None) -> tuple[StatementRow, ...]:
    query = select(Statement)
    if statement_id is not None:
        query = query.where(Statement.id == statement_id)
    else:
        query = query.where(Statement.paragraph_id == paragraph_id)
    rows = session.scalars(query.order_by(Statement.position)).all()
    ids = [s.id for s in rows]
    if not ids:
        return ()
    authors = _people(session, StatementAuthor, ids)
    concurring = _people(session, StatementConcurrence, ids)
    values = dict((v.statement_id, v) for _, v in load.statements(session, statement_ids=ids))
    texts = load.texts(session)
    files = dict(session.execute(select(StoredFile.id, StoredFile.filename).where(
        StoredFile.id.in_([s.file_id for s in rows if s.file_id]))).all())
    return tuple(StatementRow(
        id=s.id, paragraph_id=s.paragraph_id, position=s.position, kind=s.kind,
        kind_title=STATEMENT_KIND[s.kind], state=s.state,
        authors=tuple(authors.get(s.id, [])), concurring=tuple(concurring.get(s.id, [])),
        deadline=s.deadline, received_at=s.received_at, text=s.text,
        file_name=files.get(s.file_id) if s.file_id else None,
        has_appendix=values[s.id].has_appendix, appendix_number=values[s.id].appendix_number,
        in_favour_of_proposal_id=s.in_favour_of_proposal_id,
        with_reservation=s.with_reservation,
        sentence=text.announcement(values[s.id], texts), version=s.version) for s in rows)
