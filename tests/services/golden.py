# SPDX-License-Identifier: EUPL-1.2
"""Compare composed documents with the text extracted from a published PDF, line by line.

The reference text is what pdftotext made of the PDF. Its only artefacts, and so the only
normalisations made here:

1. whitespace: runs of spaces (and the no-break spaces Babel puts in amounts) count as one
   space, and leading/trailing spaces are dropped;
2. blank lines are layout, not text, and are skipped;
3. a line holding only a number is a page number ("3") and is skipped;
4. a line of text wrapped by the PDF's layout is joined with the next one(s) with a space
   until it equals the composed line; a line ending in a hyphen may instead be a break inside
   a hyphenated word ("(STK-" + "2024-1374)") and then joins without a space.

Every composed line must be found, in order, and nothing may be left over.
"""

from __future__ import annotations

from kraftdesk.domain.document import (
    AppendixDoc,
    BulletList,
    NumberedList,
    ParagraphDoc,
    SignatureLines,
    Table,
    Text,
)


def _norm(text: str) -> str:
    return " ".join(text.split())


def reference_lines(raw: str) -> list[str]:
    lines = []
    for line in raw.splitlines():
        text = _norm(line)
        if not text or text.isdigit():  # normalisations 2 and 3
            continue
        lines.append(text)
    return lines


def _block_lines(block: object) -> list[str]:
    if isinstance(block, Text):
        return block.text.split("\n")
    if isinstance(block, NumberedList):
        return [f"{n}. {item}" for n, item in enumerate(block.items, start=block.start)]
    if isinstance(block, BulletList):
        return [f"• {item}" for item in block.items]
    if isinstance(block, SignatureLines):
        return list(block.lines)
    if isinstance(block, Table):
        return [" ".join(row) for row in (block.header, *block.rows)]
    raise TypeError(block)


def paragraph_lines(doc: ParagraphDoc) -> list[str]:
    lines = [f"{doc.label} {doc.title}"]
    if doc.case_number:
        lines.append(doc.case_number)
    for section in doc.sections:
        if section.heading:
            lines.append(section.heading)
        for block in section.blocks:
            lines += _block_lines(block)
    return lines


def appendix_lines(doc: AppendixDoc) -> list[str]:
    # "Bilaga 12" is printed by the renderer from the number (page furniture).
    lines = [f"Bilaga {doc.number}", doc.title, doc.reference]
    for block in doc.blocks:
        lines += _block_lines(block)
    return lines


def assert_same_lines(composed: list[str], reference: list[str]) -> None:
    """Each composed line equals the next reference line(s) joined (normalisation 4)."""
    i = 0
    for n, wanted in enumerate(_norm(x) for x in composed):
        assert i < len(reference), f"line {n + 1} missing in the reference: {wanted!r}"
        got = reference[i]
        i += 1
        while got != wanted:
            assert wanted.startswith(got) and i < len(reference), (
                f"line {n + 1} differs:\n composed:  {wanted!r}\n reference: {got!r}")
            following = reference[i]
            i += 1
            spaced, tight = f"{got} {following}", got + following
            got = tight if got.endswith("-") and wanted.startswith(tight) else spaced
    assert i == len(reference), f"reference lines not composed: {reference[i:]!r}"
