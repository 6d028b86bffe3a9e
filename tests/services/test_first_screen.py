# SPDX-License-Identifier: EUPL-1.2
"""The first screen read without SQLAlchemy is the Sammanträden list the register gives,
and it is only read from a register that can be read as it is."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from kraftdesk.domain.enums import MinutesState
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Meeting, Paragraph
from kraftdesk.services import browse
from kraftdesk.services.demo import load_demo
from kraftdesk.services.first_screen import read_first_screen
from kraftdesk.services.organisation import create_organisation, overview
from tests import factories


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _closed(register: Register) -> None:
    """Close as the app does at exit: SQLite then removes its write-ahead log."""
    register.close()


def test_the_demo_register_reads_as_the_list_shows_it(register: Register,
                                                      register_path: Path) -> None:
    load_demo(register)
    expected = browse.meetings_page(register)
    count = browse.count_meetings(register)
    organisation = overview(register).organisation
    _closed(register)
    first = read_first_screen(_url(register_path))
    assert first is not None
    assert first.organisation == organisation == "Malmö stad"
    assert first.meeting_count == count
    assert list(first.meetings) == expected
    states = {row.minutes_state for row in first.meetings}
    assert MinutesState.APPROVED in states  # justerade meetings, with their dates
    assert any(row.approved_on is not None for row in first.meetings)
    assert any(row.paragraph_count > 0 for row in first.meetings)


def test_a_page_of_many_meetings_newest_first_ties_by_id(register: Register,
                                                         register_path: Path) -> None:
    with register.write() as session:
        org = factories.organisation(session, "Lunds kommun")
        ks = factories.body(session, org)
        bn = factories.body(session, org, "BN", "Byggnadsnämnden")
        start = factories.at("2020-01-08 09:00")
        meetings = []
        for index in range(130):
            when = start + timedelta(days=7 * (index // 2))  # two bodies meet the same hour
            meeting = Meeting(body_id=(ks if index % 2 else bn).id, starts_at=when,
                              place=None if index % 5 == 0 else f"Sal {index}",
                              approval_due_at=when + timedelta(days=6))
            session.add(meeting)
            meetings.append(meeting)
        session.flush()
        for number, meeting in enumerate(meetings[-7:], start=1):
            session.add(Paragraph(meeting_id=meeting.id, body_id=meeting.body_id,
                                  series="2022", number=number, position=1,
                                  title=f"Ärende {number}"))
    expected = browse.meetings_page(register)
    _closed(register)
    first = read_first_screen(_url(register_path))
    assert first is not None and first.meeting_count == 130
    assert len(first.meetings) == browse.PAGE_SIZE == 100
    assert list(first.meetings) == expected
    assert first.meetings[0].starts_at == first.meetings[1].starts_at
    assert first.meetings[0].id > first.meetings[1].id
    assert read_first_screen(_url(register_path), limit=3).meetings == first.meetings[:3]


def test_the_file_is_only_read(register: Register, register_path: Path) -> None:
    create_organisation(register, "Region Skåne")
    _closed(register)
    before = hashlib.sha256(register_path.read_bytes()).hexdigest()
    first = read_first_screen(_url(register_path))
    assert first is not None and first.meetings == () and first.meeting_count == 0
    assert hashlib.sha256(register_path.read_bytes()).hexdigest() == before


def test_what_must_be_opened_the_ordinary_way_gives_none(register: Register,
                                                         register_path: Path,
                                                         tmp_path: Path) -> None:
    # No organisation yet: the first-start dialog has to ask for one.
    _closed(register)
    assert read_first_screen(_url(register_path)) is None
    reopened = open_register(_url(register_path))
    create_organisation(reopened, "Region Skåne")
    reopened.close()
    assert read_first_screen(_url(register_path)) is not None
    # Not an SQLite file, missing, not a file URL at all.
    not_a_register = tmp_path / "protokoll.pdf"
    not_a_register.write_bytes(b"%PDF-1.7 not a register")
    assert read_first_screen(_url(not_a_register)) is None
    assert read_first_screen(_url(tmp_path / "saknas.sqlite3")) is None
    assert read_first_screen("postgresql+psycopg://kansli@server/register") is None
    # Left by a crash or open in another program: the ordinary open checks it first.
    wal = register_path.with_name(register_path.name + "-wal")
    wal.write_bytes(b"\x00" * 32)
    assert read_first_screen(_url(register_path)) is None
    wal.unlink()
    # Another schema revision: the ordinary open migrates it (or refuses a newer one).
    with sqlite3.connect(register_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    assert read_first_screen(_url(register_path)) is None


def test_reading_the_first_screen_does_not_load_sqlalchemy(register: Register,
                                                           register_path: Path) -> None:
    create_organisation(register, "Region Skåne")
    _closed(register)
    script = ("import sys\n"
              "from kraftdesk.services.first_screen import read_first_screen\n"
              f"first = read_first_screen({_url(register_path)!r})\n"
              "print(first.organisation, sorted(m for m in ('sqlalchemy', 'alembic', "
              "'reportlab', 'PySide6') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout == "Region Skåne []\n"


def test_the_first_page_is_read_from_the_end_of_an_index(register: Register,
                                                        register_path: Path) -> None:
    """The newest meetings are found without sorting every meeting of the register
    (migration 0004), so the first screen costs the same at any register size."""
    from kraftdesk.register.first_screen import _MEETINGS

    _closed(register)
    connection = sqlite3.connect(register_path)
    try:
        plan = [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {_MEETINGS}",
                                                     {"limit": 100})]
    finally:
        connection.close()
    assert "SCAN meeting USING COVERING INDEX ix_meeting_starts_at_id" in plan
    assert "SCAN meeting" not in plan  # no sort of the whole table for the page
