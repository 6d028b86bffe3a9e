# SPDX-License-Identifier: EUPL-1.2
"""PDF/A: minutes, extracts and bilagor as PDF/A-1b and -2b, checked by PDFBox Preflight (an
independent validator) and by pikepdf's own; received PDFs merged as they are, as page images,
or (when nothing can be done) marked, with the user told."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from pikepdf import pdfa as pikepdf_pdfa
from pypdf import PdfWriter
from reportlab.pdfgen.canvas import Canvas

from kraftdesk.documents.fonts import REGULAR, register_fonts
from kraftdesk.domain.enums import MinutesState
from kraftdesk.register.database import Register
from kraftdesk.register.models import Meeting, StoredFile
from tests.documents.pdftext import page_lines
from tests.justering.helpers import build_meeting
from tests.preflight import preflight
from tests.signing.conftest import cli


def _embedded_font_pdf(text: str) -> bytes:
    """A received PDF as a word processor writes one: its font embedded."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, initialFontName=REGULAR)
    canvas.setFont(REGULAR, 12)
    canvas.drawString(72, 760, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(_embedded_font_pdf("Hemlig reservation")))
    writer.encrypt(user_password="lösen", owner_password="ägare")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _justerat_with_received(register: Register, data: bytes) -> None:
    """KS:2026-01-07 with `data` as its received reservation, then justerat."""
    built = build_meeting(register, state=MinutesState.SENT_FOR_APPROVAL, promised=False)
    with register.write() as session:
        stored = session.get_one(StoredFile, built.file_id)
        stored.content, stored.size = data, len(data)
        stored.sha256 = hashlib.sha256(data).hexdigest()
        meeting = session.get_one(Meeting, built.meeting_id)
        meeting.minutes_state, meeting.approved_on = MinutesState.APPROVED, date(2026, 1, 14)


@pytest.fixture
def justerat(register: Register, register_path: Path) -> Path:
    """KS:2026-01-07 justerat (by ink), with a received PDF reservation as bilaga 1."""
    build_meeting(register, state=MinutesState.APPROVED, promised=False)
    register.close()
    return register_path


def test_minutes_as_pdfa_1b_with_a_received_pdf_drawn_as_images(justerat: Path,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "protokoll.pdf"
    code, text, err = cli(justerat, "pdf", "minutes", "KS:2026-01-07", "-o", str(out),
                          "--pdfa", "1")
    assert (code, err) == (0, "")
    assert text == (f"Protokollet KS:2026-01-07 är skrivet till {out} (5 sidor).\n"
                    "Varning: Bilaga 1 är en inkommen PDF-fil som inte följer PDF/A; dess sidor "
                    "är återgivna som bilder i PDF/A-filen, med texten osynlig ovanpå.\n")
    verdict = preflight(out)
    assert verdict.valid, verdict.errors
    with pikepdf.open(out) as pdf, pdf.open_metadata() as xmp:
        assert xmp["pdfaid:part"] == "1"
        assert xmp["dc:title"] == "Sammanträdesprotokoll Kommunstyrelsen 2026-01-07"
        assert xmp["dc:creator"] == ["Kommunstyrelsen"]
        assert xmp["dc:identifier"] == "KS:2026-01-07"
        assert {"kraftdesk:organisation=Malmö stad", "kraftdesk:meeting=KS:2026-01-07",
                "kraftdesk:paragraph=KS:2026:16", "kraftdesk:paragraph=KS:2026:17"} <= set(
                    xmp["xmp:Identifier"])
        assert xmp["xmp:CreateDate"]
        assert pdf.Root.OutputIntents[0].OutputConditionIdentifier == "sRGB IEC61966-2.1"
        assert not pdf.is_encrypted


def test_minutes_as_pdfa_2b_keep_a_received_pdf_with_embedded_fonts_as_text(
        register: Register, register_path: Path, tmp_path: Path) -> None:
    _justerat_with_received(register, _embedded_font_pdf("Reservation (SD) med inbäddat "
                                                         "typsnitt"))
    register.close()
    out = tmp_path / "protokoll.pdf"
    code, text, err = cli(register_path, "pdf", "minutes", "KS:2026-01-07", "-o", str(out),
                          "--pdfa")
    assert (code, err, text) == (0, "", f"Protokollet KS:2026-01-07 är skrivet till {out} "
                                        "(5 sidor).\n")
    assert any("Reservation (SD) med inbäddat typsnitt" in line
               for page in page_lines(out.read_bytes()) for line in page)
    assert preflight(out).only_part_two()
    assert pikepdf_pdfa.validate_written(out, "2b").passed


def test_a_received_pdf_that_cannot_be_converted_is_marked_and_the_user_told(
        register: Register, register_path: Path, tmp_path: Path) -> None:
    _justerat_with_received(register, _encrypted_pdf())
    register.close()
    out = tmp_path / "protokoll.pdf"
    code, text, err = cli(register_path, "pdf", "minutes", "KS:2026-01-07", "-o", str(out),
                          "--pdfa", "1")
    assert (code, err) == (0, "")
    assert "Varning: Bilaga 1 kunde inte omvandlas till PDF/A: Den inkomna PDF-filen är " \
           "lösenordsskyddad. Den är ersatt av en sida som säger det, och originalet följer " \
           "med för sig.\n" in text
    words = " ".join(" ".join(page) for page in page_lines(out.read_bytes()))
    assert "Bilaga 1 är en inkommen PDF-fil som inte kunde omvandlas till PDF/A" in words
    assert preflight(out).valid


def test_extract_and_bilagor_as_pdfa(justerat: Path, tmp_path: Path) -> None:
    extract, appendix = tmp_path / "utdrag.pdf", tmp_path / "bilagor.pdf"
    assert cli(justerat, "pdf", "extract", "KS:2026:16", "-o", str(extract), "--pdfa", "1",
               "--datum", "2026-01-20")[0] == 0
    assert cli(justerat, "pdf", "appendix", "KS:2026-01-07", "-o", str(appendix),
               "--pdfa", "1")[0] == 0
    for path in (extract, appendix):
        verdict = preflight(path)
        assert verdict.valid, (path.name, verdict.errors)
    with pikepdf.open(extract) as pdf, pdf.open_metadata() as xmp:
        assert "kraftdesk:paragraph=KS:2026:16" in set(xmp["xmp:Identifier"])
        assert "kraftdesk:paragraph=KS:2026:17" not in set(xmp["xmp:Identifier"])


def test_a_plain_pdf_is_not_pdfa_so_the_validator_can_fail(justerat: Path,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "vanlig.pdf"
    assert cli(justerat, "pdf", "minutes", "KS:2026-01-07", "-o", str(out))[0] == 0
    verdict = preflight(out)
    assert not verdict.valid and not verdict.only_part_two()
