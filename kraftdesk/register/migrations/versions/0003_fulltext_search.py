# SPDX-License-Identifier: EUPL-1.2
"""full-text search: one search document per paragraph, kept up to date by triggers

Revision ID: 0003
Revises: 0002

Each paragraph has one document in `search_fts` (its id is the paragraph's id) with six
columns: the title; the case's diarienummer and title; the summary; the decision points;
the texts of its statements (reservationer, särskilda yttranden, protokollsanteckningar);
its free sections. A search thus finds a paragraph when every word occurs anywhere in it.

The register keeps the documents current itself: triggers on paragraph, case,
decision_point, statement and paragraph_section rebuild the document of every paragraph a
write touches, whatever path the write takes (services, import, a SQL console). The upgrade
builds the documents of the paragraphs already in the register.

SQLite: an FTS5 table tokenized with unicode61 and remove_diacritics 0, so å, ä and ö are
letters of their own ("Malmö" is not "Malmo") while case is still folded ("ÅTER" = "åter");
with prefix indexes for three to eight letters, since every search word of three letters or
more also finds the words it begins (kraftdesk.services.search).
The name contains "_fts", which the Alembic environment leaves out of autogenerate together
with FTS5's shadow tables.

PostgreSQL: a plain table with the same columns and a tsvector built with the 'swedish'
configuration (title and case weighted A, decision points B, summary and statements C,
sections D; hyphens, slashes, dots and colons read as spaces, as FTS5 reads them), a GIN
index, and the same triggers as plpgsql functions.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: Prefix indexes (FTS5 option `prefix`): a search word of three to eight letters finds the
#: longer words it begins ("förslag" → "förslaget") from one list instead of merging the
#: lists of every such word at each search. On a ten-year register they add about 70 % to
#: the index and take common two-word searches from 25 to 13 ms (docs/performance.md).
PREFIX_INDEXES = "3 4 5 6 7 8"

SECTION_LINE = "(heading || ': ' || body)"

COLUMNS = ("title", "case_ref", "summary", "decisions", "statements", "sections")

#: Tables whose rows belong to one paragraph (paragraph_id) and the columns searched.
CHILDREN = {
    "decision_point": ("paragraph_id", "text", "position"),
    "statement": ("paragraph_id", "text", "position"),
    "paragraph_section": ("paragraph_id", "heading", "body", "position"),
}


def _lines(table: str, expression: str) -> str:
    """The rows of a child table joined by newlines, in their order, for paragraph p."""
    return (
        f"coalesce((SELECT group_concat(line, char(10)) FROM (SELECT {expression} AS line "
        f"FROM {table} WHERE paragraph_id = p.id AND {expression} IS NOT NULL "
        "ORDER BY position)), '')"
    )


#: One search document per paragraph, as a view: the triggers and a bulk rebuild
#: (kraftdesk.register.fulltext.rebuild_index) read the same definition.
SQLITE_SOURCE_VIEW = (
    "CREATE VIEW search_fts_source AS SELECT p.id AS id, p.title AS title, "
    "coalesce((SELECT c.number || ' ' || c.title FROM \"case\" c WHERE c.id = p.case_id), '') "
    "AS case_ref, coalesce(p.summary, '') AS summary, "
    f"{_lines('decision_point', 'text')} AS decisions, "
    f"{_lines('statement', 'text')} AS statements, "
    f"{_lines('paragraph_section', SECTION_LINE)} AS sections "
    "FROM paragraph p"
)


def sqlite_documents(where: str) -> str:
    """INSERT the documents of the paragraphs selected by `where` (over the view's id)."""
    columns = ", ".join(COLUMNS)
    return (f"INSERT INTO search_fts (rowid, {columns}) "
            f"SELECT id, {columns} FROM search_fts_source WHERE {where}")


def sqlite_refresh(ids: str) -> str:
    """Trigger body: rebuild the documents of the paragraphs whose ids are `ids` (SQL list)."""
    return (f"DELETE FROM search_fts WHERE rowid IN ({ids}); "
            f"{sqlite_documents(f'id IN ({ids})')};")


def sqlite_triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER …) for every trigger that keeps search_fts current."""
    triggers = [
        ("search_fts_paragraph_insert",
         "AFTER INSERT ON paragraph BEGIN " + sqlite_refresh("NEW.id") + " END"),
        ("search_fts_paragraph_update",
         "AFTER UPDATE OF title, summary, case_id ON paragraph BEGIN "
         + sqlite_refresh("OLD.id, NEW.id") + " END"),
        ("search_fts_paragraph_delete",
         "AFTER DELETE ON paragraph BEGIN DELETE FROM search_fts WHERE rowid = OLD.id; END"),
        ("search_fts_case_update",
         'AFTER UPDATE OF number, title ON "case" BEGIN '
         + sqlite_refresh("SELECT id FROM paragraph WHERE case_id = NEW.id") + " END"),
    ]
    for table, (key, *columns) in CHILDREN.items():
        searched = ", ".join(c for c in columns if c != "position")
        triggers += [
            (f"search_fts_{table}_insert",
             f"AFTER INSERT ON {table} BEGIN " + sqlite_refresh(f"NEW.{key}") + " END"),
            (f"search_fts_{table}_update",
             f"AFTER UPDATE OF {key}, {searched}, position ON {table} BEGIN "
             + sqlite_refresh(f"OLD.{key}, NEW.{key}") + " END"),
            (f"search_fts_{table}_delete",
             f"AFTER DELETE ON {table} BEGIN " + sqlite_refresh(f"OLD.{key}") + " END"),
        ]
    return [(name, f"CREATE TRIGGER {name} {body}") for name, body in triggers]


# PostgreSQL ----------------------------------------------------------------------------------

def _pg_lines(table: str, expression: str) -> str:
    return (f"coalesce((SELECT string_agg({expression}, E'\\n' ORDER BY position) FROM {table} "
            f"WHERE paragraph_id = p.id AND {expression} IS NOT NULL), '')")


def _pg_vector(column: str, weight: str) -> str:
    """The weighted tsvector of a column. Hyphens, slashes, dots and colons become spaces
    first, so "STK-2024-1374" and "KS 2023/123" are words in a row as in SQLite's FTS5
    (PostgreSQL's parser would read "-2024" as a signed number and "2023/123" as a path)."""
    # "\\:" is a literal colon for the text() construct op.execute() wraps the SQL in.
    return (f"setweight(to_tsvector('swedish', regexp_replace({column}, '[-/.\\:_]+', ' ', "
            f"'g')), '{weight}')")


PG_REFRESH = f"""
CREATE FUNCTION search_fts_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    DELETE FROM search_fts WHERE paragraph_id = ANY(ids);
    INSERT INTO search_fts (paragraph_id, {', '.join(COLUMNS)}, document)
    SELECT d.id, d.title, d.case_ref, d.summary, d.decisions, d.statements, d.sections,
           {_pg_vector('d.title', 'A')}
           || {_pg_vector('d.case_ref', 'A')}
           || {_pg_vector('d.decisions', 'B')}
           || {_pg_vector('d.summary', 'C')}
           || {_pg_vector('d.statements', 'C')}
           || {_pg_vector('d.sections', 'D')}
    FROM (
        SELECT p.id, p.title,
               coalesce((SELECT c.number || ' ' || c.title FROM "case" c
                         WHERE c.id = p.case_id), '') AS case_ref,
               coalesce(p.summary, '') AS summary,
               {_pg_lines('decision_point', 'text')} AS decisions,
               {_pg_lines('statement', 'text')} AS statements,
               {_pg_lines('paragraph_section', SECTION_LINE)} AS sections
        FROM paragraph p WHERE p.id = ANY(ids)
    ) d;
END $body$
"""

PG_TRIGGER_FUNCTIONS = {
    "search_fts_paragraph": """
CREATE FUNCTION search_fts_paragraph() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM search_fts WHERE paragraph_id = OLD.id;
        RETURN OLD;
    END IF;
    PERFORM search_fts_refresh(ARRAY[NEW.id]);
    RETURN NEW;
END $body$""",
    "search_fts_case": """
CREATE FUNCTION search_fts_case() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM search_fts_refresh(ARRAY(SELECT id FROM paragraph WHERE case_id = NEW.id));
    RETURN NEW;
END $body$""",
    "search_fts_child": """
CREATE FUNCTION search_fts_child() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM search_fts_refresh(ARRAY[NEW.paragraph_id]);
        RETURN NEW;
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM search_fts_refresh(ARRAY[OLD.paragraph_id, NEW.paragraph_id]);
        RETURN NEW;
    END IF;
    PERFORM search_fts_refresh(ARRAY[OLD.paragraph_id]);
    RETURN OLD;
END $body$""",
}


def pg_triggers() -> list[tuple[str, str, str]]:
    """(trigger name, table, CREATE TRIGGER …)."""
    triggers = [
        ("search_fts_paragraph_write", "paragraph",
         "AFTER INSERT OR DELETE OR UPDATE OF title, summary, case_id ON paragraph "
         "FOR EACH ROW EXECUTE FUNCTION search_fts_paragraph()"),
        ("search_fts_case_update", "case",
         'AFTER UPDATE OF number, title ON "case" FOR EACH ROW EXECUTE FUNCTION search_fts_case()'),
    ]
    for table, (key, *columns) in CHILDREN.items():
        triggers.append((
            f"search_fts_{table}_write", table,
            f"AFTER INSERT OR DELETE OR UPDATE OF {key}, {', '.join(columns)} ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION search_fts_child()"))
    return [(name, table, f"CREATE TRIGGER {name} {body}") for name, table, body in triggers]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE search_fts USING fts5({', '.join(COLUMNS)}, "
            f"tokenize = 'unicode61 remove_diacritics 0', prefix = '{PREFIX_INDEXES}')")
        op.execute(SQLITE_SOURCE_VIEW)
        op.execute(sqlite_documents("1 = 1"))
        for _name, sql in sqlite_triggers():
            op.execute(sql)
    elif dialect == "postgresql":
        op.execute(
            "CREATE TABLE search_fts (paragraph_id integer PRIMARY KEY, "
            + ", ".join(f"{c} text NOT NULL" for c in COLUMNS)
            + ", document tsvector NOT NULL)")
        op.execute("CREATE INDEX ix_search_fts_document ON search_fts USING gin (document)")
        op.execute(PG_REFRESH)
        for sql in PG_TRIGGER_FUNCTIONS.values():
            op.execute(sql)
        op.execute("SELECT search_fts_refresh(ARRAY(SELECT id FROM paragraph))")
        for _name, _table, sql in pg_triggers():
            op.execute(sql)
    else:
        raise NotImplementedError(f"kraftdesk stöder inte databasen {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, _sql in reversed(sqlite_triggers()):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP VIEW IF EXISTS search_fts_source")
        op.execute("DROP TABLE IF EXISTS search_fts")
    else:
        for name, table, _sql in reversed(pg_triggers()):
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        for name in reversed(PG_TRIGGER_FUNCTIONS):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        op.execute("DROP FUNCTION IF EXISTS search_fts_refresh(integer[])")
        op.execute("DROP TABLE IF EXISTS search_fts")
