# SPDX-License-Identifier: EUPL-1.2
"""The composed documents: what the text composer produces and the PDF renderer lays out.

This is the contract between kraftdesk.text (which writes every Swedish sentence) and
kraftdesk.documents (which only lays them out). Everything here is final text: the renderer
adds no wording of its own beyond fixed labels of the page furniture ("Justerandes sign",
"Utdragsbestyrkande", page numbers, the draft mark). The GUI's live preview shows the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kraftdesk.domain.enums import AppendixKind


@dataclass(frozen=True)
class Text:
    """Running text; `\\n` starts a new line within it. Never markup."""

    text: str


@dataclass(frozen=True)
class NumberedList:
    """Numbered decision points: "1. …", "2. …"."""

    items: tuple[str, ...]
    start: int = 1


@dataclass(frozen=True)
class BulletList:
    """Beslutsunderlag, distribution lists: "• …"."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A voting list or attendance table; the header row repeats on every page."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SignatureLines:
    """Names and titles, one per line, after some space (the end of a bilaga)."""

    lines: tuple[str, ...]


Block = Text | NumberedList | BulletList | Table | SignatureLines


@dataclass(frozen=True)
class Section:
    """A titled part of a paragraph ("Sammanfattning", "Beslut", …); heading None = untitled."""

    heading: str | None
    blocks: tuple[Block, ...]
    # Which section it is ("summary", "decision", "free:12" …; kraftdesk.domain.marks), for
    # the public version and the tagged PDF; None where it does not matter.
    key: str | None = None


@dataclass(frozen=True)
class ParagraphDoc:
    """One § as printed: "§ 16 Återrapportering kring kraftsamlande insatser", dnr, sections."""

    paragraph_id: int
    label: str  # "§ 16"
    title: str
    case_number: str | None  # diarienummer on its own line
    sections: tuple[Section, ...]
    immediately_approved: bool = False


@dataclass(frozen=True)
class AppendixDoc:
    """A bilaga. Either composed blocks, or a received PDF file to merge (pdf_bytes)."""

    number: int
    title: str  # "Särskilt yttrande"
    reference: str  # "§ 16. Återrapportering kring kraftsamlande insatser"
    blocks: tuple[Block, ...] = ()
    pdf_bytes: bytes | None = None
    paragraph_id: int | None = None
    # A received PDF: a line printed in the stamp band of its first page, for what the PDF
    # itself may not say ("Med instämmande av Anders Pripp (SD)").
    cover_line: str | None = None
    kind: AppendixKind | None = None


@dataclass(frozen=True)
class LabelledValue:
    """A front-page field: "Plats och tid" → "Rådhuset, Malmö, kl. 13:00–15:10"."""

    label: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class SignatureField:
    """A signature line on the front page: role, printed name, and what it covers."""

    role: str  # "Sekreterare", "Ordförande", "Justerande"
    name: str
    note: str | None = None  # "Paragrafer 1–16"


@dataclass(frozen=True)
class MinutesDoc:
    """The full minutes of one meeting, or an extract of some of its paragraphs."""

    organisation: str  # "Malmö stad"
    body_name: str  # "Kommunstyrelsen"
    meeting_date: date
    heading: str  # "Sammanträdesprotokoll" or "Protokollsutdrag"
    is_final: bool  # False: every page is marked as not justerat
    front_fields: tuple[LabelledValue, ...]
    signatures: tuple[SignatureField, ...]
    posting_fields: tuple[LabelledValue, ...]  # the Anslag/Bevis block; empty in a draft
    paragraphs: tuple[ParagraphDoc, ...]
    appendices: tuple[AppendixDoc, ...]
    # For extracts: the certification ("Rätt utdraget intygar"), printed after the
    # paragraphs and their bilagor (an unjusterat extract has the draft notice instead),
    # and the distribution list printed after the paragraphs.
    certification: tuple[LabelledValue, ...] = ()
    after_paragraphs: tuple[LabelledValue, ...] = ()
    # The Anslag/Bevis blocks of paragraphs justerade omedelbart (their own dates).
    other_postings: tuple[tuple[LabelledValue, ...], ...] = ()
    # The letterhead: the organisation's logo (PNG or SVG bytes) and address line.
    logo: bytes | None = None
    logo_media_type: str | None = None
    address: str | None = None
    # PDF metadata.
    title: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)  # diarienummer
