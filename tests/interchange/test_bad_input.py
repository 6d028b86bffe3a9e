# SPDX-License-Identifier: EUPL-1.2
"""Bad interchange files: every problem reported with its JSON path, in Swedish; nothing written.

The cases the issue names first (duplicate paragraph number, duplicate diarienummer, a
statement without author, an unknown party or role, a malformed date, a truncated or
wrong-version file), then the other rules, then refusals by the register itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from kraftdesk.domain.errors import UserError
from kraftdesk.interchange import VERSION, InterchangeError, check_file, import_register
from kraftdesk.register.database import Register
from tests.interchange.helpers import demo_document, demo_text, dump, is_empty

Mutation = Callable[[dict[str, Any]], None]


def _set(*path: Any) -> Mutation:
    *where, key, value = path

    def mutate(document: dict[str, Any]) -> None:
        target = document
        for step in where:
            target = target[step]
        target[key] = value

    return mutate


def _import_fails(register: Register, text: str, *, source: str = "register.json") -> str:
    with pytest.raises(InterchangeError) as caught:
        import_register(register, text, source=source)
    assert is_empty(register)  # not a row written, not an audit entry
    return caught.value.message


def _one_problem(line: str) -> str:
    return f"Filen register.json kan inte läsas in (1 fel). Registret har inte ändrats.\n  {line}"


ISSUE_CASES = {
    "duplicate paragraph number": (
        _set("paragraphs", 4, "number", 16),
        "$.paragraphs[4].number: § 16 finns redan i nummerserien 2026 för KS ($.paragraphs[2])."),
    "duplicate diarienummer": (
        _set("cases", 3, "number", "STK-2024-1374"),
        "$.cases[3].number: diarienumret STK-2024-1374 finns redan ($.cases[1])."),
    "statement without author": (
        _set("paragraphs", 2, "statements", 0, "authors", []),
        "$.paragraphs[2].statements[0].authors: ett yttrande måste ha minst en författare."),
    "unknown party": (
        _set("persons", 0, "party_id", 99),
        "$.persons[0].party_id: det finns inget parti med id 99 i filen."),
    "unknown role": (
        _set("memberships", 0, "role", "kung"),
        "$.memberships[0].role: «kung» är ingen känd roll (tillåtna värden: chair, vice_chair, "
        "second_vice_chair, member, substitute)."),
    "malformed date and time": (
        _set("meetings", 2, "starts_at", "2026-13-01"),
        "$.meetings[2].starts_at: «2026-13-01» är inget giltigt datum och tid "
        "(ÅÅÅÅ-MM-DDTTT:MM)."),
    "impossible date and time": (
        _set("meetings", 2, "starts_at", "2026-13-01T13:00"),
        "$.meetings[2].starts_at: «2026-13-01T13:00» är inget giltigt datum och tid "
        "(ÅÅÅÅ-MM-DDTTT:MM)."),
    "impossible date": (
        _set("meetings", 2, "approved_on", "2026-02-30"),
        "$.meetings[2].approved_on: «2026-02-30» är inget giltigt datum (ÅÅÅÅ-MM-DD)."),
    "wrong version": (
        _set("version", VERSION + 1),
        f"$.version: filen har version {VERSION + 1} av registerformatet, men den här versionen "
        f"av kraftdesk läser bara version {VERSION} och äldre. Uppdatera kraftdesk."),
    "wrong format": (
        _set("format", "kraftdesk-protokoll"),
        "$.format: filen är ingen kraftdesk-registerfil (fältet format är «kraftdesk-protokoll», "
        "men ska vara «kraftdesk-register»)."),
}


@pytest.mark.parametrize("case", list(ISSUE_CASES))
def test_each_bad_input_of_the_issue_gets_one_clear_message(register: Register,
                                                           case: str) -> None:
    mutate, line = ISSUE_CASES[case]
    document = demo_document()
    mutate(document)
    message = _import_fails(register, json.dumps(document, ensure_ascii=False))
    assert message == _one_problem(line)


def test_a_truncated_file_is_refused(register: Register) -> None:
    text = demo_text()
    message = _import_fails(register, text[: len(text) // 2])
    assert message.startswith("Filen register.json kan inte läsas in. Registret har inte "
                              "ändrats.\n  Filen tar slut mitt i ")
    assert message.endswith("den är avkortad eller ofullständig.")
    cut = '{\n  "format": "kraftdesk-register",\n  "version": 1,\n  "parties": ['
    assert _import_fails(register, cut) == (
        "Filen register.json kan inte läsas in. Registret har inte ändrats.\n"
        "  Filen tar slut mitt i JSON-texten (rad 4, kolumn 15): den är avkortad eller "
        "ofullständig.")


@pytest.mark.parametrize(("data", "reason"), [
    ("<html><body>Protokoll</body></html>",
     "Filen är ingen giltig JSON: ett värde saknas (rad 1, kolumn 1)."),
    ('{"format": "kraftdesk-register",}',
     "Filen är ingen giltig JSON: ett fältnamn inom dubbla citattecken saknas (rad 1, "
     "kolumn 33)."),
    ("   \n", "Filen är tom."),
    ("[1, 2]", "Filen är ingen kraftdesk-registerfil: den innehåller inget JSON-objekt."),
    (b"%PDF-1.7\n\xe2\xe3\xcf\xd3", "Filen är inte UTF-8-kodad text (byte 10); den är ingen "
                                     "kraftdesk-registerfil."),
])
def test_what_is_not_an_interchange_file_at_all(register: Register, data: str | bytes,
                                               reason: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        import_register(register, data, source="register.json")
    assert caught.value.message == (
        f"Filen register.json kan inte läsas in. Registret har inte ändrats.\n  {reason}")
    assert is_empty(register)


def test_every_problem_is_reported_at_once_in_file_order(register: Register) -> None:
    document = demo_document()
    document["meetings"][2]["starts_at"] = "2026-13-01"
    document["cases"][3]["number"] = "STK-2024-1374"
    document["persons"][0]["party_id"] = 99
    document["meetings"][0]["agenda"] = []
    del document["meetings"][1]["place"]
    document["paragraphs"][0]["votes"] = [{"position": 1}]
    message = _import_fails(register, json.dumps(document, ensure_ascii=False))
    assert message.splitlines() == [
        "Filen register.json kan inte läsas in (6 fel). Registret har inte ändrats.",
        "  $.persons[0].party_id: det finns inget parti med id 99 i filen.",
        "  $.cases[3].number: diarienumret STK-2024-1374 finns redan ($.cases[1]).",
        f"  $.meetings[0].agenda: okänt fält; version {VERSION} av formatet har inget sådant "
        "fält.",
        "  $.meetings[1].place: fältet saknas.",
        "  $.meetings[2].starts_at: «2026-13-01» är inget giltigt datum och tid "
        "(ÅÅÅÅ-MM-DDTTT:MM).",
        "  $.paragraphs[0].votes[0]: fälten «id», «yes_meaning», «no_meaning», "
        "«yes_proposal_id», «no_proposal_id», «election», «secret», «yes_count», «no_count», "
        "«abstain_count», «lot_winner» och «ballots» saknas.",
    ]


def test_a_register_that_is_not_empty_is_refused_and_unchanged(register: Register) -> None:
    import_register(register, demo_text())
    before = dump(register)
    with pytest.raises(UserError) as caught:
        import_register(register, demo_text())
    assert caught.value.message == (
        "Registret är inte tomt: det innehåller redan Malmö stad. En registerfil kan bara "
        "läsas in i ett nytt, tomt register.")
    assert dump(register) == before


def test_a_refusal_by_the_database_rolls_everything_back(register: Register,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Should a check ever miss something, the register's own constraints still refuse it,
    # after many rows were already written in the same transaction.
    document = demo_document()
    document["paragraphs"][5]["decision_points"][0]["text"] = ""
    monkeypatch.setattr("kraftdesk.interchange.load.row_problems", lambda *_row: [])
    message = _import_fails(register, json.dumps(document, ensure_ascii=False))
    assert message == ("Filen register.json kan inte läsas in. Registret har inte ändrats.\n"
                       "  Registret avvisade filen: en uppgift bryter mot registrets regler "
                       "(en beslutspunkt).")


def test_check_file_takes_a_parsed_object_without_changing_it() -> None:
    document = demo_document()
    snapshot = json.dumps(document)
    checked = check_file(document)
    assert checked.organisation == "Malmö stad"
    assert checked.count("paragraph") == 6
    assert json.dumps(document) == snapshot
