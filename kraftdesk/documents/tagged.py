# SPDX-License-Identifier: EUPL-1.2
"""Tagged PDF on top of ReportLab: a structure tree built while the pages are drawn.

Open-source ReportLab writes no structure tree. This module adds one, for the public
version of the minutes (PDF/UA-1, WCAG 2.1 AA for documents):

- `Structure` holds the tree of `StructElem` (Document, Sect, H1–H3, P, L/LI/LBody,
  Table/TR/TH/TD) that the story builder makes in reading order, which is the order the
  flowables are drawn in (one frame per page: reading order is the visual order).
- `Tagged(flowable, element)` draws a flowable as marked content (`/P <</MCID n>> BDC …
  EMC`) belonging to `element`. It wraps the parts of a flowable split across pages too, so
  one element spans both halves with a marked-content reference on each page (ReportLab's
  `Paragraph.split` rebuilds plain paragraphs and would lose anything kept on them).
- `TaggedTable` tags an RL Table cell by cell through its public `renderCB` hook: each cell
  is marked content of its TH or TD, the background and the rules are artifacts, and the
  header row a split table repeats on the next page is an artifact (it is read once).
- `Artifact(flowable)` draws decoration (a line to sign on) as an artifact.
- `TaggedCanvas` (a MinutesCanvas) numbers the marked content per page, draws the page
  furniture (header, footer boxes, page numbers) as artifacts, ends every line of text with
  a space (text read from the structure tree would glue words otherwise), and writes the
  StructTreeRoot, the ParentTree, /StructParents on every page, /MarkInfo, and XMP
  metadata with the PDF/UA-1 identifier (pdfuaid:part 1) and the title.

ReportLab hooks used: the public `canvas.addLiteral`, `canvas.setCatalogEntry`,
`pdfdoc.XMP`, `doc.Reference`, `Table(renderCB=…)`, DocTemplate's `lang` and
`displayDocTitle`; and, where no public one exists, the canvas's document (`canv._doc`) and
the page dictionary's list of allowed keys (`PDFPage.__NoDefault__`), extended on each page
object for /StructParents and /Tabs. Verified against ReportLab 5.1 (REPORTLAB_VERIFIED);
tests/publication/test_tagged_pdf.py checks the result with pikepdf.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

import reportlab
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
)
from reportlab.platypus import Flowable, Spacer
from reportlab.platypus import Table as RLTable

from kraftdesk.documents.canvas import MinutesCanvas

#: The ReportLab version this module was verified against (pyproject pins the range).
REPORTLAB_VERIFIED = "5.1"

ARTIFACT_BEGIN = "/Artifact BMC"
PAGINATION_BEGIN = "/Artifact <</Type /Pagination>> BDC"
END = "EMC"


class StructElem:
    """One structure element; `kids` are elements and (page index, MCID) pairs, in order."""

    __slots__ = ("attributes", "kids", "name", "parent", "tag")

    def __init__(self, tag: str, parent: StructElem | None = None,
                 attributes: dict[str, Any] | None = None) -> None:
        self.tag = tag
        self.parent = parent
        self.kids: list[StructElem | tuple[int, int]] = []
        self.attributes = attributes
        self.name = ""  # the PDF object name, given when written
        if parent is not None:
            parent.kids.append(self)

    def __repr__(self) -> str:
        return f"StructElem({self.tag}, {len(self.kids)} kids)"


class Structure:
    """The structure tree of one document, and the marked content of every page."""

    def __init__(self, lang: str = "sv-SE") -> None:
        self.root = StructElem("Document")
        self.lang = lang
        # page index -> the element of each MCID on that page, in MCID order
        self.pages: dict[int, list[StructElem]] = {}

    def element(self, tag: str, parent: StructElem | None = None,
                **attributes: Any) -> StructElem:
        return StructElem(tag, parent or self.root, attributes or None)

    def mark(self, element: StructElem, page: int) -> int:
        """A new MCID on `page` for content of `element`."""
        owners = self.pages.setdefault(page, [])
        owners.append(element)
        element.kids.append((page, len(owners) - 1))
        return len(owners) - 1

    # -- building the story -------------------------------------------------------------------

    def tag(self, element: StructElem, flowables: Iterable[Flowable]) -> list[Flowable]:
        """Each drawing flowable as marked content of `element`; spacers stay as they are."""
        return [f if isinstance(f, Spacer) else Tagged(f, element) for f in flowables]

    def paragraph(self, parent: StructElem, flowables: Sequence[Flowable],
                  tag: str = "P") -> list[Flowable]:
        """A new element `tag` under `parent` holding `flowables` (the lines of one text)."""
        if not flowables:
            return []
        return self.tag(self.element(tag, parent), flowables)


def current_page(canvas: Any) -> int:
    """The 0-based index of the page being drawn (MinutesCanvas keeps finished pages)."""
    return len(canvas._finished)


def begin_marked(canvas: Any, element: StructElem) -> None:
    structure: Structure = canvas.structure
    mcid = structure.mark(element, current_page(canvas))
    canvas.addLiteral(f"/{element.tag} <</MCID {mcid}>> BDC")


def end_marked(canvas: Any) -> None:
    canvas.addLiteral(END)


class _Wrapper(Flowable):
    """Draws another flowable; size, spacing and splitting are the wrapped one's."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def __getattr__(self, name: str) -> Any:  # hAlign, keepWithNext, _frameName …
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(avail_width, avail_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.inner.getSpaceAfter()

    def minWidth(self) -> float:  # noqa: N802 (ReportLab's name)
        return self.inner.minWidth()

    def getKeepWithNext(self) -> bool:  # noqa: N802 (ReportLab's name)
        return self.inner.getKeepWithNext()

    def identity(self, maxLen: int | None = None) -> str:  # noqa: N803 (ReportLab's name)
        return self.inner.identity(maxLen)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return [self._again(part) for part in self.inner.split(avail_width, avail_height)]

    def _again(self, part: Flowable) -> Flowable:
        raise NotImplementedError


class Tagged(_Wrapper):
    """`inner` drawn as marked content of `element` (both halves of a split too)."""

    def __init__(self, inner: Flowable, element: StructElem) -> None:
        super().__init__(inner)
        self.element = element

    def _again(self, part: Flowable) -> Flowable:
        return Tagged(part, self.element)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        begin_marked(canvas, self.element)
        self.inner.drawOn(canvas, x, y, _sW)
        end_marked(canvas)


class Artifact(_Wrapper):
    """`inner` drawn as an artifact (decoration, not content)."""

    def _again(self, part: Flowable) -> Flowable:
        return Artifact(part)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        canvas.addLiteral(ARTIFACT_BEGIN)
        self.inner.drawOn(canvas, x, y, _sW)
        canvas.addLiteral(END)


# --- tables ------------------------------------------------------------------------------------

REPEATED = -1  # a header row repeated on a later page


class TableStructure:
    """The Table element of an RL Table, its rows (TR) and cells (TH/TD)."""

    def __init__(self, structure: Structure, parent: StructElem, rows: int, columns: int, *,
                 header_rows: int = 0, header_columns: int = 0,
                 spans: dict[tuple[int, int], int] | None = None,
                 plain_rows: set[int] | frozenset[int] = frozenset()) -> None:
        self.element = structure.element("Table", parent)
        self.cells: list[list[StructElem | None]] = []
        spans = spans or {}
        covered: set[tuple[int, int]] = set()
        for (row, column), width in spans.items():
            covered |= {(row, c) for c in range(column + 1, column + width)}
        for row in range(rows):
            tr = structure.element("TR", self.element)
            line: list[StructElem | None] = []
            for column in range(columns):
                if (row, column) in covered:
                    line.append(None)
                    continue
                attributes: dict[str, Any] = {}
                if row in plain_rows:
                    tag = "TD"
                elif row < header_rows:
                    tag, attributes["Scope"] = "TH", "Column"
                elif column < header_columns:
                    tag, attributes["Scope"] = "TH", "Row"
                else:
                    tag = "TD"
                if spans.get((row, column), 1) > 1:
                    attributes["ColSpan"] = spans[(row, column)]
                cell = structure.element(tag, tr, O="Table", **attributes) if attributes \
                    else structure.element(tag, tr)
                line.append(cell)
            self.cells.append(line)


def _render(table: RLTable, event: str, *args: Any) -> None:
    """Table(renderCB=…): each cell as marked content of its cell element; the rest artifact."""
    canvas = table.canv
    structure: TableStructure | None = getattr(table, "_kd_structure", None)
    if structure is None or not hasattr(canvas, "structure"):
        return
    if event in ("startBG", "startLines"):
        canvas.addLiteral(ARTIFACT_BEGIN)
    elif event in ("endBG", "endLines"):
        canvas.addLiteral(END)
    elif event == "startCell":
        row, column, value = args[0], args[1], args[2]
        logical = table._kd_rows[row]
        cell = structure.cells[logical][column] if logical != REPEATED else None
        table._kd_open = None
        if not _has_content(value):
            return
        if cell is None:
            canvas.addLiteral(ARTIFACT_BEGIN)
        else:
            begin_marked(canvas, cell)
        table._kd_open = True
    elif event == "endCell" and getattr(table, "_kd_open", None):
        canvas.addLiteral(END)
        table._kd_open = None


def _has_content(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple)):
        return any(_has_content(v) for v in value)
    return not isinstance(value, Spacer)


