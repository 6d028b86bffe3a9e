# SPDX-License-Identifier: EUPL-1.2
"""The pure rules: participation per paragraph, vote results, personnummer."""

from __future__ import annotations

import pytest

from kraftdesk.domain.enums import AttendanceKind, BallotChoice, ParagraphAttendanceKind
from kraftdesk.domain.participation import (
    Code,
    ParagraphException,
    Presence,
    attendance_problems,
    exception_problems,
    participation,
    taking_part_problem,
)
from kraftdesk.domain.personal_numbers import find_personal_numbers, luhn_valid
from kraftdesk.domain.votes import tally

M, TJ, E = AttendanceKind.MEMBER, AttendanceKind.SERVING_SUBSTITUTE, AttendanceKind.SUBSTITUTE
YES, NO, ABSTAIN = BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN

ROWS = [Presence(1, M), Presence(2, M, last=12), Presence(3, E, last=12),
        Presence(3, TJ, replaces=2, first=13), Presence(4, M, first=5), Presence(9, E)]


def test_who_serves_follows_the_periods_and_the_exceptions() -> None:
    assert participation(ROWS, [], 4).voters == ((1, False), (2, False))
    assert participation(ROWS, [], 5).voters == ((1, False), (2, False), (4, False))
    assert participation(ROWS, [], 13).voters == ((1, False), (3, True), (4, False))
    assert participation(ROWS, [], 13).substitutions == ((3, 2),)  # printed in the §
    jav = [ParagraphException(1, ParagraphAttendanceKind.RECUSED),
           ParagraphException(9, ParagraphAttendanceKind.SERVING, replaces=1)]
    part = participation(ROWS, jav, 6, acting_chair=2)
    assert part.voters == ((9, True), (2, False), (4, False))
    assert (part.recused, part.acting_chair, part.substitutions) == ((1,), 2, ((9, 1),))
    assert taking_part_problem(1, part, serving=True).code is Code.RECUSED
    assert taking_part_problem(3, part, serving=True).code is Code.NOT_SERVING
    assert taking_part_problem(3, part, serving=False) is None  # present ersättare
    assert participation(ROWS, [], None).voters == ((1, False),)  # an unnumbered item


def test_attendance_problems() -> None:
    roles = {1: "member", 2: "member", 3: "substitute", 4: "member", 9: "substitute"}
    from kraftdesk.domain.enums import Role

    roles = {k: Role(v) for k, v in roles.items()}
    assert attendance_problems(ROWS, roles, range(1, 21)) == []
    overlap = [*ROWS, Presence(3, E, first=12, key="x")]
    found = attendance_problems(overlap, roles, range(1, 21))
    assert [(p.code, p.number) for p in found] == [(Code.OVERLAP, 12), (Code.OVERLAP, 13)]
    assert [p.code for p in attendance_problems([Presence(2, M, first=30)], roles,
                                                range(1, 21))] == [Code.RANGE_OUTSIDE]
    assert [p.code for p in attendance_problems([Presence(3, M)], roles, [])] == \
        [Code.NOT_MEMBER]
    assert [p.code for p in exception_problems(
        ROWS, [ParagraphException(4, ParagraphAttendanceKind.ABSENT)], 3)] == \
        [Code.NOT_PRESENT_HERE]


@pytest.mark.parametrize(("choices", "kwargs", "outcome", "how"), [
    ([YES, YES, NO], {}, YES, "count"),
    ([YES, NO], {"chair_choice": NO}, NO, "chair"),
    ([YES, NO], {}, None, "undecided"),
    ([YES, NO], {"election": True, "chair_choice": NO}, None, "undecided"),  # no casting at val
    ([YES, NO], {"election": True, "lot_winner": YES}, YES, "lot"),
    ([], {"election": True, "secret": True, "counts": (4, 3, 1)}, YES, "count"),
    ([], {"election": True, "secret": True, "counts": (3, 3, 0), "lot_winner": NO}, NO, "lot"),
    ([], {"election": True, "secret": True}, None, "uncounted"),
])
def test_vote_results(choices: list, kwargs: dict, outcome: BallotChoice | None,
                      how: str) -> None:
    count = tally(choices, **kwargs)
    assert count.outcome is outcome
    assert {"count": not count.tie and count.counted, "chair": count.casting,
            "lot": count.by_lot, "undecided": count.tie and not count.decided,
            "uncounted": not count.counted}[how]


@pytest.mark.parametrize(("text", "found"), [
    ("Sökande 811218-9876 bor här", ["811218-9876"]),
    ("Sökande 19811218-9876", ["19811218-9876"]),
    ("198112189876 i en lista", ["198112189876"]),
    ("Hundraåring 121212+1212", ["121212+1212"]),
    ("Samordningsnummer 701063-2391", ["701063-2391"]),
    ("Fel kontrollsiffra 811218-9877", []),
    ("Ingen dag 811232-9876", []),
    ("Telefon 0701234567, 040-341000", []),
    ("Dnr KS 2023/1234 och STK-2024-1374, 1 100 000 kronor", []),
    ("Del av ett längre tal 1198112189876", []),
])
def test_personal_numbers(text: str, found: list[str]) -> None:
    assert [f.text for f in find_personal_numbers(text)] == found


def test_luhn() -> None:
    assert luhn_valid("8112189876") and not luhn_valid("8112189877")
