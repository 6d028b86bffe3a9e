# SPDX-License-Identifier: EUPL-1.2
"""a shared register: who wrote, no TRUNCATE of locked data, news of others' writes

Revision ID: 0100_i18_shared_register
Revises: 0100_i17_marks

Both databases:
- audit_entry.db_user: the database user that wrote the entry (PostgreSQL's current_user;
  NULL on SQLite, which has no users). Part of the entry's hash when it is set, so the
  entries written before keep their hashes (kraftdesk.register.audit.entry_hash).

PostgreSQL only:
- TRUNCATE skips row triggers, so the locks of migration 0002 let it empty any table.
  A statement-level BEFORE TRUNCATE trigger on every table of justerade minutes refuses it
  while the table holds a row of justerade minutes (or of a paragraph justerad omedelbart),
  and always on audit_entry and minutes_seal: for the tables' owner too, with or without
  CASCADE. (The owner can still drop or disable a trigger: the app connects as a role that
  owns nothing; `kraftdesk db setup-roles`, and `kraftdesk verify` checks the triggers.)
- A transaction that adds audit entries (every write through kraftdesk) sends NOTIFY
  kraftdesk_changes when it commits, with the writer's application_name and backend: the
  notices of one transaction are identical, so the server sends one
  (kraftdesk.register.watch).
- search_fts_refresh() returns at once while the transaction has set
  kraftdesk.defer_search_index to 'on' (a bulk load builds the index once at its end,
  kraftdesk.register.fulltext.deferred_index): the app's role may not disable triggers.
  The function that builds the documents is now search_fts_build().
- The search documents are built with the text search configuration kraftdesk_swedish:
  PostgreSQL's 'swedish' (its parser and Swedish Snowball stemmer) without stop words, so
  "om", "till" or "för" can be searched for and a quoted phrase keeps all its words, as on
  SQLite. The columns of a document are kept apart by a gap in the word positions, so a
  phrase never runs from the end of one column into the next (as in SQLite's FTS5). The
  documents are built again.
"""

from __future__ import annotations

from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

revision = "0100_i18_shared_register"
down_revision = "0100_i17_marks"
branch_labels = None
depends_on = None

MEETING_LOCKED = "Protokollet är justerat och kan inte ändras"
PARAGRAPH_LOCKED = "Paragrafen är omedelbart justerad och kan inte ändras"
FILE_LOCKED = "Filen hör till ett justerat protokoll och kan inte ändras"
SEAL_LOCKED = "Förseglingen av ett justerat protokoll kan inte ändras eller tas bort"
AUDIT_LOCKED = "Granskningsloggen kan bara utökas; dess poster kan inte ändras eller tas bort"

NOTIFY_CHANNEL = "kraftdesk_changes"


class Guard(NamedTuple):
    """A table's TRUNCATE guard: refused when `locked` (SQL over the table's rows as t)."""

    table: str
    locked: str
    message: str


def _meeting_approved(meeting_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM meeting m WHERE m.id = {meeting_id} "
            "AND m.minutes_state = 'approved')")


def _paragraph_locked(paragraph_id: str) -> str:
    return ("EXISTS (SELECT 1 FROM paragraph p JOIN meeting m ON m.id = p.meeting_id "
            f"WHERE p.id = {paragraph_id} AND (m.minutes_state = 'approved' "
            "OR p.immediately_approved_on IS NOT NULL))")


def _rows_locked(table: str, condition: str) -> str:
    return f'EXISTS (SELECT 1 FROM "{table}" t WHERE {condition})'


#: Tables under a paragraph: (table, SQL giving the paragraph id of row t).
PARAGRAPH_CHILDREN = (
    ("decision_point", "t.paragraph_id"), ("basis_document", "t.paragraph_id"),
    ("distribution", "t.paragraph_id"), ("paragraph_section", "t.paragraph_id"),
    ("paragraph_attendance", "t.paragraph_id"), ("proposal", "t.paragraph_id"),
    ("vote", "t.paragraph_id"), ("statement", "t.paragraph_id"),
    ("proposal_author", "(SELECT paragraph_id FROM proposal WHERE id = t.proposal_id)"),
    ("ballot", "(SELECT paragraph_id FROM vote WHERE id = t.vote_id)"),
    ("statement_author", "(SELECT paragraph_id FROM statement WHERE id = t.statement_id)"),
    ("statement_concurrence",
     "(SELECT paragraph_id FROM statement WHERE id = t.statement_id)"),
)
MEETING_CHILDREN = ("attendance", "meeting_approver", "appendix")