class TaggedTable(_Wrapper):
    """An RL Table (made with renderCB=table_render_callback) tagged cell by cell.

    `rows` maps the table's rows to the logical rows of `structure`; a split keeps the map
    right for both parts, and marks a repeated header row as REPEATED.
    """

    def __init__(self, inner: RLTable, structure: TableStructure,
                 rows: list[int] | None = None) -> None:
        super().__init__(inner)
        self.structure = structure
        self.rows = rows if rows is not None else list(range(len(inner._cellvalues)))
        inner._kd_structure = structure
        inner._kd_rows = self.rows

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = self.inner.split(avail_width, avail_height)
        if len(parts) != 2:
            return [TaggedTable(p, self.structure, self.rows) for p in parts]
        first, second = parts
        taken = len(first._cellvalues)
        repeat = self.inner.repeatRows
        repeated = repeat if isinstance(repeat, int) else len(repeat)
        rest_count = len(second._cellvalues) - repeated
        # A row split in two (splitInRow) appears in both parts.
        resume = len(self.rows) - rest_count
        return [TaggedTable(first, self.structure, self.rows[:taken]),
                TaggedTable(second, self.structure,
                            [REPEATED] * repeated + self.rows[resume:])]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        self.inner._kd_rows = self.rows
        self.inner._kd_structure = self.structure
        self.inner.drawOn(canvas, x, y, _sW)


