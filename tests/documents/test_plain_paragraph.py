# SPDX-License-Identifier: EUPL-1.2
"""PlainParagraph: the same line breaks, splits and PDF operators as ReportLab's Paragraph."""

from __future__ import annotations

import io
import random
from dataclasses import replace

import pytest
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kraftdesk.documents import markup, render_minutes_bytes
from kraftdesk.documents.blocks import BULLET
from kraftdesk.documents.markup import paragraph
from kraftdesk.documents.plain_paragraph import PlainParagraph
from kraftdesk.documents.styles import GEOMETRY, stylesheet
from kraftdesk.domain.document import Section, Text
from tests.documents import samples
from tests.documents.pdftext import body_lines, page_lines, squash
from tests.seed_texts import SUMMARY_16

SENTENCE = ("Kommunfullmäktige beslutade den 26 september 2024 §189 att ge kommunstyrelsen "
            "samordningsansvaret för kraftsamlande insatser och även uppdraget att utarbeta "
            "formerna för processen i stort, ta fram förslag på geografiska områden samt föreslå "
            "vilka nämnder och bolag som ska få ett särskilt ansvar i det fortsatta arbetet.")
AMOUNT = "Kommunstyrelsen anvisar 1\u00a0100\u00a0000 kronor till stadsområdesnämnden för 2026."
LONG_WORD = "Kommunfullmäktigesammanträdesprotokollsjusteringsförfarandet" * 2
WORDS = [
    "och", "att", "i", "för", "som", "av", "den", "det", "en", "på", "med", "är", "till", "har",
    "inte", "ett", "kommunstyrelsen", "kraftsamlande", "återrapporteringen", "Łukasz",
    "Wiśniewski", "1\xa0100\xa0000", "kronor", "§", "(M)", "–", "…", "”citat”", "bilaga", "12",
    "STK-2024-1374", "Söderhamnsvägen",
]


def reportlab_paragraph(plain: PlainParagraph) -> Paragraph:
    """ReportLab's own Paragraph of the same fragment, style and bullet."""
    return Paragraph(plain.text, plain.style, bulletText=plain.bulletText,
                     frags=[plain.frags[0].clone()])


def drawn(flowable: Paragraph, width: float) -> bytes:
    """The flowable wrapped to `width` and drawn on a page of its own, uncompressed."""
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, pageCompression=0)
    flowable.wrapOn(canvas, width, 1000)
    flowable.drawOn(canvas, GEOMETRY.left, 300)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def layout(flowable: Paragraph, width: float) -> tuple[object, ...]:
    size = flowable.wrap(width, 1000)
    return (size, flowable.blPara.lines, flowable._wrapWidths, flowable._width_max)


def random_texts(count: int, seed: int) -> list[str]:
    chance = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [chance.choice(WORDS) for _ in range(chance.randint(1, 70))]
        if chance.random() < 0.15:
            words.insert(chance.randint(0, len(words)), LONG_WORD)
        texts.append(chance.choice([" ", " ", "  "]).join(words))
    return texts


STYLES = ["body", "numbered", "bullet", "cell", "paragraph_heading", "front_value"]
BULLETS = [None, BULLET, "1.", "10.", "128."]


def test_a_line_in_the_main_font_is_a_plain_paragraph_and_others_are_not() -> None:
    style = stylesheet()["body"]
    assert type(paragraph(SENTENCE, style)) is PlainParagraph
    assert type(paragraph("Beslut → verkställs ✓", style)) is Paragraph


@pytest.mark.parametrize("width", [80, 150, 300, GEOMETRY.frame_width])
@pytest.mark.parametrize("name", STYLES)
def test_line_breaks_are_reportlabs(name: str, width: float) -> None:
    style = stylesheet()[name]
    for text in (SENTENCE, AMOUNT, SUMMARY_16.split("\n")[0], "  Kort   rad  ", LONG_WORD):
        for bullet in BULLETS:
            plain = paragraph(text.strip(), style, bullet)
            assert layout(plain, width) == layout(reportlab_paragraph(plain), width), \
                (text, bullet)


def test_random_texts_break_and_draw_as_reportlab_does() -> None:
    chance = random.Random(4)
    for text in random_texts(400, seed=4):
        style = stylesheet()[chance.choice(STYLES)]
        if chance.random() < 0.2:
            style = ParagraphStyle("indented", parent=style,
                                   firstLineIndent=chance.choice([-8, 12]))
        plain = paragraph(text, style, chance.choice(BULLETS))
        width = chance.choice([70, 140, 260, GEOMETRY.frame_width])
        reference = reportlab_paragraph(plain)
        assert layout(plain, width) == layout(reference, width), text
        assert drawn(plain, width) == drawn(reference, width), text


def test_drawing_is_reportlabs_byte_for_byte_with_bullets_and_no_break_spaces() -> None:
    styles = stylesheet()
    for plain in (paragraph(SENTENCE, styles["body"]),
                  paragraph(AMOUNT, styles["numbered"], "10."),
                  paragraph(SENTENCE, styles["bullet"], BULLET)):
        assert drawn(plain, 200) == drawn(reportlab_paragraph(plain), 200)
    assert b"(1.) Tj" not in drawn(paragraph(AMOUNT, styles["numbered"], "10."), 200)
    assert b"(10.) Tj" in drawn(paragraph(AMOUNT, styles["numbered"], "10."), 200)


