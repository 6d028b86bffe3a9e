# SPDX-License-Identifier: EUPL-1.2
"""Render a kallelse (NoticeDoc) to PDF, on the same stationery as the minutes.

The header names the organisation, the body, "Kallelse" (or "Tilläggskallelse") and the
meeting date, with the page number "1 (2)"; a draft carries its mark on every page. There
are no signature boxes in the footer: a kallelse is not justerad. Like the minutes'
renderer, the layout modules are imported when it is first called.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, BinaryIO

from kraftdesk.domain.document import NoticeDoc

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def notice_flowables(doc: NoticeDoc) -> list[Flowable]:
    """The title, the fields (Tid, Plats), then the sections with their headings."""
    from reportlab.platypus import CondPageBreak

    from kraftdesk.documents.blocks import block_flowables, text_flowables
    from kraftdesk.documents.front import front_matter
    from kraftdesk.documents.styles import HEADING_ROOM, stylesheet

    styles = stylesheet()
    out: list[Flowable] = text_flowables(doc.title, styles["paragraph_heading"])
    out += front_matter(doc.fields, (), ())
    for section in doc.sections:
        if section.heading:
            out.append(CondPageBreak(HEADING_ROOM))
            out += text_flowables(section.heading, styles["section_heading"])
        for block in section.blocks:
            out += block_flowables(block)
    return out


def render_notice(doc: NoticeDoc, out: BinaryIO) -> int:
    """Write the kallelse as PDF to `out`; returns the number of pages (same input, same
    bytes)."""
    flowables = notice_flowables(doc)
    from reportlab import rl_config

    from kraftdesk.documents.canvas import MinutesCanvas
    from kraftdesk.documents.templates import MinutesTemplate

    rl_config.useA85 = 0
    template = MinutesTemplate(out, doc)
    template.build(flowables, canvasmaker=MinutesCanvas)
    canvas: MinutesCanvas = template.canv
    return canvas.page_count


def render_notice_bytes(doc: NoticeDoc) -> bytes:
    buffer = io.BytesIO()
    render_notice(doc, buffer)
    return buffer.getvalue()
