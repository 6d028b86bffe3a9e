# SPDX-License-Identifier: EUPL-1.2
"""PostgreSQL: search ranked by bm25, as on SQLite

Revision ID: 0102_i18_search_bm25
Revises: 0101_i19_search_lists

PostgreSQL only; SQLite's index (FTS5) is not touched.

PostgreSQL ranked a search with ts_rank, SQLite with FTS5's bm25: of the benchmark's 30
queries on the same ten-year register, 11 had the same ten best hits on both. From here on
PostgreSQL computes bm25 itself, FTS5's formula with the same constants and column weights
(kraftdesk.services.search), from what its index keeps:

- each word's weighted count in a document is ts_rank_cd of the word alone with the
  columns' weights and no normalisation (ts_rank_cd sums the weights of a lone word's
  occurrences); the document's weights are now FTS5's four: title A (8), case B (6),
  decision points C (3), summary, statements and sections D (1), divided by 8 for ts_rank_cd;
- `search_fts.length`, each document's length in words as FTS5 counts them (runs of letters
  and digits, LENGTH_PATTERN), written by search_fts_build();
- `search_fts_total`, one row: how many documents the index holds and their words,
  kept by statement triggers on search_fts itself (every insert, update and delete of a
  document, whoever makes it), for the average document length;
- the ranked lists (kraftdesk.register.search_lists_postgresql) as SQLite's: a list holds
  its paragraphs' weighted count `f` and `length`, the index's totals when it was made and
  its word's paragraph count `hits`, kept by the same triggers.

The text is lower-cased in ICU's root collation (when the server has it) before the
dictionaries read it, and its words counted in it: the dictionaries lower-case in the
database's own locale, and in a database of locale C "Öppna" stayed "Öppna" (a search for
"öppna" found nothing) and "förskolor" counted as two words.

Every document is built again with the new weights and lengths (20 s on a ten-year
register) and the table rewritten once (CLUSTER, as 0100_i18_search_storage). The lists are
dropped: they are made again when searched for.
"""

from __future__ import annotations

from typing import Any

from alembic import op

revision = "0102_i18_search_bm25"
down_revision = "0101_i19_search_lists"
branch_labels = None
depends_on = None

PREVIOUS = "0101_i19_search_lists"
TEXT_SEARCH_CONFIG = "kraftdesk_swedish"
GAP = "kraftdeskgap"
#: The documents' columns in the order they are built, with bm25's weight classes.
WEIGHTS = (("title", "A"), ("case_ref", "B"), ("decisions", "C"), ("summary", "D"),
           ("statements", "D"), ("sections", "D"))
#: ts_rank_cd's weights (D, C, B, A): bm25's column weights 1, 3, 6, 8 over 8 (exact in the
#: `real` ts_rank_cd returns); a weighted count is 8 times ts_rank_cd.
RANK_WEIGHTS = "{0.125, 0.375, 0.75, 1.0}"
RANK_SCALE = 8
#: A word as FTS5's unicode61 tokenizer reads one: a run of letters and digits ("\\:" is a
#: literal colon for the text() construct op.execute() wraps the SQL in).
LENGTH_PATTERN = "[[\\:alnum\\:]]+"
#: The collation the words are counted and lower-cased in when the server has it (ICU's root
#: locale: letters beyond A–Z are letters whatever the database's own locale).
ICU_COLLATION = "und-x-icu"
#: bm25's constants (FTS5's), and the room kept when a new score is compared with a bound.
K1 = 1.2
B = 0.75
ROOM = 1e-9


def _previous() -> Any:
    from kraftdesk.register.scripts import migration_module

    return migration_module(PREVIOUS)


# What kraftdesk.register.fulltext reads of the index as it is from here on.
def current_view() -> str:
    return str(_previous().current_view())


def sqlite_triggers(*, people: bool = True) -> list[tuple[str, str]]:
    return list(_previous().sqlite_triggers(people=people))


def _sqlite_build(*, people: bool = True) -> None:
    _previous()._sqlite_build(people=people)


#: The statement triggers on search_fts that keep the totals and the lists' counts.
PG_COUNT_TRIGGERS = (
    ("search_fts_count_insert", "AFTER INSERT ON search_fts REFERENCING NEW TABLE AS added "
     "FOR EACH STATEMENT EXECUTE FUNCTION search_fts_count()"),
    ("search_fts_count_update", "AFTER UPDATE ON search_fts REFERENCING OLD TABLE AS removed "
     "NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_fts_count()"),
    ("search_fts_count_delete", "AFTER DELETE ON search_fts REFERENCING OLD TABLE AS removed "
     "FOR EACH STATEMENT EXECUTE FUNCTION search_fts_count()"),
)


