# SPDX-License-Identifier: EUPL-1.2
"""Bilagor of every kind: a document numbered among the statements' bilagor, stable once
sent for justering, named on the Beslutsunderlag line; the voting list; bad files refused."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kraftdesk.cli.main import main
from kraftdesk.domain.enums import BallotChoice, MinutesState, ProposalKind, StatementKind
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.register.database import Register
from kraftdesk.services import appendices, exports, proceedings, statements
from tests.databases import TestDatabase
from tests.services import world as w

#: The register tests run on SQLite and PostgreSQL (those that read the file: SQLite).
pytestmark = pytest.mark.both_databases


def pdf(text: str, pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for page in range(pages):
        canvas.drawString(72, 760, f"{text} sida {page + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(p.extract_text() for p in reader.pages).replace("\u00a0", " ")


@pytest.fixture
def minutes(world: w.World) -> tuple[w.World, int, int, int]:
    """KS:2026-02-04 with § 1 and § 2; § 2 has a promised särskilt yttrande (a bilaga)."""
    meeting = world.meeting()
    first = world.paragraph(meeting, "Budget 2027")
    second = world.paragraph(meeting, "Bidrag till föreningar")
    statements.announce(world.register, second, kind=StatementKind.SPECIAL_STATEMENT,
                        author_ids=[world.person["Dan Berg"]])
    return world, meeting, first, second


@pytest.fixture
def world(register: Register) -> w.World:
    return w.build(register)


def _numbers(reg: Register, meeting: int) -> list[tuple[int, str, str | None]]:
    return [(r.number, r.title, r.paragraph_label) for r in appendices.appendix_rows(reg, meeting)]


def test_a_document_is_numbered_among_the_statement_bilagor(minutes, tmp_path: Path) -> None:
    world, meeting, first, second = minutes
    reg = world.register
    assert _numbers(reg, meeting) == [(1, "Särskilt yttrande", "§ 2")]
    appendices.add_document(reg, "KS:2026:2", pdf=pdf("Kalkyl"), title="Kalkyl",
                            filename="kalkyl.pdf")
    appendices.add_document(reg, first, pdf=pdf("Redovisning", 2),
                            title="Ekonomisk redovisning 2026", filename="redovisning.pdf")
    assert _numbers(reg, meeting) == [(1, "Ekonomisk redovisning 2026", "§ 1"),
                                      (2, "Kalkyl", "§ 2"), (3, "Särskilt yttrande", "§ 2")]
    view = statements.statements_view(reg, second)
    assert view[0].appendix_number == 3
    # Sent for justering: the numbers stay, a new bilaga gets the next number.
    world.set_state(meeting, MinutesState.SENT_FOR_APPROVAL)
    appendices.add_document(reg, "KS:2026-02-04", pdf=pdf("Närvaro"), title="Skrivelse")
    appendices.add_document(reg, first, pdf=pdf("Sent"), title="Komplettering")
    assert _numbers(reg, meeting) == [
        (1, "Ekonomisk redovisning 2026", "§ 1"), (2, "Kalkyl", "§ 2"),
        (3, "Särskilt yttrande", "§ 2"), (4, "Skrivelse", None), (5, "Komplettering", "§ 1")]
    out = tmp_path / "protokoll.pdf"
    exports.export_minutes(reg, meeting, out)
    text = _text(out.read_bytes())
    assert "Beslutsunderlag\n • Ekonomisk redovisning 2026, bilaga 1\n• Komplettering, " \
           "bilaga 5" in text
    assert "Kalkyl, bilaga 2" in text
    assert "Dan Berg (M) avser lämna in ett särskilt yttrande, bilaga 3." in text
    assert "Redovisning sida 2" in text  # the document's pages are merged in
    assert "Närvaro sida 1\n8 (9)\nBilaga 4" in text  # stamped with its number
    outline = [item.title for item in PdfReader(out).outline]
    assert outline[-3:] == ["Bilaga 3 Särskilt yttrande", "Bilaga 4 Skrivelse",
                            "Bilaga 5 Komplettering"]
    with pytest.raises(LockedError, match="numreringen kan inte ändras"):
        appendices.remove_appendix(reg, appendices.appendix_rows(reg, meeting)[0].id)


def test_the_voting_list_as_a_bilaga(minutes, tmp_path: Path) -> None:
    world, meeting, first, _ = minutes
    reg = world.register
    before = w.snapshot(reg)
    with pytest.raises(UserError, match="§ 1 har ingen omröstning"):
        appendices.add_voting_list(reg, first)
    assert w.snapshot(reg) == before
    yes = proceedings.add_proposal(reg, first, kind=ProposalKind.APPROVAL,
                                   author_ids=[world.person["Anna Svensson"]],
                                   subject="stadskontorets förslag").id
    no = proceedings.add_proposal(reg, first, kind=ProposalKind.REJECTION,
                                  author_ids=[world.person["Ulf Lind"]]).id
    proceedings.record_vote(reg, first, yes_proposal_id=yes, no_proposal_id=no, ballots={
        world.person[n]: BallotChoice.YES for n in (
            "Anna Svensson", "Bo Ek", "Dan Berg", "Eva Ek")} | {
        world.person["Ulf Lind"]: BallotChoice.NO})
    appendices.add_voting_list(reg, "KS:2026:1")
    with pytest.raises(UserError, match="har redan sin omröstningslista"):
        appendices.add_voting_list(reg, first)
    assert _numbers(reg, meeting) == [(1, "Omröstningslista", "§ 1"),
                                      (2, "Särskilt yttrande", "§ 2")]
    out = tmp_path / "protokoll.pdf"
    exports.export_minutes(reg, meeting, out)
    text = _text(out.read_bytes())
    assert "Hur var och en har röstat framgår av bilaga 1." in text
    assert "Bilagor\n • Omröstningslista, bilaga 1" in text
    listing = text.split("Bilaga 1")[-1]
    assert "Ledamot\nParti\nJa\nNej\nAvstår\nAnna Svensson\nS\nX" in listing
    assert "Ulf Lind\nSD\nX" in listing
    row = appendices.appendix_rows(reg, meeting)[0]
    appendices.remove_appendix(reg, row.id)
    assert _numbers(reg, meeting) == [(1, "Särskilt yttrande", "§ 2")]


def _encrypted() -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf("Hemlig")))
    writer.encrypt("hemligt")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "message"), [
    ("Detta är ingen PDF".encode(), "Filen x.pdf är ingen PDF-fil."),
    (b"", "Filen x.pdf är ingen PDF-fil."),
    (b"%PDF-1.7\n" + b"\x00" * 200, "Filen x.pdf är skadad och går inte att läsa som PDF."),
    (_encrypted(), "Filen x.pdf är lösenordsskyddad"),
    (pdf("X")[:300], "Filen x.pdf"),
])
def test_a_file_that_is_not_a_readable_pdf_changes_nothing(minutes, data: bytes,
                                                          message: str) -> None:
    world, _meeting, first, _ = minutes
    before = w.snapshot(world.register)
    with pytest.raises(UserError, match=re.escape(message)):
        appendices.add_document(world.register, first, pdf=data, title="Bilaga",
                                filename="x.pdf")
    assert w.snapshot(world.register) == before


def test_other_refusals(minutes) -> None:
    world, meeting, first, _ = minutes
    reg = world.register
    before = w.snapshot(reg)
    with pytest.raises(UserError, match=r"Bilagan till § 1 saknar rubrik\."):
        appendices.add_document(reg, first, pdf=pdf("X"), title="  ")
    with pytest.raises(UserError, match=r"Kommunstyrelsen har ingen § 9 under 2026\."):
        appendices.add_document(reg, "KS:2026:9", pdf=pdf("X"), title="X")
    world.set_state(meeting, MinutesState.APPROVED)
    before = w.snapshot(reg)
    with pytest.raises(LockedError, match="Protokollet är justerat"):
        appendices.add_document(reg, first, pdf=pdf("X"), title="Sent")
    assert w.snapshot(reg) == before


def test_cli(minutes, database: TestDatabase, tmp_path: Path,
             capsys: pytest.CaptureFixture[str]) -> None:
    world, _meeting, _, _ = minutes
    world.register.close()
    db = database.url
    good, bad = tmp_path / "redovisning.pdf", tmp_path / "anteckning.pdf"
    good.write_bytes(pdf("Redovisning"))
    bad.write_text("Detta är en textfil", encoding="utf-8")
    before = w.snapshot(world.register)
    assert main(["--db", db, "appendix", "add", "KS:2026:1", str(bad), "--title",
                 "Ekonomisk redovisning 2026"]) == 1
    assert capsys.readouterr().err == "kraftdesk: Filen anteckning.pdf är ingen PDF-fil.\n"
    assert main(["--db", db, "appendix", "add", "KS:2026:1", str(tmp_path / "saknas.pdf"),
                 "--title", "X"]) == 1
    assert "finns inte" in capsys.readouterr().err
    assert w.snapshot(world.register) == before
    assert main(["--db", db, "appendix", "add", "KS:2026:1", str(good), "--title",
                 "Ekonomisk redovisning 2026"]) == 0
    assert capsys.readouterr().out == (
        "redovisning.pdf är bilaga 1 «Ekonomisk redovisning 2026» till § 1 (KS:2026:1).\n")
    assert main(["--db", db, "appendix", "list", "KS:2026-02-04"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Bilaga 1  Dokument         § 1              Ekonomisk redovisning 2026",
        "Bilaga 2  Yttrande         § 2              Särskilt yttrande"]
    assert main(["--db", db, "appendix", "ta-bort", "KS:2026-02-04", "--bilaga", "2"]) == 1
    assert "Bilaga 2 är ett yttrande" in capsys.readouterr().err
    assert main(["--db", db, "appendix", "remove", "KS:2026-02-04", "--bilaga", "1"]) == 0
    assert capsys.readouterr().out == (
        "Bilaga 1 «Ekonomisk redovisning 2026» är borttagen ur protokollet KS:2026-02-04.\n")
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "appendix", "add", "KS:2026:1", str(good)])
    assert usage.value.code == 2
    assert "följande argument saknas: --title/--rubrik" in capsys.readouterr().err
