# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk pdf minutes|extract|appendix` on the demo register, with Swedish messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from kraftdesk.cli.main import main
from kraftdesk.register.migrate import open_register
from kraftdesk.services.demo import load_demo
from tests.documents.pdftext import body_lines, page_lines

DRAFT = "Förslag – ej justerat"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite3"
    register = open_register(f"sqlite:///{path}", create=True)
    load_demo(register)
    register.close()
    return str(path)


def test_minutes_follow_their_state_unless_told(db: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ks.pdf"
    assert main(["--db", db, "pdf", "minutes", "KS:2026-01-07", "-o", str(out)]) == 0
    assert capsys.readouterr().out == \
        f"Protokollet KS:2026-01-07 är skrivet till {out} (5 sidor).\n"
    assert DRAFT not in page_lines(out.read_bytes())[0]
    assert main(["--db", db, "pdf", "protokoll", "KS:2026-01-07", "--utkast", "--force", "-o",
                 str(out)]) == 0
    assert page_lines(out.read_bytes())[0][0] == DRAFT


def test_final_minutes_of_a_draft_are_refused(db: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", db, "pdf", "minutes", "KS:2026-12-02", "--slutlig", "-o",
                 str(out)]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: Protokollet KS:2026-12-02 är inte justerat; det kan skrivas ut som "
        "slutligt först efter justeringen. Skriv ut ett utkast i stället.\n")
    assert not out.exists()


def test_extract_to_a_file_and_one_per_paragraph_to_a_folder(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "utdrag.pdf"
    assert main(["--db", db, "pdf", "extract", "KS:2026:16", "-o", str(out),
                 "--datum", "2026-01-20"]) == 0
    assert capsys.readouterr().out == f"Protokollsutdraget är skrivet till {out} (5 sidor).\n"
    # The certification follows the paragraph and its bilagor: it is on the last page.
    assert "2026-01-20" in page_lines(out.read_bytes())[-1]
    folder = tmp_path / "mapp"
    assert main(["--db", db, "pdf", "utdrag", "KS:2026:412", "KS:2026:413",
                 "--mapp", str(folder)]) == 0
    assert capsys.readouterr().out == (
        f"2 protokollsutdrag är skrivna till {folder}:\n"
        "  KS 2026-12-02 § 412.pdf\n  KS 2026-12-02 § 413.pdf\n")


def test_appendix_by_number(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.pdf"
    assert main(["--db", db, "pdf", "appendix", "KS:2026-01-07", "--bilaga", "12", "-o",
                 str(out)]) == 0
    assert capsys.readouterr().out == f"Bilagorna är skrivna till {out} (1 sida).\n"
    assert body_lines(page_lines(out.read_bytes())[0])[0] == "Bilaga 12"


def test_unknown_references_are_reported_in_swedish(db: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "pdf", "extract", "KS:2026:999", "-o",
                 str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == "kraftdesk: Kommunstyrelsen har ingen § 999 under 2026.\n"


def test_extract_needs_a_file_or_a_folder(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "pdf", "extract", "KS:2026:16"]) == 1
    assert capsys.readouterr().err == \
        "kraftdesk: Ange en fil med -o eller en mapp med --mapp.\n"


def test_a_bodys_year_one_file_per_meeting(db: str, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "år"
    assert main(["--db", db, "pdf", "minutes", "KS:2026", "--mapp", str(folder)]) == 0
    first, second = folder / "KS 2026-01-07.pdf", folder / "KS 2026-12-02.pdf"
    out = capsys.readouterr().out
    assert out.startswith(
        f"Protokollet KS:2026-01-07 är skrivet till {first} (5 sidor).\n"
        f"Protokollet KS:2026-12-02 är skrivet till {second} (")
    assert out.endswith(f" är skrivna till {folder}.\n") and "\n2 protokoll (" in out
    assert sorted(p.name for p in folder.iterdir()) == [first.name, second.name]
    # The same bytes as one meeting at a time; each follows its own state.
    single = tmp_path / "ks.pdf"
    assert main(["--db", db, "pdf", "minutes", "KS:2026-01-07", "-o", str(single)]) == 0
    assert first.read_bytes() == single.read_bytes()
    assert DRAFT not in page_lines(first.read_bytes())[0]
    assert page_lines(second.read_bytes())[0][0] == DRAFT


def test_nothing_is_written_over_without_force(db: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "år"
    assert main(["--db", db, "pdf", "minutes", "KSAU:2026", "--mapp", str(folder)]) == 0
    capsys.readouterr()
    kept = folder / "KSAU 2026-04-20.pdf"
    kept.write_bytes(b"min egen fil")
    assert main(["--db", db, "pdf", "minutes", "KSAU:2026", "--mapp", str(folder)]) == 1
    assert capsys.readouterr().err == (
        f"kraftdesk: Filen {kept} finns redan och skrivs inte över. Välj ett annat filnamn, "
        "eller ange --force för att ersätta den.\n")
    assert kept.read_bytes() == b"min egen fil"
    assert main(["--db", db, "pdf", "minutes", "KSAU:2026", "--mapp", str(folder),
                 "--force"]) == 0
    assert kept.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    out = tmp_path / "b.pdf"
    out.write_bytes(b"x")
    for argv in (["minutes", "KS:2026-01-07", "-o"], ["appendix", "KS:2026-01-07", "-o"],
                 ["extract", "KS:2026:16", "-o"]):
        assert main(["--db", db, "pdf", *argv, str(out)]) == 1
        assert "finns redan" in capsys.readouterr().err
        assert out.read_bytes() == b"x"
        assert main(["--db", db, "pdf", *argv, str(out), "--force"]) == 0
        capsys.readouterr()
        out.write_bytes(b"x")


def test_a_year_needs_a_folder_and_meetings(db: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "pdf", "minutes", "KS:2026", "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: Ett år (KS:2026) skrivs till en mapp med --mapp, ett sammanträde "
        "(KS:2026-01-07) till en fil med -o.\n")
    assert main(["--db", db, "pdf", "minutes", "KS:2031", "--mapp", str(tmp_path / "m")]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: Kommunstyrelsen har inga sammanträden under 2031.\n")
    assert not (tmp_path / "m").exists()
