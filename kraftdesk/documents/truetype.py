# SPDX-License-Identifier: EUPL-1.2
"""ReportLab's TrueType font, with the width of every word remembered.

Laying out minutes measures every word (`stringWidth`: 1 µs a word in ReportLab's C
accelerator, most of it converting the string), and the same words come back again and
again. `CachingTTFont` remembers the widths per size (a bounded table; each width is
ReportLab's own, computed once), and gives PlainParagraph a list's widths in one call.
Only the public `stringWidth` is overridden; the PDF bytes do not change.

(Until issue 19 it also encoded text to the font's subset codes through a charmap codec of
its own, reading ReportLab's private subsetting state. That bought 0.5 % of a meeting's
`kraftdesk pdf minutes` and 4.5 % of a year's, under the 10 % a patch of a library's
internals must buy here, and was removed: docs/performance.md.)
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont

#: Widths remembered per size before the table starts again (a document uses a few thousand).
MAX_WIDTHS = 20_000


class CachingTTFont(TTFont):
    """TTFont that remembers word widths (see the module)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[float, dict[str, float]] = {}

    def stringWidth(self, text: str | bytes, size: float,  # noqa: N802 (ReportLab's name)
                    encoding: str = "utf8") -> float:
        """ReportLab's width of `text` at `size` points, remembered for strings."""
        if not isinstance(text, str):
            return super().stringWidth(text, size, encoding)
        widths = self._widths.get(size)
        if widths is None:
            widths = self._widths[size] = {}
        width = widths.get(text)
        if width is None:
            if len(widths) >= MAX_WIDTHS:
                widths.clear()
            width = widths[text] = super().stringWidth(text, size, encoding)
        return width

    def word_widths(self, words: list[str], size: float) -> list[float]:
        """`stringWidth` of each word; a list lookup in C once every word has been measured."""
        try:
            return list(map(self._widths[size].__getitem__, words))
        except KeyError:
            return [self.stringWidth(word, size) for word in words]
