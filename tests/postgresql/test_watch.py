# SPDX-License-Identifier: EUPL-1.2
"""A client sees what other clients wrote without restarting: NOTIFY on PostgreSQL, the
file's data version on SQLite, then the audit trail says what changed."""

from __future__ import annotations

import subprocess
import sys
import time

from sqlalchemy import update

from kraftdesk.register.database import Register
from kraftdesk.register.models import Paragraph
from kraftdesk.services.changes import Changes
from kraftdesk.services.watching import others_changes, watch_register
from tests.databases import TestDatabase
from tests.justering.helpers import build_meeting

WRITER = """
import sys
from sqlalchemy import update
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Paragraph
register = open_register(sys.argv[1], create=False)
with register.write() as session:
    session.execute(update(Paragraph).where(Paragraph.id == int(sys.argv[2]))
                    .values(title="Ändrad av en annan sekreterare"))
register.close()
"""


def _wait_for(watcher: object, *, seconds: float = 5.0) -> Changes:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        changes = others_changes(watcher)  # type: ignore[arg-type]
        if not changes.empty:
            return changes
        time.sleep(0.05)
    return Changes()


def test_another_process_s_write_is_seen(register: Register, database: TestDatabase) -> None:
    built = build_meeting(register)
    watcher = watch_register(register)
    try:
        assert others_changes(watcher).empty
        subprocess.run([sys.executable, "-c", WRITER, database.url,
                        str(built.paragraph_ids[0])], check=True)
        changes = _wait_for(watcher)
        assert changes.paragraphs == {built.paragraph_ids[0]}
        assert changes.meetings == {built.meeting_id}
        assert not changes.register
        assert others_changes(watcher).empty  # told once
    finally:
        watcher.close()


def test_own_writes_are_not_news_on_the_server(pg_register: Register) -> None:
    built = build_meeting(pg_register)
    watcher = watch_register(pg_register)
    try:
        with pg_register.write() as session:
            session.execute(update(Paragraph).where(Paragraph.id == built.paragraph_ids[1])
                            .values(title="Egen ändring"))
        time.sleep(0.2)
        assert others_changes(watcher).empty
    finally:
        watcher.close()


def test_an_organisation_wide_change_asks_for_everything(register: Register,
                                                        database: TestDatabase) -> None:
    build_meeting(register)
    watcher = watch_register(register)
    try:
        subprocess.run([sys.executable, "-c", WRITER.replace(
            "update(Paragraph).where(Paragraph.id == int(sys.argv[2]))\n"
            "                    .values(title=\"Ändrad av en annan sekreterare\")",
            "update(Body).values(name=\"Kommunstyrelsen i Malmö\")").replace(
            "import Paragraph", "import Body"), database.url, "0"], check=True)
        changes = _wait_for(watcher)
        assert changes.register
    finally:
        watcher.close()


def test_a_person_s_change_names_the_person(register: Register, database: TestDatabase) -> None:
    build_meeting(register)
    watcher = watch_register(register)
    try:
        writer = WRITER.replace("import Paragraph", "import Person").replace(
            "update(Paragraph).where(Paragraph.id == int(sys.argv[2]))\n"
            "                    .values(title=\"Ändrad av en annan sekreterare\")",
            "update(Person).where(Person.id == 2).values(title=\"Kommunalråd\")")
        subprocess.run([sys.executable, "-c", writer, database.url, "0"], check=True)
        assert _wait_for(watcher).persons == {2}
    finally:
        watcher.close()
