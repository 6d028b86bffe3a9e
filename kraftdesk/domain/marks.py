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
from typing import Any

from kraftdesk.domain.enums import MarkKind, MarkScope


class SectionKey(StrEnum):
    """The sections of a composed paragraph (kraftdesk.text.paragraph sets them)."""

    SUMMARY = "summary"  # Sammanfattning
    FREE = "free"  # a free section (its paragraph_section row names which)
    PROPOSALS = "proposals"  # Yrkanden
    PROCEDURE = "procedure"  # Beslutsgång
    VOTES = "votes"  # Omröstning
    RECUSAL = "recusal"  # Jäv
    SERVING = "serving"  # Tjänstgöring (who chairs or serves for whom in this § only)
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
    """Every (start, end) of `quote` in `text`, any run of white space matching any other
    (a line break in the stored text, a space in what was typed)."""
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def redact(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """`text` with every span replaced by its note; overlapping spans are merged (the note
    of the first one stands)."""
    merged: list[list[Any]] = []
    for start, end, note in sorted(spans, key=lambda s: (s[0], s[1])):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, note])
    out, at = [], 0
    for start, end, note in merged:
        out += [text[at:start], note]
        at = end
    out.append(text[at:])
    return "".join(out)


def spanned_fields(fields: Sequence[FieldText], quote: str) -> tuple[FieldText, ...]:
    """The two consecutive texts a quote runs across (the end of one, whatever stands
    between, such as a heading, and the start of the next), or () when it does not."""
    words = quote.split()
    if len(words) < 2:
        return ()
    split = [f.text.split() for f in fields]
    for index in range(len(fields) - 1):
        head, tail = split[index], split[index + 1]
        ends = max((k for k in range(1, len(words)) if head[-k:] == words[:k]), default=0)
        starts = max((m for m in range(1, len(words) - ends + 1)
                      if tail[:m] == words[len(words) - m:]), default=0) if ends else 0
        if ends and starts:
            return (fields[index], fields[index + 1])
    return ()
