# SPDX-License-Identifier: EUPL-1.2
"""Bodies (organ): create, change, rename, retire; the decision formula they give.

Read:
    bodies(register) -> list[BodyDetails]                  active first, in Swedish order
    body(register, body_id) -> BodyDetails
    find_body(register, short_name) -> int                 the id, or a Swedish UserError
    preview_formula(register, draft, body_id=None) -> str  "Kommunstyrelsen föreslår …"

Write (one transaction each, UserError in Swedish, nothing changed on refusal):
    add_body(register, draft) -> Created
    update_body(register, body_id, draft, *, expected_version=None) -> Changes
                                                           rename included
    retire_body(register, body_id, on, *, expected_version=None) -> Changes
                                                           seats end that day; history stays

`expected_version` is BodyDetails.version as the front end read it: a save based on an older
version is refused (ChangedError, kraftdesk.register.versions); None: no check.

A body with justerade minutes keeps its names and forms: the minutes print them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kraftdesk.domain import setup
from kraftdesk.domain.enums import BodyKind, MinutesState, NumberingScheme
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.values import BodyName
from kraftdesk.reading import support
from kraftdesk.reading.organisation import BodyDetails, body_details, read_bodies
from kraftdesk.reading.usage import justerat_of_body, meetings_of_body_after
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Meeting, Membership, Person
from kraftdesk.services.changes import Changes, Created
from kraftdesk.services.numbering import renumber_meeting
from kraftdesk.text import decision
from kraftdesk.text.standard_bodies import guess_kind

__all__ = ["BodyDetails", "BodyDraft", "add_body", "bodies", "body", "find_body",
           "preview_formula", "retire_body", "update_body"]


@dataclass(frozen=True)
class BodyDraft:
    """A body as a form or a command gives it; None and "" leave an optional field empty."""

    short_name: str
    name: str
    kind: BodyKind | None = None  # None: guessed from the name
    parent_id: int | None = None
    proposes_to_id: int | None = None
    running_name: str | None = None  # "kommunstyrelsen"; empty: the rule's form
    genitive_name: str | None = None  # "kommunstyrelsens"
    numbering_scheme: NumberingScheme | None = None
    default_place: str | None = None
    default_start_time: str | None = None  # "13:00"
    justering_days: int | None = None
    justering_time: str | None = None  # "10:00"
    default_secretary_id: int | None = None
    approver_count: int = 1


# --- reading ---------------------------------------------------------------------------


def bodies(register: Register) -> list[BodyDetails]:
    with register.read() as session:
        return read_bodies(session)


def body(register: Register, body_id: int) -> BodyDetails:
    with register.read() as session:
        return body_details(session, support.get(session, Body, body_id))


def body_by_short_name(session: Session, short_name: str) -> Body:
    text = short_name.strip()
    row = session.scalars(select(Body).where(Body.short_name == text)).first()
    if row is None:
        row = next((b for b in session.scalars(select(Body))
                    if b.short_name.casefold() == text.casefold()), None)
    if row is None:
        known = ", ".join(sorted(session.scalars(select(Body.short_name)))) or "inga ännu"
        raise UserError(f"Organet «{text}» finns inte i registret (organ: {known}).",
                        field="body")
    return row


def find_body(register: Register, short_name: str) -> int:
    with register.read() as session:
        return body_by_short_name(session, short_name).id


def preview_formula(register: Register, draft: BodyDraft) -> str:
    """The decision formula the body would give its paragraphs, as it would print."""
    with register.read() as session:
        target = session.get(Body, draft.proposes_to_id) if draft.proposes_to_id else None
        return decision.formula(_name(draft), support.body_name(target) if target else None)


def _name(draft: BodyDraft) -> BodyName:
    return BodyName(draft.name.strip() or "Organet", draft.short_name.strip(),
                    draft.kind or guess_kind(draft.name), setup.clean(draft.running_name),
                    setup.clean(draft.genitive_name))


# --- writing ---------------------------------------------------------------------------


def _checked(session: Session, draft: BodyDraft, body_id: int | None) -> BodyDraft:
    short_name = setup.check_short_name(draft.short_name)
    name = " ".join(draft.name.split())
    if not name:
        raise UserError(f"Organets namn saknas ({short_name}); skriv det i bestämd form, "
                        "till exempel «Kommunstyrelsen».", field="name")
    setup.check_body_names(short_name, name)
    clash = session.scalars(select(Body).where(Body.short_name == short_name,
                                               Body.id != (body_id or -1))).first()
    if clash is not None:
        raise UserError(f"Kortnamnet {short_name} används redan av {clash.name}.",
                        field="short_name")
    what = f"{name} ({short_name})"
    for person_id in [draft.default_secretary_id]:
        if person_id is not None:
            support.get(session, Person, person_id)
    for other, field in ((draft.parent_id, "parent_id"), (draft.proposes_to_id, "proposes_to_id")):
        if other is not None:
            support.get(session, Body, other)
            if other == body_id:
                raise UserError(f"{what} kan inte föreslå sig själv eller vara sitt eget "
                                "överordnade organ.", field=field)
    proposes = dict(session.execute(select(Body.id, Body.proposes_to_id)).all())
    if setup.proposes_to_cycle(body_id, draft.proposes_to_id, proposes):
        raise UserError(f"{what} kan inte föreslå ett organ som i sin tur föreslår {name} "
                        "(en cirkel).", field="proposes_to_id")
    setup.check_justering_days(draft.justering_days)
    if draft.approver_count < 0:
        raise UserError("Antalet justerare kan inte vara negativt.", field="approver_count")
    return replace(
        draft, short_name=short_name, name=name, kind=draft.kind or guess_kind(name),
        running_name=setup.clean(draft.running_name),
        genitive_name=setup.clean(draft.genitive_name),
        default_place=setup.clean(draft.default_place),
        default_start_time=setup.time_of_day(draft.default_start_time,
                                             what=f"Sammanträdestid för {what}",
                                             field="default_start_time"),
        justering_time=setup.time_of_day(draft.justering_time,
                                         what=f"Justeringstid för {what}",
                                         field="justering_time"))


def _apply(row: Body, draft: BodyDraft) -> None:
    row.short_name = draft.short_name
    row.name = draft.name
    row.kind = draft.kind or guess_kind(draft.name)
    row.parent_id = draft.parent_id
    row.proposes_to_id = draft.proposes_to_id
    row.running_name = draft.running_name
    row.genitive_name = draft.genitive_name
    row.numbering_scheme = draft.numbering_scheme
    row.default_place = draft.default_place
    row.default_start_time = draft.default_start_time
    row.justering_days = draft.justering_days
    row.justering_time = draft.justering_time
    row.default_secretary_id = draft.default_secretary_id
    row.approver_count = draft.approver_count


def add_body_in(session: Session, draft: BodyDraft) -> Body:
    """Inside the caller's transaction (the set-up wizard adds several at once)."""
    org = support.organisation(session)
    draft = _checked(session, draft, None)
    row = Body(organisation_id=org.id, short_name=draft.short_name, name=draft.name,
               kind=draft.kind or guess_kind(draft.name))
    session.add(row)
    session.flush()
    _apply(row, draft)
    session.flush()
    return row


