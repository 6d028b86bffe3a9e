# SPDX-License-Identifier: EUPL-1.2
"""The document template: First/Later/Reserved page templates and the stationery.

Every page carries the header (the organisation's logo, if it has one; organisation,
body and address line; "Sammanträdesprotokoll" or
"Protokollsutdrag" with the meeting date; the page number "3 (12)", drawn by the canvas;
"Bilaga N" on the pages of a bilaga), the footer boxes "Justerandes sign" and
"Utdragsbestyrkande" and, until the minutes are justerade, the draft mark. Reserved pages
(received PDF bilagor) get only the stamp, drawn by the canvas.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from kraftdesk import __version__
from kraftdesk.documents.fonts import BOLD, REGULAR
from kraftdesk.documents.logo import MAX_HEIGHT as LOGO_MAX_HEIGHT
from kraftdesk.documents.logo import MAX_WIDTH as LOGO_MAX_WIDTH
from kraftdesk.documents.logo import Logo
from kraftdesk.documents.markup import markup, plain
from kraftdesk.documents.styles import (
    DRAFT_INK,
    FOOTER_LABEL_SIZE,
    GEOMETRY,
    HEADER_SIZES,
    INK,
    RULE,
    WATERMARK,
    WATERMARK_SIZE,
)
from kraftdesk.domain.document import MinutesDoc, NoticeDoc
from kraftdesk.text.furniture import (
    CERTIFICATION_BOX,
    DRAFT_MARK,
    MEETING_DATE_LABEL,
    SIGNATURE_BOX,
    appendix_mark,
)

_MIN_HEADER_SIZE = 6.0
LOGO_TOP = 8 * 2.835  # the logo's top edge, from the top of the page
LOGO_GAP = 3 * 2.835
_FORM = "kraftdeskStationery"
_LINE_TWO = 5.5 * 2.835  # the header's second line, below the first


class Stationery:
    """Header, footer and draft mark; the same Paragraphs are drawn on every page.

    A kallelse (NoticeDoc) has no footer boxes and its own draft mark.
    """

    def __init__(self, doc: MinutesDoc | NoticeDoc) -> None:
        g = GEOMETRY
        left_width = g.middle_column - g.left - 4
        middle_width = g.width - g.right - g.middle_column - 22 * 2.835
        self.draft = not doc.is_final
        self.footer_boxes = isinstance(doc, MinutesDoc)
        self.draft_mark = doc.draft_mark if isinstance(doc, NoticeDoc) else DRAFT_MARK
        self.appendix: int | None = None
        self._form_ready = False
        self._logo = Logo(doc.logo, doc.logo_media_type) \
            if doc.logo and doc.logo_media_type else None
        self._logo_width = self._logo.size_within(LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT)[0] \
            if self._logo else 0.0
        self._text_left = g.left + (self._logo_width + LOGO_GAP if self._logo else 0.0)
        left_width -= self._text_left - g.left
        self._organisation = _fitted(doc.organisation, BOLD, HEADER_SIZES["organisation"],
                                     left_width)
        self._body = _fitted(doc.body_name, REGULAR, HEADER_SIZES["body"], left_width)
        self._address = _fitted(doc.address, REGULAR, HEADER_SIZES["address"], left_width) \
            if doc.address and doc.address.strip() else None
        self._heading = _fitted(doc.heading, BOLD, HEADER_SIZES["heading"], middle_width)
        self._date = f"{MEETING_DATE_LABEL} {doc.meeting_date.isoformat()}"

    def first(self, canvas: Any, doc: Any) -> None:
        self.draw(canvas)

    def later(self, canvas: Any, doc: Any) -> None:
        self.draw(canvas)

    def draw(self, canvas: Any) -> None:
        """The same on every page: drawn once into a form (XObject), then only referenced.

        On a tagged canvas (kraftdesk.documents.tagged) all of it is a pagination artifact.
        """
        tagged = hasattr(canvas, "structure")
        if tagged:
            canvas.addLiteral("/Artifact <</Type /Pagination>> BDC")
        self._draw(canvas)
        if tagged:
            canvas.addLiteral("EMC")

    def _draw(self, canvas: Any) -> None:
        if not self._form_ready:
            canvas.beginForm(_FORM)
            canvas.saveState()
            if self.draft:
                self._watermark(canvas)
            self._header(canvas)
            if self.footer_boxes:
                self._footer(canvas)
            canvas.restoreState()
            canvas.endForm()
            self._form_ready = True
        canvas.doForm(_FORM)
        if self.appendix is not None:
            g = GEOMETRY
            canvas.saveState()
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, HEADER_SIZES["appendix"])
            canvas.drawRightString(g.width - g.right, g.height - g.header_first_line - _LINE_TWO,
                                   appendix_mark(self.appendix))
            canvas.restoreState()

    def _header(self, canvas: Any) -> None:
        g = GEOMETRY
        first = g.height - g.header_first_line
        second = first - _LINE_TWO
        if self._logo is not None:
            self._logo.draw(canvas, g.left, g.height - LOGO_TOP, LOGO_MAX_WIDTH,
                            LOGO_MAX_HEIGHT)
        _draw_at_baseline(self._organisation, canvas, self._text_left, first)
        _draw_at_baseline(self._body, canvas, self._text_left, second)
        if self._address is not None:
            _draw_at_baseline(self._address, canvas, self._text_left, second - _LINE_TWO + 1)
        _draw_at_baseline(self._heading, canvas, g.middle_column, first)
        canvas.setFillColor(INK)
        canvas.setFont(REGULAR, HEADER_SIZES["date"])
        canvas.drawString(g.middle_column, second, self._date)
        if self.draft:
            canvas.setFillColor(DRAFT_INK)
            canvas.setFont(BOLD, HEADER_SIZES["draft"])
            canvas.drawString(g.middle_column, second - _LINE_TWO, self.draft_mark)
        rule = g.height - g.header_rule
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(g.left, rule, g.width - g.right, rule)

    def _footer(self, canvas: Any) -> None:
        g = GEOMETRY
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(INK)
        canvas.setFont(REGULAR, FOOTER_LABEL_SIZE)
        right = g.width - g.right
        for index, label in enumerate((SIGNATURE_BOX, CERTIFICATION_BOX)):
            x = right - (2 - index) * g.footer_box_width
            canvas.rect(x, g.footer_box_bottom, g.footer_box_width, g.footer_box_height)
            canvas.drawString(x + 3, g.footer_box_bottom + g.footer_box_height - 9, label)

    def _watermark(self, canvas: Any) -> None:
        g = GEOMETRY
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFont(BOLD, WATERMARK_SIZE)
        canvas.translate(g.width / 2, g.height / 2)
        canvas.rotate(55)
        canvas.drawCentredString(0, -WATERMARK_SIZE / 3, self.draft_mark)
        canvas.restoreState()


def _fitted(text: str, font: str, size: float, width: float) -> Paragraph:
    """A one-line Paragraph of `text`, shrunk until it fits `width` (at least 6 pt)."""
    while True:
        style = ParagraphStyle("header", fontName=font, fontSize=size, leading=size * 1.2,
                               splitLongWords=1)
        paragraph = Paragraph(markup(plain(text)), style)
        _, height = paragraph.wrap(width, 1000)
        if height <= style.leading * 1.01 or size <= _MIN_HEADER_SIZE:
            return paragraph
        size = max(_MIN_HEADER_SIZE, size - 0.5)


def _draw_at_baseline(paragraph: Paragraph, canvas: Any, x: float, baseline: float) -> None:
    # ReportLab sets the first baseline one font size below the paragraph's top.
    top = baseline + paragraph.style.fontSize
    paragraph.drawOn(canvas, x, top - paragraph.height)


class MinutesTemplate(BaseDocTemplate):
    """A4 portrait; templates "First", "Later" and "Reserved" (a received PDF page)."""

    def __init__(self, out: BinaryIO, doc: MinutesDoc | NoticeDoc, *,
                 starts_reserved: bool = False, first_appendix: int | None = None) -> None:
        g = GEOMETRY
        # A kallelse's title is its first line; the PDF's title names body and date.
        pdf_title = doc.subject if isinstance(doc, NoticeDoc) else doc.title
        super().__init__(
            out, pagesize=g.size, leftMargin=g.left, rightMargin=g.right, topMargin=g.top,
            bottomMargin=g.bottom, invariant=1, lang="sv-SE", initialFontName=REGULAR,
            initialFontSize=11, title=plain(pdf_title), author=plain(doc.body_name),
            subject=plain(doc.subject), keywords=[plain(k) for k in doc.keywords if plain(k)],
            creator=f"kraftdesk {__version__}", displayDocTitle=1,
        )
        self.stationery = Stationery(doc)
        self.stationery.appendix = first_appendix
        frame = Frame(g.left, g.bottom, g.frame_width, g.frame_height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate("First", [frame], onPage=self.stationery.first,
                         autoNextPageTemplate="Later", pagesize=g.size),
            PageTemplate("Later", [frame], onPage=self.stationery.later, pagesize=g.size),
            PageTemplate("Reserved", [frame], pagesize=g.size),
        ]
        if starts_reserved:
            templates.insert(0, templates.pop())
        self.addPageTemplates(templates)

    def handle_setAppendix(self, number: int | None) -> None:  # noqa: N802 (ReportLab's name)
        """ActionFlowable(("setAppendix", n)): mark the following pages "Bilaga n"."""
        self.stationery.appendix = number
