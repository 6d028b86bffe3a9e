# SPDX-License-Identifier: EUPL-1.2
"""Marks for the public version, as plain values and pure rules.

What may be marked:

- a whole paragraph (its heading "§ 16 Title" and diarienummer stay; passages of the title
  can be marked on their own);
- one section of a paragraph, by `SectionKey` (a free section also by its row);
- a whole bilaga;
- a passage of one stored text, by `TextField` (table and column), row, and characters.

Passages are located in the stored text, not in the printed one, so that the public version
leaves out exactly what was marked wherever the text is printed. While the minutes are still
a draft the text may change after it was marked: `locate` finds the marked passage again
(at its place, or as the only occurrence of the same words), or reports it lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kraftdesk.domain.enums import MarkKind, MarkScope


class SectionKey(StrEnum):
    """The sections of a composed paragraph (kraftdesk.text.paragraph sets them)."""

    SUMMARY = "summary"  # Sammanfattning
    FREE = "free"  # a free section (its paragraph_section row names which)
    PROPOSALS = "proposals"  # Yrkanden
    PROCEDURE = "procedure"  # Beslutsgång
    VOTES = "votes"  # Omröstning
    RECUSAL = "recusal"  # Jäv
    DECISION = "decision"  # Beslut
    STATEMENTS = "statements"  # Reservationer och särskilda yttranden
    NOTES = "notes"  # Protokollsanteckning(ar)
    BASIS = "basis"  # Beslutsunderlag
    APPROVAL = "approval"  # Justering (omedelbar)
    DISTRIBUTION = "distribution"  # Protokollsutdrag skickas till


def section_id(key: SectionKey | str, row_id: int | None = None) -> str:
    """The key a composed Section carries: "summary", or "free:12" for a free section."""
    return f"{key}:{row_id}" if row_id is not None else str(key)


class TextField(StrEnum):
    """The stored texts in which a passage can be marked: table.column."""

    PARAGRAPH_TITLE = "paragraph.title"
    SUMMARY = "paragraph.summary"
    PROCEDURE = "paragraph.procedure_text"
    FREE_SECTION = "paragraph_section.body"
    DECISION_POINT = "decision_point.text"
    BASIS = "basis_document.text"
    DISTRIBUTION = "distribution.recipient"
    PROPOSAL_SUBJECT = "proposal.subject"
    PROPOSAL_TEXT = "proposal.text"
    STATEMENT = "statement.text"
    APPENDIX = "appendix.text"


#: The section each passage field is printed in (for messages and the spanning check).
FIELD_SECTION: dict[TextField, SectionKey | None] = {
    TextField.PARAGRAPH_TITLE: None,
    TextField.SUMMARY: SectionKey.SUMMARY,
    TextField.PROCEDURE: SectionKey.PROCEDURE,
    TextField.FREE_SECTION: SectionKey.FREE,
    TextField.DECISION_POINT: SectionKey.DECISION,
    TextField.BASIS: SectionKey.BASIS,
    TextField.DISTRIBUTION: SectionKey.DISTRIBUTION,
    TextField.PROPOSAL_SUBJECT: SectionKey.PROPOSALS,
    TextField.PROPOSAL_TEXT: SectionKey.PROPOSALS,
    TextField.STATEMENT: SectionKey.STATEMENTS,
    TextField.APPENDIX: None,
}


@dataclass(frozen=True)
class MarkValue:
    """A mark as stored (kraftdesk.register.models.mark), as a plain value."""

    mark_id: int
    kind: MarkKind
    scope: MarkScope
    paragraph_id: int | None = None
    provision: str | None = None
    section: str | None = None
    field: str | None = None
    row_id: int | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None

    @property
    def hides(self) -> bool:
        """True for sekretess and personal data; a confirmation hides nothing."""
        return self.kind is not MarkKind.NOT_PERSONAL_NUMBER


@dataclass(frozen=True)
class FieldText:
    """One stored text that can hold a passage: where it is, and the text now."""

    field: TextField
    row_id: int
    text: str
    paragraph_id: int | None = None
    where: str = ""  # in Swedish, for messages: "§ 16, Sammanfattning"


def locate(text: str, start: int, end: int, quote: str) -> tuple[int, int] | None:
    """Where a marked passage is in `text` now: at its place, else its only occurrence."""
    if 0 <= start < end <= len(text) and text[start:end] == quote:
        return start, end
    first = text.find(quote)
    if first < 0 or text.find(quote, first + 1) >= 0:
        return None
    return first, first + len(quote)


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every (start, end) of `quote` in `text`, not overlapping."""
    out, at = [], text.find(quote)
    while quote and at >= 0:
        out.append((at, at + len(quote)))
        at = text.find(quote, at + len(quote))
    return out


def redact(text: str, spans: Sequence[tuple[int, int]], replacement: str) -> str:
    """`text` with every span (overlapping ones merged) replaced by `replacement`."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, at = [], 0
    for start, end in merged:
        out += [text[at:start], replacement]
        at = end
    out.append(text[at:])
    return "".join(out)


_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Runs of white space (line breaks, no-break spaces) as one space, trimmed."""
    return _SPACE.sub(" ", text).strip()


def spanned_fields(fields: Sequence[FieldText], quote: str) -> tuple[FieldText, ...]:
    """The consecutive fields a quote runs across when no single one holds it, else ()."""
    wanted = normalise(quote)
    if not wanted:
        return ()
    texts = [normalise(f.text) for f in fields]
    for first in range(len(fields)):
        joined = texts[first]
        for last in range(first + 1, len(fields)):
            joined = f"{joined} {texts[last]}"
            if wanted in joined:
                # Only a real crossing counts: the quote needs both ends of the run.
                head = " ".join(texts[first + 1:last + 1])
                tail = " ".join(texts[first:last])
                if wanted not in head and wanted not in tail:
                    return tuple(fields[first:last + 1])
                break
    return ()
