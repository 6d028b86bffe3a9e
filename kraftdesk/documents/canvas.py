# SPDX-License-Identifier: EUPL-1.2
"""A canvas that numbers pages "3 (12)" in a single layout pass.

`showPage()` only keeps each finished page; `save()` then knows the total, draws every
page's number and writes the pages. Outline entries (bookmarks) are replayed there too,
because a PDF page reference only exists once the page is written. Pages reserved for a
received PDF bilaga get the bilaga stamp at the top right instead of the header's number.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from kraftdesk.documents.boxes import SignatureBox
from kraftdesk.documents.fonts import BOLD, REGULAR
from kraftdesk.documents.styles import DRAFT_INK, GEOMETRY, HEADER_SIZES, INK
from kraftdesk.text.furniture import DRAFT_MARK, appendix_mark, page_number


class OutlineEntry(NamedTuple):
    key: str
    title: str
    level: int = 0


class MinutesCanvas(Canvas):
    """Canvas with deferred pages; `page_count` and `reserved_pages` are set by `save()`."""

    def __init__(self, *args: Any, draft: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._draft = draft
        self._finished: list[dict[str, Any]] = []
        self._outline: list[OutlineEntry] = []
        self._stamp: int | None = None
        self._cover_line: str | None = None
        self.page_count = 0
        #: 0-based page index → bilaga number, for pages a received PDF page will fill.
        self.reserved_pages: dict[int, int] = {}
        #: The front page's signature lines, in the order drawn.
        self.signature_spots: list[SignatureBox] = []

    def record_signature_spot(self, x: float, y: float, width: float, height: float) -> None:
        """A signature line at (x, y) on the page being drawn (kept while pages wait)."""
        self.signature_spots.append(SignatureBox(len(self._finished), x, y, x + width,
                                                 y + height))

    def add_outline(self, entry: OutlineEntry) -> None:
        """Bookmark the current page (done when the page is written)."""
        self._outline.append(entry)

    def reserve_for_appendix(self, number: int, cover_line: str | None = None) -> None:
        """This page will carry a page of received bilaga `number` (merged later), with
        `cover_line` in the stamp band (the first page only)."""
        self._stamp = number
        self._cover_line = cover_line

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        state = dict(self.__dict__)
        del state["_finished"]
        self._finished.append(state)
        self._outline = []
        self._stamp = None
        self._cover_line = None
        self._startPage()

    def save(self) -> None:
        finished = self._finished
        total = len(finished)
        has_outline = False
        for index, state in enumerate(finished):
            self.__dict__.update(state)
            self._draw_number(index + 1, total)
            for entry in state["_outline"]:
                self.bookmarkPage(entry.key)
                self.addOutlineEntry(entry.title, entry.key, level=entry.level, closed=True)
                has_outline = True
            if state["_stamp"] is not None:
                self.reserved_pages[index] = state["_stamp"]
            Canvas.showPage(self)
        self._finished = []
        self.page_count = total
        if has_outline:
            self.showOutline()
        self._before_write()
        Canvas.save(self)

    def _before_write(self) -> None:
        """Called once every page is laid out, before the file is written (a hook)."""

    def _draw_number(self, number: int, total: int) -> None:
        width, height = self._pagesize
        x = width - GEOMETRY.right
        self.saveState()
        self.setFillColor(INK)
        if self._stamp is not None:
            # A received page: its own size; the stamp sits in the band kept free on top.
            x = width - min(GEOMETRY.right, width * 0.05)
            top = height - 7 * mm
            self.setFont(REGULAR, HEADER_SIZES["page"])
            self.drawRightString(x, top, page_number(number, total))
            self.setFont(BOLD, HEADER_SIZES["appendix"])
            self.drawRightString(x, top - 15, appendix_mark(self._stamp))
            if self._draft:
                self.setFillColor(DRAFT_INK)
                self.setFont(BOLD, HEADER_SIZES["draft"])
                self.drawString(width - x, top, DRAFT_MARK)
            if self._cover_line:
                self.setFillColor(INK)
                self.setFont(REGULAR, HEADER_SIZES["date"])
                self.drawString(width - x, top - 15, self._cover_line)
        else:
            self.setFont(REGULAR, HEADER_SIZES["page"])
            self.drawRightString(x, height - GEOMETRY.header_first_line,
                                 page_number(number, total))
        self.restoreState()
