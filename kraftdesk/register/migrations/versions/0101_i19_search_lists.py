# SPDX-License-Identifier: EUPL-1.2
"""full-text search: ranked lists for the words most paragraphs contain (SQLite)

Revision ID: 0101_i19_search_lists
Revises: 0100_i18_search_storage

SQLite only; PostgreSQL's index is not touched.

Three tables beside the FTS5 index (kraftdesk.register.search_lists says how they are
used): `search_fts_list` (a word's bound and the index's totals when its list was made),
`search_fts_member` (the paragraphs a list holds, each with the word's weighted count and
the document's length) and `search_fts_change` (the paragraphs whose documents were
rewritten since the lists last took them in). Every trigger of the index
(0100_i19_search) is made again with one statement more: after rewriting documents it notes
their paragraphs in `search_fts_change`, and the trigger on a deleted paragraph its id,
while there is any list (a register without lists notes nothing).
No list is made here: a list is made when a search needs it.
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
    """PostgreSQL's triggers of the index: 0100_i19_search's, unchanged here."""
    return list(_previous().pg_triggers())


def sqlite_triggers(*, people: bool = True) -> list[tuple[str, str]]:
    return list(_previous().sqlite_triggers(people=people, note=note_change))


def _sqlite_build(*, people: bool = True) -> None:
    """The index, its view, the lists' tables and the triggers (repair builds it so)."""
    previous = _previous()
    columns = ", ".join(previous.COLUMNS)
    op.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5({columns}, "
        f"tokenize = 'unicode61 remove_diacritics 0', prefix = '{previous.PREFIX_INDEXES}')")
    op.execute(previous.sqlite_view(previous.NEW_STATEMENTS))
    op.execute(f"INSERT INTO search_fts (rowid, {columns}) SELECT id, {columns} "
               "FROM search_fts_source")
    for table in reversed(TABLES):
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for sql in TABLE_STATEMENTS:
        op.execute(sql)
    for _name, sql in sqlite_triggers(people=people):
        op.execute(sql)


def _replace_triggers(new: list[tuple[str, str]]) -> None:
    for name, sql in new:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for sql in TABLE_STATEMENTS:
        op.execute(sql)
    _replace_triggers(sqlite_triggers(people=True))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    _replace_triggers(_previous().sqlite_triggers(people=True))
    for table in reversed(TABLES):
        op.execute(f"DROP TABLE IF EXISTS {table}")
