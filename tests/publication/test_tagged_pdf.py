# SPDX-License-Identifier: EUPL-1.2
"""The tagged PDF (kraftdesk.documents.tagged/public), read back with pikepdf and pypdf."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
import reportlab

from kraftdesk.documents.public import render_public_minutes_bytes
from kraftdesk.documents.tagged import REPORTLAB_VERIFIED
from kraftdesk.domain.document import Section, Text
from tests.documents.pdftext import reader
from tests.documents.samples import generated_minutes, seed_minutes, voting_table
from tests.publication.pdfstructure import open_pdf, page_contents, parent_tree, tree

LONG = " ".join(["Kommunstyrelsen har berett ärendet om förskolor och skolor i stadsdelen."]
                * 90)


def _document() -> bytes:
    """The seed minutes, final, with a paragraph and a voting list longer than a page."""
    doc = seed_minutes(final=True)
    doc = replace(doc, appendices=tuple(replace(a, pdf_bytes=None) for a in doc.appendices))
    long = replace(doc.paragraphs[0], paragraph_id=17, label="§ 17", title="Lång paragraf",
                   sections=(Section("Sammanfattning", (Text(LONG),), "summary"),
                             Section("Omröstning", (Text("Omröstning begärs."),
                                                    voting_table(130)), "votes")))
    return render_public_minutes_bytes(replace(doc, paragraphs=(*doc.paragraphs, long)))


@pytest.fixture(scope="module")
def tagged() -> bytes:
    return _document()


def test_reportlab_is_the_verified_version() -> None:
    # The module uses ReportLab internals (canv._doc, PDFPage.__NoDefault__): a new
    # ReportLab must be checked by these tests before the pin in pyproject moves.
    assert reportlab.Version.startswith(REPORTLAB_VERIFIED)


def test_catalog_language_title_and_pdfua_identifier(tagged: bytes) -> None:
    pdf = open_pdf(tagged)
    root = pdf.Root
    assert str(root.Lang) == "sv-SE"
    assert bool(root.MarkInfo.Marked) is True
    assert bool(root.ViewerPreferences.DisplayDocTitle) is True
    assert str(pdf.docinfo.Title) == "Sammanträdesprotokoll Kommunstyrelsen 2026-01-07"
    with pdf.open_metadata() as meta:
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == "Sammanträdesprotokoll Kommunstyrelsen 2026-01-07"
    assert "/StructTreeRoot" in root


def test_every_marked_content_of_every_page_is_in_the_tree(tagged: bytes) -> None:
    pdf = open_pdf(tagged)
    structure = tree(pdf)
    contents = page_contents(pdf)
    assert len(contents) >= 5
    in_pages = {(index, mcid) for index, c in enumerate(contents) for mcid in c.mcids}
    assert set(structure.references) == in_pages
    assert len(structure.references) == len(set(structure.references))
    for index, content in enumerate(contents):
        assert content.mcids == list(range(len(content.mcids))), f"page {index + 1}"
        assert content.untagged == [], f"page {index + 1} draws outside tags and artifacts"
        assert content.tagged_text > 0


def test_reading_order_is_the_order_drawn(tagged: bytes) -> None:
    structure = tree(open_pdf(tagged))
    # The tree, read depth first, visits the pages in order and each page top to bottom.
    assert structure.references == sorted(structure.references)


def test_parent_tree_and_struct_parents(tagged: bytes) -> None:
    pdf = open_pdf(tagged)
    parents = parent_tree(pdf)
    contents = page_contents(pdf)
    for index, page in enumerate(pdf.pages):
        assert int(page.obj.StructParents) == index
        owners = parents[index]
        assert len(owners) == len(contents[index].mcids)
        for mcid, owner in enumerate(owners):
            kids = owner.K if isinstance(owner.K, pikepdf.Array) else [owner.K]
            on_page = "/Pg" in owner and owner.Pg.objgen == page.obj.objgen
            assert any((isinstance(k, int) and on_page and int(k) == mcid)
                       or (not isinstance(k, int) and "/MCID" in k and int(k.MCID) == mcid
                           and k.Pg.objgen == page.obj.objgen) for k in kids)


def test_page_furniture_is_artifact(tagged: bytes) -> None:
    pdf = open_pdf(tagged)
    structure = tree(pdf)
    contents = page_contents(pdf)
    # Header, footer boxes and page number: text drawn inside artifacts on every page.
    assert all(c.artifact_text >= 1 for c in contents)
    texts = " ".join(page.extract_text() for page in reader(tagged).pages)
    assert "Justerandes sign" in texts and "1 (" in texts
    assert "Artifact" not in structure.tags


def test_structure_has_headings_lists_and_tables(tagged: bytes) -> None:
    tags = tree(open_pdf(tagged)).tags
    assert tags[0] == "Document"
    for tag in ("Sect", "H1", "H2", "P", "L", "LI", "LBody", "Table", "TR", "TH", "TD"):
        assert tag in tags, tag
    # One Table element for the 130-row voting list, its header row once (TH) …
    pdf = open_pdf(tagged)
    voting = [e for e in _elements(pdf) if str(e.S) == "/Table"
              and len(e.K) == 131]
    assert len(voting) == 1
    rows = list(voting[0].K)
    assert [str(c.S) for c in rows[0].K] == ["/TH", "/TH", "/TH"]
    assert all(str(c.S) == "/TD" for row in rows[1:] for c in row.K)


def test_a_paragraph_split_across_pages_is_one_element(tagged: bytes) -> None:
    pdf = open_pdf(tagged)
    structure = tree(pdf)
    long = [e for e in _elements(pdf) if str(e.S) == "/P" and _pages_of(e, pdf) > 1]
    assert long, "the long Sammanfattning spans two pages in one P"
    assert structure.references


@pytest.mark.skipif(shutil.which("pdfinfo") is None and os.environ.get("CI") != "true",
                    reason="poppler's pdfinfo is missing (.ci/run installs it in CI)")
def test_text_read_from_the_tree_keeps_words_apart(tagged: bytes, tmp_path: Path) -> None:
    path = tmp_path / "tagged.pdf"
    path.write_bytes(tagged)
    text = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True,
                          text=True, check=True).stdout
    assert "i stadsdelen. Kommunstyrelsen har" in text  # across the end of a line
    assert "stadsdelen.Kommunstyrelsen" not in text
    assert "1. Ersätta" in text or "1. " in text  # a list number, then a space


def test_many_paragraphs_render() -> None:
    doc = generated_minutes(paragraphs=8, appendices=2, final=True)
    doc = replace(doc, appendices=tuple(replace(a, pdf_bytes=None) for a in doc.appendices))
    pdf = open_pdf(render_public_minutes_bytes(doc))
    contents = page_contents(pdf)
    assert all(not c.untagged for c in contents)
    assert {(i, m) for i, c in enumerate(contents) for m in c.mcids} == set(
        tree(pdf).references)


def _elements(pdf: object) -> list:
    out = []

    def visit(element: object) -> None:
        out.append(element)
        kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
        for kid in kids:
            if not isinstance(kid, int) and "/S" in kid:
                visit(kid)

    root = pdf.Root.StructTreeRoot  # type: ignore[attr-defined]
    for kid in root.K:
        visit(kid)
    return out


def _pages_of(element: object, pdf: object) -> int:
    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]  # type: ignore[attr-defined]
    return len({k.Pg.objgen for k in kids if not isinstance(k, int) and "/MCID" in k})
