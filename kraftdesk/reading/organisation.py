# SPDX-License-Identifier: EUPL-1.2
"""The organisation's set-up as the front ends show it: settings, bodies, parties, people,
memberships and terms. Functions take a Session and return frozen values; nothing writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import case_numbers
from kraftdesk.domain.enums import BodyKind, NumberingScheme, Role, TakeDownRule
from kraftdesk.domain.setup import Period
from kraftdesk.domain.sorting import swedish_key
from kraftdesk.reading import support
from kraftdesk.reading.meetings import PersonRef, person_ref
from kraftdesk.register.models import Body, Membership, Organisation, Party, Person, Term
from kraftdesk.register.models.organisation import DEFAULT_RESERVATION_RECEIVED
from kraftdesk.text import decision, formats
from kraftdesk.text.vocabulary import SEAT


@dataclass(frozen=True)
class OrganisationSettings:
    """Everything of the organisation dialog but the logo's bytes."""

    name: str
    case_number_example: str | None = None
    address: str | None = None
    minutes_kept_at: str | None = None
    special_statement_not_received_text: str = ""
    reservation_not_received_text: str = ""
    distribution_heading: str = ""
    numbering_scheme: NumberingScheme = NumberingScheme.PER_YEAR
    take_down_rule: TakeDownRule = TakeDownRule.NEXT_WEEKDAY
    logo_media_type: str | None = None  # None: no logo
    case_number_format: str | None = None  # the example in words
    # After "… reserverar sig mot beslutet och" when the written reservation has come in.
    reservation_received_text: str = DEFAULT_RESERVATION_RECEIVED
    received_pdf_max_mb: int = 25  # the largest received PDF accepted, in MB
    version: int = 0  # the organisation row's version (kraftdesk.register.versions)


@dataclass(frozen=True)
class PartyRow:
    id: int
    abbreviation: str
    name: str
    people: int  # how many people belong to it
    version: int = 0


@dataclass(frozen=True)
class PersonRow:
    ref: PersonRef
    party_id: int | None
    title: str | None
    email: str | None
    phone: str | None
    pronoun: str | None
    version: int = 0


@dataclass(frozen=True)
class MembershipRow:
    id: int
    person: PersonRef
    body_id: int
    body_short_name: str
    role: Role
    role_text: str  # "1:e vice ordförande"
    period: Period
    position: int | None  # the order of an ersättare


@dataclass(frozen=True)
class BodyDetails:
    id: int
    short_name: str
    name: str
    kind: BodyKind
    parent_id: int | None
    proposes_to_id: int | None
    proposes_to_short_name: str | None
    running_name: str  # as the text composer writes it: set on the body, or by the rule
    genitive_name: str
    running_name_set: bool  # False: the rule gave it
    genitive_name_set: bool
    numbering_scheme: NumberingScheme | None
    default_place: str | None
    default_start_time: str | None
    justering_days: int | None
    justering_time: str | None
    default_secretary: PersonRef | None
    approver_count: int
    retired_on: date | None
    formula: str  # "Kommunstyrelsen föreslår kommunfullmäktige besluta"
    version: int = 0


@dataclass(frozen=True)
class TermRow:
    id: int
    period: Period
    name: str  # "2027–2030"


def read_settings(session: Session) -> OrganisationSettings:
    org = support.organisation(session)
    return OrganisationSettings(
        org.name, org.case_number_example, org.address, org.minutes_kept_at,
        org.special_statement_not_received_text, org.reservation_not_received_text,
        org.distribution_heading, org.numbering_scheme, org.take_down_rule,
        org.logo_media_type,
        case_numbers.describe(org.case_number_example) if org.case_number_example else None,
        received_pdf_max_mb=org.received_pdf_max_mb, version=org.version,
        reservation_received_text=org.reservation_received_text)