def add_body(register: Register, draft: BodyDraft) -> Created:
    with register.write() as session:
        row = add_body_in(session, draft)
        return Created(register=True, id=row.id)


def update_body(register: Register, body_id: int, draft: BodyDraft, *,
                expected_version: int | None = None) -> Changes:
    """Change the body; its names and forms only while it has no justerade minutes."""
    with register.write() as session:
        row = support.get(session, Body, body_id)
        versions.check(row, expected_version, row.name)
        draft = _checked(session, draft, body_id)
        printed = (row.short_name, row.name, row.running_name, row.genitive_name)
        if printed != (draft.short_name, draft.name, draft.running_name, draft.genitive_name):
            justerat = justerat_of_body(session, body_id)
            if justerat is not None:
                raise UserError(
                    f"{row.name} har justerade protokoll ({justerat}), som skrivs ut med "
                    "organets namn; namnen kan därför inte ändras. Avveckla organet och "
                    "skapa ett nytt med det nya namnet.", field="name")
        old_scheme = row.numbering_scheme
        _apply(row, draft)
        session.flush()
        touched: frozenset[int] = frozenset()
        if old_scheme != draft.numbering_scheme:
            touched = _renumber_drafts(session, row)
        return Changes(register=True, paragraphs=touched)


def _renumber_drafts(session: Session, row: Body) -> frozenset[int]:
    """Draft minutes follow a new numbering scheme (in date order); fixed ones keep theirs."""
    touched: set[int] = set()
    meetings = session.scalars(select(Meeting).where(Meeting.body_id == row.id)
                               .order_by(Meeting.starts_at, Meeting.id)).all()
    for meeting in meetings:
        if meeting.minutes_state is MinutesState.DRAFT:
            touched |= renumber_meeting(session, meeting, first=None)
    return frozenset(touched)


def retire_body(register: Register, body_id: int, on: date, *,
                expected_version: int | None = None) -> Changes:
    """The body exists no longer after `on`: its open seats end that day; history stays."""
    with register.write() as session:
        row = support.get(session, Body, body_id)
        versions.check(row, expected_version, row.name)
        retire_in(session, row, on)
        return Changes(register=True)


def retire_in(session: Session, row: Body, on: date) -> None:
    """Inside the caller's transaction (a new term retires bodies too)."""
    later = meetings_of_body_after(session, row.id, on)
    if later is not None:
        raise UserError(f"{row.name} har ett sammanträde efter {on.isoformat()} ({later}); "
                        "ta bort det eller välj ett senare datum.", field="retired_on")
    future = session.scalars(select(Membership).where(Membership.body_id == row.id,
                                                      Membership.starts_on > on)).first()
    if future is not None:
        raise UserError(f"{row.name} har uppdrag som börjar efter {on.isoformat()}; ta bort "
                        "dem först eller välj ett senare datum.", field="retired_on")
    row.retired_on = on
    session.execute(update(Membership).where(
        Membership.body_id == row.id, Membership.starts_on <= on,
        Membership.ends_on.is_(None) | (Membership.ends_on > on)).values(ends_on=on))
