# SPDX-License-Identifier: EUPL-1.2
"""Issue 13, item 4: received PDFs are checked and cleaned when they arrive
(`kraftdesk receive ID --pdf FILE`, the GUI's same service), and a bad file stored before
that gives `pdf minutes` and justering a Swedish message, never a traceback."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from tests.nothing_lost.world import Made, cli, digest, export, make_register, no_traceback
from tests.pdfs import bomb_pdf, javascript_pdf, plain_pdf, zero_size_page_pdf


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return make_register(tmp_path / "register.sqlite3")


def stored_pdf(made: Made) -> tuple[str, bytes]:
    with sqlite3.connect(made.path) as conn:
        name, content = conn.execute(
            "SELECT f.filename, f.content FROM stored_file f JOIN statement s "
            "ON s.file_id = f.id WHERE s.id = ?", (made.statement_id,)).fetchone()
    return name, bytes(content)


def receive(made: Made, pdf: Path) -> tuple[int, str, str]:
    return cli("--db", str(made.path), "receive", str(made.statement_id), "--pdf", str(pdf))


def test_javascript_and_actions_are_stripped_and_the_minutes_still_print(
        made: Made, tmp_path: Path) -> None:
    source = tmp_path / "yttrande.pdf"
    source.write_bytes(javascript_pdf())
    with pikepdf.open(source) as pdf:  # the file as sent has all of it
        assert "/OpenAction" in pdf.Root and "/JavaScript" in pdf.Root.Names
        assert len(pdf.attachments) == 1
    code, out, err = receive(made, source)
    assert (code, err) == (0, "")
    assert out.startswith("Inkommen ") and "(PDF-filen «yttrande.pdf»)" in out
    name, content = stored_pdf(made)
    assert name == "yttrande.pdf"
    with pikepdf.open(io.BytesIO(content)) as pdf:
        assert "/OpenAction" not in pdf.Root and "/AcroForm" not in pdf.Root
        assert "/Names" not in pdf.Root or "/JavaScript" not in pdf.Root.Names
        assert len(pdf.attachments) == 0
        page = pdf.pages[0].obj
        assert "/AA" not in page
        assert all("/A" not in annot for annot in page.get("/Annots", []))
    for word in (b"/JavaScript", b"/JS", b"/Launch", b"/URI", b"/EmbeddedFile", b"cmd.exe",
                 b"app.alert"):
        assert word not in content, word
    assert "Ett yttrande med skript i" in PdfReader(io.BytesIO(content)).pages[0].extract_text()
    out_pdf = tmp_path / "protokoll.pdf"
    code, out, err = cli("--db", str(made.path), "pdf", "minutes", made.meeting, "-o",
                         str(out_pdf))
    assert (code, err) == (0, "")
    text = " ".join(p.extract_text() for p in PdfReader(out_pdf).pages)
    assert "Ett yttrande med skript i" in text


@pytest.mark.parametrize(("data", "reason"), [
    (zero_size_page_pdf(), "sida 1 har ingen användbar storlek (0 × 0 punkter)"),
    (b"", "filen är tom (0 byte)"),
    (b"%PDF-1.7\nbara en borjan", "den är skadad eller inte en riktig PDF"),
])
def test_an_unusable_file_is_refused_at_receipt(made: Made, tmp_path: Path, data: bytes,
                                                reason: str) -> None:
    source = tmp_path / "yttrande.pdf"
    source.write_bytes(data)
    before, text = digest(made.path), export(made.path)
    code, out, err = receive(made, source)
    assert (code, out) == (1, "")
    assert err == (f"kraftdesk: Filen yttrande.pdf för särskilt yttrande från John Eklöf (M) "
                   f"och Farishta Sulaiman (M) under § 1 går inte att använda: {reason}. "
                   "Ta emot texten på nytt, som text eller som en läsbar PDF-fil.\n")
    assert digest(made.path) == before and export(made.path) == text


@pytest.mark.slow
def test_a_decompression_bomb_is_refused(made: Made, tmp_path: Path) -> None:
    source = tmp_path / "bomb.pdf"
    source.write_bytes(bomb_pdf())
    assert source.stat().st_size < 200_000
    text = export(made.path)
    code, _, err = receive(made, source)
    assert code == 1 and "packas upp till mer än programmet tillåter" in err
    assert no_traceback(err) and export(made.path) == text


def test_the_size_limit_and_the_stored_name(made: Made, tmp_path: Path) -> None:
    big = tmp_path / "stor.pdf"
    big.write_bytes(plain_pdf() + b"%" + b"x" * 26_000_000 + b"\n")
    code, _, err = receive(made, big)
    assert code == 1
    assert err == ("kraftdesk: Filen stor.pdf för särskilt yttrande från John Eklöf (M) och "
                   "Farishta Sulaiman (M) under § 1 är 26 MB; registret tar emot PDF-filer på "
                   "högst 25 MB (en inställning för organisationen).\n")
    hostile = tmp_path / "..\x1b[31m yttrande\u200b\t(M).pdf"
    hostile.write_bytes(plain_pdf("Yttrande"))
    assert receive(made, hostile)[0] == 0
    name, _ = stored_pdf(made)
    assert name == "[31m yttrande (M).pdf"  # no path, no escape or invisible characters
    assert '"filename": "[31m yttrande (M).pdf"' in export(made.path)


def _store_raw(made: Made, content: bytes) -> None:
    """A bad file in a register made before receipt checked files (or altered since)."""
    with sqlite3.connect(made.path) as conn:
        conn.execute("INSERT INTO stored_file (sha256, filename, media_type, size, content) "
                     "VALUES ('f' || hex(randomblob(31)) || 'f', 'gammal.pdf', "
                     "'application/pdf', ?, ?)", (len(content), content))
        conn.execute("UPDATE statement SET state = 'received', received_at = '2026-01-01 "
                     "00:00:00', file_id = last_insert_rowid() WHERE id = ?",
                     (made.statement_id,))


@pytest.mark.parametrize("content", [zero_size_page_pdf(), b"", b"%PDF-1.4 trasig"])
def test_a_bad_file_stored_earlier_gives_a_swedish_message(made: Made, tmp_path: Path,
                                                           content: bytes) -> None:
    _store_raw(made, content)
    before = digest(made.path)
    code, out, err = cli("--db", str(made.path), "pdf", "minutes", made.meeting, "-o",
                         str(tmp_path / "p.pdf"))
    assert (code, out) == (1, "")
    assert err.startswith("kraftdesk: Bilaga 1: den mottagna PDF-filen går inte att "
                          "använda: ") and err.endswith(
        "Ta emot texten på nytt, som text eller som en läsbar PDF-fil.\n")
    assert no_traceback(err) and "EOF marker" not in err
    code, _, err = cli("--db", str(made.path), "justering", "skicka", made.meeting)
    assert code == 0
    code, _, err = cli("--db", str(made.path), "justering", "justera", made.meeting,
                       "--bekräfta")
    assert code == 1 and err.startswith("kraftdesk: Bilaga 1: den mottagna PDF-filen")
    assert not (tmp_path / "p.pdf").exists()
    assert digest(made.path) != before  # sent for justering; but not justerad:
    assert "\"minutes_state\": \"sent_for_approval\"" in export(made.path)
