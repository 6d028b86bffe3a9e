# SPDX-License-Identifier: EUPL-1.2
"""Cases from the diarium's CSV export: read with the member lists' file rules, an existing
ärende updated and never added twice, a bad row refused whole with its row and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kraftdesk.cli.main import main
from kraftdesk.domain.enums import CaseStatus
from kraftdesk.domain.errors import UserError
from kraftdesk.register.database import Register
from kraftdesk.services import case_lists, cases, organisation, paragraphs
from tests.databases import TestDatabase
from tests.services import world as w

FIRST = (
    "Dnr;Ärendemening;Handläggare;Registreringsdatum\r\n"
    "KS 2026/412;Budget 2027 med plan för 2028–2029;Lena Ström;2026-09-14\r\n"
    "KS 2026/415;Motion om fler laddplatser;Omar Said;2026-10-02 09:14\r\n"
    "\r\n"
    "KS 2026/420;\"Detaljplan för Kanaludden; samråd\";;\r\n"
)


@pytest.fixture
def register_with_format(register: Register) -> Register:
    organisation.create_organisation(register, "Malmö stad", case_number_example="KS 2026/412")
    return register


def test_added_then_updated_never_twice(register_with_format: Register) -> None:
    reg = register_with_format
    data = FIRST.encode("cp1252")
    preview = case_lists.preview_case_list(reg, data, source="diarium.csv")
    assert (preview.encoding, preview.summary()) == ("Windows-1252", "3 nya ärenden")
    assert [(c.line, c.number, c.handler, c.registered_on, c.action) for c in preview.cases] == [
        (2, "KS 2026/412", "Lena Ström", date(2026, 9, 14), "Nytt ärende"),
        (3, "KS 2026/415", "Omar Said", date(2026, 10, 2), "Nytt ärende"),
        (5, "KS 2026/420", None, None, "Nytt ärende")]
    assert paragraphs.find_case(reg, "KS 2026/412") is None  # a preview writes nothing
    done, changes = case_lists.import_case_list(reg, data, source="diarium.csv")
    assert len(changes.cases) == 3
    view = cases.case_view(reg, "KS 2026/420")
    assert view.title == "Detaljplan för Kanaludden; samråd"
    assert cases.case_view(reg, "KS 2026/412").details == \
        "Handläggare: Lena Ström · Registrerat 2026-09-14"
    cases.close_case(reg, view.id)

    second = ("diarienummer,rubrik,handläggare,datum\n"
              "KS 2026/412,Budget 2027 med plan för 2028–2029,Lena Ström,2026-09-14\n"
              "KS 2026/415,Motion om fler laddplatser och cykelställ,,\n"
              "KS 2026/420,Detaljplan för Kanaludden; samråd,Eva Berg,2026-11-03\n"
              "KS 2026/431,Årsredovisning 2026,Lena Ström,2026-12-01\n").encode()
    done, changes = case_lists.import_case_list(reg, second, source="diarium2.csv")
    assert done.summary() == "1 nytt ärende, 2 uppdateras, 1 oförändrat"
    assert [c.action for c in done.cases] == [
        "Oförändrat", "Uppdateras: rubrik", "Uppdateras: handläggare och datum",
        "Nytt ärende"]
    assert len(changes.cases) == 3
    motion = cases.case_view(reg, "KS 2026/415")
    assert (motion.title, motion.handler, motion.registered_on) == (
        "Motion om fler laddplatser och cykelställ", "Omar Said", date(2026, 10, 2))
    plan = cases.case_view(reg, "KS 2026/420")
    assert (plan.id, plan.status, plan.handler) == (view.id, CaseStatus.CLOSED, "Eva Berg")
    with reg.read() as s:
        from kraftdesk.register.models import Case

        assert s.query(Case).count() == 4


@pytest.mark.parametrize(("text", "message"), [
    ("rubrik;datum\nBudget;2026-01-01\n",
     "diarium.csv: rad 1: Kolumnen diarienummer saknas i rubrikraden. Första raden ska namnge "
     "kolumnerna, till exempel diarienummer;rubrik."),
    ("diarienummer;rubrik;datum\nKS 2026/412;Budget;14/9\n",
     "diarium.csv: rad 2, kolumnen datum: «14/9» är inget datum; skriv det som ÅÅÅÅ-MM-DD, "
     "till exempel 2027-01-13."),
    ("diarienummer;rubrik\nKS 2026/412;Budget\nks-2026-7;Motion\n",
     "diarium.csv: rad 3, kolumnen diarienummer: Diarienumret «ks-2026-7» följer inte formatet "
     "för Malmö stads diarienummer: bokstäver, mellanslag, årtal (fyra siffror), «/» och ett "
     "löpnummer, till exempel «KS 2026/412»."),
    ("diarienummer;rubrik\nKS 2026/412;Budget\nKS  2026/412;Budget igen\n",
     "diarium.csv: rad 3, kolumnen diarienummer: KS 2026/412 står redan på rad 2; ett ärende "
     "kan bara stå en gång i filen."),
    ("diarienummer;rubrik\nKS 2026/412;\n",
     "diarium.csv: rad 2, kolumnen rubrik: rubriken (ärendemeningen) saknas för KS 2026/412."),
    ("diarienummer;rubrik\n;Budget\n",
     "diarium.csv: rad 2, kolumnen diarienummer: diarienumret saknas."),
    ("diarienummer;rubrik;handläggare\nKS 2026/412;Budget;" + "x" * 201 + "\n",
     "diarium.csv: rad 2, kolumnen handläggare: texten är för lång (högst 200 tecken)."),
    ("diarienummer;rubrik;ansvarig\nKS 2026/412;Budget;Lena\n",
     "diarium.csv: rad 1: okänd kolumn «ansvarig». Rubrikraden ska ha kolumnerna diarienummer, "
     "rubrik, handläggare, datum."),
    ("diarienummer;rubrik\nKS 2026/412;\"Budget\n",
     "diarium.csv: rad 2: ett citattecken (\") avslutas aldrig; kontrollera raden."),
])
def test_a_bad_row_changes_nothing(register_with_format: Register, text: str,
                                   message: str) -> None:
    reg = register_with_format
    before = w.snapshot(reg)
    with pytest.raises(UserError) as caught:
        case_lists.import_case_list(reg, text.encode(), source="diarium.csv")
    assert caught.value.message == message
    assert w.snapshot(reg) == before


def test_not_a_csv_file(register_with_format: Register) -> None:
    with pytest.raises(UserError, match="Filen är ingen textfil utan en Excel-arbetsbok"):
        case_lists.preview_case_list(register_with_format, b"PK\x03\x04rest of a workbook",
                                     source="diarium.xlsx")


def test_the_command_line(register_with_format: Register, database: TestDatabase,
                          tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    register_with_format.close()
    path = tmp_path / "diarium.csv"
    path.write_bytes(FIRST.encode("utf-8-sig"))
    db = database.url
    assert main(["--db", db, "case", "import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["Rad", "Diarienummer", "Rubrik", "Handläggare", "Datum", "Åtgärd"]
    assert out[-1] == "Provkörning: 3 nya ärenden. Inget har ändrats."
    assert main(["--db", db, "case", "list"]) == 0
    assert capsys.readouterr().out == "Inga ärenden.\n"
    assert main(["--db", db, "case", "import", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == \
        "Inläst från diarium.csv: 3 nya ärenden."
    assert main(["--db", db, "case", "import", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == \
        "Inläst från diarium.csv: 0 nya ärenden, 3 oförändrade."
    assert main(["--db", db, "case", "rename", "KS 2026/415", "Motion om laddplatser"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "KS 2026/415  Motion om laddplatser  (Öppet)",
        "Handläggare: Omar Said · Registrerat 2026-10-02"]
    assert main(["--db", db, "case", "close", "KS 2026/415"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == \
        "KS 2026/415  Motion om laddplatser  (Avslutat)"
    assert main(["--db", db, "case", "show", "KS 2026/412"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == \
        "Ärendet har inte behandlats på något sammanträde."
    bad = tmp_path / "fel.csv"
    bad.write_text("diarienummer;rubrik\nKS 2026/415;\n", encoding="utf-8")
    assert main(["--db", db, "case", "import", str(bad)]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: fel.csv: rad 2, kolumnen rubrik: rubriken (ärendemeningen) saknas för "
        "KS 2026/415.\n")
    assert main(["--db", db, "case", "import", str(tmp_path / "saknas.csv")]) == 1
    assert "saknas.csv finns inte." in capsys.readouterr().err
