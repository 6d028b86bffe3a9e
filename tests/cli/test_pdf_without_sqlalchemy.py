# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk pdf minutes` of one meeting reads an SQLite register without SQLAlchemy (issue 19).

The minutes are composed by the same read side from the same statements, compiled ahead for
SQLite (kraftdesk.services.plain_minutes); the file is the one the ordinary way writes, byte
for byte. Whatever that path does not do goes the ordinary way: a register with another
program writing (a write-ahead log left), justerade minutes kept with their seal. Refusals
are the same Swedish sentences, and nothing is written.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kraftdesk.services import exports, meetings, paragraphs
from kraftdesk.services.registers import open_file
from tests.cli.processes import run_watching
from tests.cli.test_setup_commands import Cli
from tests.documents.pdftext import page_lines

WATCHED = ["sqlalchemy", "alembic"]
MEETING = "KS:2027-01-13"


def _ordinary(db: Path, out: Path, **options: object) -> bytes:
    """The minutes as the ordinary way (SQLAlchemy, the ORM) writes them."""
    register = open_file(db)
    try:
        exports.export_minutes(register, MEETING, out, **options)  # type: ignore[arg-type]
    finally:
        register.close()
    return out.read_bytes()


def test_minutes_of_a_kommun_built_from_nothing_need_no_sqlalchemy(
        kommun: Cli, tmp_path: Path) -> None:
    out = tmp_path / "protokoll.pdf"
    done = run_watching(["--db", str(kommun.db), "pdf", "minutes", MEETING, "-o", str(out)],
                        WATCHED)
    assert done.loaded == []
    assert done.stdout == f"Protokollet {MEETING} är skrivet till {out} (2 sidor).\n"
    assert sorted(tmp_path.iterdir()) == sorted([kommun.db, out])  # no -wal or -shm left
    text = " ".join(" ".join(lines) for lines in page_lines(out.read_bytes()))
    assert "Kommunstyrelsen" in text and "Detaljplan för Kanaludden" in text
    assert "Förslag – ej justerat" in text or "ej justerat" in text.lower()
    assert out.read_bytes() == _ordinary(kommun.db, tmp_path / "vanlig.pdf")
    # --utkast and --force the same way
    done = run_watching(["--db", str(kommun.db), "pdf", "minutes", MEETING, "-o", str(out),
                         "--utkast", "--force"], WATCHED)
    assert done.loaded == []
    assert out.read_bytes() == _ordinary(kommun.db, tmp_path / "utkast.pdf", final=False)


@pytest.mark.parametrize(("args", "message"), [
    (("KS:2027-03-03",), "Kommunstyrelsen har inget sammanträde 2027-03-03."),
    (("XX:2027-01-13",), "Organet XX finns inte i registret. Organ i registret: KF, KS."),
    (("KS:2027",), "Ett år (KS:2026) skrivs till en mapp med --mapp, ett sammanträde "
                   "(KS:2026-01-07) till en fil med -o."),
    ((MEETING, "--slutlig"), "Protokollet KS:2027-01-13 är inte justerat; det kan skrivas ut "
                             "som slutligt först efter justeringen. Skriv ut ett utkast i "
                             "stället."),
    (("KS:2027-02-30",), "Datumet 2027-02-30 i «KS:2027-02-30» finns inte."),
    (("K" * 100_000 + ":2027-01-13",), "«" + "K" * 30 + "…» är ingen referens: den är "
     "100 011 tecken lång, och en referens som KS:2026-01-07 har högst 60."),
])
def test_refusals_are_the_same_and_write_nothing(kommun: Cli, tmp_path: Path,
                                                  args: tuple[str, ...], message: str) -> None:
    out = tmp_path / "protokoll.pdf"
    kommun.snapshot()
    assert kommun.fails("pdf", "minutes", *args, "-o", str(out)) == message
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [kommun.db]


def test_an_existing_file_is_kept_without_force(kommun: Cli, tmp_path: Path) -> None:
    out = tmp_path / "protokoll.pdf"
    out.write_bytes(b"min egen fil")
    message = kommun.fails("pdf", "minutes", MEETING, "-o", str(out))
    assert str(out) in message and "--force" in message
    assert out.read_bytes() == b"min egen fil"
    register_copy = tmp_path / "kopia.sqlite3"
    register_copy.write_bytes(kommun.db.read_bytes())
    message = kommun.fails("pdf", "minutes", MEETING, "-o", str(register_copy), "--force")
    assert "register" in message
    assert register_copy.read_bytes() == kommun.db.read_bytes()


def test_another_program_writing_sends_it_the_ordinary_way(kommun: Cli, tmp_path: Path) -> None:
    writer = sqlite3.connect(kommun.db)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE alembic_version SET version_num = version_num")
        writer.commit()  # the write-ahead log stays while the writer is open
        assert Path(f"{kommun.db}-wal").stat().st_size > 0
        out = tmp_path / "protokoll.pdf"
        done = run_watching(["--db", str(kommun.db), "pdf", "minutes", MEETING, "-o",
                             str(out)], WATCHED)
        assert "sqlalchemy" in done.loaded  # the ordinary way
        assert done.stdout == f"Protokollet {MEETING} är skrivet till {out} (2 sidor).\n"
    finally:
        writer.close()
    assert out.read_bytes() == _ordinary(kommun.db, tmp_path / "vanlig.pdf")


