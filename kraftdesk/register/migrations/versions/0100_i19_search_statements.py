# SPDX-License-Identifier: EUPL-1.2
"""full-text search: statements searchable by their kind and their authors

Revision ID: 0100_i19_search
Revises: 0100_i12_setup

Migration 0003 put only the text of a statement in a paragraph's search document, so a
search for "reservation" found none of the reservationer (most have no text of their own:
they were announced, or their text is a received PDF) and a search for a member found
nothing they had signed. From here on each statement is one line of the document's
`statements` column:

    <its kind, as the minutes say it> (<its authors' names, in order>): <its text>

("Reservation (Anna Ek, Bo Lind)", "Särskilt yttrande (John Eklöf): Vi saknar …"; the
brackets and the colon are separators to the tokenizers, so they change no search, and a
snippet from the line reads as one). The words for the kinds are
kraftdesk.text.vocabulary.STATEMENT_KIND's as they were when this migration was written,
frozen here as a migration is (the register may not import kraftdesk.text);
tests/search/test_statements_and_ranking.py keeps them equal to the vocabulary's, so a
change of wording there asks for a migration that rebuilds the index. The documents are
kept current as before, and now also when a statement's kind changes, when its authors
change, and when a person's name changes.

Everything else is as before: one document per paragraph, the same six columns, FTS5 with
unicode61 (remove_diacritics 0) and prefix indexes for 3–8 letters on SQLite (0003); on
PostgreSQL the same `statements` text goes into the weighted tsvector (weight C), built by
search_fts_build() with the configuration kraftdesk_swedish and the gaps between columns
of 0100_i18_shared_register.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import op

revision = "0100_i19_search"
down_revision = "0100_i12_setup"
branch_labels = None
depends_on = None

PREFIX_INDEXES = "3 4 5 6 7 8"
COLUMNS = ("title", "case_ref", "summary", "decisions", "statements", "sections")
SECTION_LINE = "(heading || ': ' || body)"

#: statement.kind's stored value → the word the minutes use (vocabulary.STATEMENT_KIND).
KIND_WORDS = {
    "reservation": "Reservation",
    "special_statement": "Särskilt yttrande",
    "minutes_note": "Protokollsanteckning",
}


def _kind_word(column: str) -> str:
    cases = " ".join(f"WHEN '{value}' THEN '{word}'" for value, word in KIND_WORDS.items())
    return f"(CASE {column} {cases} ELSE '' END)"


def _authors(statement: str, concat: str) -> str:
    """The names of a statement's authors in order, comma-separated (NULL when none)."""
    return (f"(SELECT {concat} FROM (SELECT pe.name AS name FROM statement_author sa "
            f"JOIN person pe ON pe.id = sa.person_id WHERE sa.statement_id = {statement} "
            "ORDER BY sa.position) AS named)")


# SQLite ---------------------------------------------------------------------------------------

def _lines(table: str, expression: str, where: str = "") -> str:
    """The rows of a child table joined by newlines, in their order, for paragraph p."""
    return (
        f"coalesce((SELECT group_concat(line, char(10)) FROM (SELECT {expression} AS line "
        f"FROM {table} WHERE paragraph_id = p.id{where} ORDER BY position)), '')"
    )


#: One statement's line: kind, (authors), then ": " and its text.
_SQLITE_AUTHORS = _authors("statement.id", "group_concat(name, ', ')")
SQLITE_STATEMENT_LINE = (
    f"{_kind_word('kind')} || coalesce(' (' || {_SQLITE_AUTHORS} || ')', '') "
    "|| coalesce(': ' || text, '')"
)


def sqlite_view(statements: str) -> str:
    return (
        "CREATE VIEW search_fts_source AS SELECT p.id AS id, p.title AS title, "
        "coalesce((SELECT c.number || ' ' || c.title FROM \"case\" c WHERE c.id = p.case_id), "
        "'') AS case_ref, coalesce(p.summary, '') AS summary, "
        f"{_lines('decision_point', 'text', ' AND text IS NOT NULL')} AS decisions, "
        f"{statements} AS statements, "
        f"{_lines('paragraph_section', SECTION_LINE, f' AND {SECTION_LINE} IS NOT NULL')} "
        "AS sections FROM paragraph p"
    )


