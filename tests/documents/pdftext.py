# SPDX-License-Identifier: EUPL-1.2
"""Reading rendered PDFs back with pypdf, for exact assertions on their text."""

from __future__ import annotations

import io

from pypdf import PdfReader

#: The header and footer words every page starts with (pypdf reads the stationery first).
FURNITURE_LINES = 6


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_lines(data: bytes) -> list[list[str]]:
    """Each page's text as lines, stripped; no-break spaces read as spaces."""
    pages = []
    for page in reader(data).pages:
        text = page.extract_text().replace("\u00a0", " ")
        pages.append([line.strip() for line in text.split("\n") if line.strip()])
    return pages


#: The last of the stationery's words (the footer's second box).
LAST_FURNITURE = "Utdragsbestyrkande"


def body_lines(lines: list[str], *, draft: bool = False) -> list[str]:
    """A page's lines without the header, footer labels and page number.

    The stationery (watermark, header with its optional address line, footer labels) is
    read first and ends with the footer's last label."""
    head = lines[:FURNITURE_LINES + 4]
    if LAST_FURNITURE in head:
        return lines[head.index(LAST_FURNITURE) + 1:-1]
    skip = FURNITURE_LINES + (2 if draft else 0)  # the watermark and the header's mark
    return lines[skip:-1]


def body_text(data: bytes, *, draft: bool = False) -> str:
    """The text of all pages without the page furniture, on one line."""
    return " ".join(" ".join(body_lines(lines, draft=draft)) for lines in page_lines(data))


def squash(text: str) -> str:
    """Without any whitespace: for comparisons across line and page breaks."""
    return "".join(text.split())


def in_order(text: str, parts: list[str]) -> bool:
    """True when every part occurs in `text`, each after the one before."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True
