# SPDX-License-Identifier: EUPL-1.2
"""What the secretary reuses: each body's standard agenda items, and text blocks.

Read:
    agenda_template(register, body_id) -> list[TemplateItemRow]     start items, then end
    standard_texts(register) -> StandardTexts     förhinder, the standard decisions
    standard_template() -> list[TemplateItemEntry]                  the usual five items
    text_blocks(register) -> list[TextBlockRow]                     by name, Swedish order

Write (one transaction each; UserError in Swedish):
    body_template_version(register, body_id) -> int      what the template is saved against
    set_agenda_template(register, body_id, items, *, expected_version=None) -> Changes
    save_body_template(register, body_id, items, notice_days, *, expected_version=None)
        -> Changes     items and the kallelse period in one transaction (the dialog)
    standard_texts_version(register) -> int
    set_standard_texts(register, texts: StandardTexts, *, expected_version=None) -> Changes
    save_text_block(register, name, text, *, block_id=None) -> Created
    delete_text_block(register, block_id) -> Changes

Inside the meeting services' transaction:
    apply_agenda_template(session, meeting) -> list[int]
        every new meeting's agenda starts and ends with the body's standard items, each
        with its standard decision point (kraftdesk.text.templates)
    trailing_standard_items(session, meeting) -> int
        how many of the agenda's last items are the body's end items (a new ärende goes
        before them)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import AgendaPlacement
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.sorting import swedish_key
from kraftdesk.reading import support
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    AgendaTemplateItem,
    Body,
    DecisionPoint,
    Meeting,
    MeetingApprover,
    Paragraph,
    Person,
    TextBlock,
)
from kraftdesk.services import numbering
from kraftdesk.services.changes import Changes, Created
from kraftdesk.text import templates as words

__all__ = [
    "StandardTexts",
    "TemplateItemEntry",
    "TemplateItemRow",
    "TextBlockRow",
    "agenda_template",
    "apply_agenda_template",
    "body_template_version",
    "delete_text_block",
    "save_body_template",
    "save_text_block",
    "set_agenda_template",
    "set_standard_texts",
    "standard_template",
    "standard_texts",
    "standard_texts_version",
    "text_blocks",
    "trailing_standard_items",
]


@dataclass(frozen=True)
class TemplateItemEntry:
    placement: AgendaPlacement
    title: str
    decision_text: str | None = None


@dataclass(frozen=True)
class TemplateItemRow:
    id: int
    placement: AgendaPlacement
    position: int
    title: str
    decision_text: str | None


@dataclass(frozen=True)
class StandardTexts:
    """The organisation's wordings: the kallelse's text on förhinder, and the decisions of
    anmälningsärenden and delegationsbeslut (after the body's name)."""

    notice_absence: str
    reported_items_decision: str
    delegated_decisions_decision: str


@dataclass(frozen=True)
class TextBlockRow:
    id: int
    name: str
    text: str
    version: int = 1  # the row version the edit is saved against


# --- the agenda template --------------------------------------------------------------------

def standard_template() -> list[TemplateItemEntry]:
    return [TemplateItemEntry(p, title, text) for p, title, text in words.STANDARD_ITEMS]


def _items(session: Session, body_id: int) -> list[AgendaTemplateItem]:
    rows = session.scalars(select(AgendaTemplateItem)
                           .where(AgendaTemplateItem.body_id == body_id)).all()
    order = list(AgendaPlacement)
    return sorted(rows, key=lambda r: (order.index(r.placement), r.position))


def agenda_template(register: Register, body_id: int) -> list[TemplateItemRow]:
    with register.read() as session:
        support.get(session, Body, body_id)
        return [TemplateItemRow(r.id, r.placement, r.position, r.title, r.decision_text)
                for r in _items(session, body_id)]


def body_template_version(register: Register, body_id: int) -> int:
    """The body's row version: its standard items and kallelse period are saved against it
    (a save based on an older one is refused, kraftdesk.register.versions)."""
    with register.read() as session:
        return support.get(session, Body, body_id).version


def set_agenda_template(register: Register, body_id: int,
                        items: Sequence[TemplateItemEntry], *,
                        expected_version: int | None = None) -> Changes:
    """The body's standard items, in order (replacing the earlier ones); new meetings only.
    `expected_version`: the body's version when it was read (body_template_version)."""
    with register.write() as session:
        body = support.get(session, Body, body_id)
        versions.check(body, expected_version, f"standardpunkterna för {body.short_name}")
        _set_template_in(session, body, items)
        versions.bump(body)
        return Changes(meetings=frozenset())


def save_body_template(register: Register, body_id: int, items: Sequence[TemplateItemEntry],
                       notice_days: int | None, *,
                       expected_version: int | None = None) -> Changes:
    """The agenda template dialog's Spara for one body, in one transaction: its standard
    items and its kallelse period (None: no rule), against the body's version."""
    from kraftdesk.services.notices import set_notice_days_in

    with register.write() as session:
        body = support.get(session, Body, body_id)
        versions.check(body, expected_version, f"standardpunkterna för {body.short_name}")
        _set_template_in(session, body, items)
        changes = set_notice_days_in(session, body, notice_days)
        versions.bump(body)
        return changes


def _set_template_in(session: Session, body: Body,
                     items: Sequence[TemplateItemEntry]) -> None:
    rows, positions = [], dict.fromkeys(AgendaPlacement, 0)
    for n, item in enumerate(items, start=1):
        title = " ".join(item.title.split())
        if not title:
            raise UserError(f"Standardpunkt {n} för {body.name.lower()} saknar rubrik.",
                            field=f"template[{n}]")
        if len(title) > 500:
            raise UserError(f"Standardpunkt {n} för {body.name.lower()} har för lång "
                            "rubrik (högst 500 tecken).", field=f"template[{n}]")
        placement = AgendaPlacement(item.placement)
        positions[placement] += 1
        rows.append(AgendaTemplateItem(body_id=body.id, placement=placement,
                                       position=positions[placement], title=title,
                                       decision_text=(item.decision_text or "").strip()
                                       or None))
    session.execute(delete(AgendaTemplateItem).where(AgendaTemplateItem.body_id == body.id))
    session.flush()
    session.add_all(rows)


def _approvers(session: Session, meeting: Meeting) -> list:
    people = session.scalars(
        select(Person).join(MeetingApprover, MeetingApprover.person_id == Person.id)
        .where(MeetingApprover.meeting_id == meeting.id).order_by(MeetingApprover.position))
    return [support.person_name(p) for p in people]


def apply_agenda_template(session: Session, meeting: Meeting) -> list[int]:
    """Put the body's standard items on the (new) meeting's agenda; their paragraph ids."""
    items = _items(session, meeting.body_id)
    if not items:
        return []
    scheme = support.organisation(session).numbering_scheme
    approvers = _approvers(session, meeting)
    existing = numbering.ordered(session, meeting.id)
    made: dict[AgendaPlacement, list[Paragraph]] = {p: [] for p in AgendaPlacement}
    for offset, item in enumerate(items, start=1):
        paragraph = Paragraph(meeting_id=meeting.id, body_id=meeting.body_id,
                              series=support.series_for(scheme, meeting.starts_at),
                              number=None, position=2_000_000 + offset, title=item.title)
        session.add(paragraph)
        session.flush()
        if item.decision_text:
            session.add(DecisionPoint(paragraph_id=paragraph.id, position=1,
                                      text=words.decision_point(item.decision_text,
                                                                approvers)))
        made[item.placement].append(paragraph)
    numbering.set_positions(session, [*made[AgendaPlacement.START], *existing,
                                      *made[AgendaPlacement.END]])
    numbering.renumber_meeting(session, meeting, first=None)
    return [p.id for placed in made.values() for p in placed]


def trailing_standard_items(session: Session, meeting: Meeting) -> int:
    """How many of the agenda's last items are the body's end items, in their order."""
    ends = [r.title for r in _items(session, meeting.body_id)
            if r.placement is AgendaPlacement.END]
    if not ends:
        return 0
    titles = [p.title for p in numbering.ordered(session, meeting.id)]
    count = 0
    while count < min(len(ends), len(titles)) and titles[-1 - count] == ends[-1 - count]:
        count += 1
    return count


# --- the organisation's standard texts ------------------------------------------------------

def standard_texts(register: Register) -> StandardTexts:
    with register.read() as session:
        org = support.organisation(session)
        return StandardTexts(org.notice_absence_text, org.reported_items_decision_text,
                             org.delegated_decisions_decision_text)


def standard_texts_version(register: Register) -> int:
    with register.read() as session:
        return support.organisation(session).version


def set_standard_texts(register: Register, texts: StandardTexts, *,
                       expected_version: int | None = None) -> Changes:
    """The organisation's wordings; `expected_version`: the organisation's version when the
    dialog read them (standard_texts_version)."""
    with register.write() as session:
        org = support.organisation(session)
        versions.check(org, expected_version, "standardtexterna")
        values = []
        for value, what in ((texts.notice_absence, "Texten om förhinder"),
                            (texts.reported_items_decision, "Beslutet om anmälningar"),
                            (texts.delegated_decisions_decision,
                             "Beslutet om delegationsbeslut")):
            cleaned = " ".join(value.split()).rstrip(".") if what != "Texten om förhinder" \
                else value.strip()
            if not cleaned:
                raise UserError(f"{what} får inte vara tom.", field="texts")
            values.append(cleaned)
        (org.notice_absence_text, org.reported_items_decision_text,
         org.delegated_decisions_decision_text) = values
        return Changes(register=True)


# --- text blocks ------------------------------------------------------------------------------

def text_blocks(register: Register) -> list[TextBlockRow]:
    with register.read() as session:
        rows = [TextBlockRow(b.id, b.name, b.text, b.version)
                for b in session.scalars(select(TextBlock))]
    return sorted(rows, key=lambda r: swedish_key(r.name))


def save_text_block(register: Register, name: str, text: str, *,
                    block_id: int | None = None,
                    expected_version: int | None = None) -> Created:
    """A new text block, or (with `block_id`) a changed one, saved against the version the
    secretary read (`expected_version`; refused if someone else saved it since)."""
    name, text = " ".join(name.split()), text.strip()
    with register.write() as session:
        organisation = support.organisation(session)
        if not name:
            raise UserError("Textblocket saknar namn.", field="name")
        if len(name) > 200:
            raise UserError("Textblockets namn är för långt (högst 200 tecken).", field="name")
        if not text:
            raise UserError(f"Textblocket «{name}» är tomt.", field="text")
        clash = session.scalars(select(TextBlock).where(TextBlock.name == name)).first()
        if clash is not None and clash.id != block_id:
            raise UserError(f"Det finns redan ett textblock som heter «{name}».", field="name")
        if block_id is None:
            block = TextBlock(organisation_id=organisation.id, name=name, text=text)
            session.add(block)
        else:
            block = support.get(session, TextBlock, block_id, what="Textblocket")
            versions.check(block, expected_version, f"textblocket «{block.name}»")
            block.name, block.text = name, text
        session.flush()
        return Created(id=block.id, register=False)


def delete_text_block(register: Register, block_id: int, *,
                      expected_version: int | None = None) -> Changes:
    with register.write() as session:
        block = support.get(session, TextBlock, block_id, what="Textblocket")
        versions.check(block, expected_version, f"textblocket «{block.name}»")
        session.delete(block)
        return Changes()