#: A statement run after each refresh of the paragraphs `ids` (text of an SQL list or
#: query), or after a paragraph was deleted (`gone`): 0101_i19_search_lists notes them.
Note = Callable[[str, bool], str]

NEW_STATEMENTS = _lines("statement", SQLITE_STATEMENT_LINE)
OLD_STATEMENTS = _lines("statement", "text", " AND text IS NOT NULL")


def _refresh_with(ids: str, note: Note | None = None) -> str:
    columns = ", ".join(COLUMNS)
    return (f"DELETE FROM search_fts WHERE rowid IN ({ids}); "
            f"INSERT INTO search_fts (rowid, {columns}) SELECT id, {columns} "
            f"FROM search_fts_source WHERE id IN ({ids});"
            + (" " + note(ids, False) if note else ""))


#: Tables whose rows belong to one paragraph, and the columns the document reads (0003).
CHILDREN = {
    "decision_point": ("paragraph_id", "text", "position"),
    "statement": ("paragraph_id", "text", "position"),
    "paragraph_section": ("paragraph_id", "heading", "body", "position"),
}


def sqlite_triggers(*, people: bool, note: Note | None = None) -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER …): 0003's set, and with `people` the statement's kind, its
    authors and their names as well. A later migration's `note(ids, gone)` adds a statement
    after each refresh (`gone`: the paragraph OLD.id was deleted)."""

    def _refresh(ids: str) -> str:
        return _refresh_with(ids, note)

    gone = (" " + note("OLD.id", True)) if note else ""
    triggers = [
        ("search_fts_paragraph_insert",
         "AFTER INSERT ON paragraph BEGIN " + _refresh("NEW.id") + " END"),
        ("search_fts_paragraph_update",
         "AFTER UPDATE OF title, summary, case_id ON paragraph BEGIN "
         + _refresh("OLD.id, NEW.id") + " END"),
        ("search_fts_paragraph_delete",
         "AFTER DELETE ON paragraph BEGIN DELETE FROM search_fts WHERE rowid = OLD.id;"
         + gone + " END"),
        ("search_fts_case_update",
         'AFTER UPDATE OF number, title ON "case" BEGIN '
         + _refresh("SELECT id FROM paragraph WHERE case_id = NEW.id") + " END"),
    ]
    for table, (key, *columns) in CHILDREN.items():
        searched = [c for c in columns if c != "position"]
        if people and table == "statement":
            searched.append("kind")
        triggers += [
            (f"search_fts_{table}_insert",
             f"AFTER INSERT ON {table} BEGIN " + _refresh(f"NEW.{key}") + " END"),
            (f"search_fts_{table}_update",
             f"AFTER UPDATE OF {key}, {', '.join(searched)}, position ON {table} BEGIN "
             + _refresh(f"OLD.{key}, NEW.{key}") + " END"),
            (f"search_fts_{table}_delete",
             f"AFTER DELETE ON {table} BEGIN " + _refresh(f"OLD.{key}") + " END"),
        ]
    if people:
        of = "SELECT paragraph_id FROM statement WHERE id = {}"
        triggers += [
            ("search_fts_statement_author_insert",
             "AFTER INSERT ON statement_author BEGIN "
             + _refresh(of.format("NEW.statement_id")) + " END"),
            ("search_fts_statement_author_update",
             "AFTER UPDATE OF statement_id, person_id, position ON statement_author BEGIN "
             + _refresh(f"{of.format('OLD.statement_id')} UNION "
                        f"{of.format('NEW.statement_id')}") + " END"),
            ("search_fts_statement_author_delete",
             "AFTER DELETE ON statement_author BEGIN "
             + _refresh(of.format("OLD.statement_id")) + " END"),
            ("search_fts_person_update",
             "AFTER UPDATE OF name ON person BEGIN "
             + _refresh("SELECT s.paragraph_id FROM statement s JOIN statement_author sa "
                        "ON sa.statement_id = s.id WHERE sa.person_id = NEW.id") + " END"),
        ]
    return [(name, f"CREATE TRIGGER {name} {body}") for name, body in triggers]


def _sqlite_build(*, people: bool, note: Note | None = None) -> None:
    """The index, its view, its documents and its triggers (with a later migration's
    `note` after each refresh: see sqlite_triggers)."""
    op.execute(
        f"CREATE VIRTUAL TABLE search_fts USING fts5({', '.join(COLUMNS)}, "
        f"tokenize = 'unicode61 remove_diacritics 0', prefix = '{PREFIX_INDEXES}')")
    op.execute(sqlite_view(NEW_STATEMENTS if people else OLD_STATEMENTS))
    columns = ", ".join(COLUMNS)
    op.execute(f"INSERT INTO search_fts (rowid, {columns}) SELECT id, {columns} "
               "FROM search_fts_source")
    for _name, sql in sqlite_triggers(people=people, note=note):
        op.execute(sql)


def _sqlite_drop(*, people: bool) -> None:
    for name, _sql in reversed(sqlite_triggers(people=people)):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS search_fts_source")
    op.execute("DROP TABLE IF EXISTS search_fts")


# PostgreSQL ---------------------------------------------------------------------------------

#: As 0100_i18_shared_register builds the documents: Swedish stemming without stop words,
#: a gap of positions between the columns, the columns' weights.
TEXT_SEARCH_CONFIG = "kraftdesk_swedish"
GAP = "kraftdeskgap"
WEIGHTS = (("title", "A"), ("case_ref", "A"), ("decisions", "B"), ("summary", "C"),
           ("statements", "C"), ("sections", "D"))


def _pg_lines(table: str, expression: str) -> str:
    return (f"coalesce((SELECT string_agg({expression}, E'\\n' ORDER BY position) FROM {table} "
            f"WHERE paragraph_id = p.id AND {expression} IS NOT NULL), '')")


def _pg_vector(column: str, weight: str) -> str:
    # "\\:" is a literal colon for the text() construct op.execute() wraps the SQL in.
    return (f"setweight(to_tsvector('{TEXT_SEARCH_CONFIG}', regexp_replace(d.{column}, "
            f"'[-/.\\:_]+', ' ', 'g')), '{weight}')")


_PG_AUTHORS = _authors("statement.id", "string_agg(name, ', ')")
PG_STATEMENT_LINE = (
    f"{_kind_word('statement.kind')} || coalesce(' (' || {_PG_AUTHORS} || ')', '') "
    "|| coalesce(': ' || statement.text, '')"
)
PG_NEW_STATEMENTS = (
    "coalesce((SELECT string_agg(" + PG_STATEMENT_LINE + ", E'\\n' ORDER BY statement.position) "
    "FROM statement WHERE statement.paragraph_id = p.id), '')"
)
PG_OLD_STATEMENTS = _pg_lines("statement", "text")


def pg_build(statements: str) -> str:
    """search_fts_build(ids), as 0100_i18_shared_register has it but for `statements`."""
    separator = f" || to_tsvector('simple', '{GAP}') || "
    vectors = separator.join(_pg_vector(column, weight) for column, weight in WEIGHTS)
    columns = ", ".join(column for column, _weight in WEIGHTS)
    return f"""
