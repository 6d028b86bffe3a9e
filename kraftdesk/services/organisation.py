# SPDX-License-Identifier: EUPL-1.2
"""The organisation that owns the register, and a register's overview."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kraftdesk.domain.errors import UserError
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Case, Meeting, Organisation, Paragraph, Statement
from kraftdesk.services.changes import Changes


def create_organisation(register: Register, name: str) -> Changes:
    name = name.strip()
    if not name:
        raise UserError("Organisationens namn saknas.", field="organisation")
    with register.write() as session:
        existing = session.scalars(select(Organisation)).first()
        if existing is not None:
            raise UserError(
                f"Registret tillhör redan {existing.name}; ett register har en organisation.",
                field="organisation",
            )
        session.add(Organisation(name=name))
    return Changes(register=True)


@dataclass(frozen=True)
class RegisterOverview:
    organisation: str | None
    bodies: int
    meetings: int
    cases: int
    paragraphs: int
    statements: int


def overview(register: Register) -> RegisterOverview:
    with register.read() as session:
        organisation = session.scalars(select(Organisation.name).order_by(Organisation.id)).first()

        def count(model: type) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        return RegisterOverview(
            organisation=organisation,
            bodies=count(Body),
            meetings=count(Meeting),
            cases=count(Case),
            paragraphs=count(Paragraph),
            statements=count(Statement),
        )
