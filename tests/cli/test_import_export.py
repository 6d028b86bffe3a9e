# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk export`, `kraftdesk import` and `kraftdesk demo` on the command line."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kraftdesk.cli.main import main
from tests.interchange.helpers import DEMO_FILE, demo_document

DEMO_SUMMARY = ("Malmö stad: 3 organ, 27 personer, 4 ärenden, 5 sammanträden, 6 paragrafer, "
                "8 reservationer och yttranden, 5 bilagor, 4 filer.\n")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_help_lists_import_export_and_demo(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("import", "export", "demo"):
        assert f"\n    {command} " in out


def test_demo_then_export_gives_the_demo_file(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db, out = tmp_path / "demo.sqlite3", tmp_path / "ut.json"
    assert main(["--db", str(db), "demo"]) == 0
    assert capsys.readouterr().out == (
        f"Demoregistret är inläst i {db}.\n{DEMO_SUMMARY}"
        "Uppgifterna bygger på två publicerade protokoll från Malmö stad. Sammanträdet som är "
        "markerat som exempel och flera av personerna är påhittade.\n")
    assert main(["--db", str(db), "export", str(out)]) == 0
    assert capsys.readouterr().out == f"Registret är exporterat till {out}.\n"
    assert out.read_bytes() == DEMO_FILE.read_bytes()


def test_demo_refuses_a_register_with_data(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.sqlite3"
    assert main(["--db", str(db), "init", "--organisation", "Lunds kommun"]) == 0
    capsys.readouterr()
    before = _digest(db)
    assert main(["--db", str(db), "demo"]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: Demoregistret kan bara läsas in i ett nytt, tomt register. Det här "
        "registret innehåller redan Lunds kommun och har inte ändrats.\n")
    assert _digest(db) == before


def test_import_a_file_then_export_to_stdout(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ny.sqlite3"
    assert main(["--db", str(db), "import", str(DEMO_FILE)]) == 0
    assert capsys.readouterr().out == f"Registerfilen är inläst i {db}.\n{DEMO_SUMMARY}"
    assert main(["--db", str(db), "export", "-"]) == 0
    assert capsys.readouterr().out == DEMO_FILE.read_text(encoding="utf-8")


def test_import_from_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DEMO_FILE.read_bytes())))
    db = tmp_path / "ny.sqlite3"
    assert main(["--db", str(db), "import", "-"]) == 0
    assert capsys.readouterr().out.endswith(DEMO_SUMMARY)


def test_a_bad_file_lists_every_problem_and_creates_no_register(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = demo_document()
    document["paragraphs"][4]["number"] = 16
    document["memberships"][0]["role"] = "kung"
    bad = tmp_path / "fel.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "ny.sqlite3"
    assert main(["--db", str(db), "import", str(bad)]) == 1
    assert capsys.readouterr().err == (
        f"kraftdesk: Filen {bad} kan inte läsas in (2 fel). Registret har inte ändrats.\n"
        "  $.memberships[0].role: «kung» är ingen känd roll (tillåtna värden: chair, "
        "vice_chair, second_vice_chair, member, substitute).\n"
        "  $.paragraphs[4].number: § 16 finns redan i nummerserien 2026 för KS "
        "($.paragraphs[2]).\n")
    assert not db.exists()


def test_import_into_a_register_with_data_is_refused_unchanged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    before = _digest(db)
    assert main(["--db", str(db), "import", str(DEMO_FILE)]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: Registret är inte tomt: det innehåller redan Malmö stad. En registerfil "
        "kan bara läsas in i ett nytt, tomt register.\n")
    assert _digest(db) == before


@pytest.mark.parametrize("command", [["import", str(DEMO_FILE)], ["export", "ut.json"],
                                     ["demo"]])
def test_a_database_file_that_is_not_sqlite_is_refused_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    db = tmp_path / "protokoll.docx"
    db.write_bytes(b"PK\x03\x04 ett Word-dokument, ingen databas" * 20)
    before = _digest(db)
    assert main(["--db", str(db), *command]) == 1
    assert capsys.readouterr().err == (
        f"kraftdesk: Filen {db} är inte ett kraftdesk-register: den är ingen SQLite-databas.\n")
    assert _digest(db) == before


def test_a_missing_file_and_a_truncated_one(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "ny.sqlite3"
    assert main(["--db", str(db), "import", str(tmp_path / "saknas.json")]) == 1
    assert capsys.readouterr().err == f"kraftdesk: Filen {tmp_path / 'saknas.json'} finns inte.\n"
    cut = tmp_path / "halv.json"
    cut.write_text('{"format": "kraftdesk-register", "version": 1, "organisation": {"na',
                   encoding="utf-8")
    assert main(["--db", str(db), "import", str(cut)]) == 1
    assert capsys.readouterr().err == (
        f"kraftdesk: Filen {cut} kan inte läsas in. Registret har inte ändrats.\n"
        "  Filen tar slut mitt i en text (rad 1, kolumn 65): den är avkortad eller "
        "ofullständig.\n")
    assert not db.exists()


def test_export_never_overwrites_the_register_itself(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.sqlite3"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    before = _digest(db)
    assert main(["--db", str(db), "export", str(db)]) == 1
    assert capsys.readouterr().err == (
        f"kraftdesk: {db} är ett register eller en säkerhetskopia av ett register och skrivs "
        "aldrig över; välj ett annat filnamn.\n")
    assert _digest(db) == before


def test_export_of_a_register_holding_only_its_organisation(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "tom.sqlite3"
    assert main(["--db", str(db), "init", "--organisation", "Lunds kommun"]) == 0
    assert main(["--db", str(db), "export", str(tmp_path / "ut.json")]) == 0
    exported = json.loads((tmp_path / "ut.json").read_text(encoding="utf-8"))
    assert exported["organisation"]["name"] == "Lunds kommun"
    assert exported["meetings"] == []


def test_the_real_command_pipes_export_into_import(tmp_path: Path) -> None:
    source, target = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    run = [sys.executable, "-m", "kraftdesk"]
    demo = subprocess.run([*run, "--db", str(source), "demo"], capture_output=True, timeout=120,
                          check=False)
    assert demo.returncode == 0, demo.stderr
    exported = subprocess.run([*run, "--db", str(source), "export", "-"], capture_output=True,
                              timeout=120, check=True).stdout
    assert exported == DEMO_FILE.read_bytes()
    imported = subprocess.run([*run, "--db", str(target), "import", "-"], input=exported,
                              capture_output=True, timeout=120, check=False)
    assert imported.returncode == 0, imported.stderr.decode()
    assert imported.stdout.decode("utf-8").endswith(DEMO_SUMMARY)
