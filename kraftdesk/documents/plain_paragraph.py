# SPDX-License-Identifier: EUPL-1.2
"""A Paragraph of plain text in one font, left-aligned: ReportLab's, laid out faster.

kraftdesk.documents.markup makes one for every line of text the main font draws entirely,
which is nearly all the text of the minutes. It is a ReportLab Paragraph in every respect
(splitting across pages with allowWidows and orphans, bullets, use in table cells) and
gives the same line breaks and the same PDF operators, byte for byte. Two steps are
narrowed to what such a paragraph needs:

- `breakLines`: ReportLab's greedy breaking of one text fragment (words measured in the
  font, spaces allowed to shrink by the style's spaceShrinkage), without the branches for
  hyphenation, soft hyphens, bidi, shaping and fragments;
- `drawOn`: what Flowable.drawOn and Paragraph.drawPara write (save the graphics state,
  move, save again, the bullet, the fill colour, the text object, restore twice), written
  as one string instead of through the canvas's state stack and PDFTextObject. It reads
  the canvas's document (`_doc`, whose font subsets the codes belong to, as PDFTextObject
  does) and its current fill alpha (`_extgstate`).

Anything else goes to ReportLab's own methods: a word wider than the line (splitLongWords
cuts it), a soft hyphen, a style with hyphenation, bidi, shaping, other alignments,
auto leading, a background or border, underlines or links, a bullet made of fragments,
a colour other than an RGB one as opaque as the current fill.

It reads ReportLab's internals, so ReportLab is pinned to the version it was verified
against (5.1.0, pyproject.toml), and tests/documents/test_plain_paragraph.py compares its
lines and operators with ReportLab's own, byte for byte. What it buys (issue 19,
benchmarks/bench_patches.py): 11 % of the CPU time of `kraftdesk pdf minutes` for a body's
year, 4 % for one meeting (docs/performance.md).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import split, strip

_SOFT_HYPHEN = "\xad"
_NBSP = "\xa0"


class PlainParagraph(Paragraph):
    """A Paragraph whose frags are one plain-text fragment (see the module docstring)."""

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (ReportLab's name)
        lines = self._plain_lines(width)
        return super().breakLines(width) if lines is None else lines

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        """Flowable.drawOn and drawPara in one: the same operators, as one literal."""
        code = self._plain_code(canvas, self._hAlignAdjust(x, _sW), y)
        if code is None:
            super().drawOn(canvas, x, y, _sW)
        else:
            canvas.addLiteral(code)

    def _plain_code(self, canvas: Any, x: float, y: float) -> str | None:
        """What drawOn writes for plain lines, or None for ReportLab's own drawing."""
        style = self.style
        lines = self.blPara
        if not self._draws_plainly(canvas):
            return None
        fill = _fill(canvas, lines.textColor)
        bullet = self.bulletText
        bullet_fill = _fill(canvas, getattr(style, "bulletColor", style.textColor)) if bullet \
            else None
        if fill is None or (bullet and bullet_fill is None):
            return None
        # Flowable.drawOn: save the state, move to (x, y); drawPara: save it again.
        code = ["q", f"1 0 0 1 {fp_str(x, y)} cm"]
        if lines.lines:
            top = (lines.fontSize if rl_config.paraFontSizeHeightOffset
                   else getattr(lines, "ascent", lines.fontSize))
            baseline = self.height - top
            offset = style.firstLineIndent
            code.append("q")
            if bullet:
                bullet_code, offset = _bullet(canvas, offset, baseline, bullet, style,
                                              bullet_fill)
                code.append(bullet_code)
            code += [fill, _text_object(canvas, style.leftIndent, baseline, offset, lines,
                                        style.leading), "Q"]
            canvas._doc.ensureMinPdfVersion("transparency")  # as setFillColor's alpha does
        code.append("Q")
        return "\n".join(code)

    def _plain_lines(self, width: Any) -> Any:
        """ReportLab's kind-0 line structure for one plain fragment, or None for its method."""
        style = self.style
        frags = self.frags
        bullet = self.bulletText
        if (not _breaks_plainly(style) or len(frags) != 1
                or not (bullet is None or isinstance(bullet, str))):
            return None
        frag = frags[0]
        if hasattr(frag, "cbDefn") or hasattr(frag, "backColor"):
            return None
        text = getattr(frag, "text", None)
        if text is not None:
            if not isinstance(text, str) or _SOFT_HYPHEN in text:
                return None
            text = strip(text)
            words = split(text) if text else []
        else:
            words = getattr(frag, "words", None)
            if type(words) is not list or any(type(w) is not str or _SOFT_HYPHEN in w
                                               for w in words):
                return None  # split words, bidi lists, soft hyphens: ReportLab's own cases
            words = list(words) if any(strip(w) for w in words) else []

        max_widths = width if isinstance(width, (tuple, list)) else [width]
        overrun = _bullet_overrun(bullet, style)  # a bullet running into the first line
        first = max_widths[0] - overrun if overrun > 0 else max_widths[0]
        font_name, font_size = frag.fontName, frag.fontSize
        font = getFont(font_name)
        measure = getattr(font, "word_widths", None)  # kraftdesk's fonts measure word lists
        widths = (measure(words, font_size) if measure is not None
                  else [font.stringWidth(word, font_size) for word in words])
        if style.splitLongWords and widths and max(widths) > min(first, *max_widths[1:]):
            return None  # a word wider than a line: ReportLab cuts it

        if overrun > 0:
            max_widths[0] = first  # in the caller's list (_wrapWidths), as ReportLab does
        self._width_max = 0
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        ascent, descent = getAscentDescent(font_name, font_size)
        if not words:
            return frag.clone(kind=0, lines=[], ascent=ascent, descent=descent,
                              fontSize=font_size)
        space = font.stringWidth(" ", font_size)
        shrink = style.spaceShrinkage * space
        last_width = len(max_widths) - 1
        line_number = 0
        max_width = max_widths[0]
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        current = -space  # the first word of a line has no space before it
        for word, word_width in zip(words, widths, strict=True):
            new = current + space + word_width
            if new <= max_width + shrink * len(line) or not line:
                line.append(word)
                current = new
            else:
                self._width_max = max(self._width_max, current)
                lines.append((max_width - current, line))
                line = [word]
                current = word_width
                line_number += 1
                max_width = max_widths[min(last_width, line_number)]
        if line:
            self._width_max = max(self._width_max, current)
            lines.append((max_width - current, line))
        return frag.clone(kind=0, lines=lines, ascent=ascent, descent=descent,
                          fontSize=font_size)

    def _draws_plainly(self, canvas: Any) -> bool:
        style = self.style
        lines = self.blPara
        bullet = self.bulletText
        return (lines.kind == 0 and style.alignment == TA_LEFT and not style.wordWrap
                and not style.backColor and not (style.borderColor and style.borderWidth)
                and not (getattr(lines, "us_lines", None) or getattr(lines, "link", None))
                and getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
                in ("", "off")
                and not hasattr(self, "_offsets") and not getattr(self, "_showBoundary", 0)
                and (not bullet or (isinstance(bullet, str) and style.bulletAnchor == "start"
                                    and getFont(style.bulletFontName)._dynamicFont))
                and canvas.bottomup and getFont(lines.fontName)._dynamicFont)


