# SPDX-License-Identifier: EUPL-1.2
"""Kallelse och föredragningslista: the PDF read back with pypdf, sending recorded, the
tilläggskallelse, the notice period, and bad input that changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kraftdesk.cli.main import main
from kraftdesk.domain.errors import UserError
from kraftdesk.register.database import Register
from kraftdesk.services import notices, paragraphs
from kraftdesk.services.paragraphs import BasisLine
from kraftdesk.services.registers import open_register
from tests.databases import TestDatabase
from tests.services import world as w

#: The register tests run on SQLite and PostgreSQL (those that read the file: SQLite).
pytestmark = pytest.mark.both_databases

MEETING = "KS:2027-01-13"


def _text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(p.extract_text() for p in reader.pages).replace("\u00a0", " ")


@pytest.fixture
def world(register: Register) -> w.World:
    return w.build(register)


def _agenda(world: w.World) -> int:
    reg = world.register
    meeting = world.meeting("2027-01-13 13:00")
    case = paragraphs.create_case(reg, "KS 2026/412", "Budget 2027").id
    budget = paragraphs.add_paragraph(reg, meeting, title="Budget 2027", case_id=case).id
    paragraphs.update_paragraph(reg, budget, presenter="Lena Ström, ekonomidirektör")
    paragraphs.set_basis(reg, budget, [BasisLine("Tjänsteskrivelse 2026-12-01"),
                                      BasisLine("Förslag till budget 2027")])
    paragraphs.add_paragraph(reg, meeting, title="Bidrag till föreningar")
    return meeting


def test_the_kallelse_lists_every_arende_the_date_and_the_called(world: w.World,
                                                                  tmp_path: Path) -> None:
    meeting = _agenda(world)
    out = tmp_path / "kallelse.pdf"
    done = notices.export_notice(world.register, meeting, out)
    assert (done.supplementary, done.sent_on, done.pages) == (False, None, 1)
    text = _text(out)
    assert "Kallelse till sammanträde med kommunstyrelsen" in text
    assert "onsdagen den 13 januari 2027 kl. 13:00" in text
    assert "13 januari 2027" in text
    for line in ("1. Budget 2027", "Diarienummer: KS 2026/412",
                 "Föredragande: Lena Ström, ekonomidirektör", "Handlingar:",
                 "– Tjänsteskrivelse 2026-12-01", "– Förslag till budget 2027",
                 "2. Bidrag till föreningar"):
        assert line in text
    assert "Anna Svensson (S), ordförande" in text
    for member in ("Bo Ek (S)", "Dan Berg (M)", "Eva Ek (L)", "Ulf Lind (SD)"):
        assert member in text.split("\nLedamöter\n")[1].split("\nErsättare\n")[0]
    assert "Cia Lund (V)\nSara Holm (S)" in text.split("\nErsättare\n")[1]
    assert "Olle Utan" not in text  # in no body
    assert "anmäler förhinder till sekreteraren" in text
    assert "Utkast – inte skickad" in text
    with world.register.read() as s:  # a draft records nothing
        from kraftdesk.register.models import Notice
        assert s.query(Notice).count() == 0


def test_sending_records_the_day_then_a_tillaggskallelse_of_what_was_added(
        world: w.World, tmp_path: Path) -> None:
    reg = world.register
    meeting = _agenda(world)
    first = notices.export_notice(reg, meeting, tmp_path / "k.pdf", final=True,
                                  on=date(2027, 1, 4))
    assert first.sent_on == date(2027, 1, 4)
    text = _text(tmp_path / "k.pdf")
    assert "Skickad\n2027-01-04" in text
    assert "Utkast" not in text
    with pytest.raises(UserError, match=r"redan skickad .*inga ärenden har tillkommit"):
        notices.export_notice(reg, meeting, tmp_path / "again.pdf", final=True,
                              on=date(2027, 1, 5))
    assert not (tmp_path / "again.pdf").exists()
    paragraphs.add_paragraph(reg, meeting, title="Avsägelse av uppdrag")
    overview = notices.notice_overview(reg, meeting, today=date(2027, 1, 8))
    assert overview.added_titles == ("Avsägelse av uppdrag",)
    assert overview.warnings == (
        "1 ärende på föredragningslistan till KS:2027-01-13 har tillkommit efter kallelsen "
        "(«Avsägelse av uppdrag»); skicka en tilläggskallelse.",)
    second = notices.export_notice(reg, meeting, tmp_path / "t.pdf", final=True,
                                   on=date(2027, 1, 9))
    assert second.supplementary
    text = _text(tmp_path / "t.pdf")
    assert "Tilläggskallelse till sammanträde med kommunstyrelsen" in text
    assert "3. Avsägelse av uppdrag" in text
    assert "Budget 2027" not in text
    overview = notices.notice_overview(reg, meeting, today=date(2027, 1, 10))
    assert [r.label for r in overview.sent] == ["Kallelse skickad 2027-01-04",
                                                "Tilläggskallelse skickad 2027-01-09"]
    assert overview.warnings == ()
    # The notices as sent are kept: the first one still lists two ärenden only.
    kept = notices.sent_notice_pdf(reg, meeting, 1)
    assert kept == (tmp_path / "k.pdf").read_bytes()


def test_notice_period_warnings(world: w.World, tmp_path: Path) -> None:
    reg = world.register
    meeting = _agenda(world)
    notices.set_notice_days(reg, world.body["KS"], 7)
    assert notices.notice_overview(reg, meeting, today=date(2027, 1, 5)).warnings == ()
    assert notices.notice_overview(reg, meeting, today=date(2027, 1, 7)).warnings == (
        "Kallelsen till KS:2027-01-13 är inte skickad; kommunstyrelsen ska kallas minst "
        "7 dagar före sammanträdet (senast 2027-01-06).",)
    notices.export_notice(reg, meeting, tmp_path / "k.pdf", final=True, on=date(2027, 1, 10))
    assert notices.notice_overview(reg, meeting, today=date(2027, 1, 10)).warnings == (
        "Kallelsen till KS:2027-01-13 skickades 2027-01-10, 3 dagar före sammanträdet; "
        "kommunstyrelsen ska kallas minst 7 dagar före sammanträdet (senast 2027-01-06).",)


def test_bad_input_changes_nothing(world: w.World, tmp_path: Path) -> None:
    reg = world.register
    empty = world.meeting("2027-01-13 13:00")
    before = w.snapshot(reg)
    with pytest.raises(UserError, match="har ingen föredragningslista ännu"):
        notices.export_notice(reg, empty, tmp_path / "k.pdf", final=True, on=date(2027, 1, 4))
    with pytest.raises(UserError, match="har ingen föredragningslista ännu"):
        notices.export_notice(reg, empty, tmp_path / "k.pdf")
    paragraphs.add_paragraph(reg, empty, title="Budget 2027")
    before = w.snapshot(reg)
    with pytest.raises(UserError, match="kan inte skickas 2027-01-14, efter sammanträdet"):
        notices.export_notice(reg, empty, tmp_path / "k.pdf", final=True, on=date(2027, 1, 14))
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")
    with pytest.raises(UserError, match="går inte att nå"):
        notices.export_notice(reg, empty, blocked / "k.pdf", final=True, on=date(2027, 1, 4))
    assert w.snapshot(reg) == before
    # An existing file (kraftdesk.services.output_files): refused before anything is
    # recorded, replaced only with force.
    existing = tmp_path / "kallelse.pdf"
    existing.write_bytes(b"older")
    with pytest.raises(UserError, match="finns redan och skrivs inte över"):
        notices.export_notice(reg, empty, existing, final=True, on=date(2027, 1, 4))
    assert w.snapshot(reg) == before and existing.read_bytes() == b"older"
    notices.export_notice(reg, empty, existing, force=True)
    assert existing.read_bytes().startswith(b"%PDF")
    assert w.snapshot(reg) == before  # a draft records nothing
    with pytest.raises(UserError, match="mellan 0 och 60"):
        notices.set_notice_days(reg, world.body["KS"], -1)
    assert w.snapshot(reg) == before


def test_cli(world: w.World, database: TestDatabase, tmp_path: Path,
             capsys: pytest.CaptureFixture[str]) -> None:
    _agenda(world)
    world.register.close()
    db, out = database.url, tmp_path / "kallelse.pdf"
    assert main(["--db", db, "pdf", "kallelse", MEETING, "-o", str(out)]) == 0
    assert capsys.readouterr().out == (
        f"Kallelsen till {MEETING} (utkast) är skriven till {out} (1 sida).\n")
    draft = out.read_bytes()
    # An existing file is not written over without --force, and nothing is recorded as sent.
    assert main(["--db", db, "pdf", "kallelse", MEETING, "-o", str(out), "--slutlig",
                 "--datum", "2027-01-04"]) == 1
    assert capsys.readouterr().err.endswith(
        f"kraftdesk: Filen {out} finns redan och skrivs inte över. Välj ett annat "
        "filnamn, eller ange --force för att ersätta den.\n")
    assert out.read_bytes() == draft
    assert main(["--db", db, "pdf", "kallelse", MEETING, "-o", str(tmp_path / "x.pdf"),
                 "--skickad", "1"]) == 1
    assert "skickade: inga" in capsys.readouterr().err
    assert main(["--db", db, "pdf", "kallelse", MEETING, "-o", str(out), "--slutlig",
                 "--datum", "2027-01-04", "--force"]) == 0
    assert capsys.readouterr().out == (
        f"Kallelsen till {MEETING} är skriven till {out} (1 sida) och registrerad som "
        "skickad 2027-01-04.\n")
    copy = tmp_path / "kopia.pdf"
    assert main(["--db", db, "pdf", "notice", MEETING, "-o", str(copy), "--skickad", "1"]) == 0
    assert copy.read_bytes() == out.read_bytes()
    assert main(["--db", db, "pdf", "kallelse", MEETING, "-o", str(copy), "--skickad", "1"]) == 1
    assert "finns redan" in capsys.readouterr().err
    assert main(["--db", db, "pdf", "kallelse", MEETING, "-o", str(copy), "--skickad", "2"]) == 1
    assert capsys.readouterr().err.endswith(
        "kraftdesk: Kallelse nr 2 finns inte för KS:2027-01-13 (skickade: 1 (kallelse skickad "
        "2027-01-04)).\n")
    other = tmp_path / "annan.pdf"
    assert main(["--db", db, "pdf", "kallelse", "KS:2027-02-01", "-o", str(other)]) == 1
    assert "Kommunstyrelsen har inget sammanträde 2027-02-01." in capsys.readouterr().err
    assert main(["--db", db, "pdf", "kallelse", MEETING, "-o", str(other), "--datum",
                 "2027-01-04"]) == 1
    assert "--datum gäller bara med --slutlig" in capsys.readouterr().err
    assert not other.exists()


def test_cli_folder_gives_the_usual_name(world: w.World, database: TestDatabase,
                                         tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    """--mapp instead of -o: «KS 2027-01-13 kallelse.pdf», then the tilläggskallelse's name;
    --skickad N under the name that notice had; an existing file only with --force."""
    meeting = _agenda(world)
    world.register.close()
    db, folder = database.url, tmp_path / "kallelser"
    first = folder / "KS 2027-01-13 kallelse.pdf"
    assert main(["--db", db, "pdf", "kallelse", MEETING, "--mapp", str(folder)]) == 0
    assert capsys.readouterr().out == (
        f"Kallelsen till {MEETING} (utkast) är skriven till {first} (1 sida).\n")
    assert main(["--db", db, "pdf", "kallelse", MEETING, "--mapp", str(folder),
                 "--slutlig", "--datum", "2027-01-04"]) == 1
    assert f"Filen {first} finns redan" in capsys.readouterr().err
    assert main(["--db", db, "pdf", "kallelse", MEETING, "--mapp", str(folder),
                 "--slutlig", "--datum", "2027-01-04", "--force"]) == 0
    capsys.readouterr()
    assert "Utkast" not in _text(first)
    # With an ärende added, the next one is a tilläggskallelse, and is named so.
    register = open_register(db, create=False)
    try:
        paragraphs.add_paragraph(register, meeting, title="Motion om cykelbanor")
    finally:
        register.close()
    assert main(["--db", db, "pdf", "kallelse", MEETING, "--mapp", str(folder)]) == 0
    assert capsys.readouterr().out.startswith(
        f"Tilläggskallelsen till {MEETING} (utkast) är skriven till "
        f"{folder / 'KS 2027-01-13 tilläggskallelse.pdf'}")
    sent = first.read_bytes()
    assert main(["--db", db, "pdf", "kallelse", MEETING, "--mapp", str(tmp_path / "kopia"),
                 "--skickad", "1"]) == 0
    assert (tmp_path / "kopia" / first.name).read_bytes() == sent
    with pytest.raises(SystemExit) as stopped:
        main(["--db", db, "pdf", "kallelse", MEETING, "-o", "a.pdf", "--mapp", str(folder)])
    assert stopped.value.code == 2


def test_markup_in_titles_is_printed_as_typed(world: w.World, tmp_path: Path) -> None:
    reg = world.register
    meeting = world.meeting("2027-01-13 13:00")
    pid = paragraphs.add_paragraph(reg, meeting, title="Avtal med AT&T <img src=x> 1 < 2").id
    paragraphs.update_paragraph(reg, pid, presenter="Eva <b>Ek</b>\nstadsjurist")
    out = tmp_path / "k.pdf"
    notices.export_notice(reg, meeting, out)
    text = _text(out)
    assert "1. Avtal med AT&T <img src=x> 1 < 2" in text
    assert "Föredragande: Eva <b>Ek</b> stadsjurist" in text


def test_the_notice_period_is_a_body_setting_on_the_command_line(
        world: w.World, database: TestDatabase, capsys: pytest.CaptureFixture[str]) -> None:
    world.register.close()
    db = database.url
    assert main(["--db", db, "body", "set", "KS", "--notice-days", "7"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "body", "show", "KS"]) == 0
    assert "Kallelse:      senast 7 dagar före sammanträdet\n" in capsys.readouterr().out
    with pytest.raises(SystemExit) as usage:
        main(["--db", db, "body", "set", "KS", "--notice-days", "61"])
    assert usage.value.code == 2
    assert "kallelsetiden måste vara mellan 0 och 60 dagar (61 angavs)" in \
        capsys.readouterr().err
    assert main(["--db", db, "body", "set", "KS", "--place", "Rådhuset"]) == 0
    assert main(["--db", db, "body", "show", "KS"]) == 0
    assert "Kallelse:      senast 7 dagar före sammanträdet\n" in capsys.readouterr().out
    assert main(["--db", db, "body", "add", "FRN", "Fritidsnämnden",
                 "--notice-days", "3"]) == 0
    assert main(["--db", db, "body", "set", "KS", "--notice-days", "-"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "body", "show", "FRN"]) == 0
    assert "Kallelse:      senast 3 dagar före sammanträdet\n" in capsys.readouterr().out
    assert main(["--db", db, "body", "show", "KS"]) == 0
    assert "Kallelse:      –\n" in capsys.readouterr().out


def test_ersattare_are_called_in_their_order(world: w.World, tmp_path: Path) -> None:
    from kraftdesk.domain.enums import Role
    from kraftdesk.services import memberships, people

    reg = world.register
    meeting = _agenda(world)
    parties = {p.abbreviation: p.id for p in people.parties(reg)}
    first = people.add_person(reg, people.PersonDraft("Örjan Öst", parties["S"])).id
    memberships.add_membership(reg, memberships.MembershipDraft(
        first, world.body["KS"], Role.SUBSTITUTE, date(2026, 1, 1), position=1))
    out = tmp_path / "kallelse.pdf"
    notices.export_notice(reg, meeting, out)
    assert "Örjan Öst (S)\nCia Lund (V)\nSara Holm (S)" in _text(out).split("\nErsättare\n")[1]