_FILE_LOCKED = (
    "EXISTS (SELECT 1 FROM statement s WHERE s.file_id = t.id AND "
    + _paragraph_locked("s.paragraph_id") + ") "
    "OR EXISTS (SELECT 1 FROM appendix a WHERE a.file_id = t.id AND "
    + _meeting_approved("a.meeting_id") + ") "
    "OR EXISTS (SELECT 1 FROM minutes_seal ms WHERE ms.pdf_file_id = t.id "
    "OR ms.content_sha256 = t.sha256)"
)


def guards() -> list[Guard]:
    out = [
        Guard("audit_entry", "true", AUDIT_LOCKED),
        Guard("minutes_seal", "true", SEAL_LOCKED),
        Guard("meeting", _rows_locked("meeting", "t.minutes_state = 'approved'"),
              MEETING_LOCKED),
        Guard("paragraph", _rows_locked("paragraph", _paragraph_locked("t.id")),
              MEETING_LOCKED),
        Guard("stored_file", _rows_locked("stored_file", _FILE_LOCKED), FILE_LOCKED),
    ]
    out += [Guard(table, _rows_locked(table, _paragraph_locked(owner)), MEETING_LOCKED)
            for table, owner in PARAGRAPH_CHILDREN]
    out += [Guard(table, _rows_locked(table, _meeting_approved("t.meeting_id")),
                  MEETING_LOCKED) for table in MEETING_CHILDREN]
    # The marks for the public version (migration 0100_i17_marks): the meeting's, or a
    # paragraph's justerad omedelbart.
    out.append(Guard("mark", _rows_locked("mark", _meeting_approved("t.meeting_id") + " OR ("
                                          "t.paragraph_id IS NOT NULL AND "
                                          + _paragraph_locked("t.paragraph_id") + ")"),
                     MEETING_LOCKED))
    return out


def _guard_sql(guard: Guard) -> list[str]:
    name = f"truncate_guard_{guard.table}"
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
        f"BEGIN IF {guard.locked} THEN RAISE EXCEPTION '{guard.message} (tabellen "
        f"«{guard.table}» kan inte tömmas)' USING ERRCODE = 'P0001'; END IF; "
        "RETURN NULL; END $body$",
        f'CREATE TRIGGER {name} BEFORE TRUNCATE ON "{guard.table}" '
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()",
    ]


NOTIFY_FUNCTION = f"""
CREATE FUNCTION kraftdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM pg_notify('{NOTIFY_CHANNEL}', json_build_object(
        'client', current_setting('application_name'), 'pid', pg_backend_pid())::text);
    RETURN NULL;
END $body$"""

TEXT_SEARCH_CONFIG = "kraftdesk_swedish"
TEXT_SEARCH_SETUP = (
    "CREATE TEXT SEARCH DICTIONARY kraftdesk_swedish_stem "
    "(TEMPLATE = snowball, Language = swedish)",
    f"CREATE TEXT SEARCH CONFIGURATION {TEXT_SEARCH_CONFIG} (COPY = pg_catalog.swedish)",
    f"ALTER TEXT SEARCH CONFIGURATION {TEXT_SEARCH_CONFIG} ALTER MAPPING FOR asciiword, "
    "asciihword, hword_asciipart, word, hword, hword_part WITH kraftdesk_swedish_stem",
)
#: A word put between the columns' vectors and deleted again: it leaves a gap of positions.
GAP = "kraftdeskgap"
SECTION_LINE = "(heading || ': ' || body)"
#: The index's columns and their weights, in the order the document is built.
WEIGHTS = (("title", "A"), ("case_ref", "A"), ("decisions", "B"), ("summary", "C"),
           ("statements", "C"), ("sections", "D"))


def _lines(table: str, expression: str) -> str:
    return (f"coalesce((SELECT string_agg({expression}, E'\\n' ORDER BY position) FROM {table} "
            f"WHERE paragraph_id = p.id AND {expression} IS NOT NULL), '')")


