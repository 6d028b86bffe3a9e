# SPDX-License-Identifier: EUPL-1.2
"""The blocks of a section (kraftdesk.domain.document) as flowables.

Text, numbered decision points, bullet lists, tables (in chunks, header repeated on every
page, rows allowed to split) and signature lines. All text goes through markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, singledispatch

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from kraftdesk.documents.markup import main_font_covers, paragraph, paragraphs, printable
from kraftdesk.documents.styles import (
    GEOMETRY,
    INK,
    RULE,
    TABLE_CHUNK_ROWS,
    TABLE_HEADER_FILL,
    stylesheet,
)
from kraftdesk.domain.document import (
    Block,
    BulletList,
    NumberedList,
    SignatureLines,
    Table,
    Text,
)

BULLET = "\u2022"
_CELL_PADDING = 3.0
_WIDTH_SAMPLE_ROWS = 200  # column widths are measured on the first rows only


def text_flowables(text: str, style: ParagraphStyle) -> list[Flowable]:
    """One Paragraph per line; the style's space after ends each paragraph, not each line."""
    tight = _tight(style)
    out: list[Flowable] = []
    for lines in paragraphs(text):
        out += [paragraph(line, tight) for line in lines[:-1]]
        out.append(paragraph(lines[-1], style))
    return out


@cache
def _tight(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-line", parent=style, spaceAfter=0)


def block_flowables(block: Block) -> list[Flowable]:
    """The flowables of one block."""
    return _block(block)


@singledispatch
def _block(block: object) -> list[Flowable]:
    raise TypeError(f"unknown block {type(block).__name__}")


@_block.register
def _text(block: Text) -> list[Flowable]:
    return text_flowables(block.text, stylesheet()["body"])


@_block.register
def _numbered(block: NumberedList) -> list[Flowable]:
    return _list(block)


@_block.register
def _bullets(block: BulletList) -> list[Flowable]:
    return _list(block)


def _list(block: NumberedList | BulletList) -> list[Flowable]:
    out = [f for item in list_items(block) for f in item]
    if out:
        out.append(Spacer(1, 5))  # a new one each time: ReportLab marks flowables it moves
    return out


def list_items(block: NumberedList | BulletList) -> list[list[Flowable]]:
    """The flowables of each item of a list, the number or bullet on the first line."""
    if isinstance(block, NumberedList):
        style = stylesheet()["numbered"]
        marks = [f"{block.start + i}." for i in range(len(block.items))]
    else:
        style = stylesheet()["bullet"]
        marks = [BULLET] * len(block.items)
    out: list[list[Flowable]] = []
    for item, mark in zip(block.items, marks, strict=True):
        flowables = text_flowables(item, style)
        if flowables:
            first = flowables[0]
            assert isinstance(first, Paragraph)
            first.bulletText = mark
        out.append(flowables)
    return out




@_block.register
def _signature(block: SignatureLines) -> list[Flowable]:
    style = stylesheet()["signature"]
    lines: list[Flowable] = []
    for line in block.lines:
        lines += text_flowables(line, style) or [Spacer(1, style.leading)]
    return [Spacer(1, 22), KeepTogether(lines), Spacer(1, 8)] if lines else []


@_block.register
def _table(block: Table) -> list[Flowable]:
    return table_flowables(block)


#: Makes the flowable of one chunk of a table: (cells, column widths, has a header row).
TableMaker = Callable[[list[list[object]], list[float], bool], Flowable]


def table_flowables(block: Table, make: TableMaker | None = None) -> list[Flowable]:
    """A table in chunks of TABLE_CHUNK_ROWS rows, the header row repeated on every page."""
    make = make or _rl_table
    styles = stylesheet()
    cell, head = styles["cell"], styles["cell_header"]
    columns = max([len(block.header), *(len(row) for row in block.rows)], default=0)
    if columns == 0:
        return []
    header = _padded(block.header, columns) if block.header else ()
    rows = [_padded(row, columns) for row in block.rows]
    widths = column_widths([header, *rows[:_WIDTH_SAMPLE_ROWS]], GEOMETRY.frame_width, cell)
    head_cells = [_cell(text, head, width) for text, width in zip(header, widths, strict=True)]
    out: list[Flowable] = []
    chunks = [rows[i:i + TABLE_CHUNK_ROWS] for i in range(0, len(rows), TABLE_CHUNK_ROWS)]
    for chunk in chunks or [[]]:
        data = [[_cell(text, cell, width) for text, width in zip(row, widths, strict=True)]
                for row in chunk]
        if head_cells:
            data.insert(0, head_cells)
        if data:
            out.append(make(data, widths, bool(head_cells)))
    out.append(Spacer(1, 8))
    return out


def _cell(text: str, style: ParagraphStyle, width: float) -> str | list[Flowable]:
    """A plain string when it fits on one line in the main font (much faster), else lines."""
    shown = printable(text)
    if ("\n" not in shown and main_font_covers(shown)
            and stringWidth(shown, style.fontName, style.fontSize) <= width - 2 * _CELL_PADDING):
        return shown
    return text_flowables(text, style) or ""


def _padded(row: Sequence[str], columns: int) -> tuple[str, ...]:
    return tuple(row) + ("",) * (columns - len(row))


def _rl_table(data: list[list[object]], widths: list[float], has_header: bool,
              render_cb: Callable[..., None] | None = None) -> RLTable:
    cell, head = stylesheet()["cell"], stylesheet()["cell_header"]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if has_header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_FILL))
        commands.append(("FONT", (0, 0), (-1, 0), head.fontName, head.fontSize, head.leading))
    return RLTable(data, colWidths=widths, repeatRows=1 if has_header else 0, splitByRow=1,
                   splitInRow=1, style=commands, hAlign="LEFT", renderCB=render_cb)


def rl_table(data: list[list[object]], widths: list[float], has_header: bool,
             render_cb: Callable[..., None] | None = None) -> RLTable:
    """The RL Table of one chunk (with ReportLab's render callback, for tagging)."""
    return _rl_table(data, widths, has_header, render_cb)


def column_widths(rows: Sequence[Sequence[str]], total: float,
                  style: ParagraphStyle) -> list[float]:
    """Widths that fill `total`: narrow columns get what they need, wide ones share the rest."""
    columns = max((len(r) for r in rows), default=0)
    natural = [2 * _CELL_PADDING + 12.0] * columns
    for row in rows:
        for index, text in enumerate(row):
            longest = max(printable(text).split("\n"), key=len, default="")
            width = stringWidth(longest, style.fontName, style.fontSize) + 2 * _CELL_PADDING + 2
            natural[index] = max(natural[index], width)
    if sum(natural) <= total:
        extra = total - sum(natural)
        return [w + extra * w / sum(natural) for w in natural]
    fair = total / columns
    narrow = [w for w in natural if w <= fair]
    wide_total = sum(w for w in natural if w > fair)
    room = total - sum(narrow)
    return [w if w <= fair else room * w / wide_total for w in natural]
