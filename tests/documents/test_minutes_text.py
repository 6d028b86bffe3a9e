# SPDX-License-Identifier: EUPL-1.2
"""The Swedish wording of the front page, the Anslag/Bevis block and the certification."""

from __future__ import annotations

from datetime import date, datetime

from kraftdesk.domain.document import LabelledValue, SignatureField
from kraftdesk.domain.enums import AttendanceKind, Role
from kraftdesk.domain.values import PersonName
from kraftdesk.text import minutes as words
from kraftdesk.text.minutes import Present

NBSP = "\u00a0"
ANNA = PersonName("Anna Svensson", "S")
JOHN = PersonName("John Eklöf", "M")
MAGNUS = PersonName("Magnus Olsson", "SD")
LISA = PersonName("Lisa Ny", "C")
PER = PersonName("Per Gran", "C")
PAMELA = PersonName("Pamela Lindqvist", None, "hon", "Nämndsekreterare")


def attendance() -> list[Present]:
    return [
        Present(JOHN, AttendanceKind.MEMBER, Role.VICE_CHAIR),
        Present(PAMELA, AttendanceKind.OFFICIAL),
        Present(LISA, AttendanceKind.SERVING_SUBSTITUTE, replaces=PER, note="§§ 1–10"),
        Present(PersonName("Eva Lund", "V"), AttendanceKind.SUBSTITUTE),
        Present(ANNA, AttendanceKind.MEMBER, Role.CHAIR),
        Present(MAGNUS, AttendanceKind.MEMBER, Role.SECOND_VICE_CHAIR, note="deltar digitalt"),
        Present(PersonName("Kim IT", None, None, "IT-strateg"), AttendanceKind.OFFICIAL),
        Present(PersonName("Ola Gäst"), AttendanceKind.OTHER),
    ]


def test_beslutande_put_the_presidium_first_and_mark_serving_substitutes() -> None:
    assert words.deciding_lines(attendance()) == (
        "Anna Svensson (S), ordförande",
        "John Eklöf (M), förste vice ordförande",
        "Magnus Olsson (SD), andre vice ordförande, deltar digitalt",
        "Lisa Ny (C), tjänstgörande ersättare för Per Gran (C), §§ 1–10",
    )


def test_a_single_vice_chair_is_just_vice_ordforande() -> None:
    present = [Present(JOHN, AttendanceKind.MEMBER, Role.VICE_CHAIR)]
    assert words.deciding_lines(present) == ("John Eklöf (M), vice ordförande",)


def test_ovriga_narvarande_substitutes_then_officials_with_title_in_lower_case() -> None:
    assert words.other_lines(attendance()) == (
        "Eva Lund (V), ersättare",
        "Pamela Lindqvist, nämndsekreterare",
        "Kim IT, IT-strateg",
        "Ola Gäst",
    )


def test_place_and_time_keep_date_and_clock_together() -> None:
    start, end = datetime(2026, 1, 7, 13, 0), datetime(2026, 1, 7, 15, 10)
    assert words.place_and_time("Stadshuset, Malmö", start, end) == \
        f"Stadshuset, Malmö, 2026-01-07{NBSP}kl.{NBSP}13:00–15:10"
    assert words.place_and_time(None, start, None) == f"2026-01-07{NBSP}kl.{NBSP}13:00"
    assert words.place_and_time("Rådhuset", start, datetime(2026, 1, 8, 1, 30)) == \
        f"Rådhuset, 2026-01-07{NBSP}kl.{NBSP}13:00 – 2026-01-08{NBSP}kl.{NBSP}01:30"


def test_approval_place_and_time_as_set_and_as_it_happened() -> None:
    due = datetime(2026, 1, 14, 10, 0)
    assert words.approval_place_and_time("Stadshuset", due) == \
        f"Stadshuset, 2026-01-14{NBSP}kl.{NBSP}10:00"
    assert words.approval_place_and_time("Stadshuset", due, date(2026, 1, 14)) == \
        f"Stadshuset, 2026-01-14{NBSP}kl.{NBSP}10:00"
    assert words.approval_place_and_time("Digital justering", due, date(2026, 1, 13)) == \
        "Digital justering, 2026-01-13"
    assert words.approval_place_and_time(None, None) == ""