def _vector(config: str, column: str, weight: str) -> str:
    # "\\:" is a literal colon for the text() construct op.execute() wraps the SQL in.
    return (f"setweight(to_tsvector('{config}', regexp_replace(d.{column}, '[-/.\\:_]+', ' ', "
            f"'g')), '{weight}')")


def build_function(config: str, *, gaps: bool) -> str:
    """search_fts_build(ids): the documents of the given paragraphs, built afresh."""
    vectors = [_vector(config, column, weight) for column, weight in WEIGHTS]
    if gaps:
        separator = f" || to_tsvector('simple', '{GAP}') || "
        document = f"ts_delete({separator.join(vectors)}, '{GAP}')"
    else:
        document = " || ".join(vectors)
    columns = ", ".join(column for column, _weight in WEIGHTS)
    return f"""
CREATE OR REPLACE FUNCTION search_fts_build(ids integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    DELETE FROM search_fts WHERE paragraph_id = ANY(ids);
    INSERT INTO search_fts (paragraph_id, {columns}, document)
    SELECT d.id, {', '.join(f'd.{column}' for column, _weight in WEIGHTS)}, {document}
    FROM (
        SELECT p.id, p.title,
               coalesce((SELECT c.number || ' ' || c.title FROM "case" c
                         WHERE c.id = p.case_id), '') AS case_ref,
               coalesce(p.summary, '') AS summary,
               {_lines('decision_point', 'text')} AS decisions,
               {_lines('statement', 'text')} AS statements,
               {_lines('paragraph_section', SECTION_LINE)} AS sections
        FROM paragraph p WHERE p.id = ANY(ids)
    ) d;
END $body$"""


DEFERRABLE_REFRESH = """
CREATE FUNCTION search_fts_refresh(ids integer[]) RETURNS void LANGUAGE plpgsql AS $body$
BEGIN
    IF current_setting('kraftdesk.defer_search_index', true) = 'on' THEN
        RETURN;
    END IF;
    PERFORM search_fts_build(ids);
END $body$"""


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("db_user", sa.String(length=200), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    for guard in guards():
        for statement in _guard_sql(guard):
            op.execute(statement)
    op.execute(NOTIFY_FUNCTION)
    op.execute("CREATE TRIGGER notify_audit_entry_insert AFTER INSERT ON audit_entry "
               "FOR EACH STATEMENT EXECUTE FUNCTION kraftdesk_notify_change()")
    op.execute("ALTER FUNCTION search_fts_refresh(integer[]) RENAME TO search_fts_build")
    op.execute(DEFERRABLE_REFRESH)
    for statement in TEXT_SEARCH_SETUP:
        op.execute(statement)
    op.execute(build_function(TEXT_SEARCH_CONFIG, gaps=True))
    op.execute("SELECT search_fts_build(ARRAY(SELECT id FROM paragraph))")


def downgrade() -> None:
    recorded = op.get_bind().exec_driver_sql(
        "SELECT count(*) FROM audit_entry WHERE db_user IS NOT NULL").scalar()
    if recorded:
        # Their hashes cover db_user: without the column the audit chain would not hold.
        raise RuntimeError(
            f"Nedgraderingen avbröts: {recorded} poster i granskningsloggen anger "
            "databasanvändaren, som försvinner med nedgraderingen. Registret har inte ändrats.")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(build_function("swedish", gaps=False))  # as migration 0003 built them
        op.execute("SELECT search_fts_build(ARRAY(SELECT id FROM paragraph))")
        op.execute(f"DROP TEXT SEARCH CONFIGURATION {TEXT_SEARCH_CONFIG}")
        op.execute("DROP TEXT SEARCH DICTIONARY kraftdesk_swedish_stem")
        op.execute("DROP FUNCTION search_fts_refresh(integer[])")
        op.execute("ALTER FUNCTION search_fts_build(integer[]) RENAME TO search_fts_refresh")
        op.execute("DROP TRIGGER notify_audit_entry_insert ON audit_entry")
        op.execute("DROP FUNCTION kraftdesk_notify_change()")
        for guard in reversed(guards()):
            op.execute(f'DROP TRIGGER truncate_guard_{guard.table} ON "{guard.table}"')
            op.execute(f"DROP FUNCTION truncate_guard_{guard.table}()")
    # Not a batch migration: that would rebuild audit_entry on SQLite without its triggers.
    op.execute("ALTER TABLE audit_entry DROP COLUMN db_user")