@pytest.mark.parametrize("change", [
    {"textColor": Color(0, 0, 0, alpha=0.5)},
    {"textColor": CMYKColor(0, 0, 0, 1)},
    {"bulletColor": Color(0.6, 0, 0, alpha=0.4)},
    {"alignment": TA_CENTER},
    {"alignment": TA_JUSTIFY},
    {"backColor": Color(0.9, 0.9, 0.9)},
    {"autoLeading": "max"},
])
def test_what_is_not_plain_is_drawn_by_reportlab_to_the_same_bytes(change: dict) -> None:
    style = ParagraphStyle("changed", parent=stylesheet()["bullet"], **change)
    plain = paragraph(SENTENCE, style, BULLET)
    assert drawn(plain, 200) == drawn(reportlab_paragraph(plain), 200)


def test_a_translucent_fill_around_the_paragraph_is_respected() -> None:
    def on_translucent_canvas(flowable: Paragraph) -> list[str]:
        canvas = Canvas(io.BytesIO(), invariant=1, pageCompression=0)
        canvas.setFillAlpha(0.5)
        flowable.wrapOn(canvas, 200, 1000)
        flowable.drawOn(canvas, 0, 0)
        return canvas._code

    plain = paragraph(SENTENCE, stylesheet()["bullet"], BULLET)
    code = on_translucent_canvas(plain)
    assert code == on_translucent_canvas(reportlab_paragraph(plain))
    assert any(line.endswith(" gs") for line in code)


def test_a_line_that_fits_only_by_shrinking_its_spaces_sets_word_spacing() -> None:
    style = stylesheet()["body"]
    shrunk = []
    for text in random_texts(300, seed=7):
        plain = paragraph(text, style)
        plain.wrap(150, 1000)
        if any(extra < -1e-8 and len(words) > 1 for extra, words in plain.blPara.lines):
            shrunk.append(plain)
    assert shrunk, "no line fitted by shrinking: the test texts need changing"
    for plain in shrunk[:20]:
        pdf = drawn(plain, 150)
        assert b" Tw" in pdf
        assert pdf == drawn(reportlab_paragraph(plain), 150)


def test_a_word_wider_than_the_line_is_cut_as_reportlab_cuts_it() -> None:
    plain = paragraph(f"Ordet {LONG_WORD} är långt", stylesheet()["body"])
    assert layout(plain, 200) == layout(reportlab_paragraph(plain), 200)
    assert [" ".join(words) for _, words in plain.blPara.lines] == [
        "Ordet Kommunfullmäktigesammanträdes",
        "protokollsjusteringsförfarandetKommunf",
        "ullmäktigesammanträdesprotokollsjusteri",
        "ngsförfarandet är långt",
    ]
    assert drawn(plain, 200) == drawn(reportlab_paragraph(plain), 200)


def test_wrapped_lines_read_back_exactly() -> None:
    pdf = drawn(paragraph(SENTENCE, stylesheet()["body"]), 300)
    assert page_lines(pdf) == [[
        "Kommunfullmäktige beslutade den 26 september 2024 §189",
        "att ge kommunstyrelsen samordningsansvaret för",
        "kraftsamlande insatser och även uppdraget att utarbeta",
        "formerna för processen i stort, ta fram förslag på geografiska",
        "områden samt föreslå vilka nämnder och bolag som ska få ett",
        "särskilt ansvar i det fortsatta arbetet.",
    ]]


@pytest.mark.parametrize("height", [15, 30, 45, 60, 100])
def test_splitting_at_a_page_break_is_reportlabs(height: float) -> None:
    for bullet in (None, "1."):
        plain = paragraph(SENTENCE, stylesheet()["numbered"], bullet)
        reference = reportlab_paragraph(plain)
        plain.wrap(300, height)
        reference.wrap(300, height)
        parts, expected = plain.split(300, height), reference.split(300, height)
        assert len(parts) == len(expected)
        assert all(type(part) is PlainParagraph for part in parts)
        for part, reference_part in zip(parts, expected, strict=True):
            assert drawn(part, 300) == drawn(reference_part, 300)


def test_a_paragraph_split_across_pages_reads_back_in_full() -> None:
    # One text line longer than a page: its last lines go on to the next page, no widow.
    text = " ".join([SENTENCE] * 14)
    doc = samples.generated_minutes(1, 0, final=True)
    section = Section("Sammanfattning", (Text(text),))
    doc = replace(doc, paragraphs=(replace(doc.paragraphs[0], sections=(section,)),))
    pages = [body_lines(lines) for lines in page_lines(render_minutes_bytes(doc))][1:]
    assert len(pages) == 2
    first, second = pages
    assert first[:3] == ["§ 1 Återrapportering kring kraftsamlande insatser", "STK-2024-1374",
                         "Sammanfattning"]
    assert squash(" ".join(first[3:] + second)) == squash(text)
    assert len(second) >= 2


def test_whole_minutes_are_the_same_bytes_as_with_reportlab_paragraphs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [samples.generated_minutes(6, 3, final=True), samples.seed_minutes()]
    ours = [render_minutes_bytes(doc) for doc in docs]
    monkeypatch.setattr(markup, "PlainParagraph", Paragraph)
    assert [render_minutes_bytes(doc) for doc in docs] == ours