CREATE OR REPLACE FUNCTION search_fts_build(ids integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    DELETE FROM search_fts WHERE paragraph_id = ANY(ids);
    INSERT INTO search_fts (paragraph_id, {columns}, document)
    SELECT d.id, {', '.join(f'd.{column}' for column, _weight in WEIGHTS)},
           ts_delete({vectors}, '{GAP}')
    FROM (
        SELECT p.id, p.title,
               coalesce((SELECT c.number || ' ' || c.title FROM "case" c
                         WHERE c.id = p.case_id), '') AS case_ref,
               coalesce(p.summary, '') AS summary,
               {_pg_lines('decision_point', 'text')} AS decisions,
               {statements} AS statements,
               {_pg_lines('paragraph_section', SECTION_LINE)} AS sections
        FROM paragraph p WHERE p.id = ANY(ids)
    ) d;
END $body$"""


PG_PEOPLE_FUNCTIONS = {
    "search_fts_statement_author": """
CREATE FUNCTION search_fts_statement_author() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM search_fts_refresh(ARRAY(SELECT paragraph_id FROM statement
                                         WHERE id = OLD.statement_id));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM search_fts_refresh(ARRAY(SELECT paragraph_id FROM statement
                                         WHERE id = NEW.statement_id));
        RETURN NEW;
    END IF;
    RETURN OLD;
END $body$""",
    "search_fts_person": """
CREATE FUNCTION search_fts_person() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM search_fts_refresh(ARRAY(
        SELECT s.paragraph_id FROM statement s JOIN statement_author sa
        ON sa.statement_id = s.id WHERE sa.person_id = NEW.id));
    RETURN NEW;
END $body$""",
}

PG_PEOPLE_TRIGGERS = [
    ("search_fts_statement_author_write", "statement_author",
     "AFTER INSERT OR DELETE OR UPDATE OF statement_id, person_id, position ON statement_author "
     "FOR EACH ROW EXECUTE FUNCTION search_fts_statement_author()"),
    ("search_fts_person_update", "person",
     "AFTER UPDATE OF name ON person FOR EACH ROW EXECUTE FUNCTION search_fts_person()"),
]

#: The index's triggers on PostgreSQL from here on: 0003's and these (name, table).
PG_0003_TRIGGERS = (("search_fts_paragraph_write", "paragraph"),
                    ("search_fts_case_update", "case"),
                    ("search_fts_decision_point_write", "decision_point"),
                    ("search_fts_statement_write", "statement"),
                    ("search_fts_paragraph_section_write", "paragraph_section"))


def pg_triggers() -> list[tuple[str, str]]:
    return [*PG_0003_TRIGGERS, *((name, table) for name, table, _body in PG_PEOPLE_TRIGGERS)]


def _pg_statement_trigger(columns: str) -> None:
    op.execute('DROP TRIGGER IF EXISTS search_fts_statement_write ON "statement"')
    op.execute("CREATE TRIGGER search_fts_statement_write AFTER INSERT OR DELETE OR UPDATE OF "
               f"{columns} ON statement FOR EACH ROW EXECUTE FUNCTION search_fts_child()")


# ---------------------------------------------------------------------------------------------

def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_drop(people=False)
        _sqlite_build(people=True)
    elif dialect == "postgresql":
        op.execute(pg_build(PG_NEW_STATEMENTS))
        for sql in PG_PEOPLE_FUNCTIONS.values():
            op.execute(sql)
        for _name, _table, body in PG_PEOPLE_TRIGGERS:
            op.execute(f"CREATE TRIGGER {_name} {body}")
        _pg_statement_trigger("paragraph_id, text, position, kind")
        op.execute("SELECT search_fts_build(ARRAY(SELECT id FROM paragraph))")
    else:
        raise NotImplementedError(f"kraftdesk stöder inte databasen {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_drop(people=True)
        _sqlite_build(people=False)
    else:
        for name, table, _body in reversed(PG_PEOPLE_TRIGGERS):
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        for name in reversed(PG_PEOPLE_FUNCTIONS):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        _pg_statement_trigger("paragraph_id, text, position")
        op.execute(pg_build(PG_OLD_STATEMENTS))
        op.execute("SELECT search_fts_build(ARRAY(SELECT id FROM paragraph))")
