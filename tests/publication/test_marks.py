# SPDX-License-Identifier: EUPL-1.2
"""Marking sekretess and personal data: the service, its refusals, the lock, the seal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kraftdesk.domain.enums import MarkKind
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.register.database import Register
from kraftdesk.register.seal import canonical_rows
from kraftdesk.services import marks
from kraftdesk.services.verify import verify_register
from tests.integrity.helpers import sealed_meeting, shell
from tests.publication.conftest import cli, mark_all
from tests.publication.scenario import PERSONNUMMER, Scenario, justera
from tests.services.world import snapshot


def test_marks_are_listed_with_where_and_what(scenario: Scenario, register_path: Path) -> None:
    mark_all(scenario)
    code, out, err = cli(register_path, "mark", "lista", scenario.ref)
    assert (code, err) == (0, "")
    assert out == (
        "1. § 1, Sammanfattning (text), personuppgift: «811218-9876»\n"
        "2. § 1, Sammanfattning (text), personuppgift: «Kalle Karlsson»\n"
        "3. § 2 (hela paragrafen), sekretess enligt 26 kap. 1 § OSL\n")


def test_check_names_each_unmarked_personnummer(scenario: Scenario,
                                                register_path: Path) -> None:
    code, out, _ = cli(register_path, "mark", "kontrollera", scenario.ref)
    assert (code, out) == (1, f"{scenario.ref}, § 1, Sammanfattning: «{PERSONNUMMER}» ser ut "
                              "som ett personnummer och är inte markerat.\n")
    assert cli(register_path, "mark", "text", "KS:2026:1", PERSONNUMMER,
               "--personuppgift")[:2] == (0, "Markering nr 1 är sparad.\n")
    assert cli(register_path, "mark", "kontrollera", scenario.ref)[:2] == (
        0, f"Inga omarkerade personnummer i protokollet {scenario.ref}.\n")


def test_a_mark_spanning_two_sections_is_refused(register: Register, scenario: Scenario,
                                                register_path: Path) -> None:
    before = snapshot(register)
    code, out, err = cli(register_path, "mark", "text", "KS:2026:1",
                         "1 100 000 kronor. Tidigare behandling Ärendet bereddes",
                         "--personuppgift")
    assert (code, out) == (1, "")
    assert err == (
        "kraftdesk: Markeringen «1 100 000 kronor. Tidigare behandling Ärendet bereddes» "
        "sträcker sig över gränsen mellan § 1, Sammanfattning och § 1, avsnittet «Tidigare "
        "behandling». En markering kan bara gälla en text i ett avsnitt; markera varje del för "
        "sig, eller hela avsnittet eller paragrafen.\n")
    code, _, err = cli(register_path, "mark", "text", "KS:2026:1",
                       "med 1 100 000 kronor. Beslutet gäller", "--sekretess",
                       "26 kap. 1 § OSL")
    assert code == 1 and "mellan § 1, beslutspunkt 1 och § 1, beslutspunkt 2" in err
    assert snapshot(register) == before


@pytest.mark.parametrize(("argv", "message"), [
    (["text", "KS:2026:1", "finns inte", "--personuppgift"],
     "«finns inte» står inte i § 1. Skriv texten exakt som den står i protokollet."),
    (["text", "KS:2026:1", "Ungdomens hus", "--personuppgift"],
     "«Ungdomens hus» står 4 gånger i § 1 (1: § 1, rubriken; 2: § 1, Sammanfattning; 3: § 1, "
     "beslutspunkt 1; 4: § 1, sändlistan, rad 1). Ange vilken förekomst som avses."),
    (["paragraf", "KS:2026:1", "--sekretess", " "],
     "Ange bestämmelsen som sekretessen gäller enligt, till exempel «26 kap. 1 § OSL»."),
    (["bilaga", "KS:2026-02-04", "9", "--personuppgift"],
     "Bilaga 9 finns inte i protokollet KS:2026-02-04 (bilagor numreras när protokollet "
     "skickas för justering)."),
    (["inte-personnummer", "KS:2026-02-04", "0701234567"],
     "«0701234567» står inte som ett möjligt personnummer i protokollet KS:2026-02-04."),
    (["ta-bort", "99"], "Markering nr 99 finns inte."),
])
def test_bad_input_is_refused_in_swedish(register: Register, scenario: Scenario,
                                         register_path: Path, argv: list[str],
                                         message: str) -> None:
    before = snapshot(register)
    code, out, err = cli(register_path, "mark", *argv)
    assert (code, out, err) == (1, "", f"kraftdesk: {message}\n")
    assert snapshot(register) == before


def test_confirming_a_number_lets_it_be_published(register: Register, scenario: Scenario,
                                                  register_path: Path) -> None:
    assert cli(register_path, "mark", "inte-personnummer", scenario.ref, PERSONNUMMER)[:2] == (
        0, f"«{PERSONNUMMER}» är bekräftat som inte ett personnummer.\n")
    assert marks.personal_number_problems(register, scenario.ref) == []


def test_marks_lock_with_the_minutes_and_are_sealed(register: Register, scenario: Scenario,
                                                    register_path: Path) -> None:
    mark_all(scenario)
    justera(scenario)
    with pytest.raises(LockedError, match="Protokollet är justerat och kan inte ändras"):
        marks.remove_mark(register, 1)
    with pytest.raises(LockedError):
        marks.mark_section(register, scenario.open_paragraph, "decision",
                           kind=MarkKind.PERSONAL_DATA)
    # The triggers refuse it whatever path the write takes …
    register.close()
    conn = sqlite3.connect(register_path)
    with pytest.raises(sqlite3.DatabaseError, match="justerat och kan inte ändras"):
        conn.execute("DELETE FROM mark WHERE id = 1")
    conn.close()
    # … and with the triggers dropped, verify finds the change against the seal.
    shell(register_path, "UPDATE mark SET passage_text = 'x' WHERE id = 2")
    code, out, _ = cli(register_path, "verify")
    assert code == 1
    assert ("markering för den offentliga versionen: fältet «markerad text» har ändrats efter "
            "justeringen (förseglat: «Kalle Karlsson»; nu: «x»)") in out


def test_seals_taken_before_marks_existed_still_verify(register: Register) -> None:
    built = sealed_meeting(register)
    with register.read() as session:
        rows = canonical_rows(session.connection(), built.meeting_id)
    assert "mark" not in rows  # the canonical form of a meeting without marks is unchanged
    assert verify_register(register).ok


def test_a_mark_needs_the_right_kind_and_provision(scenario: Scenario) -> None:
    with pytest.raises(UserError, match="En bestämmelse anges bara för sekretess"):
        marks.mark_paragraph(scenario.register, scenario.open_paragraph,
                             kind=MarkKind.PERSONAL_DATA, provision="26 kap. 1 § OSL")
    with pytest.raises(UserError, match="Markera en del av texten först"):
        marks.mark_passage(scenario.register, "paragraph.summary", scenario.open_paragraph,
                           5, 5, kind=MarkKind.PERSONAL_DATA)
    done = marks.mark_passage(scenario.register, "paragraph.summary", scenario.open_paragraph,
                              0, 7, kind=MarkKind.PERSONAL_DATA)
    assert [p.start for p in marks.passage_marks(scenario.register,
                                                 scenario.open_paragraph)] == [0]
    assert done.id == 1


def test_a_section_is_named_in_swedish_on_the_command_line(
        scenario: Scenario, register_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(register_path, "mark", "avsnitt", "KS:2026:1", "Sammanfattning",
                         "--personuppgift")
    assert (code, out, err) == (0, "Markering nr 1 är sparad.\n", "")
    assert cli(register_path, "mark", "lista", scenario.ref)[1] == (
        "1. § 1, Sammanfattning (avsnitt), personuppgift\n")
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        cli(register_path, "mark", "avsnitt", "KS:2026:1", "summary", "--personuppgift")
    assert exit_.value.code == 2
    assert ("«summary» är inget avsnitt; välj bland sammanfattning, yrkanden, beslutsgång"
            in capsys.readouterr().err)
