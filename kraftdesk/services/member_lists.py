# SPDX-License-Identifier: EUPL-1.2
"""Member lists from a file: the CSV a kansli keeps in Excel, read into seats and people.

Columns (Swedish headers, any order; the file rules are kraftdesk.interchange.csv_table's):
    organ;namn;parti;uppdrag;från;till      and, if wanted, anteckning;e-post;telefon

    preview = preview_member_list(register, data, source="ledamöter.csv")   reads, writes nothing
    result = import_member_list(register, data, source="ledamöter.csv")     all rows or none

A row whose name and party (and note, when given) match a person already in the register
adds a seat to that person; the same name and party on several rows is one person (one
person may sit in several bodies). Ersättare are numbered in the order of the file. Any bad
row stops the whole import with a Swedish message naming the row as Excel counts it (the
header is rad 1) and the column; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import setup
from kraftdesk.domain.enums import Role
from kraftdesk.domain.setup import Period
from kraftdesk.interchange.csv_table import Column, CsvError, Table, TableRow, read_table
from kraftdesk.reading import support
from kraftdesk.reading.organisation import read_terms
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Membership, Party, Person
from kraftdesk.services.changes import Changes
from kraftdesk.services.memberships import MembershipDraft, next_position
from kraftdesk.services.people import PersonDraft
from kraftdesk.text import formats
from kraftdesk.text.vocabulary import SEAT, read_seat, seat_choices

COLUMNS = (
    Column("organ", ("nämnd", "organ (kortnamn)")),
    Column("namn", ("name", "förnamn och efternamn")),
    Column("parti"),
    Column("uppdrag", ("roll",)),
    Column("från", ("fran", "fr.o.m.", "from", "fr o m")),
    Column("till", ("t.o.m.", "tom", "t o m")),
    Column("anteckning", required=False),
    Column("e-post", ("epost", "e-postadress", "mejl", "mail"), required=False),
    Column("telefon", ("tel", "telefonnummer", "mobil"), required=False),
)


@dataclass(frozen=True)
class PlannedSeat:
    """One row of the list as it will be written."""

    line: int
    body: str  # "KS"
    person: str  # "Eva Ek (S)" (", anteckning" for namesakes)
    new_person: bool
    role: str  # "1:e vice ordförande"
    period: str  # "2027-01-01–2030-12-31"
    position: int | None  # the order of an ersättare


@dataclass(frozen=True)
class MemberListPreview:
    source: str | None
    encoding: str
    seats: tuple[PlannedSeat, ...]
    new_people: tuple[str, ...]

    def summary(self) -> str:
        """ "12 uppdrag i 3 organ; 5 nya personer"."""
        bodies = len({s.body for s in self.seats})
        text = (f"{len(self.seats)} {formats.plural(len(self.seats), 'uppdrag', 'uppdrag')} i "
                f"{bodies} organ")
        count = len(self.new_people)
        return text + (f"; {count} {formats.plural(count, 'ny person', 'nya personer')}"
                       if count else "; inga nya personer")


@dataclass
class _Plan:
    seats: list[tuple[TableRow, MembershipDraft, tuple]] = field(default_factory=list)
    new: dict[tuple, PersonDraft] = field(default_factory=dict)  # key -> new person
    existing: dict[tuple, int] = field(default_factory=dict)  # key -> person id
    labels: dict[tuple, str] = field(default_factory=dict)


def read_member_table(data: bytes, *, source: str | None = None) -> Table:
    return read_table(data, COLUMNS, source=source)


def preview_member_list(register: Register, data: bytes, *, source: str | None = None,
                        default: Period | None = None, seats_end: date | None = None,
                        on: date | None = None) -> MemberListPreview:
    """What the list would create; every row checked against the register, nothing written.

    `default`: the dates of a row whose från or till is empty (a new term's); without it,
    those of the mandatperiod registered for the day `on` (the day the list is read in), if
    there is one. `seats_end`: seats already in the register are taken to end that day (a
    new term ends them)."""
    table = read_member_table(data, source=source)
    with register.read() as session:
        plan = _plan(session, table, _term_of(session, default, on), seats_end)
    return preview_of(table, plan)


def import_member_list(register: Register, data: bytes, *, source: str | None = None,
                       default: Period | None = None,
                       on: date | None = None) -> tuple[MemberListPreview, Changes]:
    """Write the whole list in one transaction (checked again inside it); `default` and
    `on` as for preview_member_list."""
    table = read_member_table(data, source=source)
    with register.write() as session:
        plan, changes = import_in(session, table, _term_of(session, default, on))
    return preview_of(table, plan), changes


def _term_of(session: Session, default: Period | None, on: date | None) -> Period | None:
    """`default`, else the registered mandatperiod the day `on` falls in (None: none)."""
    if default is not None or on is None:
        return default
    return next((row.period for row in read_terms(session)
                 if row.period.starts_on <= on <= (row.period.ends_on or on)), None)


def import_in(session: Session, table: Table, default: Period | None) -> tuple[_Plan, Changes]:
    """Write the planned people and seats. The plan has checked every row with the rules of
    the people and membership services (kraftdesk.domain.setup); the rows go in with two
    flushes, not one per row (a kommun's list reads in well under a second)."""
    plan = _plan(session, table, default)
    org = support.organisation(session)
    created = {key: Person(organisation_id=org.id, name=d.name, party_id=d.party_id,
                           note=d.note, title=d.title, email=d.email, phone=d.phone,
                           pronoun=d.pronoun) for key, d in plan.new.items()}
    session.add_all(created.values())
    session.flush()
    ids = {**plan.existing, **{key: person.id for key, person in created.items()}}
    session.add_all(Membership(person_id=ids[key], body_id=seat.body_id, role=seat.role,
                               starts_on=seat.starts_on, ends_on=seat.ends_on,
                               position=seat.position) for _row, seat, key in plan.seats)
    session.flush()
    return plan, Changes(register=True, persons=frozenset(ids.values()))


def preview_of(table: Table, plan: _Plan) -> MemberListPreview:
    seats = tuple(
        PlannedSeat(row.line, row["organ"], plan.labels[key], key in plan.new,
                    SEAT[seat.role], Period(seat.starts_on, seat.ends_on).text(),
                    seat.position)
        for row, seat, key in plan.seats)
    return MemberListPreview(table.source, table.encoding, seats,
                             tuple(plan.labels[k] for k in plan.new))


def _row_error(table: Table, row: TableRow, column: str, message: str) -> CsvError:
    return CsvError(message, line=row.line, column=column, source=table.source)


def _plan(session: Session, table: Table, default: Period | None,
          seats_end: date | None = None) -> _Plan:
    support.organisation(session)
    bodies = {b.short_name: b for b in session.scalars(select(Body))}
    parties = list(session.scalars(select(Party)))
    people = list(session.scalars(select(Person)))
    plan = _Plan()
    planned: dict[tuple[tuple, int], list[tuple[Period, int]]] = {}
    positions: dict[int, int] = {}
    for row in table.rows:
        def fail(column: str, message: str, row: TableRow = row) -> CsvError:
            return _row_error(table, row, column, message)

        body = _body(row, bodies, fail)
        party = _party(row, parties, fail)
        role = read_seat(row["uppdrag"])
        if role is None:
            shown = row["uppdrag"] or "(tomt)"
            raise fail("uppdrag", f"«{shown}» är inget uppdrag; skriv {seat_choices()}.")
        period = _period(row, default, fail)
        if body.retired_on is not None and period.starts_on > body.retired_on:
            raise fail("organ", f"{body.name} är avvecklat sedan {body.retired_on.isoformat()}.")
        key, label = _person(row, party, people, plan, fail)
        for earlier, line in planned.get((key, body.id), []):
            if earlier.overlaps(period):
                raise fail("från", f"{label} har redan ett uppdrag i {body.short_name} på rad "
                                   f"{line} ({earlier.text()}), som överlappar {period.text()}.")
        planned.setdefault((key, body.id), []).append((period, row.line))
        person_id = plan.existing.get(key)
        if person_id is not None:
            _no_overlap_in_register(session, person_id, body, period, label, fail, seats_end)
        position = None
        if role is Role.SUBSTITUTE:
            if body.id not in positions:
                positions[body.id] = 0 if seats_end is not None else \
                    next_position(session, body.id, period.starts_on) - 1
            positions[body.id] += 1
            position = positions[body.id]
        plan.seats.append((row, MembershipDraft(0, body.id, role, period.starts_on,
                                                period.ends_on, position), key))
    return plan


def _body(row: TableRow, bodies: dict[str, Body], fail) -> Body:
    text = row["organ"]
    body = bodies.get(text) or next((b for s, b in bodies.items()
                                     if s.casefold() == text.casefold()), None)
    if body is None:
        known = ", ".join(sorted(bodies)) or "inga ännu"
        shown = f"«{text}»" if text else "(tomt)"
        raise fail("organ", f"organet {shown} finns inte i registret (organ: {known}). Skriv "
                            "organets kortnamn, eller lägg till organet först.")
    return body


def _party(row: TableRow, parties: list[Party], fail) -> Party | None:
    text = row["parti"]
    if not text:
        return None
    for candidates in ([p for p in parties if p.abbreviation == text],
                       [p for p in parties if p.abbreviation.casefold() == text.casefold()],
                       [p for p in parties if p.name.casefold() == text.casefold()]):
        if len(candidates) == 1:
            return candidates[0]
    known = ", ".join(sorted(p.abbreviation for p in parties)) or "inga ännu"
    raise fail("parti", f"partiet «{text}» finns inte i registret (partier: {known}). Lägg "
                        "till partiet först.")


def _day(row: TableRow, column: str, fail) -> date | None:
    text = row[column]
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise fail(column, f"«{text}» är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel "
                           "2027-01-01.") from None


def _period(row: TableRow, default: Period | None, fail) -> Period:
    starts = _day(row, "från", fail) or (default.starts_on if default else None)
    if starts is None:
        raise fail("från", "datum saknas; skriv när uppdraget börjar, till exempel 2027-01-01 "
                           "(eller registrera mandatperioden först, så gäller dess datum).")
    ends = _day(row, "till", fail)
    if ends is None and not row["till"] and default is not None:
        ends = default.ends_on
    period = Period(starts, ends)
    problem = setup.period_problem(period)
    if problem:
        raise fail("till", f"{problem}.")
    return period


def _person(row: TableRow, party: Party | None, people: list[Person], plan: _Plan,
            fail) -> tuple[tuple, str]:
    name = " ".join(row["namn"].split())
    if not name:
        raise fail("namn", "namnet saknas.")
    if any(c in name for c in "();"):
        raise fail("namn", f"namnet «{name}» får inte innehålla parenteser eller semikolon.")
    note = setup.clean(row["anteckning"])
    party_id = party.id if party else None
    shown = f"{name} ({party.abbreviation})" if party else name
    label = f"{shown}, {note}" if note else shown
    namesakes = [p for p in people
                 if p.name.casefold() == name.casefold() and p.party_id == party_id]
    matching = [p for p in namesakes if note is None or (p.note or "").casefold()
                == note.casefold()]
    key = (name.casefold(), party_id, (note or "").casefold())
    if key in plan.existing or key in plan.new:
        return key, plan.labels[key]
    if len(matching) == 1:
        plan.existing[key] = matching[0].id
        plan.labels[key] = label
        return key, label
    if len(matching) > 1:
        notes = ", ".join(f"«{p.note}»" for p in matching if p.note)
        raise fail("namn", f"det finns flera {shown} i registret (anteckningar: {notes}); "
                           "skriv den rätta anteckningen i kolumnen anteckning.")
    planned = [d.note for k, d in plan.new.items() if k[:2] == key[:2]]  # earlier rows
    problem = setup.same_person_problem(name, party.abbreviation if party else None, note,
                                        [p.note for p in namesakes] + planned)
    if problem:
        raise fail("anteckning", problem)
    email = setup.clean(row["e-post"])
    if setup.email_problem(email):
        raise fail("e-post", f"{setup.email_problem(email)}.")
    plan.new[key] = PersonDraft(name, party_id, note, email=email,
                                phone=setup.clean(row["telefon"]))
    plan.labels[key] = label
    return key, label


def _no_overlap_in_register(session: Session, person_id: int, body: Body, period: Period,
                            label: str, fail, seats_end: date | None) -> None:
    for seat in session.scalars(select(Membership).where(Membership.person_id == person_id,
                                                         Membership.body_id == body.id)):
        ends = seat.ends_on
        if seats_end is not None and (ends is None or ends > seats_end):
            ends = seats_end
        if ends is not None and ends < seat.starts_on:
            continue
        other = Period(seat.starts_on, ends)
        if other.overlaps(period):
            raise fail("från", setup.overlap_message(label, body.short_name, period, other))
