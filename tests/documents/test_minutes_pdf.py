# SPDX-License-Identifier: EUPL-1.2
"""The minutes as a PDF, read back with pypdf: exact Swedish content, order and furniture."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from kraftdesk.documents import render_minutes, render_minutes_bytes
from kraftdesk.domain.document import LabelledValue
from tests.documents import samples
from tests.documents.pdftext import body_lines, body_text, in_order, page_lines, reader

HEADER = ["Malmö stad", "Kommunstyrelsen", "Sammanträdesprotokoll",
          "Sammanträdesdatum 2026-01-07"]
FOOTER = ["Justerandes sign", "Utdragsbestyrkande"]
DRAFT = "Förslag – ej justerat"


@pytest.fixture(scope="module")
def final_pdf() -> bytes:
    return render_minutes_bytes(samples.seed_minutes(final=True))


@pytest.fixture(scope="module")
def draft_pdf() -> bytes:
    return render_minutes_bytes(samples.seed_minutes(final=False))


def test_front_page_of_justerade_minutes_reads_exactly(final_pdf: bytes) -> None:
    assert page_lines(final_pdf)[0] == [
        *HEADER, *FOOTER,
        "Plats och tid", "Stadshuset, Malmö, 2026-01-07 kl. 13:00–15:10",
        "Beslutande",
        "Anna Svensson (S), ordförande",
        "John Eklöf (M), förste vice ordförande",
        "Magnus Olsson (SD), andre vice ordförande",
        "Farishta Sulaiman (M)",
        "Anton Sauer (C)",
        "Anders Olin (SD)",
        "Karin Pleijel (MP)",
        "Łukasz Wiśniewski (V), tjänstgörande ersättare för Eva Ström (V)",
        "Övriga närvarande",
        "Anders Pripp (SD), ersättare",
        "Zeynep Yılmaz Şahin (L), ersättare",
        "Søren Müller-Lüdenscheidt, stadsdirektör",
        "Pamela Lindqvist, nämndsekreterare",
        "Utses att justera", "John Eklöf (M)",
        "Justeringens plats och tid", "Stadshuset, 2026-01-14 kl. 10:00",
        "Underskrifter",
        "Sekreterare", "Paragrafer 1–16", "Pamela Lindqvist",
        "Ordförande", "Anna Svensson",
        "Justerande", "John Eklöf",
        "ANSLAG/BEVIS",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "Organ", "Kommunstyrelsen",
        "Sammanträdesdatum", "2026-01-07",
        "Datum då anslaget sätts upp", "2026-01-15",
        "Datum då anslaget tas ned", "2026-02-06",
        "Sista dag för överklagande", "2026-02-05",
        "Förvaringsplats för protokollet", "Stadskontoret, August Palms plats 1, Malmö",
        "Underskrift", "Pamela Lindqvist",
        "1 (5)",
    ]


def test_paragraph_prints_every_section_in_order(final_pdf: bytes) -> None:
    pages = page_lines(final_pdf)
    text = " ".join(" ".join(body_lines(lines)) for lines in pages[1:3])
    summary = " ".join(samples.SUMMARY_16.split())
    statements = " ".join(samples.STATEMENTS_16.split())
    basis = " ".join(f"• {item}" for item in samples.BASIS_16)
    assert text == (
        "§ 16 Återrapportering kring kraftsamlande insatser STK-2024-1374 "
        f"Sammanfattning {summary} "
        "Beslut Kommunstyrelsen föreslår kommunfullmäktige besluta "
        "1. Kommunfullmäktige godkänner återrapporteringen av uppdraget kring kraftsamlande "
        "insatser. "
        f"Reservationer och särskilda yttranden {statements} "
        f"Beslutsunderlag {basis}"
    )


def test_bilagor_follow_in_number_order_each_on_its_own_page(final_pdf: bytes) -> None:
    pages = page_lines(final_pdf)
    assert body_lines(pages[3]) == [
        "Bilaga 12", "Särskilt yttrande",
        "§ 16. Återrapportering kring kraftsamlande insatser",
        *_wrapped(samples.PLACEHOLDER_12, body_lines(pages[3])[3:-2]),
        "Pamela Lindqvist", "Nämndsekreterare",
    ]
    bilaga_13 = body_lines(pages[4])
    assert bilaga_13 == [
        "Bilaga 13", "Särskilt yttrande",
        "STK-2024-1374 Återrapportering kring kraftsamlande insatser",
        *_wrapped(samples.YTTRANDE_13, bilaga_13[3:-5]),
        "Kommunstyrelsen 2026-01-07", "Magnus Olsson (SD)", "Anders Olin (SD)",
        "Med instämmande av", "Anders Pripp (SD)",
    ]


def _wrapped(text: str, lines: list[str]) -> list[str]:
    """`lines` if they are `text` broken into lines (and nothing else), else a marker."""
    return lines if " ".join(lines) == " ".join(text.split()) else ["<not the text>"]


def test_every_page_has_header_footer_and_number_of_total(final_pdf: bytes) -> None:
    pages = page_lines(final_pdf)
    assert len(pages) == 5
    for number, lines in enumerate(pages, start=1):
        assert lines[:6] == [*HEADER, *FOOTER]
        assert lines[-1] == f"{number} ({len(pages)})"
        assert DRAFT not in lines


def test_draft_is_marked_on_every_page_and_has_no_posting_block(draft_pdf: bytes) -> None:
    pages = page_lines(draft_pdf)
    for lines in pages:
        assert lines[:8] == [DRAFT, *HEADER, DRAFT, *FOOTER]
    assert "ANSLAG/BEVIS" not in pages[0]
    assert body_text(draft_pdf, draft=True).startswith("Plats och tid Stadshuset, Malmö")


def test_same_input_gives_identical_bytes() -> None:
    first = render_minutes_bytes(samples.seed_minutes(final=True))
    second = render_minutes_bytes(samples.seed_minutes(final=True))
    assert first == second
    assert render_minutes_bytes(samples.seed_minutes(final=False)) != first


def test_render_writes_to_a_stream_and_returns_the_page_count() -> None:
    out = io.BytesIO()
    pages = render_minutes(samples.seed_minutes(final=True), out)
    assert pages == 5 == len(reader(out.getvalue()).pages)


def test_metadata_title_author_subject_keywords_and_language(final_pdf: bytes) -> None:
    pdf = reader(final_pdf)
    meta = pdf.metadata
    assert meta.title == "Sammanträdesprotokoll Kommunstyrelsen 2026-01-07"
    assert meta.author == "Kommunstyrelsen"
    assert meta.subject == "Kommunstyrelsen, sammanträde 2026-01-07, paragraf 16"
    assert meta["/Keywords"] == "STK-2024-1374"
    assert pdf.trailer["/Root"]["/Lang"] == "sv-SE"
    assert bool(pdf.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"])
    assert meta["/CreationDate"] == "D:20000101000000+00'00'"  # invariant: no real clock


def test_every_font_is_embedded_truetype_and_helvetica_is_never_referenced(
        final_pdf: bytes) -> None:
    assert b"Helvetica" not in final_pdf
    fonts = _fonts(reader(final_pdf))
    assert {name.split("+", 1)[1] for name in fonts} >= {"LiberationSans",
                                                         "LiberationSans-Bold"}
    for name, font in fonts.items():
        assert font["/Subtype"] == "/TrueType", name
        assert "/FontFile2" in font["/FontDescriptor"], name
        assert "/ToUnicode" in font, name


def _fonts(pdf: PdfReader) -> dict:
    found: dict = {}

    def visit(resources: DictionaryObject) -> None:
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"]).lstrip("/")] = font
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Resources"):
                visit(xobject["/Resources"].get_object())

    for page in pdf.pages:
        visit(page["/Resources"].get_object())
    return found


def test_outline_names_each_paragraph_and_bilaga_at_its_page(final_pdf: bytes) -> None:
    pdf = reader(final_pdf)
    entries = [(item.title, pdf.get_destination_page_number(item)) for item in pdf.outline]
    assert entries == [
        ("§ 16 Återrapportering kring kraftsamlande insatser", 1),
        ("Bilaga 12 Särskilt yttrande", 3),
        ("Bilaga 13 Särskilt yttrande", 4),
    ]


def test_page_numbers_count_a_long_minutes_from_1_to_n() -> None:
    data = render_minutes_bytes(samples.generated_minutes(12, 3, final=True))
    pages = page_lines(data)
    total = len(pages)
    assert total > 20
    assert [lines[-1] for lines in pages] == [f"{n} ({total})" for n in range(1, total + 1)]
    headings = [body_lines(lines)[0] for lines in pages if body_lines(lines)
                and body_lines(lines)[0].startswith("§ ")]
    assert headings == [f"§ {n} Återrapportering kring kraftsamlande insatser"
                        for n in range(1, 13)]


def test_long_table_repeats_its_header_on_every_page() -> None:
    paragraph = replace(samples.paragraph_16(), sections=(
        samples.paragraph_16().sections[0],
        replace(samples.paragraph_16().sections[0], heading="Omröstning",
                blocks=(samples.voting_table(300),)),
    ))
    doc = replace(samples.seed_minutes(final=True), paragraphs=(paragraph,), appendices=())
    pages = page_lines(render_minutes_bytes(doc))
    table_pages = [body_lines(lines) for lines in pages
                   if any(line.startswith("Ledamot nummer ") for line in lines)]
    assert len(table_pages) >= 5
    for lines in table_pages:
        start = lines.index("Ledamot")
        assert lines[start:start + 3] == ["Ledamot", "Parti", "Röst"]
    rows = [lines[i:i + 3] for lines in table_pages for i, line in enumerate(lines)
            if line.startswith("Ledamot nummer ")]
    assert rows == [[f"Ledamot nummer {n}", ("S", "M", "SD", "C", "V")[n % 5],
                     ("Ja", "Nej", "Avstår")[n % 3]] for n in range(300)]


def test_front_fields_without_signatures_start_the_first_paragraph_on_page_one() -> None:
    doc = replace(samples.seed_minutes(final=True), heading="Protokollsutdrag",
                  front_fields=(LabelledValue("Dag för justering", ("2026-01-14",)),),
                  signatures=(), posting_fields=(), appendices=())
    first = page_lines(render_minutes_bytes(doc))[0]
    assert first[2] == "Protokollsutdrag"
    assert body_lines(first)[:3] == ["Dag för justering", "2026-01-14",
                                     "§ 16 Återrapportering kring kraftsamlande insatser"]


def test_furniture_and_text_keep_their_relative_order(final_pdf: bytes) -> None:
    whole = " ".join(" ".join(lines) for lines in page_lines(final_pdf))
    assert in_order(whole, ["1 (5)", "§ 16", "Beslutsunderlag", "2 (5)", "3 (5)",
                            "Bilaga 12", "4 (5)", "Bilaga 13", "5 (5)"])
