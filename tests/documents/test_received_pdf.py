# SPDX-License-Identifier: EUPL-1.2
"""Received statements that arrived as PDF files, merged in at their place and stamped."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen.canvas import Canvas

from kraftdesk.documents import render_minutes_bytes
from kraftdesk.domain.document import AppendixDoc
from kraftdesk.domain.errors import UserError
from tests.documents import samples
from tests.documents.pdftext import body_lines, page_lines, reader


def received_pdf() -> bytes:
    """Two pages as a party group might send them: Letter, then a page with /Rotate 90."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=1)
    canvas.setFont("Times-Roman", 12)
    canvas.drawString(72, 720, "Reservation från Sverigedemokraterna, sida ett")
    canvas.showPage()
    canvas.setPageSize(A4)
    canvas.setPageRotation(90)
    canvas.setFont("Times-Roman", 12)
    canvas.drawString(72, 500, "Sida två av reservationen")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def minutes_with_received(*, final: bool) -> bytes:
    received = AppendixDoc(number=14, title="Reservation", reference="§ 16",
                           pdf_bytes=received_pdf(), paragraph_id=16)
    doc = samples.seed_minutes(final=final)
    return render_minutes_bytes(replace(doc, appendices=(*doc.appendices, received)))


def test_received_pages_follow_at_their_place_stamped_with_bilaga_and_page_number() -> None:
    data = minutes_with_received(final=True)
    pages = page_lines(data)
    assert len(pages) == 7
    assert body_lines(pages[4])[0] == "Bilaga 13"
    assert pages[5] == ["Reservation från Sverigedemokraterna, sida ett", "6 (7)", "Bilaga 14"]
    assert pages[6] == ["Sida två av reservationen", "7 (7)", "Bilaga 14"]
    assert [lines[-1] for lines in pages[:5]] == [f"{n} (7)" for n in range(1, 6)]


def test_received_pages_keep_their_size_and_become_upright() -> None:
    pdf = reader(minutes_with_received(final=True))
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in pdf.pages]
    assert sizes[:5] == [(595, 842)] * 5
    assert sizes[5] == (612, 792)  # Letter, as received
    # ReportLab stored that page as a landscape box turned by /Rotate 90: shown portrait.
    assert sizes[6] == (595, 842)
    assert all(p.get("/Rotate", 0) == 0 for p in pdf.pages)


def test_a_draft_marks_the_received_pages_too() -> None:
    pages = page_lines(minutes_with_received(final=False))
    assert "Förslag – ej justerat" in pages[5]
    assert "Förslag – ej justerat" in pages[6]


def test_merged_output_is_deterministic_and_keeps_metadata_and_outline() -> None:
    first = minutes_with_received(final=True)
    assert first == minutes_with_received(final=True)
    pdf = reader(first)
    assert pdf.metadata.title == "Sammanträdesprotokoll Kommunstyrelsen 2026-01-07"
    assert pdf.trailer["/Root"]["/Lang"] == "sv-SE"
    outline = [(item.title, pdf.get_destination_page_number(item)) for item in pdf.outline]
    assert outline[-1] == ("Bilaga 14 Reservation", 5)


def test_bilagor_alone_can_begin_with_a_received_pdf() -> None:
    received = AppendixDoc(number=3, title="Yttrande", reference="§ 2", pdf_bytes=received_pdf())
    doc = replace(samples.seed_minutes(final=True), front_fields=(), signatures=(),
                  posting_fields=(), paragraphs=(), appendices=(received, samples.appendix_12()))
    pages = page_lines(render_minutes_bytes(doc))
    assert pages[0] == ["Reservation från Sverigedemokraterna, sida ett", "1 (3)", "Bilaga 3"]
    assert body_lines(pages[2])[0] == "Bilaga 12"


def test_a_file_that_is_no_pdf_is_refused_in_swedish() -> None:
    broken = AppendixDoc(number=14, title="Reservation", reference="§ 16",
                         pdf_bytes=b"%PDF-1.4 this is not really a PDF")
    doc = replace(samples.seed_minutes(final=True), appendices=(broken,))
    with pytest.raises(UserError) as caught:
        render_minutes_bytes(doc)
    assert caught.value.message == (
        "Bilaga 14: den mottagna PDF-filen går inte att använda: den är skadad eller inte en "
        "riktig PDF (PdfStreamError). Ta emot texten på nytt, som text eller som en läsbar "
        "PDF-fil.")
