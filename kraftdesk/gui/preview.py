# SPDX-License-Identifier: EUPL-1.2
"""The live preview: a composed ParagraphDoc (kraftdesk.domain.document) as simple HTML.

The words are exactly those of the PDF (kraftdesk.text composes both); this only lays them
out for the screen, with the section being edited highlighted.
"""

from __future__ import annotations

from html import escape

from kraftdesk.domain.document import (
    Block,
    BulletList,
    NumberedList,
    ParagraphDoc,
    SignatureLines,
    Table,
    Text,
)

HIGHLIGHT = "#fff7d1"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def block_html(block: Block) -> str:
    if isinstance(block, Text):
        return f"<p>{_text(block.text)}</p>"
    if isinstance(block, NumberedList):
        items = "".join(f"<li>{_text(item)}</li>" for item in block.items)
        return f'<ol start="{block.start}">{items}</ol>'
    if isinstance(block, BulletList):
        return "<ul>" + "".join(f"<li>{_text(item)}</li>" for item in block.items) + "</ul>"
    if isinstance(block, Table):
        head = "".join(f"<th align='left'>{_text(h)}</th>" for h in block.header)
        rows = "".join("<tr>" + "".join(f"<td>{_text(c)}</td>" for c in row) + "</tr>"
                       for row in block.rows)
        return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
    if isinstance(block, SignatureLines):
        return "<p><br/>" + "<br/>".join(_text(line) for line in block.lines) + "</p>"
    return ""


def paragraph_html(doc: ParagraphDoc, *, highlight: tuple[str, ...] = ()) -> str:
    """The whole § as HTML; sections whose heading is in `highlight` get a soft background."""
    parts = [f"<h3>{_text(doc.label)} {_text(doc.title)}</h3>"]
    if doc.case_number:
        parts.append(f"<p style='color:#4a5660'>{_text(doc.case_number)}</p>")
    for section in doc.sections:
        body = "".join(block_html(b) for b in section.blocks)
        heading = f"<h4>{_text(section.heading)}</h4>" if section.heading else ""
        anchor = f"<a name='{escape(section.heading or '')}'></a>"
        if section.heading in highlight:
            parts.append(f"{anchor}<table width='100%' cellpadding='4' "
                         f"bgcolor='{HIGHLIGHT}'><tr><td>{heading}{body}</td></tr></table>")
        else:
            parts.append(f"{anchor}{heading}{body}")
    return "".join(parts)
