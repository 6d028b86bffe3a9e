# SPDX-License-Identifier: EUPL-1.2
"""The look of the minutes, as data: page geometry, type sizes, paragraph styles.

Everything a designer would change is here; the layout modules only refer to names.
Sizes are in points (1 mm ≈ 2.835 pt). A4 portrait, Liberation Sans.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from kraftdesk.documents.fonts import BOLD, REGULAR, register_fonts


class PageGeometry(NamedTuple):
    size: tuple[float, float] = A4
    left: float = 25 * mm  # binding edge
    right: float = 20 * mm
    top: float = 33 * mm  # frame top, below the header
    bottom: float = 31 * mm  # frame bottom, above the footer boxes
    header_first_line: float = 14 * mm  # from the top edge to the first header baseline
    header_rule: float = 26 * mm  # from the top edge to the rule under the header
    middle_column: float = 95 * mm  # x of the header's middle column (heading, date)
    footer_box_width: float = 45 * mm
    footer_box_height: float = 13 * mm
    footer_box_bottom: float = 12 * mm
    # Received PDF pages are scaled down to leave this band free for the stamp.
    stamp_band: float = 16 * mm
    label_column: float = 50 * mm  # front page: width of the label column
    role_column: float = 28 * mm  # front page: Sekreterare / Ordförande / Justerande
    note_column: float = 38 * mm  # front page: "Paragrafer 1–16"

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


GEOMETRY = PageGeometry()

INK = Color(0, 0, 0)
RULE = Color(0.35, 0.35, 0.35)
DRAFT_INK = Color(0.62, 0.05, 0.05)  # the draft mark in the header
WATERMARK = Color(0.86, 0.86, 0.86)  # the large diagonal draft mark behind the text
TABLE_HEADER_FILL = Color(0.92, 0.92, 0.92)

HEADER_SIZES = {"organisation": 12.0, "body": 10.0, "heading": 11.0, "date": 9.5,
                "page": 10.0, "appendix": 12.0, "draft": 10.0, "address": 7.5}
FOOTER_LABEL_SIZE = 7.0
WATERMARK_SIZE = 54.0
TABLE_CHUNK_ROWS = 50  # long tables are laid out in chunks (super-linear otherwise)
# A section heading starts a new page when less than this is left below it. (Not ReportLab's
# keepWithNext: it loops for ever on a heading taller than a page.)
HEADING_ROOM = 70.0


class StyleSpec(NamedTuple):
    """One paragraph style, as data."""

    size: float
    leading: float
    bold: bool = False
    space_before: float = 0
    space_after: float = 0
    left_indent: float = 0
    bullet_indent: float = 0
    align: int = TA_LEFT


STYLES: dict[str, StyleSpec] = {
    "body": StyleSpec(11, 14.5, space_after=7),
    "paragraph_heading": StyleSpec(14, 17.5, bold=True, space_after=3),
    "case_number": StyleSpec(11, 14, space_after=14),
    "section_heading": StyleSpec(11.5, 14.5, bold=True, space_before=8, space_after=3),
    "numbered": StyleSpec(11, 14.5, space_after=6, left_indent=8 * mm, bullet_indent=1 * mm),
    "bullet": StyleSpec(11, 14.5, space_after=2, left_indent=6 * mm, bullet_indent=1 * mm),
    "signature": StyleSpec(11, 14.5),
    "appendix_title": StyleSpec(14, 17.5, bold=True, space_after=8),
    "appendix_reference": StyleSpec(11, 14.5, bold=True, space_after=14),
    "front_label": StyleSpec(10, 12.5, bold=True),
    "front_value": StyleSpec(10, 12.5),
    "front_heading": StyleSpec(11, 14, bold=True, space_after=4),
    "cell": StyleSpec(9.5, 12),
    "cell_header": StyleSpec(9.5, 12, bold=True),
}


@cache
def stylesheet() -> dict[str, ParagraphStyle]:
    """ParagraphStyles built from STYLES (fonts registered first)."""
    register_fonts()
    return {name: _paragraph_style(name, spec) for name, spec in STYLES.items()}


def _paragraph_style(name: str, spec: StyleSpec) -> ParagraphStyle:
    font = BOLD if spec.bold else REGULAR
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=spec.size,
        leading=spec.leading,
        spaceBefore=spec.space_before,
        spaceAfter=spec.space_after,
        leftIndent=spec.left_indent,
        bulletIndent=spec.bullet_indent,
        bulletFontName=font,
        bulletFontSize=spec.size,
        alignment=spec.align,
        splitLongWords=1,
        allowWidows=0,
        textColor=INK,
    )
