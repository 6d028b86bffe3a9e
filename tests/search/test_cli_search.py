# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk search`: exact output, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kraftdesk.cli.main import main
from kraftdesk.register.migrate import open_register
from tests.search.helpers import add_paragraph, add_statement, seed


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "r.sqlite3"
    register = open_register(f"sqlite:///{path}", create=True)
    seeded = seed(register)
    with register.write() as s:
        p = add_paragraph(s, seeded, 16, "Återrapportering kring kraftsamlande insatser",
                          summary="Remissinstanserna ställer sig i stort positiva till "
                                  "ambitionen kring förslaget.",
                          case=("STK-2024-1374", "Kraftsamlande insatser"))
        add_statement(s, p, "Vi saknar en plan för Rosengård.")
        add_paragraph(s, seeded, 17, "Fördelning av medel avseende kraftsamlande insatser 2026",
                      points=("Kommunstyrelsen beviljar 1 100 000 kronor till "
                              "fritidsnämnden.",))
    register.close()
    return str(path)


def test_hits_best_first_with_reference_date_title_case_and_snippet(
        db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "search", "kraftsamlande"]) == 0
    assert capsys.readouterr().out == (
        "2 träffar för «kraftsamlande»:\n"
        "\n"
        "KS:2026:16  2026-01-07  Återrapportering kring kraftsamlande insatser  STK-2024-1374\n"
        "    Återrapportering kring [kraftsamlande] insatser\n"
        "\n"
        "KS:2026:17  2026-01-07  Fördelning av medel avseende kraftsamlande insatser 2026\n"
        "    Fördelning av medel avseende [kraftsamlande] insatser 2026\n"
    )


def test_words_without_quotes_and_a_limit(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "search", "kraftsamlande", "Rosengård", "--antal", "1"]) == 0
    assert capsys.readouterr().out == (
        "Den bästa träffen för «kraftsamlande Rosengård» (det kan finnas fler):\n"
        "\n"
        "KS:2026:16  2026-01-07  Återrapportering kring kraftsamlande insatser  STK-2024-1374\n"
        "    Särskilt yttrande: Vi saknar en plan för [Rosengård].\n"
    )


def test_no_hits(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "search", "Malmo"]) == 0
    assert capsys.readouterr().out == "Inga träffar för «Malmo».\n"


def test_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "search", "beviljar", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    score = hits[0].pop("score")
    assert isinstance(score, float) and score > 0
    assert hits == [{
        "reference": "KS:2026:17",
        "body": "KS",
        "meeting_date": "2026-01-07",
        "number": 17,
        "title": "Fördelning av medel avseende kraftsamlande insatser 2026",
        "case_number": None,
        "snippet": "Kommunstyrelsen beviljar 1 100 000 kronor till fritidsnämnden.",
        "matches": [[16, 24]],
    }]


def test_an_unusable_query_is_a_user_error(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "search", "--", "-", "*"]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: Skriv minst ett ord att söka efter (bokstäver eller siffror).\n")


def test_antal_must_be_positive(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", db, "search", "budget", "--antal", "0"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.endswith(
        "kraftdesk search: fel: argumentet --antal: antalet måste vara minst 1, inte 0\n")