def pg_triggers() -> list[tuple[str, str]]:
    """PostgreSQL's triggers of the index: 0101_i19_search_lists's and the counting ones."""
    return [*_previous().pg_triggers(), *((name, "search_fts") for name, _body in
                                          PG_COUNT_TRIGGERS)]


# PostgreSQL ---------------------------------------------------------------------------------

def _vector(column: str, weight: str, collation: str | None) -> str:
    """A column's weighted tsvector, its text lower-cased first in `collation`: the
    dictionaries lower-case in the database's own locale, which in a database of locale C
    leaves "Öppna" and "Åkesson" as they are (and a search for them finds nothing)."""
    text = f'd.{column} COLLATE "{collation}"' if collation else f"d.{column}"
    # "\\:" is a literal colon for the text() construct op.execute() wraps the SQL in.
    return (f"setweight(to_tsvector('{TEXT_SEARCH_CONFIG}', regexp_replace(lower({text}), "
            f"'[-/.\\:_]+', ' ', 'g')), '{weight}')")


def pg_build(collation: str | None) -> str:
    """search_fts_build(ids): as 0100_i19_search's, with bm25's weights and each document's
    length."""
    previous = _previous()._previous()  # 0100_i19_search
    separator = f" || to_tsvector('simple', '{GAP}') || "
    vectors = separator.join(_vector(column, weight, collation) for column, weight in WEIGHTS)
    columns = ", ".join(column for column, _weight in WEIGHTS)
    words = "concat_ws(' ', " + ", ".join(f"d.{column}" for column, _w in WEIGHTS) + ")"
    if collation:
        words += f' COLLATE "{collation}"'
    return f"""
CREATE OR REPLACE FUNCTION search_fts_build(ids integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    DELETE FROM search_fts WHERE paragraph_id = ANY(ids);
    INSERT INTO search_fts (paragraph_id, {columns}, document, length)
    SELECT d.id, {', '.join(f'd.{column}' for column, _weight in WEIGHTS)},
           ts_delete({vectors}, '{GAP}'), regexp_count({words}, '{LENGTH_PATTERN}')
    FROM (
        SELECT p.id, p.title,
               coalesce((SELECT c.number || ' ' || c.title FROM "case" c
                         WHERE c.id = p.case_id), '') AS case_ref,
               coalesce(p.summary, '') AS summary,
               {previous._pg_lines('decision_point', 'text')} AS decisions,
               {previous.PG_NEW_STATEMENTS} AS statements,
               {previous._pg_lines('paragraph_section', previous.SECTION_LINE)} AS sections
        FROM paragraph p WHERE p.id = ANY(ids)
    ) d;
END $body$"""


PG_TABLE_STATEMENTS = (
    "CREATE TABLE search_fts_total (documents bigint NOT NULL, tokens bigint NOT NULL)",
    "CREATE TABLE search_fts_list (term text PRIMARY KEY, bound double precision NOT NULL, "
    "total_rows bigint NOT NULL, total_tokens bigint NOT NULL, members integer NOT NULL, "
    "hits integer NOT NULL)",
    "CREATE TABLE search_fts_member (term text NOT NULL, paragraph_id integer NOT NULL, "
    "f double precision NOT NULL, length integer NOT NULL, PRIMARY KEY (term, paragraph_id))",
    "CREATE INDEX search_fts_member_paragraph ON search_fts_member (paragraph_id)",
)

#: The index's totals counted afresh (kraftdesk.register.search_lists_postgresql.recount).
PG_RECOUNT = ("DELETE FROM search_fts_total",
              "INSERT INTO search_fts_total (documents, tokens) "
              "SELECT count(*), coalesce(sum(length), 0) FROM search_fts")

_HITS = """
        UPDATE search_fts_list l SET hits = l.hits {sign} c.n
        FROM (SELECT l2.term, count(*) AS n FROM search_fts_list l2
              JOIN {table} t ON t.document @@ to_tsquery('{config}', l2.term)
              GROUP BY l2.term) c
        WHERE l.term = c.term;"""

