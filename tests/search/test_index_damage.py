# SPDX-License-Identifier: EUPL-1.2
"""A search index changed behind kraftdesk's back: verify says so, saves and searches refuse
in Swedish without changing anything, and `kraftdesk db reindex` mends it.

Before, a register whose index table was dropped in the sqlite3 shell passed `kraftdesk
verify` ("Allt stämmer"), while every save of a paragraph and every search ended in
"ett oväntat programfel".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.database import Register
from kraftdesk.register.database_errors import INDEX_DAMAGED_MESSAGE
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Paragraph
from kraftdesk.services.database_admin import rebuild_search_index
from kraftdesk.services.search import search
from kraftdesk.services.verify import verify_register
from tests.postgresql.helpers import cli
from tests.search.helpers import Seeded, add_paragraph, seed

REMEDY = "Bygg om sökindexet med «kraftdesk db reindex» (i appen: Arkiv ▸ Bygg om sökindexet)."


def _register(path: Path) -> tuple[Register, Seeded]:
    register = open_register(f"sqlite:///{path}", create=True)
    seeded = seed(register)
    with register.write() as s:
        add_paragraph(s, seeded, 1, "Budget för fritidsgårdar", summary="Kraftsamlande insatser.")
        add_paragraph(s, seeded, 2, "Skolskjuts i Limhamn", points=("Nämnden beslutar.",))
    return register, seeded


def _behind_its_back(path: Path, statement: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(statement)


def _references(register: Register, query: str) -> list[str]:
    return [hit.reference for hit in search(register, query)]


DAMAGE = [
    ("DROP TABLE search_fts", "Registrets sökindex saknas; paragrafer kan varken sparas "
                              "eller sökas fram."),
    ("DROP VIEW search_fts_source", "Registrets sökindex saknas;"),
    ("DROP TABLE search_fts_data", "Registrets sökindex är skadat;"),
    ("DROP TABLE search_fts_list", "Registrets sökindex saknas;"),
    ("DROP TABLE search_fts_member", "Registrets sökindex saknas;"),
    ("DROP TABLE search_fts_change", "Registrets sökindex saknas;"),
    ("DROP TRIGGER search_fts_paragraph_update", "1 av sökindexets utlösare saknas, är ändrade "
                                                 "eller avstängda;"),
    ("DELETE FROM search_fts WHERE rowid = (SELECT min(id) FROM paragraph)",
     "1 paragraf saknas i sökindexet eller står där med en annan text än registrets;"),
    ("UPDATE search_fts SET title = 'Något annat' WHERE rowid = (SELECT min(id) FROM paragraph)",
     "1 paragraf saknas i sökindexet eller står där med en annan text än registrets;"),
    ("INSERT INTO search_fts (rowid, title) VALUES (9999, 'Spökparagraf')",
     "Sökindexet har 1 paragraf som inte längre finns."),
]


@pytest.mark.parametrize(("statement", "said"), DAMAGE, ids=[d[0][:30] for d in DAMAGE])
def test_verify_finds_the_damage_and_reindex_mends_it(tmp_path: Path, statement: str,
                                                      said: str) -> None:
    path = tmp_path / "r.sqlite3"
    register, _seeded = _register(path)
    register.close()
    _behind_its_back(path, statement)
    register = open_register(f"sqlite:///{path}")
    try:
        (problem,) = verify_register(register).problems
        assert problem.startswith(said) and problem.endswith(
            f"Protokollen är inte berörda. {REMEDY}")
        code, out, _err = cli(str(path), "db", "reindex")
        assert (code, out) == (0, "Sökindexet är ombyggt: 2 paragrafer. Inget annat har "
                                  "ändrats.\n")
        assert verify_register(register).ok
        assert _references(register, "fritidsgårdar") == ["KS:2026:1"]
        assert _references(register, "spökparagraf") == []
    finally:
        register.close()


def test_a_missing_index_refuses_saves_and_searches_in_swedish(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    register, seeded = _register(path)
    register.close()
    _behind_its_back(path, "DROP TABLE search_fts")
    register = open_register(f"sqlite:///{path}")
    try:
        with pytest.raises(RegisterError) as refused:
            search(register, "budget")
        assert str(refused.value) == INDEX_DAMAGED_MESSAGE
        with pytest.raises(RegisterError) as refused, register.write() as s:
            add_paragraph(s, seeded, 3, "Ny paragraf")
        assert str(refused.value) == INDEX_DAMAGED_MESSAGE
        with register.read() as s:
            assert s.scalar(select(func.count()).select_from(Paragraph)) == 2  # nothing saved
        code, out, err = cli(str(path), "search", "budget")
        assert (code, out) == (1, "")
        assert "Registrets sökindex saknas eller är skadat" in err and "Traceback" not in err
        assert rebuild_search_index(f"sqlite:///{path}") == 2
        with register.write() as s:
            add_paragraph(s, seeded, 3, "Ny paragraf om budget")
        assert _references(register, "budget") == ["KS:2026:3", "KS:2026:1"]
    finally:
        register.close()


def test_reindex_of_a_whole_index_changes_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    register, _seeded = _register(path)
    try:
        before = _references(register, "budget")
        with register.read() as s:
            audit = s.execute(select(func.count()).select_from(Paragraph)).scalar()
        assert rebuild_search_index(f"sqlite:///{path}") == 2
        assert _references(register, "budget") == before
        with register.read() as s:
            assert s.execute(select(func.count()).select_from(Paragraph)).scalar() == audit
        assert verify_register(register).ok
    finally:
        register.close()
