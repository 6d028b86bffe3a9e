# SPDX-License-Identifier: EUPL-1.2
"""PostgreSQL: a search index changed by the tables' owner is found by verify and mended by
`kraftdesk db reindex`, as far as the connecting role may; the rest is said, not done."""

from __future__ import annotations

from kraftdesk.register.database import Register
from kraftdesk.services.search import search
from kraftdesk.services.verify import verify_register
from tests.databases import TestDatabase
from tests.postgresql.helpers import cli, sql
from tests.search.helpers import Seeded, add_paragraph, seed

REMEDY = ("Protokollen är inte berörda. Bygg om sökindexet med «kraftdesk db reindex» (i "
          "appen: Arkiv ▸ Bygg om sökindexet).")


def _two(register: Register) -> Seeded:
    seeded = seed(register)
    with register.write() as s:
        add_paragraph(s, seeded, 1, "Budget för fritidsgårdar")
        add_paragraph(s, seeded, 2, "Skolskjuts i Limhamn")
    return seeded


def _references(register: Register, query: str) -> list[str]:
    return [hit.reference for hit in search(register, query)]


def test_documents_taken_out_are_found_and_built_again_by_the_apps_role(
        pg: TestDatabase, pg_register: Register) -> None:
    _two(pg_register)
    sql(pg.owner_url, "DELETE FROM search_fts",
        "INSERT INTO search_fts (paragraph_id, title, case_ref, summary, decisions, statements, "
        "sections, document) VALUES (9999, 'Spök', '', '', '', '', '', to_tsvector('spök'))")
    assert _references(pg_register, "fritidsgårdar") == []
    assert verify_register(pg_register).problems == (
        "2 paragrafer saknas i sökindexet eller står där med en annan text än registrets; "
        f"sökningen hittar dem inte rätt. {REMEDY}",
        f"Sökindexet har 1 paragraf som inte längre finns. {REMEDY}",
    )
    code, out, _err = cli(pg.url, "db", "reindex")  # the app's role
    assert (code, out) == (0, "Sökindexet är ombyggt: 2 paragrafer. Inget annat har ändrats.\n")
    assert verify_register(pg_register).ok
    assert _references(pg_register, "fritidsgårdar") == ["KS:2026:1"]


def test_a_trigger_switched_off_is_switched_on_by_the_owner_only(
        pg: TestDatabase, pg_register: Register) -> None:
    seeded = _two(pg_register)
    sql(pg.owner_url, "ALTER TABLE paragraph DISABLE TRIGGER search_fts_paragraph_write")
    (problem,) = verify_register(pg_register).problems
    assert problem == ("1 av sökindexets utlösare saknas, är ändrade eller avstängda; det som "
                       f"ändras i paragraferna kommer inte med i sökningen. {REMEDY}")
    code, out, err = cli(pg.url, "db", "reindex")
    assert (code, out) == (1, "")
    assert "Sökindexets utlösare «search_fts_paragraph_write» är avstängda, och bara " \
           "tabellernas ägare kan slå på dem." in err
    assert verify_register(pg_register).problems == (problem,)  # nothing was changed
    code, out, _err = cli(pg.owner_url, "db", "reindex")
    assert code == 0
    assert verify_register(pg_register).ok
    with pg_register.write() as s:
        add_paragraph(s, seeded, 3, "Badplatser i Ribersborg")
    assert _references(pg_register, "badplatser") == ["KS:2026:3"]


def test_a_trigger_taken_away_is_for_the_administrator(pg: TestDatabase,
                                                      pg_register: Register) -> None:
    _two(pg_register)
    sql(pg.owner_url, "DROP TRIGGER search_fts_person_update ON person")
    assert len(verify_register(pg_register).problems) == 1
    code, _out, err = cli(pg.owner_url, "db", "reindex")
    assert code == 1
    assert "I registret saknas utlösarna «search_fts_person_update», och det kan bara " \
           "databasens administratör återställa" in err

