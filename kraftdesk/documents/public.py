# SPDX-License-Identifier: EUPL-1.2
"""The public version of the minutes as a tagged PDF (PDF/UA-1).

    render_public_minutes(doc, out) -> pages
    render_public_minutes_bytes(doc) -> bytes

The same page layout as the minutes (kraftdesk.documents.story), with every flowable placed
in the structure tree (kraftdesk.documents.tagged):

    Document
      Sect (front page): Table of the labelled fields (TH label, TD values), the Underskrifter
        table, the Anslag/Bevis table
      Sect per §: H1 "§ 16 Title", P diarienummer, per section H2 heading, then
        P (a paragraph of text), L/LI/LBody (decision points, Beslutsunderlag), Table/TR/TH/TD
        (a voting list), P (signature lines)
      Sect per bilaga: H1 "Bilaga 12 Title", P reference, its blocks

The page header, footer boxes and page numbers are artifacts. Received PDF bilagor cannot be
tagged: the public composition (kraftdesk.reading.publication) has already replaced them.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any, BinaryIO, Literal, overload

from reportlab import rl_config
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus import Table as RLTable

from kraftdesk.documents.blocks import (
    block_flowables,
    list_items,
    rl_table,
    table_flowables,
    text_flowables,
)
from kraftdesk.documents.canvas import OutlineEntry
from kraftdesk.documents.flowables import Anchor, DottedLine, FieldRow, set_appendix
from kraftdesk.documents.front import posting_table, signature_table, value_flowables
from kraftdesk.documents.markup import markup, paragraphs, plain
from kraftdesk.documents.story import NBSP, Story
from kraftdesk.documents.styles import GEOMETRY, HEADING_ROOM, stylesheet
from kraftdesk.documents.tagged import (
    REPEATED,
    Artifact,
    StructElem,
    Structure,
    TableStructure,
    TaggedCanvas,
    TaggedTable,
    table_render_callback,
)
from kraftdesk.documents.templates import MinutesTemplate
from kraftdesk.domain.document import (
    AppendixDoc,
    Block,
    BulletList,
    LabelledValue,
    MinutesDoc,
    NumberedList,
    ParagraphDoc,
    SignatureLines,
    Table,
    Text,
)
from kraftdesk.text.furniture import appendix_mark


def render_public_minutes(doc: MinutesDoc, out: BinaryIO) -> int:
    """Write the (public, composed) minutes `doc` as a tagged PDF; the number of pages."""
    if any(a.pdf_bytes is not None for a in doc.appendices):
        raise ValueError("a tagged PDF cannot hold a received PDF bilaga")
    rl_config.useA85 = 0
    structure = Structure()
    story = build_tagged_story(doc, structure)
    template = MinutesTemplate(out, doc, first_appendix=story.first_appendix)
    title, author = plain(doc.title), plain(doc.body_name)

    class _Canvas(TaggedCanvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, structure=structure, title=title, author=author,
                             draft=not doc.is_final, **kwargs)

    template.build(story.flowables, canvasmaker=_Canvas)
    return template.canv.page_count


@overload
def render_public_minutes_bytes(doc: MinutesDoc) -> bytes: ...
@overload
def render_public_minutes_bytes(doc: MinutesDoc, *,
                                with_pages: Literal[True]) -> tuple[int, bytes]: ...
def render_public_minutes_bytes(doc: MinutesDoc, *, with_pages: bool = False) -> Any:
    """`render_public_minutes` into memory (with the number of pages when asked)."""
    buffer = io.BytesIO()
    pages = render_public_minutes(doc, buffer)
    return (pages, buffer.getvalue()) if with_pages else buffer.getvalue()


# --- the story ---------------------------------------------------------------------------------

def build_tagged_story(doc: MinutesDoc, structure: Structure) -> Story:
    story = Story()
    tags = _Tags(structure)
    front = structure.element("Sect")
    story.flowables += tags.front_matter(front, doc)
    whole_front_page = bool(doc.signatures or doc.posting_fields)
    for index, paragraph in enumerate(doc.paragraphs):
        if index > 0 or whole_front_page:
            story.new_page()
        story.flowables += tags.paragraph(paragraph)
    for entry in doc.certification:
        story.flowables.append(KeepTogether(tags.labelled_block(front, entry)))
    for appendix in sorted(doc.appendices, key=lambda a: a.number):
        if not story.flowables:
            story.first_appendix = appendix.number
        else:
            story.flowables.append(set_appendix(appendix.number))
            story.new_page()
        story.flowables += tags.appendix(appendix)
    return story


class _Tags:
    """Builds tagged flowables; every element is made in reading order."""

    def __init__(self, structure: Structure) -> None:
        self.s = structure
        self.styles = stylesheet()

    # -- the front page -----------------------------------------------------------------------

    def front_matter(self, parent: StructElem, doc: MinutesDoc) -> list[Flowable]:
        out: list[Flowable] = []
        if doc.front_fields:
            table = self.s.element("Table", parent)
            for field in doc.front_fields:
                row = self.s.element("TR", table)
                head = self.s.element("TH", row, O="Table", Scope="Row")
                cell = self.s.element("TD", row)
                label = Paragraph(markup(field.label), self.styles["front_label"])
                values = self._values(cell, value_flowables(field.lines))
                out.append(FieldRow(self.s.tag(head, [label])[0], values,
                                    GEOMETRY.label_column, space_after=5))
        if doc.signatures:
            rows, columns = 2 * len(doc.signatures), 4
            out += [Spacer(1, 6), signature_table(
                doc.signatures, self._table_wrapper(parent, rows, columns))]
        if doc.posting_fields:
            rows = 2 + len(doc.posting_fields) - 1
            out += [Spacer(1, 14), posting_table(
                doc.posting_fields, self._table_wrapper(
                    parent, rows, 2, header_rows=1, header_columns=1,
                    spans={(0, 0): 2, (1, 0): 2}, plain_rows={1}))]
        return out

    def _values(self, cell: StructElem, flowables: Sequence[Flowable]) -> list[Flowable]:
        """A field's values: text as P of the cell, a line to sign on as an artifact."""
        out: list[Flowable] = []
        for flowable in flowables:
            if isinstance(flowable, DottedLine):
                out.append(Artifact(flowable))
            elif isinstance(flowable, Spacer):
                out.append(flowable)
            else:
                out += self.s.tag(self.s.element("P", cell), [flowable])
        return out

    def _table_wrapper(self, parent: StructElem, rows: int, columns: int,
                       **kinds: Any) -> Any:
        s = self.s

        def wrap(table: RLTable) -> Flowable:
            structure = TableStructure(s, parent, rows, columns, **kinds)
            return TaggedTable(table, structure)

        wrap.render_cb = table_render_callback  # type: ignore[attr-defined]
        return wrap

    def labelled_block(self, parent: StructElem, field: LabelledValue) -> list[Flowable]:
        heading = self.s.paragraph(parent, text_flowables(field.label,
                                                          self.styles["front_heading"]),
                                   "H2")
        values = [f for f in value_flowables(field.lines, "signature", line_width=75 * 2.835)]
        return [Spacer(1, 16), *heading, *self._values(self.s.element("Div", parent), values)]

    # -- paragraphs and bilagor ----------------------------------------------------------------

    def paragraph(self, paragraph: ParagraphDoc) -> list[Flowable]:
        sect = self.s.element("Sect")
        label = paragraph.label.replace(" ", NBSP)
        title = f"{label} {paragraph.title}"
        out: list[Flowable] = [Anchor(OutlineEntry(f"p{paragraph.paragraph_id}", plain(title)))]
        out += self.s.paragraph(sect, text_flowables(title, self.styles["paragraph_heading"]),
                                "H1")
        if paragraph.case_number:
            out += self.s.paragraph(sect, text_flowables(paragraph.case_number,
                                                         self.styles["case_number"]))
        for section in paragraph.sections:
            if section.heading:
                out.append(CondPageBreak(HEADING_ROOM))
                out += self.s.paragraph(sect, text_flowables(
                    section.heading, self.styles["section_heading"]), "H2")
            for block in section.blocks:
                out += self.block(sect, block)
        return out

    def appendix(self, appendix: AppendixDoc) -> list[Flowable]:
        sect = self.s.element("Sect")
        title = f"{appendix_mark(appendix.number)} {appendix.title}".strip()
        out: list[Flowable] = [Anchor(OutlineEntry(f"a{appendix.number}", plain(title)))]
        out += self.s.paragraph(sect, text_flowables(appendix.title,
                                                     self.styles["appendix_title"]), "H1")
        out += self.s.paragraph(sect, text_flowables(appendix.reference,
                                                     self.styles["appendix_reference"]))
        for block in appendix.blocks:
            out += self.block(sect, block)
        return out

    # -- blocks --------------------------------------------------------------------------------

    def block(self, parent: StructElem, block: Block) -> list[Flowable]:
        if isinstance(block, Text):
            return self._text(parent, block.text, self.styles["body"])
        if isinstance(block, (NumberedList, BulletList)):
            return self._list(parent, block)
        if isinstance(block, Table):
            return self._table(parent, block)
        if isinstance(block, SignatureLines):
            flowables = block_flowables(block)  # [Spacer, KeepTogether(lines), Spacer]
            out: list[Flowable] = []
            for flowable in flowables:
                if isinstance(flowable, KeepTogether):
                    lines = [f for f in flowable._content]
                    out.append(KeepTogether(self._lines(parent, lines)))
                else:
                    out.append(flowable)
            return out
        raise TypeError(f"unknown block {type(block).__name__}")

    def _text(self, parent: StructElem, text: str, style: Any) -> list[Flowable]:
        """One P per paragraph of the text (blank-line separated), each of its lines in it."""
        out: list[Flowable] = []
        flowables = text_flowables(text, style)
        groups = paragraphs(text)
        at = 0
        for lines in groups:
            out += self.s.paragraph(parent, flowables[at:at + len(lines)])
            at += len(lines)
        return out

    def _lines(self, parent: StructElem, lines: Sequence[Flowable]) -> list[Flowable]:
        out: list[Flowable] = []
        for line in lines:
            if isinstance(line, Spacer):
                out.append(line)
            else:
                out += self.s.paragraph(parent, [line])
        return out

    def _list(self, parent: StructElem, block: NumberedList | BulletList) -> list[Flowable]:
        items = list_items(block)
        if not any(items):
            return []
        attributes = {"O": "List", "ListNumbering": "Decimal" if isinstance(
            block, NumberedList) else "Disc"}
        element = self.s.element("L", parent, **attributes)
        out: list[Flowable] = []
        for flowables in items:
            if flowables:
                item = self.s.element("LI", element)
                out += self.s.paragraph(item, flowables, "LBody")
        return [*out, Spacer(1, 5)]

    def _table(self, parent: StructElem, block: Table) -> list[Flowable]:
        s = self.s
        columns = max([len(block.header), *(len(row) for row in block.rows)], default=0)
        if columns == 0:
            return []

        has_header = bool(block.header)
        structure = TableStructure(s, parent, len(block.rows) + has_header, columns,
                                   header_rows=int(has_header))
        done = [0]  # logical rows placed so far (the header counts once)

        def make(data: list[list[object]], widths: list[float], header: bool) -> Flowable:
            # One Table element for all chunks: a later chunk's header row is repeated.
            first = done[0]
            rows = list(range(first, first + len(data)))
            if header and first > 0:
                rows = [REPEATED, *range(first, first + len(data) - 1)]
            done[0] = rows[-1] + 1 if rows else first
            return TaggedTable(rl_table(data, widths, header, table_render_callback),
                               structure, rows)

        return table_flowables(block, make)
