# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk pending`: the open promises as a table and as JSON, with a fixed clock."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.main import parse, run
from kraftdesk.register.database import Register
from tests import factories as f
from tests.services import world as w
from tests.services.test_ledger import NOW, build_ledger


@pytest.fixture
def db(register: Register, register_path: Path) -> str:
    build_ledger(w.build(register))
    register.close()
    return str(register_path)


def _run(db: str, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(parse(["--db", db, "pending", *args]), CliContext(db=db, out=out, err=err,
                                                                  now=NOW))
    return code, out.getvalue(), err.getvalue()


def test_table_sorted_by_deadline_with_overdue_marked(db: str) -> None:
    code, out, err = _run(db)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Tidsfrist         Kvar                               Paragraf     Vad                "
        "Vem                          Ärende",
        "2026-02-03 17:00  FÖRSENAD med 6 dygn och 16 timmar  KS:2026:2    Reservation        "
        "Ulf Lind (SD)                Bidrag till föreningar",
        "2026-02-04 12:00  FÖRSENAD med 5 dygn och 21 timmar  KS:2026:2    Särskilt yttrande  "
        "Dan Berg (M) och Eva Ek (L)  Bidrag till föreningar",
        "2026-02-12 15:30  2 dygn och 6 timmar                KSAU:2026:1  Särskilt yttrande  "
        "Anna Svensson (S)            Lokalfrågor",
        "",
        "3 utlovade texter, varav 2 försenade.",
    ]


def test_json(db: str) -> None:
    code, out, _ = _run(db, "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["paragraph"] for d in data] == ["KS:2026:2", "KS:2026:2", "KSAU:2026:1"]
    assert data[2] == {
        "statement_id": data[2]["statement_id"], "kind": "special_statement",
        "what": "Särskilt yttrande", "authors": ["Anna Svensson (S)"], "body": "KSAU",
        "meeting_date": "2026-02-09", "paragraph": "KSAU:2026:1",
        "paragraph_title": "Lokalfrågor", "case_number": None,
        "deadline": "2026-02-12T15:30", "seconds_left": 2 * 86400 + 6 * 3600 + 30 * 60,
        "overdue": False}
    assert [d["overdue"] for d in data] == [True, True, False]


def test_nothing_pending(register: Register, register_path: Path) -> None:
    w.build(register)
    register.close()
    code, out, _ = _run(str(register_path))
    assert (code, out) == (0, "Inga utlovade texter väntar.\n")


def test_the_clock_decides_what_is_overdue(db: str) -> None:
    out = io.StringIO()
    run(parse(["--db", db, "pending", "--json"]),
        CliContext(db=db, out=out, now=f.at("2026-01-30 09:00")))
    assert [d["overdue"] for d in json.loads(out.getvalue())] == [False, False, False]
