# SPDX-License-Identifier: EUPL-1.2
"""Anmälningsärenden and delegationsbeslut: the lists in the paragraph, their standard
decision (an organisation wording), the PDF, and bad lines refused."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kraftdesk.domain.enums import ReportedItemKind
from kraftdesk.domain.errors import UserError
from kraftdesk.services import composition, exports, paragraphs
from kraftdesk.services.paragraphs import ReportedItemValue
from tests.services import world as w

DELEGATION = ReportedItemKind.DELEGATED_DECISION
ITEMS = [
    ReportedItemValue(DELEGATION, "Beslut om tillförordnad förvaltningschef",
                      date(2026, 1, 12), "Stadsdirektören", "KS 2026/14"),
    ReportedItemValue(DELEGATION, "Attest av fakturor över 500 000 kronor",
                      date(2026, 1, 20), "Ekonomichefen"),
    ReportedItemValue(ReportedItemKind.DOCUMENT, "Skrivelse om trafiken på Storgatan",
                      date(2026, 1, 15), "Trafikverket", "KS 2026/31"),
]


def _sections(reg, pid: int) -> dict:
    doc = composition.preview_paragraph(reg, pid)
    return {s.heading: s.blocks for s in doc.sections}


def test_the_lists_and_their_standard_decision(world: w.World, tmp_path: Path) -> None:
    reg = world.register
    meeting = world.meeting()
    pid = world.paragraph(meeting, "Anmälningar")
    paragraphs.set_reported_items(reg, pid, ITEMS)
    view = paragraphs.paragraph_view(reg, pid)
    assert [r.what for r in view.reported_items] == [i.what for i in ITEMS]
    sections = _sections(reg, pid)
    (table,) = sections["Delegationsbeslut"]
    assert table.header == ("Datum", "Beslutat av", "Beslut", "Diarienummer")
    assert table.rows == (
        ("2026-01-12", "Stadsdirektören", "Beslut om tillförordnad förvaltningschef",
         "KS 2026/14"),
        ("2026-01-20", "Ekonomichefen", "Attest av fakturor över 500 000 kronor", ""))
    (documents,) = sections["Anmälningsärenden"]
    assert documents.header == ("Datum", "Avsändare", "Ärende", "Diarienummer")
    # One Beslut for both lists, never two sentences (kraftdesk.text.decision).
    assert [b.text for b in sections["Beslut"]] == [
        "Kommunstyrelsen lägger anmälningarna till handlingarna."]
    # Decision points of its own win over the standard decision.
    paragraphs.set_decision_points(reg, pid, ["Informationen noteras."])
    assert _sections(reg, pid)["Beslut"][0].text == "Kommunstyrelsen beslutar"
    paragraphs.set_decision_points(reg, pid, [])
    out = tmp_path / "utdrag.pdf"
    exports.export_extract(reg, [pid], out, on=date(2026, 2, 20))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Delegationsbeslut" in text and "Beslut om tillförordnad förvaltningschef" in text
    assert "Kommunstyrelsen lägger anmälningarna till handlingarna." in text


def test_the_wording_is_the_organisations(world: w.World) -> None:
    from kraftdesk.register.models import Organisation

    reg = world.register
    with reg.write() as s:
        s.query(Organisation).one().reported_items_decision_text = \
            "lägger anmälan till handlingarna."
    meeting = world.meeting()
    pid = world.paragraph(meeting, "Anmälningar")
    paragraphs.set_reported_items(reg, pid, ITEMS[2:])
    assert [b.text for b in _sections(reg, pid)["Beslut"]] == [
        "Kommunstyrelsen lägger anmälan till handlingarna."]


@pytest.mark.parametrize(("entry", "message"), [
    (ReportedItemValue(DELEGATION, "  "), "Rad 2 i anmälningarna till § 1 saknar ärende"),
    (ReportedItemValue(DELEGATION, "Beslut", date(2026, 3, 1)),
     "Rad 2 i anmälningarna till § 1: datumet 2026-03-01 ligger efter sammanträdet"),
    (ReportedItemValue(DELEGATION, "Beslut", case_number="x" * 101),
     "diarienumret är för långt"),
])
def test_bad_lines_change_nothing(world: w.World, entry: ReportedItemValue,
                                  message: str) -> None:
    reg = world.register
    meeting = world.meeting()
    pid = world.paragraph(meeting, "Anmälningar")
    paragraphs.set_reported_items(reg, pid, ITEMS[:1])
    before = w.snapshot(reg)
    with pytest.raises(UserError, match=re.escape(message)):
        paragraphs.set_reported_items(reg, pid, [ITEMS[0], entry])
    assert w.snapshot(reg) == before
