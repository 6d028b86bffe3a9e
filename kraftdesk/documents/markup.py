# SPDX-License-Identifier: EUPL-1.2
"""The one way user text reaches ReportLab: as text, never as markup.

ReportLab's Paragraph parses its input as XML-like markup: `&` and `<` break it, unknown
tags vanish and `<img src=…>` opens files. Every string a user (or the register) supplies
goes through `markup()` here and nowhere else.

`printable()` is the normalisation applied first; it is what a PDF can show of a text:

- line breaks: CR LF, CR, U+2028 and U+2029 become `\\n`;
- Unicode NFC (composed letters: "a" + ring above → "å"). Not NFKC: that would turn
  "m²" into "m2", "…" into "..." and the no-break spaces of amounts into plain spaces;
- tabs, the zero-width space and the other spaces ReportLab breaks lines at become one
  plain space; no-break spaces (U+00A0, U+202F) stay, so "1 100 000 kronor" never breaks;
- soft hyphens (U+00AD) are removed (ReportLab does not print them either);
- control characters (C0 except `\\n`, DEL, C1), lone surrogates and noncharacters are
  removed; so are invisible formatting and combining characters no font can draw
  (variation selectors, for instance);
- any other character none of the shipped fonts can draw becomes U+FFFD "�", so that the
  loss is visible instead of an empty box.

ReportLab itself then collapses runs of spaces and strips them at line ends.
Characters Liberation Sans lacks are set in a fallback font (kraftdesk.documents.fonts).
Right-to-left scripts are drawn in their stored (logical) order: ReportLab has no bidi.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from kraftdesk.documents.fonts import fallbacks, register_fonts
from kraftdesk.documents.plain_paragraph import PlainParagraph

REPLACEMENT = "\ufffd"
_KEPT_SPACES = {"\u00a0", "\u202f"}  # no-break spaces: ReportLab keeps them in the word
_LINE_BREAK = re.compile("\r\n|[\r\u2028\u2029\x85]")
_BLANK_LINES = re.compile(r"\n[ \u00a0\u202f]*(?:\n[ \u00a0\u202f]*)+")


@cache
def _translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)):
        table[cp] = None
    for cp in range(0x3001):  # every Unicode space character lies below U+3001
        char = chr(cp)
        if char.isspace() and char not in _KEPT_SPACES and char != "\n":
            table[cp] = " "
    table[0x200B] = " "  # zero-width space: ReportLab breaks lines there like at a space
    table[0x00AD] = None  # soft hyphen: ReportLab never prints it
    table[ord("\n")] = "\n"
    for cp in (*range(0xFDD0, 0xFDF0), *(p * 0x10000 + 0xFFFE for p in range(17)),
               *(p * 0x10000 + 0xFFFF for p in range(17))):
        table[cp] = None
    for cp in range(0xD800, 0xE000):  # lone surrogates cannot even be encoded
        table[cp] = None
    return table


def printable(text: str) -> str:
    """The text as a PDF will show it (see the module docstring for every rule)."""
    if _unchanged_characters().issuperset(text) and unicodedata.is_normalized("NFC", text):
        return text  # nearly every text: no rule below changes it
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = _LINE_BREAK.sub("\n", text)
    text = text.translate(_translation())
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    main = _main_characters()
    if main.issuperset(text):
        return text
    return "".join(char if char in main or _font_of(char) else _undrawable(char)
                   for char in text)


@cache
def _main_characters() -> frozenset[str]:
    """What the main font draws, and the line break."""
    return register_fonts() | {"\n"}


@cache
def _unchanged_characters() -> frozenset[str]:
    """The characters of the main font that `printable` leaves as they are."""
    table = _translation()
    return frozenset(char for char in _main_characters() if table.get(ord(char), char) == char)


@cache
def _font_of(char: str) -> str | None:
    """The fallback font that draws `char`, or None when none does."""
    for fallback in fallbacks():
        if char in fallback.covers:
            return fallback.name
    return None


def main_font_covers(text: str) -> bool:
    """True when the main font draws every character of (printable) `text`."""
    return _main_characters().issuperset(text)


def _undrawable(char: str) -> str:
    # Invisible formatting and combining marks no font has are dropped; anything else
    # becomes the replacement character, so that the loss shows.
    if unicodedata.category(char) in ("Mn", "Me", "Cf", "Cs"):
        return ""
    return REPLACEMENT


def markup(text: str) -> str:
    """ReportLab Paragraph markup that prints `text` literally; `\\n` breaks the line."""
    return _markup_printable(printable(text))


def _escape(text: str) -> str:
    """xml.sax.saxutils.escape, without importing urllib, http and email with it (40 ms)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _markup_printable(text: str) -> str:
    main = _main_characters()
    if main.issuperset(text):
        return _escape(text).replace("\n", "<br/>")
    return "".join(_runs(text, main)).replace("\n", "<br/>")


def _runs(text: str, main: frozenset[str]) -> list[str]:
    """Escaped text, with each stretch the main font lacks wrapped in its fallback font."""
    out: list[str] = []
    start, font = 0, None
    for index, char in enumerate(text):
        here = None if char in main else _font_of(char)
        if here != font:
            out.append(_run(text[start:index], font))
            start, font = index, here
    out.append(_run(text[start:], font))
    return out


def _run(chunk: str, font: str | None) -> str:
    if not chunk:
        return ""
    return _escape(chunk) if font is None else f'<font name="{font}">{_escape(chunk)}</font>'


def paragraphs(text: str) -> list[list[str]]:
    """The text's paragraphs (split at blank lines), each as its printable lines.

    One Paragraph per line lays out in linear time; ReportLab's `<br/>` is quadratic.
    """
    out = []
    for part in _BLANK_LINES.split(printable(text)):
        lines = [line.strip() for line in part.split("\n") if line.strip()]
        if lines:
            out.append(lines)
    return out


def paragraph(line: str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """A Paragraph of one printable line (from `paragraphs`), printed literally.

    A line the main font draws entirely skips ReportLab's markup parser altogether: it
    becomes one text fragment styled like the style's own (a tenth of the layout time), in
    a PlainParagraph, which lays out and draws such a fragment faster. Other lines go
    through `markup`, which sets the fallback fonts.
    """
    if _main_characters().issuperset(line):
        fragment = _fragment(style).clone(text=line)
        return PlainParagraph(line, style, bulletText=bullet, frags=[fragment])
    return Paragraph(_markup_printable(line), style, bulletText=bullet)


@cache
def _fragment(style: ParagraphStyle) -> ParaFrag:
    """The fragment ReportLab's parser makes of plain text in `style`."""
    return ParaParser().parse("x", style)[1][0]


def plain(text: str) -> str:
    """For PDF metadata and outline entries: printable, on one line, without fallback runs."""
    return " ".join(printable(text).split())