def _breaks_plainly(style: ParagraphStyle) -> bool:
    return not (style.wordWrap or style.shaping or style.endDots
                or getattr(style, "hyphenationLang", "") or style.uriWasteReduce
                or style.embeddedHyphenation)


def _bullet_overrun(bullet: str | None, style: ParagraphStyle) -> float:
    """How far a bullet runs into the first line's text (ReportLab's rule)."""
    if not bullet:
        return 0
    end = (style.bulletIndent + getFont(style.bulletFontName).stringWidth(
        bullet, style.bulletFontSize) + 0.6 * style.bulletFontSize)
    return end - (style.leftIndent + style.firstLineIndent)


def _fill(canvas: Any, color: Any) -> str | None:
    """The operator setFillColor writes for an RGB colour as opaque as the current fill.

    None for anything else (CMYK, a colour space enforced, another alpha: an ExtGState).
    """
    if (type(color) is not Color or getattr(canvas, "_enforceColorSpace", None)
            or color.alpha != canvas._extgstate.getValue("ca")):
        return None
    return f"{fp_str((color.red, color.green, color.blue))} rg"


def _bullet(canvas: Any, offset: float, baseline: float, bullet: str, style: ParagraphStyle,
            fill: str) -> tuple[str, float]:
    """The bullet's text object, and the offset of the first line's text after it."""
    x = style.bulletIndent
    size = style.bulletFontSize
    font = getFont(style.bulletFontName)
    # Tagged: "1. " read from the structure, not "1.Text" (the space draws nothing).
    text = f"{bullet} " if getattr(canvas, "line_end_spaces", False) else bullet
    shown, _ = _shown(font, text, canvas._doc, _select(size, size * 1.2), -1)
    y = baseline + getattr(style, "bulletOffsetY", 0)
    code = " ".join(["BT", f"1 0 0 1 {fp_str(x, y)} Tm", fill, *shown, "ET"])
    end = x + font.stringWidth(bullet, size)
    return code, max(offset, end + size * 0.6 - style.leftIndent)


@cache
def _select(size: float, leading: float) -> str:
    """The operands that select a subset's size and leading (after its name)."""
    return f"{fp_str(size)} Tf {fp_str(leading)} TL"


def _shown(font: Any, text: str, doc: Any, select: str, subset_now: int) -> tuple[list[str], int]:
    """The text's Tj operators, each subset selected as it comes (PDFTextObject._formatText)."""
    shown = []
    for subset, codes in font.splitString(text, doc):
        if subset != subset_now:
            shown.append(f"{font.getSubsetInternalName(subset, doc)} {select}")
            subset_now = subset
        shown.append(f"({escapePDF(codes)}) Tj")
    return shown, subset_now


def _text_object(canvas: Any, x: float, y: float, offset: float, lines: Any,
                 leading: float) -> str:
    """BT … ET for the lines, as PDFTextObject writes them for a left-aligned paragraph."""
    font = getFont(lines.fontName)
    doc = canvas._doc  # the document the font's subsets belong to, as PDFTextObject uses
    select = _select(lines.fontSize, leading)
    subset_now = -1
    code = ["BT", f"1 0 0 1 {fp_str(x, y)} Tm"]
    # A tagged PDF's text is read from its structure: a space ends each line there.
    line_end = " " if getattr(canvas, "line_end_spaces", False) else ""
    for index, (extra, words) in enumerate(lines.lines):
        text = " ".join(words) + line_end
        move = offset if index == 0 and (offset > 1e-6 or offset < -1e-6) else 0
        if move:
            code.append(f"{fp_str(move, 0)} Td")
        # A line that only fits by shrinking its spaces sets a negative word spacing.
        spaces = len(words) + text.count(_NBSP) - 1 if extra <= -1e-8 else 0
        if spaces > 0:
            code.append(f"{fp_str(extra / float(spaces))} Tw")
        shown, subset_now = _shown(font, text, doc, select, subset_now)
        code.append(" ".join(shown) + " T*")
        if spaces > 0:
            code.append("0 Tw")
        if move:
            code.append(f"{fp_str(-move, 0)} Td")
    code.append("ET")
    return " ".join(code)
