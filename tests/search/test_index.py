# SPDX-License-Identifier: EUPL-1.2
"""The register keeps its full-text index current by itself, whatever writes the rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from kraftdesk.register.database import Register
from kraftdesk.register.engine import make_engine
from kraftdesk.register.fulltext import DEFER_SETTING, deferred_index
from kraftdesk.register.migrate import alembic_config, head_revision, open_register, upgrade
from kraftdesk.register.models import Case, DecisionPoint, Paragraph, Statement
from kraftdesk.register.search_lists_postgresql import TEXT_SEARCH_CONFIG
from kraftdesk.services.search import search
from tests.databases import TestDatabase
from tests.search.helpers import (
    add_old_paragraph,
    add_paragraph,
    add_section,
    add_statement,
    seed,
    seed_old_schema,
)


def refs(register: Register, query: str) -> list[str]:
    return [hit.reference for hit in search(register, query)]


def test_a_new_paragraph_and_its_rows_are_found(register: Register) -> None:
    seeded = seed(register)
    with register.write() as s:
        p = add_paragraph(s, seeded, 16, "Återrapportering kring kraftsamlande insatser",
                          summary="Remissinstanserna ställer sig i stort positiva.",
                          points=("Kommunfullmäktige godkänner återrapporteringen.",),
                          case=("STK-2024-1374", "Kraftsamlande insatser"))
        add_statement(s, p, "Vi efterlyser större tydlighet kring långsiktig finansiering.")
        add_section(s, p, "Tidigare behandling", "Bordlagt den 23 november 2025, § 29.")
    for query in ("återrapportering", "remissinstanserna", "godkänner", "STK-2024-1374",
                  "finansiering", "bordlagt", "tidigare behandling"):
        assert refs(register, query) == ["KS:2026:16"], query


def test_changes_through_the_orm_reach_the_index(register: Register) -> None:
    seeded = seed(register)
    with register.write() as s:
        p = add_paragraph(s, seeded, 1, "Budget för fritidsnämnden",
                          points=("Kommunstyrelsen antar budgeten.",),
                          case=("STK-2026-1", "Budget 2026"))
        add_statement(s, p, "Vi yrkade avslag.")
        pid = p.id
    with register.write() as s:
        paragraph = s.get(Paragraph, pid)
        paragraph.title = "Verksamhetsplan för kulturnämnden"
        s.scalars(select(DecisionPoint)).one().text = "Kommunstyrelsen godkänner planen."
        s.scalars(select(Statement)).one().text = "Vi yrkade återremiss."
        s.scalars(select(Case)).one().title = "Verksamhetsplan 2026"
    assert refs(register, "budget") == []
    assert refs(register, "antar") == []
    assert refs(register, "avslag") == []
    assert refs(register, "verksamhetsplan") == ["KS:2026:1"]
    assert refs(register, "godkänner planen") == ["KS:2026:1"]
    assert refs(register, "återremiss") == ["KS:2026:1"]


def test_deleted_rows_leave_the_index(register: Register) -> None:
    seeded = seed(register)
    with register.write() as s:
        p = add_paragraph(s, seeded, 1, "Skolskjuts i Husie", points=("Nämnden avslår.",))
        add_statement(s, p, "Protokollsanteckning om trafiksäkerhet.")
    with register.write() as s:
        s.execute(delete(Statement))
    assert refs(register, "trafiksäkerhet") == []
    assert refs(register, "avslår") == ["KS:2026:1"]
    with register.write() as s:
        s.execute(delete(DecisionPoint))
        s.execute(delete(Paragraph))
    assert refs(register, "skolskjuts") == []
    with register.read() as s:
        assert s.execute(text("SELECT count(*) FROM search_fts")).scalar() == 0


def test_core_updates_of_a_case_reindex_all_its_paragraphs(register: Register) -> None:
    seeded = seed(register)
    with register.write() as s:
        p = add_paragraph(s, seeded, 1, "Första behandlingen",
                          case=("KS 2023/123", "Pildammsparken"))
        add_paragraph(s, seeded, 2, "Andra behandlingen")
        s.execute(update(Paragraph).where(Paragraph.number == 2).values(case_id=p.case_id))
    assert sorted(refs(register, "pildammsparken")) == ["KS:2026:1", "KS:2026:2"]
    with register.write() as s:
        s.execute(update(Case).values(number="KS 2023/999", title="Ribersborg"))
    assert refs(register, "pildammsparken") == []
    assert sorted(refs(register, "ribersborg")) == ["KS:2026:1", "KS:2026:2"]
    assert sorted(refs(register, "2023/999")) == ["KS:2026:1", "KS:2026:2"]


def test_the_upgrade_indexes_the_paragraphs_already_there(tmp_path: Path) -> None:
    path = tmp_path / "äldre.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0002")
    engine.dispose()
    older = Register(make_engine(f"sqlite:///{path}"))
    seeded = seed_old_schema(older)
    with older.write() as s:
        add_old_paragraph(s, seeded, 7, "Detaljplan för kvarteret Läkaren",
                          points=("Stadsbyggnadsnämnden antar detaljplanen.",))
    older.close()
    register = open_register(f"sqlite:///{path}", create=False, backup_dir=tmp_path / "b")
    try:
        with register.read() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                head_revision()
        assert refs(register, "läkaren") == ["KS:2026:7"]
        assert refs(register, "detaljplanen") == ["KS:2026:7"]
    finally:
        register.close()


#: Everything of the index that is left, by name (tables, views, triggers, functions).
LEFTOVERS = {
    "sqlite": "SELECT name FROM sqlite_master WHERE name LIKE 'search_fts%'",
    "postgresql": "SELECT relname FROM pg_class WHERE relname LIKE 'search_fts%' "
                  "UNION ALL SELECT tgname FROM pg_trigger WHERE tgname LIKE 'search_fts%' "
                  "UNION ALL SELECT proname FROM pg_proc WHERE proname LIKE 'search_fts%'",
}


def test_the_downgrade_removes_the_index_and_its_triggers(register: Register,
                                                          database: TestDatabase) -> None:
    owner = make_engine(database.owner_url)  # the schema's owner runs migrations
    try:
        with owner.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0002")
    finally:
        owner.dispose()
    with register.read() as s:
        leftovers = s.execute(text(LEFTOVERS[database.kind])).scalars().all()
    assert leftovers == []


def _indexed(s: Session, word: str) -> int:
    """How many search documents contain `word`, asked of the index itself."""
    if s.get_bind().dialect.name == "sqlite":
        return s.execute(text("SELECT count(*) FROM search_fts WHERE search_fts MATCH :w"),
                         {"w": word}).scalar()
    return s.execute(text("SELECT count(*) FROM search_fts WHERE document @@ "
                          f"to_tsquery('{TEXT_SEARCH_CONFIG}', :w)"), {"w": word}).scalar()


def test_a_bulk_load_defers_the_index_and_builds_it_once(register: Register) -> None:
    seeded = seed(register)
    with register.write() as s:
        add_paragraph(s, seeded, 1, "Befintlig paragraf om Limhamn")
    with register.write() as s, deferred_index(s.connection()):
        add_paragraph(s, seeded, 2, "Skolskjuts i Husie", points=("Nämnden avslår.",))
        s.execute(update(Paragraph).where(Paragraph.number == 1)
                  .values(title="Ändrad paragraf om Hyllie"))
        assert _indexed(s, "skolskjuts") == 0
    assert refs(register, "skolskjuts avslår") == ["KS:2026:2"]
    assert refs(register, "hyllie") == ["KS:2026:1"]
    assert refs(register, "limhamn") == []
    with register.write() as s:  # the triggers are back
        add_paragraph(s, seeded, 3, "Vinterväghållning")
    assert refs(register, "vinterväghållning") == ["KS:2026:3"]


def test_a_failed_bulk_load_leaves_the_triggers_in_place(register: Register) -> None:
    seeded = seed(register)
    with pytest.raises(RuntimeError), register.write() as s, deferred_index(s.connection()):
        add_paragraph(s, seeded, 1, "Avbruten inläsning")
        raise RuntimeError("avbruten")
    with register.write() as s:
        add_paragraph(s, seeded, 1, "Detaljplan för Läkaren")
    assert refs(register, "läkaren") == ["KS:2026:1"]
    with register.read() as s:
        if register.is_sqlite:
            count = s.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                   "AND name LIKE 'search_fts_%'")).scalar()
            assert count == len(_migration().sqlite_triggers(people=True))
        else:  # the triggers stay; the setting that quiets them ended with the transaction
            count = s.execute(text("SELECT count(*) FROM pg_trigger WHERE tgenabled = 'O' "
                                   "AND tgname LIKE 'search_fts_%'")).scalar()
            assert count == len(_migration().pg_triggers())
            assert s.execute(text(f"SELECT current_setting('{DEFER_SETTING}', true)")).scalar() \
                in (None, "", "off")


def _migration():
    """The migration that defines the index's triggers now."""
    from kraftdesk.register.fulltext import SEARCH_REVISION
    from kraftdesk.register.scripts import migration_module

    return migration_module(SEARCH_REVISION)