def _drafted(db: Path) -> None:
    """Attendance and a decision: what justering asks of the minutes."""
    register = open_file(db)
    try:
        meeting_id = meetings.meeting_id(register, MEETING)
        view = meetings.meeting_view(register, meeting_id)
        roster = meetings.body_roster(register, view.body.id, date(2027, 1, 13))
        ids = {row.person.name: row.person.id for row in roster}
        meetings.set_attendance(register, meeting_id, [
            meetings.AttendanceEntry(ids[name], "member")
            for name in ("Anna Svensson", "Per Gran", "Lisa Holm")])
        paragraphs.set_decision_points(register, view.paragraphs[0].id,
                                       ["Detaljplanen antas."])
    finally:
        register.close()


def _justerad(kommun: Cli) -> bytes:
    """The meeting drafted, sent and justerad with ink: the PDF kept with its seal."""
    _drafted(kommun.db)
    kommun.ok("justering", "skicka", MEETING, "--datum", "2027-01-19")
    kommun.ok("justering", "justera", MEETING, "--datum", "2027-01-20", "--bekräfta")
    register = open_file(kommun.db)
    try:
        with register.read() as session:
            kept = exports.sealed_pdf(session, exports.find_meeting(session, MEETING).id)
    finally:
        register.close()
    assert kept is not None
    return kept


def test_justerade_minutes_kept_with_their_seal_are_written_as_kept(
        kommun: Cli, tmp_path: Path) -> None:
    kept = _justerad(kommun)
    out = tmp_path / "protokoll.pdf"
    done = run_watching(["--db", str(kommun.db), "pdf", "minutes", MEETING, "-o", str(out)],
                        WATCHED)
    assert done.loaded == []  # the kept PDF, read and written without SQLAlchemy
    assert done.stdout.startswith(f"Protokollet {MEETING} är skrivet till {out} (")
    assert out.read_bytes() == kept
    # Once the anslag is recorded, the ordinary way decides: the kept PDF has its dates blank
    kommun.ok("justering", "anslag", MEETING, "--datum", "2027-01-21")
    done = run_watching(["--db", str(kommun.db), "pdf", "minutes", MEETING, "-o", str(out),
                         "--force"], WATCHED)
    assert "sqlalchemy" in done.loaded
    assert out.read_bytes() == _ordinary(kommun.db, tmp_path / "vanlig.pdf")
    text = " ".join(" ".join(lines) for lines in page_lines(out.read_bytes()))
    assert "2027-01-21" in text  # the anslag's day printed


def test_an_extract_and_the_bilagor_need_no_sqlalchemy_either(kommun: Cli,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "utdrag.pdf"
    done = run_watching(["--db", str(kommun.db), "pdf", "extract", "KS:2027:1", "-o", str(out),
                         "--datum", "2027-01-25"], WATCHED)
    assert done.loaded == []
    assert done.stdout == f"Protokollsutdraget är skrivet till {out} (1 sida).\n"
    register = open_file(kommun.db)
    try:
        exports.export_extract(register, ["KS:2027:1"], tmp_path / "vanligt.pdf",
                               on=date(2027, 1, 25))
    finally:
        register.close()
    assert out.read_bytes() == (tmp_path / "vanligt.pdf").read_bytes()
    assert "UTKAST" in " ".join(" ".join(lines) for lines in page_lines(out.read_bytes()))
    kommun.snapshot()
    assert kommun.fails("pdf", "extract", "KS:2027:9", "-o", str(tmp_path / "x.pdf")) == \
        "Kommunstyrelsen har ingen § 9 under 2027."
    assert kommun.fails("pdf", "appendix", MEETING, "-o", str(tmp_path / "x.pdf")) == \
        "Det finns inga bilagor i protokollet KS:2027-01-13 (bilagor: inga)."
    assert not (tmp_path / "x.pdf").exists()


def test_a_year_writes_justerade_minutes_as_kept_like_one_meeting(kommun: Cli,
                                                                   tmp_path: Path) -> None:
    kept = _justerad(kommun)
    single = tmp_path / "ett.pdf"
    kommun.ok("pdf", "minutes", MEETING, "-o", str(single))
    folder = tmp_path / "år"
    said = kommun.ok("pdf", "minutes", "KS:2027", "--mapp", str(folder))
    assert said.startswith(f"Protokollet {MEETING} är skrivet till {folder / 'KS 2027-01-13.pdf'}")
    assert (folder / "KS 2027-01-13.pdf").read_bytes() == single.read_bytes()
    assert single.read_bytes() == kept  # the signed-off PDF, not a new composition