def read_logo(session: Session) -> tuple[bytes, str] | None:
    org = session.scalars(select(Organisation).order_by(Organisation.id)).first()
    if org is None or org.logo is None or org.logo_media_type is None:
        return None
    return org.logo, org.logo_media_type


def read_parties(session: Session) -> list[PartyRow]:
    counts: dict[int, int] = {}
    for party_id in session.scalars(select(Person.party_id).where(Person.party_id.is_not(None))):
        counts[party_id] = counts.get(party_id, 0) + 1
    rows = [PartyRow(p.id, p.abbreviation, p.name, counts.get(p.id, 0), p.version)
            for p in session.scalars(select(Party))]
    return sorted(rows, key=lambda r: swedish_key(r.abbreviation))


def person_row(person: Person) -> PersonRow:
    return PersonRow(person_ref(person), person.party_id, person.title, person.email,
                     person.phone, person.pronoun, person.version)


def read_people(session: Session) -> list[PersonRow]:
    rows = [person_row(p) for p in session.scalars(select(Person))]
    return sorted(rows, key=lambda r: (swedish_key(r.ref.name), swedish_key(r.ref.label),
                                       r.ref.note or ""))


def membership_row(membership: Membership, person: Person, body: Body) -> MembershipRow:
    return MembershipRow(membership.id, person_ref(person), body.id, body.short_name,
                         membership.role, SEAT[membership.role],
                         Period(membership.starts_on, membership.ends_on), membership.position)


_ROLE_ORDER = {role: index for index, role in enumerate(Role)}


def read_memberships(session: Session, *, body_id: int | None = None,
                     person_id: int | None = None, on: date | None = None
                     ) -> list[MembershipRow]:
    """Seats, by body, then role (chair first, ersättare in their order), then name."""
    query = (select(Membership, Person, Body).join(Person, Person.id == Membership.person_id)
             .join(Body, Body.id == Membership.body_id))
    if body_id is not None:
        query = query.where(Membership.body_id == body_id)
    if person_id is not None:
        query = query.where(Membership.person_id == person_id)
    if on is not None:
        query = query.where(Membership.starts_on <= on,
                            Membership.ends_on.is_(None) | (Membership.ends_on >= on))
    rows = [membership_row(m, p, b) for m, p, b in session.execute(query)]
    return sorted(rows, key=lambda r: (
        swedish_key(r.body_short_name), r.period.starts_on if on is None else date.min,
        _ROLE_ORDER[r.role], r.position or 0, swedish_key(r.person.name)))


def body_details(session: Session, body: Body) -> BodyDetails:
    target = session.get(Body, body.proposes_to_id) if body.proposes_to_id else None
    secretary = session.get(Person, body.default_secretary_id) \
        if body.default_secretary_id else None
    name = support.body_name(body)
    return BodyDetails(
        body.id, body.short_name, body.name, body.kind, body.parent_id, body.proposes_to_id,
        target.short_name if target else None, formats.body_running(name),
        formats.body_genitive(name), bool(body.running_name), bool(body.genitive_name),
        body.numbering_scheme, body.default_place, body.default_start_time,
        body.justering_days, body.justering_time,
        person_ref(secretary) if secretary else None, body.approver_count, body.retired_on,
        decision.formula(name, support.body_name(target) if target else None), body.version)


def read_bodies(session: Session) -> list[BodyDetails]:
    rows = [body_details(session, b) for b in session.scalars(select(Body))]
    return sorted(rows, key=lambda r: (r.retired_on is not None, swedish_key(r.name)))


def term_name(period: Period) -> str:
    """ "2027–2030"; a term within one year: "2027"."""
    first, last = period.starts_on.year, (period.ends_on or period.starts_on).year
    return str(first) if first == last else f"{first}\u2013{last}"


def read_terms(session: Session) -> list[TermRow]:
    rows = session.scalars(select(Term).order_by(Term.starts_on)).all()
    return [TermRow(t.id, Period(t.starts_on, t.ends_on),
                    term_name(Period(t.starts_on, t.ends_on))) for t in rows]
