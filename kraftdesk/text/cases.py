# SPDX-License-Identifier: EUPL-1.2
"""The words of the ärende page: status, bordlagt / återremitterat, the decision of each
handling as printed, and the follow-up of a case that must come back; and of the cases read
from the diarium (kraftdesk.services.case_lists)."""

from __future__ import annotations

from datetime import date

from kraftdesk.domain.document import Block, BulletList, NumberedList, Table, Text
from kraftdesk.domain.enums import CaseStatus, ParagraphDeferral
from kraftdesk.domain.values import OrganisationTexts, ParagraphValue, StatementValue
from kraftdesk.text.basis import statements_phrase
from kraftdesk.text.formats import capitalise, iso_date, join_list, plural
from kraftdesk.text.paragraph import DECISION_HEADING, compose_paragraph
from kraftdesk.text.vocabulary import CASE_STATUS, PARAGRAPH_DEFERRAL, PARAGRAPH_DEFERRAL_PAST


def status_word(status: CaseStatus) -> str:
    """ "Öppet", "Avslutat"."""
    return CASE_STATUS[status]


def deferral_word(deferral: ParagraphDeferral | None) -> str:
    """ "Bordlagt", "Återremitterat"; "" for a case the handling settled."""
    return PARAGRAPH_DEFERRAL[deferral] if deferral is not None else ""


def follow_up(deferral: ParagraphDeferral | None, meeting_reference: str, label: str) -> str:
    """ "Bordlades i KS:2026-12-02 § 415; ska tas upp på ett senare sammanträde." """
    if deferral is None:
        return ""
    return (f"{PARAGRAPH_DEFERRAL_PAST[deferral]} i {meeting_reference} {label}; ska tas upp "
            "på ett senare sammanträde.")


def _block_text(block: Block) -> str:
    if isinstance(block, Text):
        return block.text
    if isinstance(block, NumberedList):
        return "\n".join(f"{block.start + i}. {item}" for i, item in enumerate(block.items))
    if isinstance(block, BulletList):
        return "\n".join(f"• {item}" for item in block.items)
    if isinstance(block, Table):
        return "\n".join(" · ".join(cell for cell in row if cell) for row in block.rows)
    return "\n".join(block.lines)


def decision_text(value: ParagraphValue, texts: OrganisationTexts) -> str:
    """The paragraph's Beslut as printed: the formula and the numbered points."""
    doc = compose_paragraph(value, texts)
    for section in doc.sections:
        if section.heading == DECISION_HEADING:
            return "\n".join(_block_text(b) for b in section.blocks)
    return ""


def statements_text(statements: tuple[StatementValue, ...]) -> str:
    """ "Reservation (SD) och särskilt yttrande (M+C)"; "" when none."""
    return capitalise(statements_phrase(statements).removeprefix("med "))


def details(handler: str | None, registered_on: date | None) -> str:
    """ "Handläggare: Lena Ström · Registrerat 2026-11-20"; "" when neither is known."""
    parts = []
    if handler:
        parts.append(f"Handläggare: {handler}")
    if registered_on is not None:
        parts.append(f"Registrerat {iso_date(registered_on)}")
    return " · ".join(parts)


def import_action(new: bool, changed: tuple[str, ...]) -> str:
    """What reading a diarium row does: "Nytt ärende", "Uppdateras: rubrik, datum",
    "Oförändrat"."""
    if new:
        return "Nytt ärende"
    return f"Uppdateras: {join_list(changed)}" if changed else "Oförändrat"


def import_summary(new: int, updated: int, unchanged: int) -> str:
    """ "3 nya ärenden, 2 uppdateras, 1 oförändrat"."""
    parts = [f"{new} {plural(new, 'nytt ärende', 'nya ärenden')}"]
    if updated:
        parts.append(f"{updated} uppdateras")
    if unchanged:
        parts.append(f"{unchanged} {plural(unchanged, 'oförändrat', 'oförändrade')}")
    return ", ".join(parts)
