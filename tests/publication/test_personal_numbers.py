# SPDX-License-Identifier: EUPL-1.2
"""The personnummer detector (kraftdesk.domain.personal_numbers)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kraftdesk.domain.personal_numbers import (
    NumberKind,
    find_personal_numbers,
    is_personal_number,
    luhn_valid,
)


def _with_check(nine: str) -> str:
    for digit in "0123456789":
        if luhn_valid(nine + digit):
            return nine + digit
    raise AssertionError(nine)


@pytest.mark.parametrize("written", [
    "811218-9876", "19811218-9876", "8112189876", "198112189876", "811218+9876",
])
def test_every_written_form_is_found(written: str) -> None:
    found = find_personal_numbers(f"Sökanden, {written}, bor i Malmö.")
    assert [(n.text, n.kind) for n in found] == [(written, NumberKind.PERSONAL)]
    assert found[0].digits == "8112189876"
    assert is_personal_number(written)


def test_samordningsnummer_is_found_with_its_kind() -> None:
    (found,) = find_personal_numbers("samordningsnummer 701063-2391")
    assert found.kind is NumberKind.COORDINATION
    assert (found.start, found.end) == (18, 29)


@pytest.mark.parametrize("text", [
    "811218-9875",  # wrong check digit
    "811318-9876",  # no month 13
    "810230-1234",  # no 30 February
    "0701234567",  # a mobile number
    "040-34 10 00",
    "Dnr 2018/KS 0041 001",
    "KS 2023/123",
    "1 100 000 kronor",
    "811218-98761",  # part of a longer number
    "12811218-9876",  # no century 12
    "19811218+9876",  # "+" only in the ten-digit form
    "20231201-0000",
    "",
])
def test_lookalikes_are_not_found(text: str) -> None:
    assert find_personal_numbers(text) == ()


def test_several_in_one_text_in_order() -> None:
    text = "A 811218-9876 och B 701063-2391 samt 19811218-9876."
    assert [n.text for n in find_personal_numbers(text)] == [
        "811218-9876", "701063-2391", "19811218-9876"]
    for number in find_personal_numbers(text):
        assert text[number.start:number.end] == number.text


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 12, 31)),
       st.integers(min_value=0, max_value=999), st.booleans(), st.booleans())
def test_every_valid_number_is_found(day: date, serial: int, long: bool,
                                     coordination: bool) -> None:
    dd = day.day + (60 if coordination else 0)
    ten = _with_check(f"{day:%y%m}{dd:02d}{serial:03d}")
    written = (f"{day.year // 100}" if long else "") + f"{ten[:6]}-{ten[6:]}"
    found = find_personal_numbers(f"x {written} y")
    assert [n.text for n in found] == [written]
    assert found[0].kind is (NumberKind.COORDINATION if coordination else NumberKind.PERSONAL)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2026, 12, 31)),
       st.integers(min_value=0, max_value=999))
def test_a_wrong_check_digit_is_never_found(day: date, serial: int) -> None:
    ten = _with_check(f"{day:%y%m%d}{serial:03d}")
    wrong = ten[:9] + str((int(ten[9]) + 1) % 10)
    assert find_personal_numbers(f"{wrong[:6]}-{wrong[6:]}") == ()


@given(st.text())
def test_never_fails_and_spans_match(text: str) -> None:
    for number in find_personal_numbers(text):
        assert text[number.start:number.end] == number.text
        assert luhn_valid(number.digits)


def test_a_real_date_is_required_in_some_century() -> None:
    # 29 February exists in 2000 (and 1900 does not have it): the short form is accepted.
    leap = date(2000, 2, 29)
    ten = _with_check(f"{leap:%y%m%d}123")
    assert find_personal_numbers(f"{ten[:6]}-{ten[6:]}")
    assert find_personal_numbers(f"19{ten[:6]}-{ten[6:]}") == ()
