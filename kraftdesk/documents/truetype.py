# SPDX-License-Identifier: EUPL-1.2
"""ReportLab's TrueType font, with the work it repeats for every word and line remembered.

Laying out minutes measures every word (`stringWidth`: 1 µs a word in ReportLab's C
accelerator, most of it converting the string) and, when drawing, maps every line to the
font's subset codes (`splitString`: a Python loop over the characters, an eighth of the
time of a whole minutes PDF). Both are pure functions of what they are given, and text
repeats them: the same words come back again and again, and once a character has a code
in a subset it keeps it. `CachingTTFont` remembers

- word widths, per size (a bounded table; a width is ReportLab's own, computed once);
- the codes of subset 0, as a charmap codec: text whose characters all have codes there
  (nearly every line after the first few) is encoded in C.

Everything else (a character seen for the first time, one in a later subset, one the font
lacks, bytes) goes through ReportLab's own methods, which assign the codes exactly as
before: the PDF bytes do not change.
"""

from __future__ import annotations

import codecs
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase.ttfonts import TTFont

_NBSP = "\u00a0"  # ReportLab draws a no-break space with the space's code
_UNMAPPED = "\ufffe"  # in a charmap decoding table: no character has this code
#: Widths remembered per size before the table starts again (a document uses a few thousand).
MAX_WIDTHS = 20_000


class _Subset0:
    """The charmap of subset 0 for one document, as of `assigned` assignments."""

    __slots__ = ("assigned", "charmap")

    def __init__(self, assigned: int, charmap: Any) -> None:
        self.assigned = assigned  # len(state.assignments) when the map was built
        self.charmap = charmap  # character → code in subset 0, for codecs.charmap_encode


class CachingTTFont(TTFont):
    """TTFont that remembers word widths and the codes of subset 0 (see the module)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[float, dict[str, float]] = {}
        self._subset0: WeakKeyDictionary[Any, _Subset0] = WeakKeyDictionary()

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

    def splitString(self, text: str | bytes, doc: Any,  # noqa: N802 (ReportLab's name)
                    encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        """ReportLab's (subset, codes) chunks of `text`; the same result, mostly faster."""
        state = self.state.get(doc)
        if state is not None and isinstance(text, str) and text:
            known = self._subset0.get(doc)
            if known is None or known.assigned != len(state.assignments):
                known = self._subset0[doc] = _subset0(state.assignments)
            if _NBSP in text:
                text = text.replace(_NBSP, " ")
            try:
                return [(0, codecs.charmap_encode(text, "strict", known.charmap)[0])]
            except UnicodeEncodeError:
                pass  # a character without a code in subset 0 (yet)
        return super().splitString(text, doc, encoding)


def _subset0(assignments: dict[int, int]) -> _Subset0:
    codes = {char: code for char, code in assignments.items() if code < 0x100}
    charmap: Any = codes  # code point → code: charmap_encode takes a dict as well
    if codes.get(0) == 0 and max(codes) <= 0xFFFF:
        # A table of all 256 codes, starting with U+0000 and without characters beyond the
        # BMP, becomes an EncodingMap: looked up in C, 25 times as fast as ReportLab's loop.
        table = [_UNMAPPED] * 0x100
        for char, code in codes.items():
            table[code] = chr(char)
        charmap = codecs.charmap_build("".join(table))
    return _Subset0(len(assignments), charmap)