def test_front_fields_leave_out_what_is_empty() -> None:
    fields = words.front_fields(place="Stadshuset", deciding=["Anna Svensson (S)"], others=[],
                                approvers=[JOHN, MAGNUS], approval="")
    assert fields == (
        LabelledValue("Plats och tid", ("Stadshuset",)),
        LabelledValue("Beslutande", ("Anna Svensson (S)",)),
        LabelledValue("Utses att justera", ("John Eklöf (M)", "Magnus Olsson (SD)")),
    )


def test_paragraph_range() -> None:
    assert words.paragraph_range(range(1, 17)) == "Paragrafer 1–16"
    assert words.paragraph_range([16]) == "Paragraf 16"
    assert words.paragraph_range([7, 1, 2, 3, 5, 9, 8]) == "Paragrafer 1–3, 5, 7–9"
    assert words.paragraph_range([]) == ""


def test_signature_fields() -> None:
    assert words.signature_fields(secretary=PAMELA, chair=ANNA, approvers=[JOHN, MAGNUS],
                                  numbers=[1, 2, 3]) == (
        SignatureField("Sekreterare", "Pamela Lindqvist", "Paragrafer 1–3"),
        SignatureField("Ordförande", "Anna Svensson"),
        SignatureField("Justerande", "John Eklöf"),
        SignatureField("Justerande", "Magnus Olsson"),
    )


def test_posting_block_in_the_order_of_the_forms_with_unknown_dates_to_fill_in() -> None:
    fields = words.posting_fields(body_name="Kommunstyrelsen", meeting_day=date(2026, 1, 7),
                                  posted_on=None, taken_down_on=None, appeal_last_day=None,
                                  kept_at="Stadskontoret", secretary=PAMELA)
    assert fields == (
        LabelledValue("ANSLAG/BEVIS", ("Protokollet är justerat. Justeringen har "
                                       "tillkännagivits genom anslag.",)),
        LabelledValue("Organ", ("Kommunstyrelsen",)),
        LabelledValue("Sammanträdesdatum", ("2026-01-07",)),
        LabelledValue("Datum då anslaget sätts upp", ("",)),
        LabelledValue("Datum då anslaget tas ned", ("",)),
        LabelledValue("Sista dag för överklagande", ("",)),
        LabelledValue("Förvaringsplats för protokollet", ("Stadskontoret",)),
        LabelledValue("Underskrift", ("", "Pamela Lindqvist")),
    )


def test_certification_and_distribution() -> None:
    assert words.certification(PAMELA, date(2026, 1, 20)) == LabelledValue(
        "Rätt utdraget intygar:", ("", "Pamela Lindqvist", "Nämndsekreterare", "2026-01-20"))
    assert words.distribution("Expedieras till", ["Stadskontoret", " Stadskontoret",
                                                  "Fritidsnämnden", ""]) == \
        LabelledValue("Expedieras till", ("Stadskontoret", "Fritidsnämnden"))
    assert words.distribution("Protokollsutdrag skickas till", []) is None


def test_titles_subjects_and_file_names() -> None:
    day = date(2026, 1, 7)
    assert words.document_title("Protokollsutdrag", "Kommunstyrelsen", day, ["§ 16"]) == \
        "Protokollsutdrag Kommunstyrelsen 2026-01-07 § 16"
    assert words.document_subject("Kommunstyrelsen", day, [1, 2, 3]) == \
        "Kommunstyrelsen, sammanträde 2026-01-07, paragrafer 1–3"
    assert words.appendices_title("Kommunstyrelsen", day, [12, 13]) == \
        "Bilagor 12, 13 Kommunstyrelsen 2026-01-07"
    assert words.file_name("KS", day, "§ 16") == "KS 2026-01-07 § 16.pdf"
    assert words.file_name("KS/AU", day) == "KS-AU 2026-01-07.pdf"
    assert words.page_number(3, 12) == "3 (12)"
    assert words.appendix_mark(12) == "Bilaga 12"
