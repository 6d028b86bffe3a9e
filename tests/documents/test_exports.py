# SPDX-License-Identifier: EUPL-1.2
"""PDF exports from a register: the demo register's minutes, extracts and bilagor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kraftdesk.domain.errors import UserError
from kraftdesk.reading.references import find_meeting
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.services import exports
from kraftdesk.services.demo import load_demo
from tests.documents.pdftext import body_lines, in_order, page_lines, reader

DRAFT = "Förslag – ej justerat"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    register = open_register(f"sqlite:///{path}", create=True)
    load_demo(register)
    yield register
    register.close()


def test_justerade_minutes_have_front_page_posting_block_and_no_draft_mark(
        demo: Register, tmp_path: Path) -> None:
    done = exports.export_minutes(demo, "KS:2026-01-07", tmp_path / "ks.pdf")
    pages = page_lines(done.path.read_bytes())
    assert done.pages == len(pages) == 5
    assert all(DRAFT not in lines for lines in pages)
    front = pages[0]
    # The header: the organisation, the body, the organisation's address line.
    assert front[:7] == ["Malmö stad", "Kommunstyrelsen", "August Palms plats 1, Malmö",
                         "Sammanträdesprotokoll", "Sammanträdesdatum 2026-01-07",
                         "Justerandes sign", "Utdragsbestyrkande"]
    assert in_order("\n".join(front), [
        "Plats och tid", "Stadshuset, August Palms plats 1, Malmö, 2026-01-07 kl. 13:00–16:45",
        "Beslutande", "Sara Lindblom (S), ordförande", "Johan Berglund (L), vice ordförande",
        "Övriga närvarande", "Anders Pripp (SD), ersättare",
        "Utses att justera", "Johan Berglund (L)",
        "Justeringens plats och tid",
        "Stadshuset, August Palms plats 1, Malmö, 2026-01-14 kl. 10:00",
        "Underskrifter", "Sekreterare", "Paragraf 16", "Pamela Lindqvist",
        "Ordförande", "Sara Lindblom", "Justerande", "Johan Berglund",
        "ANSLAG/BEVIS",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "Organ\nKommunstyrelsen", "Sammanträdesdatum\n2026-01-07",
        "Datum då anslaget sätts upp\n2026-01-15", "Datum då anslaget tas ned\n2026-02-06",
        "Sista dag för överklagande\n2026-02-05",
        "Förvaringsplats för protokollet\nStadskontoret, August Palms plats 1, Malmö",
        "Underskrift\nPamela Lindqvist", "1 (5)",
    ])
    assert body_lines(pages[1])[:2] == ["§ 16 Återrapportering kring kraftsamlande insatser",
                                        "STK-2024-1374"]
    assert [body_lines(p)[0] for p in pages[3:]] == ["Bilaga 12", "Bilaga 13"]


def test_the_bytes_justering_seals_are_those_of_the_export(demo: Register,
                                                           tmp_path: Path) -> None:
    done = exports.export_minutes(demo, "KS:2026-01-07", tmp_path / "ks.pdf", final=True)
    with demo.read() as session:
        meeting = find_meeting(session, "KS:2026-01-07")
        sealed = exports.minutes_pdf_bytes(session, meeting.id, final=True)
    assert sealed == done.path.read_bytes()
    metadata = reader(sealed).metadata
    assert metadata.title == "Sammanträdesprotokoll Kommunstyrelsen 2026-01-07"
    assert metadata.author == "Kommunstyrelsen"
    assert metadata["/Keywords"] == "STK-2024-1374"


def test_draft_minutes_are_marked_and_cannot_be_printed_as_final(demo: Register,
                                                                  tmp_path: Path) -> None:
    done = exports.export_minutes(demo, "KS:2026-12-02", tmp_path / "utkast.pdf")
    pages = page_lines(done.path.read_bytes())
    assert all(lines.count(DRAFT) == 2 for lines in pages)  # watermark and header
    assert "ANSLAG/BEVIS" not in pages[0]
    with pytest.raises(UserError, match="KS:2026-12-02 är inte justerat"):
        exports.export_minutes(demo, "KS:2026-12-02", tmp_path / "slutlig.pdf", final=True)
    assert not (tmp_path / "slutlig.pdf").exists()


def test_extract_is_certified_and_carries_its_bilagor(demo: Register, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    done = exports.export_extract(demo, ["KS:2026:16"], tmp_path / "utdrag.pdf",
                                  on=date(2026, 1, 20),
                                  progress=lambda d, t: calls.append((d, t)))
    pages = page_lines(done.path.read_bytes())
    assert [lines[3] for lines in pages] == ["Protokollsutdrag"] * len(pages)  # after the address
    assert body_lines(pages[0])[:9] == ["Paragraf", "§ 16", "Dag för justering", "2026-01-14",
                                        "Anslaget uppsatt", "2026-01-15",
                                        "Sista dag för överklagande", "2026-02-05",
                                        "§ 16 Återrapportering kring kraftsamlande insatser"]
    text = "\n".join("\n".join(body_lines(lines)) for lines in pages)
    # The certification covers the paragraph and its bilagor: it comes after them.
    assert in_order(text, ["Beslutsunderlag", "Bilaga 12", "Bilaga 13",
                           "Rätt utdraget intygar:\nPamela Lindqvist\nNämndsekreterare\n"
                           "2026-01-20"])
    assert reader(done.path.read_bytes()).metadata.title == \
        "Protokollsutdrag Kommunstyrelsen 2026-01-07 § 16"
    assert calls[-1][0] == calls[-1][1] > 0


def test_an_extract_takes_paragraphs_of_one_meeting_only(demo: Register,
                                                        tmp_path: Path) -> None:
    with pytest.raises(UserError, match="ett och samma sammanträde"):
        exports.export_extract(demo, ["KS:2026:16", "KS:2026:412"], tmp_path / "x.pdf")


def test_batch_writes_one_extract_per_paragraph_named_by_body_date_and_paragraph(
        demo: Register, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    paths = exports.export_extracts_batch(demo, ["KS:2026:412", "KS:2026:413"], tmp_path / "ut",
                                          on=date(2026, 12, 10),
                                          progress=lambda d, t: seen.append((d, t)))
    assert [p.name for p in paths] == ["KS 2026-12-02 § 412.pdf", "KS 2026-12-02 § 413.pdf"]
    assert seen == [(0, 2), (1, 2), (2, 2)]
    for path, number in zip(paths, (412, 413), strict=True):
        pages = page_lines(path.read_bytes())
        first = pages[0]
        assert first.count(DRAFT) == 2  # not justerade yet: marked as a draft
        lines = body_lines(first, draft=True)
        assert lines[:2] == ["Paragraf", f"§ {number}"]
        assert lines[2].startswith(f"§ {number} ")
        text = " ".join(" ".join(body_lines(p, draft=True)) for p in pages)
        # Not justerat: no certification, only the draft notice.
        assert "Rätt utdraget intygar" not in text
        assert "UTKAST Protokollet är inte justerat. Utdraget är ett utkast och kan inte " \
               "bestyrkas förrän protokollet har justerats." in text


def test_bilagor_on_their_own(demo: Register, tmp_path: Path) -> None:
    done = exports.export_appendices(demo, "KS:2026-01-07", tmp_path / "b.pdf", numbers=[13])
    pages = page_lines(done.path.read_bytes())
    assert len(pages) == 1
    assert body_lines(pages[0])[:2] == ["Bilaga 13", "Särskilt yttrande"]
    assert pages[0][-1] == "1 (1)"
    everything = exports.export_appendices(demo, "KS:2026-01-07", tmp_path / "alla.pdf")
    assert [body_lines(p)[0] for p in page_lines(everything.path.read_bytes())] == \
        ["Bilaga 12", "Bilaga 13"]
    with pytest.raises(UserError, match=r"Bilaga 7 finns inte i protokollet KS:2026-01-07 "
                                        r"\(bilagor: 12, 13\)"):
        exports.export_appendices(demo, "KS:2026-01-07", tmp_path / "c.pdf", numbers=[7])
