# SPDX-License-Identifier: EUPL-1.2
"""Mandatperioder (terms of office) and the start of a new one.

    terms(register) -> list[TermRow]
    add_term(register, period) -> Created               record a term (the current one)
    preview_new_term(register, period, member_list=None, *, source=None) -> NewTermPreview
    start_term(register, period, *, member_list=None, source=None,
               retire_body_ids=()) -> NewTermPreview

Starting a new term, in one transaction: the bodies go on into it (those named in
`retire_body_ids` are retired on the last day before it), every seat still open on that
day ends then, the term is recorded, and the new seats are read from the member list
(empty dates in it mean the term's). Old seats are never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import setup
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.setup import Period
from kraftdesk.reading import support
from kraftdesk.reading.organisation import TermRow, read_terms, term_name
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Membership, Term
from kraftdesk.services import member_lists
from kraftdesk.services.bodies import retire_in
from kraftdesk.services.changes import Changes, Created
from kraftdesk.services.member_lists import MemberListPreview
from kraftdesk.services.memberships import end_in

__all__ = ["NewTermPreview", "TermRow", "add_term", "preview_new_term", "start_term",
           "terms"]


@dataclass(frozen=True)
class NewTermPreview:
    name: str  # "2027–2030"
    seats_ending: int  # seats open on the last day before the term, ended then
    retired: tuple[str, ...]  # bodies retired
    member_list: MemberListPreview | None
    changes: Changes = field(default_factory=Changes)  # empty for a preview


def terms(register: Register) -> list[TermRow]:
    with register.read() as session:
        return read_terms(session)


def _check_term(session: Session, period: Period) -> None:
    others = [Period(t.starts_on, t.ends_on) for t in session.scalars(select(Term))]
    problem = setup.term_problem(period, others)
    if problem:
        raise UserError(f"Mandatperioden {period.text()}: {problem}.", field="term")


def add_term_in(session: Session, period: Period) -> Term:
    org = support.organisation(session)
    _check_term(session, period)
    row = Term(organisation_id=org.id, starts_on=period.starts_on, ends_on=period.ends_on)
    session.add(row)
    session.flush()
    return row


def add_term(register: Register, period: Period) -> Created:
    with register.write() as session:
        return Created(register=True, id=add_term_in(session, period).id)


def _open_seats(session: Session, last_day) -> list[Membership]:
    return list(session.scalars(select(Membership).where(
        Membership.starts_on <= last_day,
        Membership.ends_on.is_(None) | (Membership.ends_on > last_day))))


def preview_new_term(register: Register, period: Period, member_list: bytes | None = None,
                     *, source: str | None = None,
                     retire_body_ids: tuple[int, ...] = ()) -> NewTermPreview:
    last_day = period.starts_on - timedelta(days=1)
    with register.read() as session:
        support.organisation(session)
        _check_term(session, period)
        ending = len(_open_seats(session, last_day))
        retired = tuple(support.get(session, Body, i).name for i in retire_body_ids)
    listed = None
    if member_list is not None:
        listed = member_lists.preview_member_list(register, member_list, source=source,
                                                  default=period, seats_end=last_day)
    return NewTermPreview(term_name(period), ending, retired, listed)


def start_term(register: Register, period: Period, *, member_list: bytes | None = None,
               source: str | None = None,
               retire_body_ids: tuple[int, ...] = ()) -> NewTermPreview:
    """End the old seats, retire the bodies not going on, record the term, read the list."""
    last_day = period.starts_on - timedelta(days=1)
    table = member_lists.read_member_table(member_list, source=source) \
        if member_list is not None else None
    with register.write() as session:
        _check_term(session, period)
        retired = []
        for body_id in retire_body_ids:
            body = support.get(session, Body, body_id)
            retire_in(session, body, last_day)
            retired.append(body.name)
        seats = _open_seats(session, last_day)
        for seat in seats:
            end_in(session, seat, last_day)
        add_term_in(session, period)
        listed = None
        if table is not None:
            plan, _ = member_lists.import_in(session, table, period)
            listed = member_lists.preview_of(table, plan)
    return NewTermPreview(term_name(period), len(seats), tuple(retired), listed,
                          Changes(register=True))