PG_COUNT = f"""
CREATE FUNCTION search_fts_count() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE search_fts_total SET documents = documents - c.n, tokens = tokens - c.t
        FROM (SELECT count(*) AS n, coalesce(sum(length), 0) AS t FROM removed) c;
        IF EXISTS (SELECT 1 FROM search_fts_list) THEN{_HITS.format(
            sign='-', table='removed', config=TEXT_SEARCH_CONFIG)}
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE search_fts_total SET documents = documents + c.n, tokens = tokens + c.t
        FROM (SELECT count(*) AS n, coalesce(sum(length), 0) AS t FROM added) c;
        IF EXISTS (SELECT 1 FROM search_fts_list) THEN{_HITS.format(
            sign='+', table='added', config=TEXT_SEARCH_CONFIG)}
        END IF;
    END IF;
    RETURN NULL;
END $body$"""

#: bm25's term score of a weighted count `f` in a document of `length` words, at the
#: list's average document length (kraftdesk.register.search_lists.term_score).
_TERM_SCORE = (f"(r.f * {K1 + 1.0}::float8) / (r.f + {K1}::float8 * ({1 - B}::float8 + "
               f"{B}::float8 * f.length / (l.total_tokens::float8 / l.total_rows)))")
PG_FOLD = f"""
CREATE OR REPLACE FUNCTION search_fts_fold(ids integer[]) RETURNS void LANGUAGE plpgsql
AS $body$
BEGIN
    WITH gone AS (DELETE FROM search_fts_member WHERE paragraph_id = ANY(ids) RETURNING term)
    UPDATE search_fts_list l SET members = l.members - g.n
    FROM (SELECT term, count(*) AS n FROM gone GROUP BY term) g WHERE l.term = g.term;
    WITH came AS (
        INSERT INTO search_fts_member (term, paragraph_id, f, length)
        SELECT l.term, f.paragraph_id, r.f, f.length
        FROM search_fts_list l
        CROSS JOIN LATERAL (SELECT to_tsquery('{TEXT_SEARCH_CONFIG}', l.term) AS query) q
        JOIN search_fts f ON f.paragraph_id = ANY(ids) AND f.document @@ q.query
        JOIN paragraph p ON p.id = f.paragraph_id
        CROSS JOIN LATERAL (SELECT {RANK_SCALE} * ts_rank_cd('{RANK_WEIGHTS}', f.document,
                                                           q.query, 0)::float8 AS f) r
        WHERE l.total_rows > 0 AND {_TERM_SCORE} > l.bound * (1 - {ROOM})
        RETURNING term)
    UPDATE search_fts_list l SET members = l.members + c.n
    FROM (SELECT term, count(*) AS n FROM came GROUP BY term) c WHERE l.term = c.term;
END $body$"""


def _collation() -> str | None:
    found = op.get_bind().exec_driver_sql(
        f"SELECT 1 FROM pg_collation WHERE collname = '{ICU_COLLATION}'").first()
    return ICU_COLLATION if found else None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE search_fts_member")
    op.execute("DROP TABLE search_fts_list")
    for sql in PG_TABLE_STATEMENTS:
        op.execute(sql)
    op.execute("ALTER TABLE search_fts ADD COLUMN length integer NOT NULL DEFAULT 0")
    op.execute(pg_build(_collation()))
    op.execute(PG_FOLD)
    op.execute(PG_COUNT)
    for name, body in PG_COUNT_TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {body}")
    op.execute("SELECT search_fts_build(ARRAY(SELECT id FROM paragraph))")
    for sql in PG_RECOUNT:
        op.execute(sql)
    op.execute("CLUSTER search_fts USING search_fts_pkey")
    op.execute("ANALYZE search_fts")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    previous = _previous()
    for name, _body in PG_COUNT_TRIGGERS:
        op.execute(f"DROP TRIGGER {name} ON search_fts")
    op.execute("DROP FUNCTION search_fts_count()")
    op.execute("DROP TABLE search_fts_total")
    op.execute("DROP TABLE search_fts_member")
    op.execute("DROP TABLE search_fts_list")
    for sql in previous.PG_TABLE_STATEMENTS:
        op.execute(sql)
    op.execute("DROP FUNCTION search_fts_fold(integer[])")
    op.execute(previous.PG_FOLD)
    op.execute(previous._previous().pg_build(previous._previous().PG_NEW_STATEMENTS))
    op.execute("ALTER TABLE search_fts DROP COLUMN length")
    op.execute("SELECT search_fts_build(ARRAY(SELECT id FROM paragraph))")
    op.execute("CLUSTER search_fts USING search_fts_pkey")
