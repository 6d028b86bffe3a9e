# SPDX-License-Identifier: EUPL-1.2
"""Parties and people: members, ersättare, officials and secretaries.

Read:
    parties(register) -> list[PartyRow]
    people(register) -> list[PersonRow]                      pickers show PersonRef.picker
    find_party(register, text) -> int                         abbreviation or name
    find_person(register, text) -> int                        "Eva Ek", "Eva Ek (S)",
                                                              "Eva Ek (S), Malmö"
Write (one transaction each; UserError in Swedish; nothing changed on refusal):
    add_party / update_party / delete_party
    add_person / update_person / delete_person

update_party, delete_party, update_person and delete_person take `expected_version`
(PartyRow.version, PersonRow.version as read): a save based on an older version is refused
(ChangedError, kraftdesk.register.versions); None: no check.

Two people of one name in one party are allowed, told apart by a note. A person who appears
in justerade minutes keeps the name and party printed there, and cannot be deleted: end
the person's seats instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kraftdesk.domain import setup
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import support
from kraftdesk.reading.organisation import PartyRow, PersonRow, read_parties, read_people
from kraftdesk.reading.usage import justerat_with_person, meeting_with_person
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Membership, Party, Person
from kraftdesk.services.changes import Changes, Created

__all__ = ["PartyRow", "PersonDraft", "PersonRow", "add_party", "add_person", "delete_party",
           "delete_person", "find_party", "find_person", "parties", "people", "update_party",
           "update_person"]

_PRONOUNS = ("hon", "han", "hen")


@dataclass(frozen=True)
class PersonDraft:
    name: str
    party_id: int | None = None
    note: str | None = None  # tells apart namesakes
    title: str | None = None  # "Nämndsekreterare"
    email: str | None = None
    phone: str | None = None
    pronoun: str | None = None  # "hon", "han", "hen"


# --- parties -----------------------------------------------------------------------------


def parties(register: Register) -> list[PartyRow]:
    with register.read() as session:
        return read_parties(session)


def party_by_text(session: Session, text: str) -> Party:
    """By abbreviation as written ("S", "s"), then regardless of case if that is unique,
    then by name ("Socialdemokraterna")."""
    wanted = text.strip()
    rows = session.scalars(select(Party)).all()
    for candidates in ([p for p in rows if p.abbreviation == wanted],
                       [p for p in rows if p.abbreviation.casefold() == wanted.casefold()],
                       [p for p in rows if p.name.casefold() == wanted.casefold()]):
        if len(candidates) == 1:
            return candidates[0]
    known = ", ".join(sorted(p.abbreviation for p in rows)) or "inga ännu"
    raise UserError(f"Partiet «{wanted}» finns inte i registret (partier: {known}). Lägg "
                    "till det först.", field="party")


def find_party(register: Register, text: str) -> int:
    with register.read() as session:
        return party_by_text(session, text).id


def _check_party(session: Session, abbreviation: str, name: str,
                 party_id: int | None) -> tuple[str, str]:
    abbreviation, name = abbreviation.strip(), " ".join(name.split())
    if not abbreviation:
        raise UserError("Partiets förkortning saknas (till exempel S eller VF).",
                        field="abbreviation")
    if len(abbreviation) > 20 or any(c in abbreviation for c in "()"):
        raise UserError(f"Förkortningen «{abbreviation}» går inte: högst 20 tecken, inga "
                        "parenteser (den skrivs inom parentes efter namnen).",
                        field="abbreviation")
    if not name:
        raise UserError(f"Partiets namn saknas ({abbreviation}).", field="party_name")
    clash = session.scalars(select(Party).where(Party.abbreviation == abbreviation,
                                                Party.id != (party_id or -1))).first()
    if clash is not None:
        raise UserError(f"Förkortningen {abbreviation} används redan av {clash.name}.",
                        field="abbreviation")
    return abbreviation, name


def add_party(register: Register, abbreviation: str, name: str) -> Created:
    with register.write() as session:
        org = support.organisation(session)
        abbreviation, name = _check_party(session, abbreviation, name, None)
        row = Party(organisation_id=org.id, abbreviation=abbreviation, name=name)
        session.add(row)
        session.flush()
        return Created(register=True, id=row.id)


def update_party(register: Register, party_id: int, abbreviation: str, name: str, *,
                 expected_version: int | None = None) -> Changes:
    with register.write() as session:
        row = support.get(session, Party, party_id, what="Partiet")
        versions.check(row, expected_version, row.name)
        abbreviation, name = _check_party(session, abbreviation, name, party_id)
        if abbreviation != row.abbreviation:
            for person_id in session.scalars(select(Person.id).where(Person.party_id == row.id)):
                justerat = justerat_with_person(session, person_id)
                if justerat is not None:
                    raise UserError(
                        f"Förkortningen {row.abbreviation} står i justerade protokoll "
                        f"({justerat}) och kan inte ändras; namnet kan ändras.",
                        field="abbreviation")
        row.abbreviation, row.name = abbreviation, name
        return Changes(register=True)


def delete_party(register: Register, party_id: int, *,
                 expected_version: int | None = None) -> Changes:
    with register.write() as session:
        row = support.get(session, Party, party_id, what="Partiet")
        versions.check(row, expected_version, row.name)
        count = session.scalar(select(func.count()).where(Person.party_id == row.id)) or 0
        if count:
            raise UserError(f"{row.name} ({row.abbreviation}) har {count} personer och kan inte "
                            "tas bort.", field="party")
        session.delete(row)
        return Changes(register=True)


# --- people ------------------------------------------------------------------------------


def people(register: Register) -> list[PersonRow]:
    with register.read() as session:
        return read_people(session)


_WITH_PARTY = re.compile(r"^(?P<name>.+?)\s*\((?P<party>[^()]+)\)\s*(?:,\s*(?P<note>.+))?$")


def person_by_text(session: Session, text: str) -> Person:
    """ "Eva Ek", "Eva Ek (S)" or "Eva Ek (S), Malmö" (the picker's form); one person only."""
    wanted = " ".join(text.split())
    match = _WITH_PARTY.match(wanted)
    name, party, note = (match.group("name"), match.group("party"), match.group("note")) \
        if match else (wanted, None, None)
    if not match and "," in wanted:
        name, note = (part.strip() for part in wanted.split(",", 1))
    rows = [p for p in session.scalars(select(Person))
            if p.name.casefold() == name.casefold()]
    if party is not None:
        rows = [p for p in rows if p.party and p.party.abbreviation == party.strip()]
    if note is not None:
        rows = [p for p in rows if (p.note or "").casefold() == note.casefold()]
    if len(rows) == 1:
        return rows[0]
    if not rows:
        raise UserError(f"Personen «{wanted}» finns inte i registret. Lägg till personen "
                        "först (kraftdesk person add).", field="person")
    choices = "; ".join(support.person_label(p) + (f", {p.note}" if p.note else "")
                        for p in rows)
    raise UserError(f"Det finns flera som heter {name} ({choices}); skriv personen som "
                    "«Namn (PARTI), anteckning».", field="person")


def find_person(register: Register, text: str) -> int:
    with register.read() as session:
        return person_by_text(session, text).id


def _checked(session: Session, draft: PersonDraft, person_id: int | None) -> PersonDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise UserError("Personens namn saknas.", field="name")
    if any(c in name for c in "();"):
        raise UserError(f"Namnet «{name}» får inte innehålla parenteser eller semikolon.",
                        field="name")
    party = support.get(session, Party, draft.party_id, what="Partiet") \
        if draft.party_id is not None else None
    email = setup.clean(draft.email)
    problem = setup.email_problem(email)
    if problem:
        raise UserError(f"{problem} ({name}).", field="email")
    pronoun = setup.clean(draft.pronoun)
    if pronoun is not None and pronoun not in _PRONOUNS:
        raise UserError(f"Pronomenet ska vara hon, han eller hen ({name}).", field="pronoun")
    note = setup.clean(draft.note)
    namesakes = session.scalars(select(Person.note).where(
        func.lower(Person.name) == name.lower(),
        Person.party_id.is_(None) if party is None else Person.party_id == party.id,
        Person.id != (person_id or -1))).all()
    if person_id is not None:
        # Namesakes from before the rule, neither with a note: each can still be edited and
        # given its note (the rule then holds once both have one).
        namesakes = [n for n in namesakes if (n or "").strip()]
    problem = setup.same_person_problem(name, party.abbreviation if party else None, note,
                                        namesakes)
    if problem:
        raise UserError(problem, field="note")
    return PersonDraft(name, draft.party_id, note, setup.clean(draft.title), email,
                       setup.clean(draft.phone), pronoun)


def add_person_in(session: Session, draft: PersonDraft) -> Person:
    org = support.organisation(session)
    draft = _checked(session, draft, None)
    row = Person(organisation_id=org.id, name=draft.name, party_id=draft.party_id,
                 note=draft.note, title=draft.title, email=draft.email, phone=draft.phone,
                 pronoun=draft.pronoun)
    session.add(row)
    session.flush()
    return row


def add_person(register: Register, draft: PersonDraft) -> Created:
    with register.write() as session:
        row = add_person_in(session, draft)
        return Created(persons=frozenset({row.id}), id=row.id)


def update_person(register: Register, person_id: int, draft: PersonDraft, *,
                  expected_version: int | None = None) -> Changes:
    """Change the person; name and party only while no justerat protokoll prints them."""
    with register.write() as session:
        row = support.get(session, Person, person_id)
        versions.check(row, expected_version, support.person_label(row))
        draft = _checked(session, draft, person_id)
        if (row.name, row.party_id) != (draft.name, draft.party_id):
            justerat = justerat_with_person(session, person_id)
            if justerat is not None:
                raise UserError(
                    f"{support.person_label(row)} står i justerade protokoll ({justerat}) och "
                    "ska stå kvar där som då; namn och parti kan inte ändras. Byter personen "
                    "parti, avsluta uppdragen och lägg upp personen på nytt med det nya "
                    "partiet.", field="name")
        row.name, row.party_id, row.note, row.title = (draft.name, draft.party_id, draft.note,
                                                       draft.title)
        row.email, row.phone, row.pronoun = draft.email, draft.phone, draft.pronoun
        return Changes(persons=frozenset({person_id}))


def delete_person(register: Register, person_id: int, *,
                  expected_version: int | None = None) -> Changes:
    """Remove a person entered by mistake; refused once the person is in any minutes."""
    with register.write() as session:
        row = support.get(session, Person, person_id)
        label = support.person_label(row)
        versions.check(row, expected_version, label)
        justerat = justerat_with_person(session, person_id)
        if justerat is not None:
            raise UserError(f"{label} står i det justerade protokollet {justerat} och kan inte "
                            "tas bort; avsluta personens uppdrag i stället.", field="person")
        in_minutes = meeting_with_person(session, person_id)
        if in_minutes:
            raise UserError(f"{label} står i protokollet {in_minutes}; ta bort personen "
                            "därifrån först, eller avsluta personens uppdrag.", field="person")
        secretary_of = session.scalars(select(Body.name).where(
            Body.default_secretary_id == person_id)).first()
        if secretary_of:
            raise UserError(f"{label} är sekreterare för {secretary_of}; välj en annan "
                            "sekreterare där först.", field="person")
        session.execute(delete(Membership).where(Membership.person_id == person_id))
        session.delete(row)
        return Changes(persons=frozenset({person_id}), register=True)

