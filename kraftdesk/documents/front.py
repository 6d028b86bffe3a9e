# SPDX-License-Identifier: EUPL-1.2
"""The front page (fields, Underskrifter, Anslag/Bevis) and the certification of an extract.

Conventions for LabelledValue (kraftdesk.text.minutes follows them):
- an empty line ("") is drawn as a dotted line to sign on;
- the first LabelledValue of `MinutesDoc.posting_fields` is the block's heading, with the
  statement under it ("Protokollet är justerat. …"); the others are label/value rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from kraftdesk.documents.blocks import text_flowables
from kraftdesk.documents.flowables import DottedLine, FieldRow, SignatureSpot
from kraftdesk.documents.markup import markup
from kraftdesk.documents.styles import GEOMETRY, INK, RULE, stylesheet
from kraftdesk.domain.document import LabelledValue, SignatureField
from kraftdesk.text.furniture import SIGNATURES_LABEL

_POSTING_LABEL_WIDTH = 62 * mm
_SIGNING_ROOM = 26.0  # DottedLine's default room above the line
_DOT_DASH = (1, 2)


def value_flowables(lines: Sequence[str], style_name: str = "front_value",
                    line_width: float | None = None) -> list[Flowable]:
    """The lines of a value; an empty line is a dotted line to sign on."""
    style = stylesheet()[style_name]
    out: list[Flowable] = []
    for line in lines:
        out += [DottedLine(line_width)] if line == "" else \
            text_flowables(line, style) or [Spacer(1, style.leading)]
    return out


def front_matter(fields: Sequence[LabelledValue], signatures: Sequence[SignatureField],
                 posting: Sequence[LabelledValue],
                 other_postings: Sequence[Sequence[LabelledValue]] = ()) -> list[Flowable]:
    """Front page flowables: labelled fields, the signature block, the Anslag/Bevis boxes
    (the minutes', then each omedelbart justerad paragraph's)."""
    label_style = stylesheet()["front_label"]
    out: list[Flowable] = [
        FieldRow(Paragraph(markup(field.label), label_style), value_flowables(field.lines),
                 GEOMETRY.label_column, space_after=5)
        for field in fields
    ]
    if signatures:
        out += [Spacer(1, 6), signature_table(signatures)]
    if posting:
        out += [Spacer(1, 14), posting_table(posting)]
    for block in other_postings:
        out += [Spacer(1, 14), posting_table(block)]
    return out


def signature_table(signatures: Sequence[SignatureField],
                    wrap: Callable[[RLTable], Flowable] | None = None) -> Flowable:
    """Underskrifter: role, a dotted line with the note beside it, the printed name below."""
    styles = stylesheet()
    label, value = styles["front_label"], styles["front_value"]
    data: list[list[object]] = []
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), value.fontName, value.fontSize, value.leading),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for index, field in enumerate(signatures):
        row = len(data)
        data.append([
            Paragraph(markup(SIGNATURES_LABEL), label) if index == 0 else "",
            text_flowables(field.role, value),
            SignatureSpot(_SIGNING_ROOM - 2),
            text_flowables(field.note, value) if field.note else "",
        ])
        data.append(["", "", text_flowables(field.name, value), ""])
        commands.append(("LINEBELOW", (2, row), (2, row), 0.6, INK, None, _DOT_DASH))
        commands.append(("LEFTPADDING", (3, row), (3, row), 6))
        commands.append(("BOTTOMPADDING", (0, row + 1), (-1, row + 1), 4))
    line_width = GEOMETRY.frame_width - GEOMETRY.label_column - GEOMETRY.role_column \
        - GEOMETRY.note_column
    heights = [26 if i % 2 == 0 else None for i in range(len(data))]
    table = RLTable(data, colWidths=[GEOMETRY.label_column, GEOMETRY.role_column, line_width,
                                     GEOMETRY.note_column],
                    rowHeights=heights, style=commands, hAlign="LEFT", splitByRow=1,
                    splitInRow=1, renderCB=_render_cb(wrap))
    return KeepTogether([wrap(table) if wrap else table])


def posting_table(fields: Sequence[LabelledValue],
                  wrap: Callable[[RLTable], Flowable] | None = None) -> Flowable:
    """The boxed Anslag/Bevis block."""
    styles = stylesheet()
    heading, label = fields[0], styles["front_label"]
    data: list[list[object]] = [
        [text_flowables(heading.label, styles["front_heading"]), ""],
        [value_flowables(heading.lines), ""],
    ]
    value = styles["front_value"]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), value.fontName, value.fontSize, value.leading),
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("SPAN", (0, 0), (1, 0)),
        ("SPAN", (0, 1), (1, 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]
    value_width = GEOMETRY.frame_width - _POSTING_LABEL_WIDTH
    for field in fields[1:]:
        if field.lines[:1] == ("",):  # a line to sign on: the label goes beside it
            commands.append(("TOPPADDING", (0, len(data)), (0, len(data)),
                             _SIGNING_ROOM - label.leading + 2))
        data.append([text_flowables(field.label, label),
                     value_flowables(field.lines, line_width=75 * mm)])
    table = RLTable(data, colWidths=[_POSTING_LABEL_WIDTH, value_width], style=commands,
                    hAlign="LEFT", splitByRow=1, splitInRow=1, renderCB=_render_cb(wrap))
    return KeepTogether([wrap(table) if wrap else table])


def _render_cb(wrap: object) -> Callable[..., None] | None:
    """The table callback of a tagged table (kraftdesk.documents.tagged), when tagging."""
    return getattr(wrap, "render_cb", None)


def labelled_block(field: LabelledValue) -> Flowable:
    """A certification or distribution block: the label in bold, the lines below it."""
    styles = stylesheet()
    flowables = text_flowables(field.label, styles["front_heading"])
    flowables += value_flowables(field.lines, "signature", line_width=75 * mm)
    return KeepTogether([Spacer(1, 16), *flowables])
