# SPDX-License-Identifier: EUPL-1.2
"""The wording fixes of issue 14, golden from plain values and in the PDF."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kraftdesk.documents import render_minutes_bytes
from kraftdesk.domain.document import Text
from kraftdesk.domain.enums import ParagraphOutcome, StatementState
from kraftdesk.domain.values import OrganisationTexts, ParagraphValue, StatementValue
from kraftdesk.text import appendix as appendix_text
from kraftdesk.text import statements as st
from kraftdesk.text.paragraph import compose_paragraph
from tests.documents import samples
from tests.documents.pdftext import page_lines
from tests.text.test_statement_sentences import (
    ANDERS,
    EVA,
    MAGNUS,
    MEETING,
    PRIPP,
    RESERVATION,
    SPECIAL,
    TEXTS,
    ULF,
)

RECEIVED = StatementState.RECEIVED


def test_an_announced_statement_without_text_or_bilaga_ends_with_a_full_stop() -> None:
    s = StatementValue(SPECIAL, StatementState.ANNOUNCED, (EVA,))
    assert [b.text for b in st.announcement_blocks(s, TEXTS)] == [
        "Eva Ek (L) lämnar ett särskilt yttrande."]
    with_text = replace(s, text="Vi står bakom beslutet.")
    assert [b.text for b in st.announcement_blocks(with_text, TEXTS)] == [
        "Eva Ek (L) lämnar ett särskilt yttrande: Vi står bakom beslutet."]


def test_a_received_written_reservation_says_it_was_handed_in() -> None:
    s = StatementValue(RESERVATION, RECEIVED, (ULF,), appendix_number=1, has_appendix=True,
                       text="Skälen är …", deadline=datetime(2026, 1, 14, 10))
    assert st.announcement(s, TEXTS) == ("Ulf Lind (SD) reserverar sig mot beslutet och "
                                         "lämnar skriftlig reservation, bilaga 1.")
    own = OrganisationTexts(reservation_received="har lämnat in en skriftlig reservation")
    assert st.announcement(s, own) == ("Ulf Lind (SD) reserverar sig mot beslutet och har "
                                       "lämnat in en skriftlig reservation, bilaga 1.")
    promised = replace(s, state=StatementState.PROMISED, text=None)
    assert st.announcement(promised, TEXTS) == (
        "Ulf Lind (SD) reserverar sig mot beslutet och anmäler avsikt att inkomma med en "
        "skriftlig reservation, bilaga 1.")


def _pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.drawString(72, 700, "Vårt särskilda yttrande")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_med_instammande_av_stays_when_the_yttrande_arrives_as_a_pdf() -> None:
    s = StatementValue(SPECIAL, RECEIVED, (MAGNUS, ANDERS), (PRIPP,), appendix_number=13,
                       has_appendix=True, has_file=True)
    assert st.announcement(s, TEXTS) == (
        "Magnus Olsson (SD) och Anders Olin (SD), med instämmande av Anders Pripp (SD), avser "
        "lämna in ett särskilt yttrande, bilaga 13.")
    received_as_text = replace(s, has_file=False, text="…")
    assert "instämmande" not in st.announcement(received_as_text, TEXTS)  # the bilaga says it
    bilaga = appendix_text.statement_appendix(
        13, s, MEETING, TEXTS, paragraph_label="§ 16", title="Återrapportering",
        case_number="STK-2024-1374", pdf_bytes=_pdf())
    assert bilaga.cover_line == "Med instämmande av Anders Pripp (SD)"
    doc = replace(samples.seed_minutes(final=True), front_fields=(), signatures=(),
                  posting_fields=(), paragraphs=(), appendices=(bilaga,))
    page = page_lines(render_minutes_bytes(doc))[0]
    assert "Med instämmande av Anders Pripp (SD)" in page
    assert "Vårt särskilda yttrande" in page


def test_paragraphs_without_decision() -> None:
    base = ParagraphValue(paragraph_id=1, number=3, title="Information om budgetläget",
                          case_number=None, meeting=MEETING)
    assert compose_paragraph(replace(base, outcome=ParagraphOutcome.NONE), TEXTS).sections == ()
    for outcome, sentence in [
        (ParagraphOutcome.REPORT, "Kommunstyrelsen lägger anmälan till handlingarna."),
        (ParagraphOutcome.INFORMATION, "Kommunstyrelsen lägger informationen till handlingarna."),
        (ParagraphOutcome.DELEGATION, "Kommunstyrelsen lägger redovisningen av delegationsbeslut "
                                      "till handlingarna."),
    ]:
        doc = compose_paragraph(replace(base, outcome=outcome), TEXTS)
        assert [(s.heading, s.blocks) for s in doc.sections] == [("Beslut", (Text(sentence),))]
    own = compose_paragraph(replace(base, outcome=ParagraphOutcome.INFORMATION,
                                    formula_override="Kommunstyrelsen noterar informationen."),
                            TEXTS)
    assert own.sections[0].blocks == (Text("Kommunstyrelsen noterar informationen."),)


