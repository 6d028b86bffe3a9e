# SPDX-License-Identifier: EUPL-1.2
"""Search on PostgreSQL reads only what it must (issue 18's search p95).

- the documents stay in the index's rows (migration 0100_i18_search_storage), not in its
  TOAST table, where a common word fetched and decompressed them one by one;
- every query is planned for its own words, even once psycopg has prepared the statement;
- an import or a copy by the tables' owner leaves the planner its statistics.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from kraftdesk.interchange.export import export_register
from kraftdesk.interchange.load import import_register
from kraftdesk.register.database import Register
from kraftdesk.register.engine import make_engine
from kraftdesk.register.migrate import open_register, upgrade
from kraftdesk.register.scripts import alembic_config
from kraftdesk.services.demo import load_demo
from kraftdesk.services.search import search
from tests.databases import TestDatabase
from tests.search.helpers import add_paragraph, seed


def _storage(register: Register) -> str:
    with register.read_rows() as connection:
        return connection.scalar(text(
            "SELECT attstorage FROM pg_attribute WHERE attrelid = 'search_fts'::regclass "
            "AND attname = 'document'"))


def test_the_documents_are_kept_in_the_rows_of_the_index(pg: TestDatabase,
                                                         pg_register: Register) -> None:
    seeded = seed(pg_register)
    with pg_register.write() as s:
        add_paragraph(s, seeded, 5, "Budget för fritidsgårdar")
    assert _storage(pg_register) == "m"  # MAIN
    owner = make_engine(pg.owner_url)
    try:
        with owner.begin() as connection:
            command.downgrade(alembic_config(connection), "0100_lead_reuse_versions")
        assert _storage(pg_register) == "x"  # EXTENDED, as before
        upgrade(owner)
    finally:
        owner.dispose()
    assert _storage(pg_register) == "m"
    assert [hit.reference for hit in search(pg_register, "fritidsgårdar")] == ["KS:2026:5"]


def test_every_search_is_planned_for_its_own_words(pg: TestDatabase,
                                                   pg_register: Register) -> None:
    """psycopg prepares a statement run five times, and PostgreSQL may then keep one plan
    for any words: on the 10-year register, after searches for less common words, it looked
    "förslag" up in the index, three times slower than reading the table (140 ms against
    48). The ranking statement is planned for each search's words, whatever the server
    prefers (here told to keep one plan for every prepared statement)."""
    seeded = seed(pg_register)
    with pg_register.write() as s:
        for number in range(1, 21):
            add_paragraph(s, seeded, number, f"Budget för område {number}" if number % 4
                          else f"Lokaler i Limhamn {number}")
    owner = make_engine(pg.owner_url)
    try:
        with owner.begin() as connection:
            name = connection.scalar(text("SELECT quote_ident(current_database())"))
            connection.execute(text(f"ALTER DATABASE {name} SET plan_cache_mode = "
                                    "force_generic_plan"))
    finally:
        owner.dispose()
    pg_register.engine.dispose()  # new connections, with the database's setting
    for _ in range(4):
        assert len(search(pg_register, "limhamn")) == 5
        assert len(search(pg_register, "budget")) == 15
    with pg_register.read_rows() as connection:  # the pool's one connection
        assert connection.scalar(text("SHOW plan_cache_mode")) == "force_generic_plan"
        plans = connection.execute(text(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
            "WHERE statement LIKE '%ts_rank%'")).all()
    assert plans, "the ranking statement was not prepared: the test no longer tests anything"
    assert all(generic == 0 and custom > 0 for generic, custom in plans), plans


def _analyzed(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return set(connection.scalars(text(
                "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL")))
    finally:
        engine.dispose()


def _demo_file(folder: Path) -> str:
    """The demo register as an interchange file (made in SQLite, then exported)."""
    source = open_register(f"sqlite:///{folder / 'demo.sqlite3'}", create=True)
    try:
        load_demo(source)
        return export_register(source)
    finally:
        source.close()


def test_an_import_by_the_owner_leaves_the_planner_its_statistics(
        pg: TestDatabase, pg_register: Register, tmp_path: Path) -> None:
    data = _demo_file(tmp_path)
    pg_register.close()
    as_owner = open_register(pg.owner_url, create=False)
    try:
        import_register(as_owner, data)
    finally:
        as_owner.close()
    assert {"search_fts", "paragraph", "meeting"} <= _analyzed(pg.owner_url)
    assert [hit.reference for hit in search(pg_register, "budget")]


def test_an_import_by_the_apps_role_needs_no_right_to_analyze(
        pg: TestDatabase, pg_register: Register, tmp_path: Path) -> None:
    """The app's role owns nothing: the import leaves ANALYZE to the server's autovacuum."""
    import_register(pg_register, _demo_file(tmp_path))
    assert _analyzed(pg.owner_url) == set()
    assert [hit.reference for hit in search(pg_register, "budget")]
