# SPDX-License-Identifier: EUPL-1.2
"""full-text search: ranked lists for the words most paragraphs contain (SQLite)

Revision ID: 0101_i19_search_lists
Revises: 0100_i18_search_storage

On SQLite three tables beside the FTS5 index (kraftdesk.register.search_lists says how they are
used): `search_fts_list` (a word's bound and the index's totals when its list was made),
`search_fts_member` (the paragraphs a list holds, each with the word's weighted count and
the document's length) and `search_fts_change` (the paragraphs whose documents were
rewritten since the lists last took them in). Every trigger of the index
(0100_i19_search) is made again with one statement more: after rewriting documents it notes
their paragraphs in `search_fts_change`, and the trigger on a deleted paragraph its id,
while there is any list (a register without lists notes nothing).
No list is made here: a list is made when a search needs it.

On PostgreSQL (kraftdesk.register.search_lists_postgresql) two tables, `search_fts_list`
and `search_fts_member` (each member with its ts_rank), and search_fts_refresh() takes the
documents it rewrites into the lists at once (search_fts_fold()): ts_rank depends on the
document alone, so nothing needs to wait for kraftdesk's own code.
"""

from __future__ import annotations

from typing import Any

from alembic import op

revision = "0101_i19_search_lists"
down_revision = "0100_i18_search_storage"
branch_labels = None
depends_on = None

PREVIOUS = "0100_i19_search"
CHANGE_TABLE = "search_fts_change"
TABLES = ("search_fts_list", "search_fts_member", CHANGE_TABLE)
TABLE_STATEMENTS = (
    "CREATE TABLE search_fts_list (term TEXT PRIMARY KEY, bound REAL NOT NULL, "
    "total_rows INTEGER NOT NULL, total_tokens INTEGER NOT NULL, "
    "members INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE search_fts_member (term TEXT NOT NULL, paragraph_id INTEGER NOT NULL, "
    "f REAL NOT NULL, length INTEGER NOT NULL, PRIMARY KEY (term, paragraph_id)) "
    "WITHOUT ROWID",
    "CREATE INDEX search_fts_member_paragraph ON search_fts_member (paragraph_id)",
    f"CREATE TABLE {CHANGE_TABLE} (paragraph_id INTEGER PRIMARY KEY)",
)


def _previous() -> Any:
    from kraftdesk.register.scripts import migration_module

    return migration_module(PREVIOUS)


def note_change(ids: str, gone: bool) -> str:
    """What the triggers add after rewriting the documents of `ids` (an SQL list or query)."""
    listed = "EXISTS (SELECT 1 FROM search_fts_list)"
    if gone:
        return f"INSERT OR IGNORE INTO {CHANGE_TABLE} (paragraph_id) SELECT {ids} WHERE {listed};"
    return (f"INSERT OR IGNORE INTO {CHANGE_TABLE} (paragraph_id) "
            f"SELECT id FROM paragraph WHERE id IN ({ids}) AND {listed};")


# What kraftdesk.register.fulltext reads of the index as it is from here on.
def current_view() -> str:
    """CREATE VIEW search_fts_source as 0100_i19_search made it (unchanged here)."""
    previous = _previous()
    return str(previous.sqlite_view(previous.NEW_STATEMENTS))


def pg_triggers() -> list[tuple[str, str]]:
    """PostgreSQL's triggers of the index: 0100_i19_search's, and the one that takes a
    deleted paragraph out of the lists."""
    name, table, _body = PG_FORGET_TRIGGER
    return [*_previous().pg_triggers(), (name, table)]


def sqlite_triggers(*, people: bool = True) -> list[tuple[str, str]]:
    return list(_previous().sqlite_triggers(people=people, note=note_change))


def _sqlite_build(*, people: bool = True) -> None:
    """The lists' tables (empty), then the index as 0100_i19_search builds it, with these
    triggers (repair builds it so)."""
    for table in reversed(TABLES):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for sql in TABLE_STATEMENTS:
        op.execute(sql)
    _previous()._sqlite_build(people=people, note=note_change)


def _replace_triggers(new: list[tuple[str, str]]) -> None:
    for name, sql in new:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


# PostgreSQL ---------------------------------------------------------------------------------

