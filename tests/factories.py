# SPDX-License-Identifier: EUPL-1.2
"""Small builders of register rows for tests (ORM level, inside a caller's session)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from kraftdesk.domain.enums import BodyKind, Role
from kraftdesk.register.models import Body, Membership, Organisation, Party, Person


def organisation(session: Session, name: str = "Malmö stad") -> Organisation:
    org = Organisation(name=name)
    session.add(org)
    session.flush()
    return org


def party(session: Session, org: Organisation, abbreviation: str, name: str | None = None) -> Party:
    row = Party(organisation_id=org.id, abbreviation=abbreviation, name=name or abbreviation)
    session.add(row)
    session.flush()
    return row


def body(session: Session, org: Organisation, short_name: str = "KS",
         name: str = "Kommunstyrelsen", kind: BodyKind = BodyKind.EXECUTIVE_BOARD,
         parent: Body | None = None) -> Body:
    row = Body(organisation_id=org.id, short_name=short_name, name=name, kind=kind,
               parent_id=parent.id if parent else None)
    session.add(row)
    session.flush()
    return row


def person(session: Session, org: Organisation, name: str, party_row: Party | None = None,
           *, body_row: Body | None = None, role: Role = Role.MEMBER,
           pronoun: str | None = None, title: str | None = None) -> Person:
    row = Person(organisation_id=org.id, name=name, party_id=party_row.id if party_row else None,
                 pronoun=pronoun, title=title)
    session.add(row)
    session.flush()
    if body_row is not None:
        session.add(Membership(person_id=row.id, body_id=body_row.id, role=role,
                               starts_on=date(2023, 1, 1)))
        session.flush()
    return row


def at(text: str) -> datetime:
    """datetime from "2026-01-07 13:00"."""
    return datetime.fromisoformat(text)
