# SPDX-License-Identifier: EUPL-1.2
"""Memberships: a person's seat in a body, with a role, from and to dates, and the order
of ersättare. Ending a seat never deletes it: old minutes still print the roles as they were.

Read:
    memberships(register, *, body_id=None, person_id=None, on=None) -> list[MembershipRow]
    current_members(register, on) -> list[tuple[BodyDetails, list[MembershipRow]]]
Write (one transaction each; UserError in Swedish; nothing changed on refusal):
    add_membership(register, draft) -> Created
    end_membership(register, membership_id, on) -> Changes        the last day of the seat
    delete_membership(register, membership_id) -> Changes         a seat entered by mistake,
        only while no justerat protokoll of the body shows the person in it
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import setup
from kraftdesk.domain.enums import Role
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.setup import Period
from kraftdesk.reading import support
from kraftdesk.reading.organisation import (
    BodyDetails,
    MembershipRow,
    read_bodies,
    read_memberships,
)
from kraftdesk.reading.usage import justerat_with_person
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Membership, Person
from kraftdesk.services.changes import Changes, Created
from kraftdesk.text.vocabulary import SEAT

__all__ = ["MembershipDraft", "MembershipRow", "add_membership", "current_members",
           "delete_membership", "end_membership", "memberships"]


@dataclass(frozen=True)
class MembershipDraft:
    person_id: int
    body_id: int
    role: Role
    starts_on: date
    ends_on: date | None = None
    position: int | None = None  # the order of an ersättare; None: after the others


def memberships(register: Register, *, body_id: int | None = None,
                person_id: int | None = None, on: date | None = None) -> list[MembershipRow]:
    with register.read() as session:
        return read_memberships(session, body_id=body_id, person_id=person_id, on=on)


def current_members(register: Register, on: date
                    ) -> list[tuple[BodyDetails, list[MembershipRow]]]:
    """Every body not retired on `on`, with its seats that day (chair first)."""
    with register.read() as session:
        seats = read_memberships(session, on=on)
        return [(b, [s for s in seats if s.body_id == b.id]) for b in read_bodies(session)
                if b.retired_on is None or b.retired_on >= on]


def seat_what(person: Person, body: Body) -> str:
    return f"Uppdraget för {support.person_label(person)} i {body.short_name}"


def check_draft(session: Session, draft: MembershipDraft, *,
                membership_id: int | None = None) -> tuple[Person, Body]:
    """The rules of a seat: person and body exist, dates in order, within the body's life,
    no overlap with another seat of the person in the body."""
    person = support.get(session, Person, draft.person_id)
    body = support.get(session, Body, draft.body_id)
    period = Period(draft.starts_on, draft.ends_on)
    what = seat_what(person, body)
    setup.check_period(period, what=what)
    if body.retired_on is not None and draft.starts_on > body.retired_on:
        raise UserError(f"{body.name} är avvecklat sedan {body.retired_on.isoformat()}; "
                        f"{what} kan inte börja {draft.starts_on.isoformat()}.",
                        field="starts_on")
    if draft.position is not None and draft.position < 1:
        raise UserError(f"{what}: ordningen för ersättare börjar på 1.", field="position")
    others = session.scalars(select(Membership).where(
        Membership.person_id == person.id, Membership.body_id == body.id,
        Membership.id != (membership_id or -1))).all()
    clash = setup.first_overlap(period, ((m, Period(m.starts_on, m.ends_on)) for m in others))
    if isinstance(clash, Membership):
        raise UserError(setup.overlap_message(
            support.person_label(person), body.short_name, period,
            Period(clash.starts_on, clash.ends_on)), field="starts_on")
    return person, body


def add_membership_in(session: Session, draft: MembershipDraft) -> Membership:
    check_draft(session, draft)
    position = draft.position
    if draft.role is Role.SUBSTITUTE and position is None:
        position = next_position(session, draft.body_id, draft.starts_on)
    row = Membership(person_id=draft.person_id, body_id=draft.body_id, role=draft.role,
                     starts_on=draft.starts_on, ends_on=draft.ends_on,
                     position=position if draft.role is Role.SUBSTITUTE else None)
    session.add(row)
    session.flush()
    return row


def next_position(session: Session, body_id: int, on: date) -> int:
    taken = session.scalars(select(Membership.position).where(
        Membership.body_id == body_id, Membership.role == Role.SUBSTITUTE,
        Membership.position.is_not(None), Membership.starts_on <= on,
        Membership.ends_on.is_(None) | (Membership.ends_on >= on))).all()
    return max(taken, default=0) + 1


def add_membership(register: Register, draft: MembershipDraft) -> Created:
    with register.write() as session:
        row = add_membership_in(session, draft)
        return Created(persons=frozenset({draft.person_id}), register=True, id=row.id)


def end_membership(register: Register, membership_id: int, on: date) -> Changes:
    """The seat's last day is `on`; minutes already justerade keep the person's role."""
    with register.write() as session:
        row = support.get(session, Membership, membership_id, what="Uppdraget")
        end_in(session, row, on)
        return Changes(persons=frozenset({row.person_id}), register=True)


def end_in(session: Session, row: Membership, on: date) -> None:
    person = session.get_one(Person, row.person_id)
    body = session.get_one(Body, row.body_id)
    what = seat_what(person, body)
    if on < row.starts_on:
        raise UserError(f"{what} började {row.starts_on.isoformat()} och kan inte sluta före "
                        f"det ({on.isoformat()}).", field="ends_on")
    if row.ends_on is not None and row.ends_on <= on:
        raise UserError(f"{what} slutar redan {row.ends_on.isoformat()}.", field="ends_on")
    _keep_justerat(session, row, Period(on + timedelta(days=1), row.ends_on),
                   what, "kan inte sluta före")
    row.ends_on = on
    session.flush()


def delete_membership(register: Register, membership_id: int) -> Changes:
    """Remove a seat entered by mistake (not one that justerade minutes rest on)."""
    with register.write() as session:
        row = support.get(session, Membership, membership_id, what="Uppdraget")
        person = session.get_one(Person, row.person_id)
        body = session.get_one(Body, row.body_id)
        _keep_justerat(session, row, Period(row.starts_on, row.ends_on),
                       seat_what(person, body), "kan inte tas bort: det gäller")
        session.delete(row)
        return Changes(persons=frozenset({row.person_id}), register=True)


def _keep_justerat(session: Session, row: Membership, lost: Period, what: str,
                   verb: str) -> None:
    """Refuse to take away the part `lost` of a seat when justerade minutes of the body in
    that part show the person (their roles print from the seat)."""
    justerat = justerat_with_person(session, row.person_id, body_id=row.body_id,
                                    between=(lost.starts_on, lost.ends_on))
    if justerat is not None:
        raise UserError(f"{what} {verb} det justerade protokollet {justerat}, där personen "
                        f"står som {SEAT[row.role]}. Avsluta uppdraget efter det "
                        "sammanträdet i stället.", field="ends_on")