table_render_callback = _render


# --- the canvas ------------------------------------------------------------------------------

class TaggedCanvas(MinutesCanvas):
    """MinutesCanvas writing a structure tree (see the module docstring)."""

    #: Every line of text ends with a space (kraftdesk.documents.plain_paragraph reads it).
    line_end_spaces = True

    def __init__(self, *args: Any, structure: Structure, title: str, author: str = "",
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.structure = structure
        self._title = title
        self._author = author

    def _draw_number(self, number: int, total: int) -> None:
        self.addLiteral(PAGINATION_BEGIN)
        super()._draw_number(number, total)
        self.addLiteral(END)

    def _before_write(self) -> None:
        """After the last page is laid out, before the file is written: the tree."""
        doc = self._doc
        root_name = "StructTreeRoot"
        elements = _elements(self.structure.root)
        for index, element in enumerate(elements):
            element.name = f"KdStructElem{index}"
        pages = doc.Pages.pages
        page_refs = [PDFObjectReference(f"Page{i + 1}") for i in range(len(pages))]
        for element in elements:
            doc.Reference(_element_dict(element, root_name, page_refs), element.name)
        nums: list[Any] = []
        for page in sorted(self.structure.pages):
            nums += [page, PDFArray([PDFObjectReference(e.name)
                                     for e in self.structure.pages[page]])]
        parent_tree = PDFDictionary({"Nums": PDFArray(nums)})
        root = PDFDictionary({
            "Type": PDFName("StructTreeRoot"),
            "K": PDFArray([PDFObjectReference(self.structure.root.name)]),
            "ParentTree": doc.Reference(parent_tree, "KdParentTree"),
            "ParentTreeNextKey": len(pages),
        })
        doc.Reference(root, root_name)
        for index, page in enumerate(pages):
            # PDFPage writes only the keys it lists; the list is extended on each page.
            page.__NoDefault__ = [*type(page).__NoDefault__, "StructParents", "Tabs"]
            page.StructParents = index
            page.Tabs = PDFName("S")
        self.setCatalogEntry("StructTreeRoot", PDFObjectReference(root_name))
        self.setCatalogEntry("MarkInfo", {"Marked": "true"})  # a str is written as it is
        self.setCatalogEntry("Metadata", pdfdoc.XMP(creator=self._xmp))

    def _xmp(self, _doc: Any) -> bytes:
        return xmp_metadata(self._title, self._author, self.structure.lang).encode("utf-8")


def _elements(root: StructElem) -> list[StructElem]:
    """Every element in tree order (empty ones pruned, except table cells and rows)."""
    out: list[StructElem] = []

    def visit(element: StructElem) -> bool:
        kids = []
        for kid in element.kids:
            if isinstance(kid, StructElem):
                if visit(kid) or kid.tag in ("TD", "TH", "TR"):
                    kids.append(kid)
            else:
                kids.append(kid)
        element.kids = kids
        return bool(kids)

    visit(root)

    def collect(element: StructElem) -> None:
        out.append(element)
        for kid in element.kids:
            if isinstance(kid, StructElem):
                collect(kid)

    collect(root)
    return out


@cache
def _name(text: str) -> Any:
    """PDFName(text), made once (a tree has tens of thousands of the same few names)."""
    return PDFName(text)


def _element_dict(element: StructElem, root_name: str,
                  page_refs: list[PDFObjectReference]) -> PDFDictionary:
    kids: list[Any] = []
    mcr = _name("MCR")
    pages = {kid[0] for kid in element.kids if not isinstance(kid, StructElem)}
    # Content on one page: plain MCIDs with the element's /Pg; on several: MCR dictionaries.
    one_page = next(iter(pages)) if len(pages) == 1 else None
    for kid in element.kids:
        if isinstance(kid, StructElem):
            kids.append(PDFObjectReference(kid.name))
        elif one_page is not None:
            kids.append(kid[1])
        else:
            page, mcid = kid
            kids.append(PDFDictionary({"Type": mcr, "Pg": page_refs[page], "MCID": mcid}))
    entries: dict[str, Any] = {
        "Type": _name("StructElem"),
        "S": _name(element.tag),
        "P": PDFObjectReference(element.parent.name if element.parent else root_name),
        "K": PDFArray(kids) if len(kids) != 1 else kids[0],
    }
    if one_page is not None:
        entries["Pg"] = page_refs[one_page]
    if element.attributes:
        entries["A"] = PDFDictionary({key: _pdf_value(value)
                                      for key, value in element.attributes.items()})
    return PDFDictionary(entries)


def _pdf_value(value: Any) -> Any:
    if isinstance(value, str):
        return _name(value)
    return value


def xmp_metadata(title: str, author: str, lang: str) -> str:
    """XMP with dc:title, dc:creator, dc:language and the PDF/UA-1 identifier."""
    title_x, author_x = escape(title), escape(author)
    creator = (f"<dc:creator><rdf:Seq><rdf:li>{author_x}</rdf:li></rdf:Seq></dc:creator>"
               if author else "")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title_x}</rdf:li></rdf:Alt>'
        f"</dc:title>\n{creator}"
        f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>\n"
        "<dc:format>application/pdf</dc:format>\n"
        f"<pdf:Producer>ReportLab {reportlab.Version} with kraftdesk</pdf:Producer>\n"
        "<xmp:CreatorTool>kraftdesk</xmp:CreatorTool>\n"
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )


__all__ = [
    "REPORTLAB_VERIFIED", "Artifact", "StructElem", "Structure",
    "TableStructure", "Tagged", "TaggedCanvas", "TaggedTable", "table_render_callback",
    "xmp_metadata",
]