PG_TABLES = ("search_fts_list", "search_fts_member")
PG_TABLE_STATEMENTS = (
    "CREATE TABLE search_fts_list (term text PRIMARY KEY, bound real NOT NULL, "
    "members integer NOT NULL)",
    "CREATE TABLE search_fts_member (term text NOT NULL, paragraph_id integer NOT NULL, "
    "score real NOT NULL, PRIMARY KEY (term, paragraph_id))",
    "CREATE INDEX search_fts_member_paragraph ON search_fts_member (paragraph_id)",
)
#: ts_rank as kraftdesk.services.search ranks (the columns' weights, the document's length).
PG_RANK = "ts_rank('{0.125, 0.125, 0.375, 1.0}', f.document, q.query, 1)"
PG_FOLD = f"""
CREATE FUNCTION search_fts_fold(ids integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    WITH gone AS (DELETE FROM search_fts_member WHERE paragraph_id = ANY(ids) RETURNING term)
    UPDATE search_fts_list l SET members = l.members - g.n
    FROM (SELECT term, count(*) AS n FROM gone GROUP BY term) g WHERE l.term = g.term;
    WITH came AS (
        INSERT INTO search_fts_member (term, paragraph_id, score)
        SELECT l.term, f.paragraph_id, r.score
        FROM search_fts_list l
        CROSS JOIN LATERAL (SELECT to_tsquery('kraftdesk_swedish', l.term) AS query) q
        JOIN search_fts f ON f.paragraph_id = ANY(ids) AND f.document @@ q.query
        JOIN paragraph p ON p.id = f.paragraph_id
        CROSS JOIN LATERAL (SELECT {PG_RANK} AS score) r
        WHERE r.score > l.bound
        RETURNING term)
    UPDATE search_fts_list l SET members = l.members + c.n
    FROM (SELECT term, count(*) AS n FROM came GROUP BY term) c WHERE l.term = c.term;
END $body$"""
#: 0100_i18_shared_register's refresh, and then the lists take the documents in.
PG_REFRESH = """
CREATE OR REPLACE FUNCTION search_fts_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql
AS $body$
BEGIN
    IF current_setting('kraftdesk.defer_search_index', true) = 'on' THEN
        RETURN;
    END IF;
    PERFORM search_fts_build(ids);
    IF EXISTS (SELECT 1 FROM search_fts_list) THEN
        PERFORM search_fts_fold(ids);
    END IF;
END $body$"""


#: A deleted paragraph's document is deleted without a refresh (0003): it leaves the lists.
PG_FORGET = """
CREATE FUNCTION search_fts_forget() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF EXISTS (SELECT 1 FROM search_fts_list) THEN
        PERFORM search_fts_fold(ARRAY[OLD.id]);
    END IF;
    RETURN OLD;
END $body$"""
PG_FORGET_TRIGGER = ("search_fts_paragraph_forget", "paragraph",
                     "AFTER DELETE ON paragraph FOR EACH ROW EXECUTE FUNCTION "
                     "search_fts_forget()")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in TABLE_STATEMENTS:
            op.execute(sql)
        _replace_triggers(sqlite_triggers(people=True))
    elif dialect == "postgresql":
        for sql in PG_TABLE_STATEMENTS:
            op.execute(sql)
        op.execute(PG_FOLD)
        op.execute(PG_REFRESH)
        op.execute(PG_FORGET)
        name, _table, body = PG_FORGET_TRIGGER
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _replace_triggers(_previous().sqlite_triggers(people=True))
        for table in reversed(TABLES):
            op.execute(f"DROP TABLE IF EXISTS {table}")
    elif dialect == "postgresql":
        from kraftdesk.register.scripts import migration_module

        op.execute("DROP TRIGGER search_fts_paragraph_forget ON paragraph")
        op.execute("DROP FUNCTION search_fts_forget()")
        op.execute("DROP FUNCTION search_fts_refresh(integer[])")
        op.execute(migration_module("0100_i18_shared_register").DEFERRABLE_REFRESH)
        op.execute("DROP FUNCTION search_fts_fold(integer[])")
        for table in reversed(PG_TABLES):
            op.execute(f"DROP TABLE {table}")
