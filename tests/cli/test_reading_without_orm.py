# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk pending` and `kraftdesk search` read the register without SQLAlchemy's ORM.

The register is opened without Alembic's checks (kraftdesk.register.reading_register) when
it can be read as it is, and read on plain connections (Register.read_rows); the lists are
the same as through the ordinary register, and anything the ordinary way must handle (an
older schema, a log left by a crash, a file that is no register) still goes the ordinary
way, with its messages.
"""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.main import main, parse, run
from kraftdesk.domain.enums import ParagraphDeferral
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.register.reading_register import open_for_reading
from kraftdesk.services import paragraphs
from kraftdesk.services.ledger import awaiting_return, open_promises
from kraftdesk.services.search import search
from tests.cli.processes import run_watching
from tests.databases import TestDatabase
from tests.services import world as w
from tests.services.test_ledger import NOW, build_ledger

#: What a command that only reads must not load.
ORM_MODULES = ["sqlalchemy.orm", "kraftdesk.register.models", "kraftdesk.register.audit",
               "kraftdesk.register.migrate", "alembic"]

def _loaded(*argv: str) -> tuple[str, list[str]]:
    """(what the command printed, which of ORM_MODULES it loaded), in a new process."""
    done = run_watching(argv, ORM_MODULES)
    return done.stdout, done.loaded


@pytest.fixture
def ledger_file(register: Register, register_path: Path) -> Path:
    build_ledger(w.build(register))
    register.close()
    return register_path


def _pending(db: str, *, ordinary: bool, json_out: bool = False) -> str:
    out = io.StringIO()
    ctx = CliContext(db=db, out=out, err=io.StringIO(), now=NOW)
    if ordinary:
        ctx.register(create=False)  # opened first: reader() gives the ordinary register
    try:
        ctx.reader()  # what the command will use
        assert (ctx._reader is None) is ordinary
        assert run(parse(["--db", db, "pending", *(["--json"] if json_out else [])]), ctx) == 0
    finally:
        ctx.close()
    return out.getvalue()


def test_pending_from_an_empty_register_loads_no_orm(tmp_path: Path) -> None:
    path = tmp_path / "ny.sqlite3"
    assert main(["--db", str(path), "init", "--organisation", "Testkommun"]) == 0
    printed, loaded = _loaded("--db", str(path), "pending")
    assert printed == "Inga utlovade texter väntar.\n"
    assert loaded == []
    printed, loaded = _loaded("--db", str(path), "search", "budget")
    assert printed == "Inga träffar för «budget».\n"
    assert loaded == []


def test_pending_lists_the_same_without_the_orm(ledger_file: Path) -> None:
    db = str(ledger_file)
    light = _pending(db, ordinary=False)
    assert "Reservation" in light and "FÖRSENAD" in light
    assert light == _pending(db, ordinary=True)
    assert _pending(db, ordinary=False, json_out=True) == _pending(db, ordinary=True,
                                                                  json_out=True)


def test_a_new_process_prints_the_list_without_loading_the_orm(ledger_file: Path) -> None:
    printed, loaded = _loaded("--db", str(ledger_file), "pending", "--json")
    assert loaded == []
    assert {p["what"] for p in json.loads(printed)} >= {"Reservation"}


@pytest.mark.both_databases
def test_the_services_give_the_same_on_both_kinds_of_register(database: TestDatabase) -> None:
    register = open_register(database.url, create=True)
    world = w.build(register)
    build_ledger(world)
    case = paragraphs.create_case(register, "KS 2026/7", "Detaljplan för Hamnen").id
    pid = paragraphs.add_paragraph(register, world.meeting("2026-03-04 13:00"),
                                   title="Detaljplan", case_id=case).id
    paragraphs.update_paragraph(register, pid, deferral=ParagraphDeferral.TABLED)
    register.close()  # closed cleanly (an SQLite file leaves no log)
    reader = open_for_reading(database.url)
    assert isinstance(reader, Register)
    register = open_register(database.url, create=False)
    try:
        assert open_promises(reader, now=NOW) == open_promises(register, now=NOW)
        assert len(open_promises(reader, now=NOW)) >= 3
        assert awaiting_return(reader) == awaiting_return(register)
        assert [r.case_number for r in awaiting_return(reader)] == ["KS 2026/7"]
        assert search(reader, "detaljplan") == search(register, "detaljplan")
        assert [hit.title for hit in search(reader, "detaljplan")] == ["Detaljplan"]
    finally:
        reader.close()
        register.close()


def test_an_older_schema_goes_the_ordinary_way(ledger_file: Path) -> None:
    with sqlite3.connect(ledger_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0003_fulltext_search'")
    connection.close()
    assert open_for_reading(f"sqlite:///{ledger_file}") is None


def test_a_log_left_by_a_crash_goes_the_ordinary_way(ledger_file: Path) -> None:
    ledger_file.with_name(ledger_file.name + "-wal").write_bytes(b"\0" * 32)
    assert open_for_reading(f"sqlite:///{ledger_file}") is None


@pytest.mark.parametrize("content", [None, b"not a database at all, only text\n"])
def test_a_missing_file_or_not_a_register_is_said_the_ordinary_way(
        tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "register.sqlite3"
    if content is not None:
        path.write_bytes(content)
    assert open_for_reading(f"sqlite:///{path}") is None
    done = subprocess.run([sys.executable, "-m", "kraftdesk", "--db", str(path), "pending"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    if content is None:
        assert "Registret finns inte" in done.stderr
    else:
        assert "är inte ett kraftdesk-register" in done.stderr
    assert path.exists() is (content is not None)
