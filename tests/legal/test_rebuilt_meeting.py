# SPDX-License-Identifier: EUPL-1.2
"""A kommunfullmäktige meeting rebuilt from an empty register (tests/legal/scenario.py):
late arrival, one-paragraph substitute, jävig chair with a tjänstgörande ordförande, a
paragraph justerad omedelbart with its own dates, a närvarolista bilaga with three open votes
and a closed val. Golden tests on the PDF text read back with pypdf."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from kraftdesk.register.migrate import open_register
from kraftdesk.services import exports, justering, meetings
from kraftdesk.services.justering import Justerare
from kraftdesk.services.verify import verify_register
from tests.documents.pdftext import body_lines, page_lines
from tests.legal import scenario

DRAFT = "Förslag – ej justerat"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[scenario.Scenario]:
    folder = tmp_path_factory.mktemp("kf")
    register = open_register(f"sqlite:///{folder / 'kf.sqlite3'}", create=True)
    yield scenario.build(register)
    register.close()


@pytest.fixture(scope="module")
def draft_pages(built: scenario.Scenario,
                tmp_path_factory: pytest.TempPathFactory) -> list[list[str]]:
    out = tmp_path_factory.mktemp("pdf") / "utkast.pdf"
    exports.export_minutes(built.register, built.meeting, out)
    return [body_lines(p, draft=True) for p in page_lines(out.read_bytes())]


def _paragraph(pages: list[list[str]], number: int) -> str:
    """The text of § `number` (its page), on one line."""
    for lines in pages:
        if lines and lines[0].startswith(f"§ {number} "):
            return " ".join(lines)
    raise AssertionError(f"§ {number} not found")


def test_the_front_page_points_to_the_narvarolista_and_names_the_omedelbar_justering(
        draft_pages: list[list[str]]) -> None:
    assert draft_pages[0] == [
        "Plats och tid", "Stadshuset, sessionssalen, 2015-03-17 kl. 17:00–22:05",
        "Beslutande", "se bilaga 1",
        "Övriga närvarande", "Sara Holm (S), ersättare, från § 2", "Ivar Lund (M), ersättare",
        "Gustav Revisor, stadsrevisor, till och med § 2",
        "Utses att justera", "Lena Dahl (M)", "Maria Gran (V)",
        "Justeringens plats och tid", "Stadskansliet, 2015-03-24 kl. 10:00",
        "Omedelbar justering", "§ 5 justerades omedelbart den 17 mars 2015 kl. 21:40.",
        "Underskrifter",
        "Sekreterare", "Paragrafer 1–7", "Berit Sekr",
        "Ordförande", "Karin Ahl",
        "Justerande", "Lena Dahl",
        "Justerande", "Maria Gran",
        "Ordförande", "§ 5, omedelbar", "justering", "Karin Ahl",
        "Justerande", "§ 5, omedelbar", "justering", "Lena Dahl",
        "Justerande", "§ 5, omedelbar", "justering", "Maria Gran",
    ]
    # The paragraph justerad omedelbart has its own ANSLAG/BEVIS (not yet posted).
    assert draft_pages[1][:10] == [
        "ANSLAG/BEVIS § 5",
        "Paragrafen är omedelbart justerad. Justeringen har tillkännagivits genom anslag.",
        "Organ", "Kommunfullmäktige", "Sammanträdesdatum", "2015-03-17", "Paragraf", "§ 5",
        "Datum för justering", "2015-03-17"]


def test_a_substitute_until_the_late_member_comes_is_named_in_that_paragraph(
        draft_pages: list[list[str]]) -> None:
    text = _paragraph(draft_pages, 1)
    assert ("Karin Ahl (S) och Olle Björk (S) samt tjänstgörande ersättaren Sara Holm (S) "
            "röstar Ja (3).") in text
    assert "Tjänstgöring Sara Holm (S) tjänstgör för Anna Ek (S) i denna paragraf." in text
    assert "Tjänstgöring" not in _paragraph(draft_pages, 2)  # Anna Ek serves herself


def test_a_one_paragraph_substitute_is_named_also_when_decided_by_acclamation(
        draft_pages: list[list[str]]) -> None:
    text = _paragraph(draft_pages, 3)
    assert "Omröstning" not in text
    assert "Tjänstgöring Sara Holm (S) tjänstgör för Olle Björk (S) i denna paragraf." in text
    assert text.startswith("§ 3 Taxa för bygglov KS 2015/13, KS 2014/99 ")  # two dnr


def test_a_jav_chair_with_a_tjanstgorande_ordforande_decides_the_tie(
        draft_pages: list[list[str]]) -> None:
    text = _paragraph(draft_pages, 4)
    assert ("Anna Ek (S), Maria Gran (V) och tjänstgörande ordföranden Per Berg (M) röstar "
            "Ja (3).") in text
    assert ("Omröstningen utfaller med 3 Ja mot 3 Nej, och 1 ledamot avstår. Vid lika "
            "röstetal har ordföranden utslagsröst; tjänstgörande ordföranden Per Berg (M) "
            "röstar Ja. Kommunfullmäktige har därmed beslutat enligt kommunstyrelsens "
            "förslag.") in text
    assert ("Jäv Karin Ahl (S) deltar inte i handläggningen av ärendet på grund av jäv. "
            "Tjänstgöring Per Berg (M) tjänstgör som ordförande i denna paragraf. "
            "Ivar Lund (M) tjänstgör för Karin Ahl (S) i denna paragraf.") in text


def test_a_paragraph_without_decision_has_the_standard_wording(
        draft_pages: list[list[str]]) -> None:
    assert _paragraph(draft_pages, 6) == (
        "§ 6 Anmälningar KS 2015/16 Beslut Kommunfullmäktige lägger anmälan till "
        "handlingarna.")


def test_a_closed_val_prints_counts_only_and_the_lottning(
        draft_pages: list[list[str]]) -> None:
    text = _paragraph(draft_pages, 7)
    assert ("Omröstning Sluten omröstning begärs. Godkänd voteringsproposition: ”Ja för val "
            "av Kim Alm (S), Nej för val av Nils Berg (M)” Valet förrättas med slutna sedlar. "
            "Omröstningen utfaller med 3 Ja mot 3 Nej och 1 blank valsedel. Rösterna är lika "
            "och valet avgörs genom lottning. Lotten faller på Ja-propositionen. "
            "Kommunfullmäktige har därmed beslutat enligt Ja-propositionen, val av Kim Alm "
            "(S).") in text
    for name in ("Karin Ahl", "Per Berg", "Lena Dahl", "röstar"):
        assert name not in text.split("Omröstning", 1)[1]


def test_the_narvarolista_bilaga_has_a_column_per_vote_and_a_totals_row(
        draft_pages: list[list[str]]) -> None:
    bilaga = draft_pages[-1]
    assert bilaga[:2] == ["Bilaga 1", "Närvarolista"]
    table = bilaga[bilaga.index("Namn"):]
    assert table == [
        "Namn", "Parti", "Närvaro", "§ 1", "§ 2", "§ 4", "§ 7",
        "Karin Ahl", "S", "N", "Ja", "Ja", "Jäv",
        "Per Berg", "M", "N", "Nej", "Nej", "Ja",
        "Anna Ek", "S", "N från § 2 (kl. 17:20)", "Ja", "Ja",
        "Jonas Falk", "SD", "N", "Nej", "Nej", "Avstår",
        "Lena Dahl", "M", "N", "Nej", "Nej", "Nej",
        "Maria Gran", "V", "N", "Avstår", "Ja", "Ja",
        "Olle Björk", "S", "N", "Ja", "Ja", "Nej",
        "Sara Holm", "S", "Tj för Anna Ek (S) till och med § 1; N från § 2; Tj",
        "för Olle Björk (S) i § 3", "Ja",
        "Ivar Lund", "M", "N; Tj för Karin Ahl (S) i § 4", "Nej",
        "Summa", "N 7", "Tj 2", "F 0", "Ja 3", "Nej 3", "Avstår 1", "Ja 4", "Nej 3",
        "Avstår 0", "Ja 3", "Nej 3", "Avstår 1", "Ja 3", "Nej 3", "Avstår 1",
    ]


def test_without_the_bilaga_beslutande_lists_periods_and_times(
        built: scenario.Scenario, tmp_path: Path) -> None:
    meetings.set_attendance_appendix(built.register, built.meeting, False)
    try:
        out = exports.export_minutes(built.register, built.meeting, tmp_path / "u.pdf")
        front = body_lines(page_lines(out.path.read_bytes())[0], draft=True)
    finally:
        meetings.set_attendance_appendix(built.register, built.meeting, True)
    start = front.index("Beslutande")
    assert front[start:front.index("Övriga närvarande")] == [
        "Beslutande",
        "Karin Ahl (S), ordförande",
        "Per Berg (M), vice ordförande",
        "Anna Ek (S), från § 2 (kl. 17:20)",
        "Olle Björk (S)", "Lena Dahl (M)", "Jonas Falk (SD)", "Maria Gran (V)",
        "Sara Holm (S), tjänstgörande ersättare för Anna Ek (S), till och med § 1",
    ]


def test_the_check_finds_nothing_in_the_rebuilt_meeting(built: scenario.Scenario) -> None:
    assert justering.check(built.register, built.meeting) == []


def test_justering_with_ranges_and_an_ersattare_then_the_final_front_page(
        tmp_path: Path) -> None:
    register = open_register(f"sqlite:///{tmp_path / 'kf.sqlite3'}", create=True)
    try:
        built = scenario.build(register)
        justering.record_posting(register, "KF:2015:5", on=date(2015, 3, 19))
        justering.send_for_justering(register, "KF:2015-03-17", on=date(2015, 3, 18))
        justering.justera(register, "KF:2015-03-17", on=date(2015, 3, 24),
                          now=datetime(2015, 3, 24, 10, 0),
                          approvers=[Justerare("Lena Dahl", 1, 3),
                                     Justerare("Ivar Lund", 4, 7, replaces="Lena Dahl"),
                                     "Maria Gran"])
        justering.record_posting(register, "KF:2015-03-17", on=date(2015, 3, 25))
        out = exports.export_minutes(register, built.meeting, tmp_path / "p.pdf")
        pages = [body_lines(p) for p in page_lines(out.path.read_bytes())]
        front = pages[0]
        signatures = front[front.index("Underskrifter"):]
        assert signatures[:16] == [
            "Underskrifter", "Sekreterare", "Paragrafer 1–7", "Berit Sekr",
            "Ordförande", "Karin Ahl",
            "Justerande", "§§ 1–3", "Lena Dahl",
            "Justerande", "§§ 4–7, i stället för", "Lena Dahl", "Ivar Lund",
            "Justerande", "Maria Gran", "Ordförande"]
        assert pages[1] == [
            "ANSLAG/BEVIS",
            "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
            "Organ", "Kommunfullmäktige", "Sammanträdesdatum", "2015-03-17",
            "Paragrafer", "§§ 1–4, 6–7",
            "Datum då anslaget sätts upp", "2015-03-25",
            "Datum då anslaget tas ned", "2015-04-16",
            "Sista dag för överklagande", "2015-04-15",
            "Förvaringsplats för protokollet", "Underskrift", "Berit Sekr",
            "ANSLAG/BEVIS § 5",
            "Paragrafen är omedelbart justerad. Justeringen har tillkännagivits genom anslag.",
            "Organ", "Kommunfullmäktige", "Sammanträdesdatum", "2015-03-17",
            "Paragraf", "§ 5", "Datum för justering", "2015-03-17",
            "Datum då anslaget sätts upp", "2015-03-19",
            "Datum då anslaget tas ned", "2015-04-10",
            "Sista dag för överklagande", "2015-04-09",
            "Förvaringsplats för protokollet", "Underskrift", "Berit Sekr",
        ]
        extract = exports.export_extract(register, ["KF:2015:4", "KF:2015:5"],
                                         tmp_path / "u.pdf", on=date(2015, 4, 1))
        first = body_lines(page_lines(extract.path.read_bytes())[0])
        assert first[:15] == [
            "Paragrafer", "§§ 4–5",
            "Dag för justering", "§ 4: 2015-03-24", "§ 5: 2015-03-17",
            "Omedelbar justering", "§ 5 justerades omedelbart den 17 mars 2015 kl. 21:40.",
            "Anslaget uppsatt", "§ 4: 2015-03-25", "§ 5: 2015-03-19",
            "Sista dag för överklagande", "§ 4: 2015-04-15", "§ 5: 2015-04-09",
            "§ 4 Markanvisning Kvarnen 4", "KS 2015/14"]
        assert verify_register(register).ok
    finally:
        register.close()
