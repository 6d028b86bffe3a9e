# SPDX-License-Identifier: EUPL-1.2
"""Import runs the services' domain rules (kraftdesk.domain.participation and the rest):
each refusal with its JSON path, nothing written. Mutations of the demo register's
KS:2026-12-02 (meeting index 4; § 413 is paragraph index 5 with a vote and a reservation
by Maria Sjöberg and Elin Ekström)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from kraftdesk.interchange import InterchangeError, check_file, import_register
from kraftdesk.register.database import Register
from tests.interchange.helpers import demo_document, dump

P413 = 5


def _recuse(person: int) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        d["paragraphs"][P413]["attendance"] = [
            {"id": 90, "person_id": person, "kind": "recused", "replaces_person_id": None}]
    return mutate


def _end_membership(person: int) -> Callable[[dict[str, Any]], None]:
    def mutate(d: dict[str, Any]) -> None:
        for row in d["memberships"]:
            if row["person_id"] == person and row["body_id"] == 2 and \
                    row["starts_on"] < "2026-06-30":  # not the seat of the next term
                row["ends_on"] = "2026-06-30"
    return mutate


def _attendance(index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["meetings"][4]["attendance"][index].update(values)


def _vote(**values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: d["paragraphs"][P413]["votes"][0].update(values)


CASES: list[tuple[str, Callable[[dict[str, Any]], None], list[str]]] = [
    ("a reservation and a ballot by someone jävig", _recuse(12), [
        "$.paragraphs[5].statements[0].authors[0].person_id: Maria Sjöberg (V) är jävig "
        "under § 413 och kan inte reservera sig.",
        "$.paragraphs[5].votes[0].ballots[9].person_id: Maria Sjöberg (V) är jävig under "
        "§ 413 och kan inte rösta.",
        "$.paragraphs[5].proposals[1].authors[0].person_id: Maria Sjöberg (V) är jävig under "
        "§ 413 och kan inte yrka.",
    ]),
    ("attendance by someone whose membership had ended", _end_membership(12), [
        "$.meetings[4].attendance[6].kind: Maria Sjöberg (V) är inte ledamot i "
        "kommunstyrelsen 2026-12-02 och kan inte tjänstgöra som ledamot.",
    ]),
    ("overlapping periods of one person",
     lambda d: d["meetings"][4]["attendance"].append(
         {"id": 99, "person_id": 12, "kind": "member", "replaces_person_id": None,
          "note": None, "position": 99, "from_number": 413, "to_number": None,
          "arrived_at": None, "left_at": None}), [
        "$.meetings[4].attendance[14].from_number: Maria Sjöberg (V) står två gånger i "
        "närvarolistan under § 413; perioderna överlappar.",
    ]),
    ("a period outside the meeting's paragraphs", _attendance(0, from_number=500), [
        "$.meetings[4].attendance[0].from_number: Sara Lindblom (S): § 500 finns inte bland "
        "sammanträdets paragrafer (§§ 412–413); ange närvaron med sammanträdets "
        "paragrafnummer.",
        # … and so she serves in no paragraph: what she did in § 413 is refused too.
        "$.paragraphs[5].proposals[0].authors[0].person_id: Sara Lindblom (S) tjänstgör inte "
        "under § 413 och kan inte yrka.",
        "$.paragraphs[5].votes[0].ballots[0].person_id: Sara Lindblom (S) tjänstgör inte "
        "under § 413 och kan inte rösta.",
    ]),
    ("ballots in a closed vote", _vote(election=True, secret=True), [
        "$.paragraphs[5].votes[0].ballots: en sluten omröstning har inga namngivna röster "
        "(omröstningen under § 413).",
    ]),
    ("a lottning in an ordinary vote", _vote(lot_winner="yes"), [
        "$.paragraphs[5].votes[0].lot_winner: lottning avgör bara ett val (omröstningen under "
        "§ 413).",
    ]),
    ("a tjänstgörande ordförande who does not serve",
     lambda d: d["paragraphs"][P413].update(acting_chair_id=26), [
        "$.paragraphs[5].acting_chair_id: Jonas Åberg tjänstgör inte under § 413 och kan "
        "inte vara tjänstgörande ordförande.",
    ]),
    ("a justerare range outside the minutes",
     lambda d: d["approvals"].append(
         {"id": 1, "meeting_id": 5, "paragraph_id": None, "person_id": 1, "role": "approver",
          "replaces_person_id": None, "from_number": 1, "to_number": 413, "position": 1}), [
        "$.approvals[0].from_number: § 1 finns inte bland sammanträdets paragrafer.",
    ]),
]


@pytest.mark.parametrize(("mutate", "lines"), [(m, lines) for _, m, lines in CASES],
                         ids=[name for name, _, _ in CASES])
def test_import_refuses_what_the_services_refuse(mutate: Callable[[dict[str, Any]], None],
                                                 lines: list[str]) -> None:
    document = demo_document()
    mutate(document)
    with pytest.raises(InterchangeError) as caught:
        check_file(document)
    assert sorted(str(p) for p in caught.value.problems) == sorted(lines)


def test_a_refused_file_writes_nothing(register: Register) -> None:
    document = demo_document()
    _recuse(12)(document)
    before = dump(register)
    with pytest.raises(InterchangeError) as caught:
        import_register(register, json.dumps(document, ensure_ascii=False))
    assert caught.value.message.startswith("Filen kan inte läsas in (3 fel). Registret har "
                                           "inte ändrats.")
    assert dump(register) == before
