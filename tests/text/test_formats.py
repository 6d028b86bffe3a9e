# SPDX-License-Identifier: EUPL-1.2
"""Swedish formats: dates, amounts, name lists, genitive and body name forms."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kraftdesk.domain.enums import BodyKind
from kraftdesk.domain.values import BodyName, PersonName
from kraftdesk.text import formats as f

NB = "\u00a0"


def test_dates() -> None:
    assert f.long_date(date(2026, 1, 7)) == "7 januari 2026"
    assert f.long_date(date(2024, 9, 26)) == "26 september 2024"
    assert f.iso_date(date(2026, 1, 7)) == "2026-01-07"
    assert f.yymmdd(date(2025, 12, 8)) == "251208"
    assert f.date_and_time(datetime(2026, 1, 14, 9, 5)) == "2026-01-14 kl. 09:05"


def test_amounts_use_no_break_spaces() -> None:
    assert f.amount_kronor(1_100_000) == f"1{NB}100{NB}000 kronor"
    assert f.amount_kronor(940) == "940 kronor"
    assert f.amount(72260) == f"72{NB}260"


@pytest.mark.parametrize(("typed", "printed"), [
    ("beviljar 1100000 kronor till", f"beviljar 1{NB}100{NB}000 kronor till"),
    ("6 100 000 kronor", f"6{NB}100{NB}000 kronor"),
    ("2535 tkr", f"2{NB}535 tkr"),
    ("1 000 kr per månad", f"1{NB}000 kr per månad"),
    ("10 miljoner kronor för 2026", "10 miljoner kronor för 2026"),
    ("år 2026 från anslaget", "år 2026 från anslaget"),
    ("STK-2024-1374 kronor", "STK-2024-1374 kronor"),
    ("12,5 kronor", "12,5 kronor"),
])
def test_tidy_amounts_groups_only_amounts(typed: str, printed: str) -> None:
    assert f.tidy_amounts(typed) == printed


A, B, C = (PersonName("John Eklöf", "M"), PersonName("Farishta Sulaiman", "M"),
           PersonName("Anton Sauer", "C"))


def test_name_lists() -> None:
    assert f.names([A]) == "John Eklöf (M)"
    assert f.names([A, B]) == "John Eklöf (M) och Farishta Sulaiman (M)"
    assert f.names([A, B, C]) == "John Eklöf (M), Farishta Sulaiman (M) och Anton Sauer (C)"
    assert f.person(PersonName("Pamela Lindqvist")) == "Pamela Lindqvist"
    assert f.parties([A, B, C]) == ("M", "C")


@pytest.mark.parametrize(("word", "genitive"), [
    ("Karin Pleijel", "Karin Pleijels"), ("Lars", "Lars"), ("Max", "Max"), ("Fritz", "Fritz"),
    ("kommunstyrelsen", "kommunstyrelsens"), ("kommunfullmäktige", "kommunfullmäktiges"),
])
def test_genitive(word: str, genitive: str) -> None:
    assert f.genitive(word) == genitive


def test_person_genitive_puts_the_s_before_the_party() -> None:
    assert f.person_genitive(PersonName("Roland Karlsson", "C")) == "Roland Karlssons (C)"
    assert f.names_genitive([PersonName("Dennis Hjalmarsson", "M"),
                             PersonName("Stig Malmberg", "C")]) == \
        "Dennis Hjalmarssons (M) och Stig Malmbergs (C)"


KS = BodyName("Kommunstyrelsen", "KS", BodyKind.EXECUTIVE_BOARD)
KSAU = BodyName("Kommunstyrelsens arbetsutskott", "KSAU", BodyKind.WORKING_COMMITTEE)
KF = BodyName("Kommunfullmäktige", "KF", BodyKind.ASSEMBLY)


def test_body_forms() -> None:
    assert f.body_running(KF) == "kommunfullmäktige"
    assert f.body_genitive(KS) == "kommunstyrelsens"
    assert f.body_genitive(KF) == "kommunfullmäktiges"
    assert f.body_genitive(KSAU) == "kommunstyrelsens arbetsutskotts"
    assert f.body_heading(KSAU) == "Kommunstyrelsens arbetsutskott"
    assert f.body_running(BodyName("Fritidsnämnden", "FRN")) == "fritidsnämnden"
    # Proper names and acronyms keep their capitals.
    assert f.body_running(BodyName("MKB Fastighets AB", "MKB", BodyKind.COMPANY_BOARD)) == \
        "MKB Fastighets AB"
    assert f.body_running(BodyName("IT-nämnden", "ITN")) == "IT-nämnden"


@pytest.mark.parametrize(("span", "text"), [
    (timedelta(days=2, hours=3, minutes=10), "2 dygn och 3 timmar"),
    (timedelta(days=1), "1 dygn"),
    (timedelta(hours=5, minutes=10), "5 timmar och 10 minuter"),
    (timedelta(hours=1, minutes=1), "1 timme och 1 minut"),
    (timedelta(minutes=45, seconds=59), "45 minuter"),
    (-timedelta(hours=5), "5 timmar"),
    (timedelta(seconds=20), "0 minuter"),
])
def test_duration(span: timedelta, text: str) -> None:
    assert f.duration(span) == text
