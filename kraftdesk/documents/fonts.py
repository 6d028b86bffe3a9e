# SPDX-License-Identifier: EUPL-1.2
"""The embedded TrueType fonts of every PDF: Liberation Sans, with two fallbacks.

Liberation Sans (metric-compatible with Arial, which kommuner use) sets all text and covers
every letter a name in a Swedish register can have: å ä ö, é, ü, ø, ł, ş, ć, Greek,
Cyrillic. Character by character, DejaVu Sans steps in for what it lacks (arrows,
mathematical symbols, Arabic …) and Symbola for emoji; kraftdesk.documents.markup decides
which. The fallbacks are loaded only when a text needs them. ReportLab embeds subsets
(kraftdesk.documents.truetype measures and maps text for them).

Only the regular and bold faces are registered: no PDF has italic text (user text is printed
literally, never as markup), so the family maps italic to the upright faces, as it does for
the fallbacks. Parsing a face costs 8 ms of every process that makes a PDF.

ReportLab 5.1 writes code points above U+FFFF into a font's ToUnicode map as five hex
digits, which PDF readers reject (so an emoji cannot be copied or searched); `install()`
replaces that one function with one that writes UTF-16 as the PDF specification says.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts

from kraftdesk.documents.truetype import CachingTTFont
from kraftdesk.paths import resource

REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
EMOJI = "Symbola"

_MAIN_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
}


class Fallback(NamedTuple):
    """A fallback family (its name for `<font name=…>`) and the characters it draws."""

    name: str
    covers: frozenset[str]


@cache
def register_fonts() -> frozenset[str]:
    """Register Liberation Sans (once); returns the characters it draws."""
    _install_to_unicode_fix()
    faces = {name: _register(name, filename) for name, filename in _MAIN_FILES.items()}
    # Upright last: ReportLab reads a face's own style back from the last mapping to it.
    for is_bold, italic, face in ((0, 1, REGULAR), (1, 1, BOLD), (0, 0, REGULAR), (1, 0, BOLD)):
        addMapping(REGULAR, is_bold, italic, face)
    return _covered(faces[REGULAR]) & _covered(faces[BOLD])


@cache
def fallbacks() -> tuple[Fallback, ...]:
    """Register the fallback fonts (once, on first need), in the order they are tried."""
    register_fonts()
    regular = _register(FALLBACK, "DejaVuSans.ttf")
    bold = _register(FALLBACK_BOLD, "DejaVuSans-Bold.ttf")
    emoji = _register(EMOJI, "Symbola.ttf")
    # No italics of their own: the upright faces serve in italic runs too.
    for is_bold, italic, face in ((0, 0, FALLBACK), (1, 0, FALLBACK_BOLD),
                                  (0, 1, FALLBACK), (1, 1, FALLBACK_BOLD)):
        addMapping(FALLBACK, is_bold, italic, face)
    for is_bold in (0, 1):
        for italic in (0, 1):
            addMapping(EMOJI, is_bold, italic, EMOJI)
    return (Fallback(FALLBACK, _covered(regular) & _covered(bold)),
            Fallback(EMOJI, _covered(emoji)))


def _register(name: str, filename: str) -> CachingTTFont:
    font = CachingTTFont(name, str(resource("fonts", filename)))
    pdfmetrics.registerFont(font)
    return font


def _covered(font: CachingTTFont) -> frozenset[str]:
    # Glyph 0 is .notdef: a code point mapped to it has no drawing of its own.
    return frozenset(chr(cp) for cp, glyph in font.face.charToGlyph.items() if glyph)


def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's makeToUnicodeCMap, with destinations in UTF-16BE (surrogate pairs)."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{_utf16_hex(cp)}>" for index, cp in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _install_to_unicode_fix() -> None:
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
