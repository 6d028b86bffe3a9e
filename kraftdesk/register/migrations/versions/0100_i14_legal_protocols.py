# SPDX-License-Identifier: EUPL-1.2
"""legal protocols: attendance per §, who justerade what, omedelbar justering with its own
dates, closed ballots, paragraphs without a decision, närvarolista, further diarienummer

Revision ID: 0100_i14_legal
Revises: 0100_i19_search

- attendance: a person may have several rows (periods); each row covers the paragraphs
  from_number..to_number and carries the clock times arrived_at/left_at. The unique
  (meeting_id, person_id) goes.
- paragraph: outcome (a paragraph deciding nothing new), acting_chair_id (tjänstgörande
  ordförande), immediately_approved_at and immediately_posted_on (the omedelbar justering's
  time and its own anslag).
- vote: election, secret, yes/no/abstain counts (closed ballots), lot_winner (lottning).
- organisation: reservation_received_text (the wording of a reservation handed in).
- appendix.kind: 'attendance' (the närvarolista bilaga).
- new tables: approval (who justerade which paragraphs, or a paragraph omedelbart),
  paragraph_case (further diarienummer), check_confirmation (the protocol checker's warnings
  confirmed before justering).

Locking (as migration 0002): the new tables are locked with their meeting or paragraph;
on PostgreSQL they also get a TRUNCATE guard, as migration 0100_i18_shared_register gives
the other tables of the minutes (guards()).
The paragraph's anslag of an omedelbar justering (immediately_posted_on) may be recorded
once after the paragraph, or the whole minutes, are justerade, as the meeting's posted_on
may; every other column stays locked.

SQLite cannot drop a unique constraint or change a CHECK constraint in place: attendance and
appendix are rebuilt (new table, copy, drop, rename) and their triggers, read from
sqlite_master before, are created again. Everything else is ALTER TABLE ADD COLUMN.
"""

from __future__ import annotations

from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

revision = "0100_i14_legal"
down_revision = "0100_i19_search"
branch_labels = None
depends_on = None

MEETING_LOCKED = "Protokollet är justerat och kan inte ändras"
PARAGRAPH_LOCKED = "Paragrafen är omedelbart justerad och kan inte ändras"

#: Every column of paragraph except immediately_posted_on (after this migration): none may
#: change once the paragraph or its minutes are justerade.
PARAGRAPH_FIXED_COLUMNS = (
    "id", "meeting_id", "body_id", "series", "number", "position", "case_id", "title",
    "summary", "proposes_to_body_id", "formula_override", "procedure_text",
    "immediately_approved_on", "outcome", "acting_chair_id", "immediately_approved_at",
)
OLD_PARAGRAPH_FIXED = PARAGRAPH_FIXED_COLUMNS[:13]

# --- the tables rebuilt on SQLite -------------------------------------------------------------

ATTENDANCE_NEW = """CREATE TABLE attendance (
	id INTEGER NOT NULL,
	meeting_id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	kind VARCHAR(18) NOT NULL,
	replaces_person_id INTEGER,
	note VARCHAR(300),
	position INTEGER NOT NULL,
	from_number INTEGER,
	to_number INTEGER,
	arrived_at DATETIME,
	left_at DATETIME,
	CONSTRAINT pk_attendance PRIMARY KEY (id),
	CONSTRAINT ck_attendance_not_replacing_self CHECK (replaces_person_id IS NULL OR replaces_person_id != person_id),
	CONSTRAINT ck_attendance_from_number_positive CHECK (from_number IS NULL OR from_number > 0),
	CONSTRAINT ck_attendance_number_order CHECK (to_number IS NULL OR from_number IS NULL OR to_number >= from_number),
	CONSTRAINT ck_attendance_time_order CHECK (left_at IS NULL OR arrived_at IS NULL OR left_at >= arrived_at),
	CONSTRAINT fk_attendance_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id),
	CONSTRAINT fk_attendance_person_id_person FOREIGN KEY(person_id) REFERENCES person (id),
	CONSTRAINT fk_attendance_replaces_person_id_person FOREIGN KEY(replaces_person_id) REFERENCES person (id),
	CONSTRAINT ck_attendance_kind CHECK (kind IN ('member', 'serving_substitute', 'substitute', 'official', 'other'))
)"""

ATTENDANCE_OLD = """CREATE TABLE attendance (
	id INTEGER NOT NULL,
	meeting_id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	kind VARCHAR(18) NOT NULL,
	replaces_person_id INTEGER,
	note VARCHAR(300),
	position INTEGER NOT NULL,
	CONSTRAINT pk_attendance PRIMARY KEY (id),
	CONSTRAINT ck_attendance_not_replacing_self CHECK (replaces_person_id IS NULL OR replaces_person_id != person_id),
	CONSTRAINT fk_attendance_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id),
	CONSTRAINT fk_attendance_person_id_person FOREIGN KEY(person_id) REFERENCES person (id),
	CONSTRAINT fk_attendance_replaces_person_id_person FOREIGN KEY(replaces_person_id) REFERENCES person (id),
	CONSTRAINT uq_attendance_meeting_id_person_id UNIQUE (meeting_id, person_id),
	CONSTRAINT ck_attendance_kind CHECK (kind IN ('member', 'serving_substitute', 'substitute', 'official', 'other'))
)"""

ATTENDANCE_OLD_COLUMNS = ("id", "meeting_id", "person_id", "kind", "replaces_person_id", "note",
                          "position")

APPENDIX_SQL = """CREATE TABLE appendix (
	id INTEGER NOT NULL,
	meeting_id INTEGER NOT NULL,
	number INTEGER,
	kind VARCHAR(11) NOT NULL,
	paragraph_id INTEGER,
	statement_id INTEGER,
	title VARCHAR(300) NOT NULL,
	text TEXT,
	file_id INTEGER,
	CONSTRAINT pk_appendix PRIMARY KEY (id),
	CONSTRAINT ck_appendix_statement_kind CHECK ((kind = 'statement') = (statement_id IS NOT NULL)),
	CONSTRAINT ck_appendix_number_positive CHECK (number IS NULL OR number > 0),
	CONSTRAINT fk_appendix_file_id_stored_file FOREIGN KEY(file_id) REFERENCES stored_file (id),
	CONSTRAINT fk_appendix_meeting_id_meeting FOREIGN KEY(meeting_id) REFERENCES meeting (id),
	CONSTRAINT fk_appendix_paragraph_id_paragraph FOREIGN KEY(paragraph_id) REFERENCES paragraph (id),
	CONSTRAINT fk_appendix_statement_id_statement FOREIGN KEY(statement_id) REFERENCES statement (id),
	CONSTRAINT uq_appendix_meeting_id_number UNIQUE (meeting_id, number),
	CONSTRAINT uq_appendix_statement_id UNIQUE (statement_id),
	CONSTRAINT ck_appendix_kind CHECK (kind IN ({kinds}))
)"""
APPENDIX_COLUMNS = ("id", "meeting_id", "number", "kind", "paragraph_id", "statement_id",
                    "title", "text", "file_id")
OLD_APPENDIX_KINDS = "'statement', 'voting_list', 'document'"
NEW_APPENDIX_KINDS = "'statement', 'voting_list', 'document', 'attendance'"


def _sqlite_rebuild(table: str, create_sql: str, columns: tuple[str, ...]) -> None:
    """Replace `table` by one made with `create_sql`, keeping its rows and its triggers."""
    conn = op.get_bind()
    triggers = [row[0] for row in conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (table,)).fetchall()]
    listed = ", ".join(columns)
    temporary = f"_i14_new_{table}"
    # The renaming below must not re-parse other tables' triggers, which name this table.
    conn.exec_driver_sql("PRAGMA legacy_alter_table = ON")
    try:
        conn.exec_driver_sql(create_sql.replace(f"CREATE TABLE {table} (",
                                                f"CREATE TABLE {temporary} (", 1))
        conn.exec_driver_sql(f"INSERT INTO {temporary} ({listed}) SELECT {listed} FROM {table}")
        conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.exec_driver_sql(f"ALTER TABLE {temporary} RENAME TO {table}")
    finally:
        conn.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
    for sql in triggers:
        conn.exec_driver_sql(sql)


# --- locking rules ---------------------------------------------------------------------------

def meeting_approved(meeting_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM meeting WHERE id = {meeting_id} "
            "AND minutes_state = 'approved')")


def paragraph_meeting_approved(paragraph_id: str) -> str:
    return ("EXISTS (SELECT 1 FROM paragraph p JOIN meeting m ON m.id = p.meeting_id "
            f"WHERE p.id = {paragraph_id} AND m.minutes_state = 'approved')")


def paragraph_immediate(paragraph_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM paragraph WHERE id = {paragraph_id} "
            "AND immediately_approved_on IS NOT NULL)")


def _posting_only(columns: tuple[str, ...]) -> str:
    """The one update allowed on a justerad paragraph: its omedelbar justering's anslag."""
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)
    return ("(OLD.immediately_approved_on IS NOT NULL AND OLD.immediately_posted_on IS NULL "
            f"AND {same})")


EVENTS = {"insert": ("INSERT", ("NEW",)), "update": ("UPDATE", ("OLD", "NEW")),
          "delete": ("DELETE", ("OLD",))}


def _child_rules(table: str, *, meeting_column: str | None,
                 paragraph_column: str | None) -> list[tuple[str, str, str, str, str]]:
    out = []
    for event, (_, refs) in EVENTS.items():
        for ref in refs:
            suffix = f"{event}_{ref.lower()}" if event == "update" else event
            if meeting_column is not None:
                out.append((f"lock_{table}_{suffix}", table, event,
                            meeting_approved(f"{ref}.{meeting_column}"), MEETING_LOCKED))
            elif paragraph_column is not None:
                out.append((f"lock_{table}_{suffix}", table, event,
                            paragraph_meeting_approved(f"{ref}.{paragraph_column}"),
                            MEETING_LOCKED))
            if paragraph_column is not None:
                out.append((f"lock_{table}_{suffix}_immediate", table, event,
                            paragraph_immediate(f"{ref}.{paragraph_column}"), PARAGRAPH_LOCKED))
    return out


def new_rules() -> list[tuple[str, str, str, str, str]]:
    """(name, table, event, condition, message) of the rules this migration adds."""
    return (_child_rules("paragraph_case", meeting_column=None, paragraph_column="paragraph_id")
            + _child_rules("approval", meeting_column="meeting_id",
                           paragraph_column="paragraph_id")
            + _child_rules("check_confirmation", meeting_column="meeting_id",
                           paragraph_column="paragraph_id"))


def paragraph_rules(columns: tuple[str, ...], *, posting: bool
                    ) -> list[tuple[str, str, str, str, str]]:
    """The paragraph's own update rules (migration 0002's, with the anslag allowed or not)."""
    allowed = f" AND NOT {_posting_only(columns)}" if posting else ""
    return [
        ("lock_paragraph_update_old", "paragraph", "update",
         meeting_approved("OLD.meeting_id") + allowed, MEETING_LOCKED),
        ("lock_paragraph_update_new", "paragraph", "update",
         meeting_approved("NEW.meeting_id") + allowed, MEETING_LOCKED),
        ("lock_paragraph_update_immediate", "paragraph", "update",
         "OLD.immediately_approved_on IS NOT NULL" + allowed, PARAGRAPH_LOCKED),
    ]


class Guard(NamedTuple):
    """A table's TRUNCATE guard (PostgreSQL): refused when `locked` (SQL over its rows t)."""

    table: str
    locked: str
    message: str


def _paragraph_locked(paragraph_id: str) -> str:
    return ("EXISTS (SELECT 1 FROM paragraph p JOIN meeting m ON m.id = p.meeting_id "
            f"WHERE p.id = {paragraph_id} AND (m.minutes_state = 'approved' "
            "OR p.immediately_approved_on IS NOT NULL))")


def _meeting_or_paragraph_locked(table: str) -> str:
    return (f'EXISTS (SELECT 1 FROM "{table}" t WHERE '
            f"{meeting_approved('t.meeting_id')} OR (t.paragraph_id IS NOT NULL AND "
            f"{_paragraph_locked('t.paragraph_id')}))")


def guards() -> list[Guard]:
    """The TRUNCATE guards of the tables this migration adds (kraftdesk.register.guards)."""
    return [
        Guard("paragraph_case", 'EXISTS (SELECT 1 FROM "paragraph_case" t WHERE '
              f"{_paragraph_locked('t.paragraph_id')})", MEETING_LOCKED),
        Guard("approval", _meeting_or_paragraph_locked("approval"), MEETING_LOCKED),
        Guard("check_confirmation", _meeting_or_paragraph_locked("check_confirmation"),
              MEETING_LOCKED),
    ]


def _create_guard(guard: Guard) -> None:
    name = f"truncate_guard_{guard.table}"
    op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
               f"BEGIN IF {guard.locked} THEN RAISE EXCEPTION '{guard.message} (tabellen "
               f"«{guard.table}» kan inte tömmas)' USING ERRCODE = 'P0001'; END IF; "
               "RETURN NULL; END $body$")
    op.execute(f'CREATE TRIGGER {name} BEFORE TRUNCATE ON "{guard.table}" '
               f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()")


def _create_rule(dialect: str, name: str, table: str, event: str, condition: str,
                 message: str) -> None:
    if dialect == "sqlite":
        op.execute(f'CREATE TRIGGER {name} BEFORE {EVENTS[event][0]} ON "{table}" '
                   f"FOR EACH ROW WHEN {condition} "
                   f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
        return
    condition = condition.replace(" IS OLD.", " IS NOT DISTINCT FROM OLD.")
    result = "OLD" if event == "delete" else "NEW"
    op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
               f"BEGIN IF {condition} THEN RAISE EXCEPTION '{message}' USING ERRCODE = 'P0001'; "
               f"END IF; RETURN {result}; END $body$")
    op.execute(f'CREATE TRIGGER {name} BEFORE {EVENTS[event][0]} ON "{table}" '
               f"FOR EACH ROW EXECUTE FUNCTION {name}()")


def _drop_rule(dialect: str, name: str, table: str) -> None:
    if dialect == "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")


# --- upgrade ---------------------------------------------------------------------------------

def _columns(dialect: str) -> list[tuple[str, str]]:
    """(table, column definition) added with ALTER TABLE ADD COLUMN."""
    timestamp = "DATETIME" if dialect == "sqlite" else "TIMESTAMP WITHOUT TIME ZONE"
    false = "0" if dialect == "sqlite" else "false"
    return [
        ("organisation", "reservation_received_text VARCHAR(200) NOT NULL "
                         "DEFAULT 'lämnar skriftlig reservation'"),
        ("paragraph", "outcome VARCHAR(11) CONSTRAINT ck_paragraph_outcome "
                      "CHECK (outcome IN ('none', 'report', 'information', 'delegation'))"),
        ("paragraph", "acting_chair_id INTEGER CONSTRAINT fk_paragraph_acting_chair_id_person "
                      "REFERENCES person (id)"),
        ("paragraph", f"immediately_approved_at {timestamp} "
                      "CONSTRAINT ck_paragraph_immediate_time_has_day "
                      "CHECK (immediately_approved_at IS NULL "
                      "OR immediately_approved_on IS NOT NULL)"),
        ("paragraph", "immediately_posted_on DATE "
                      "CONSTRAINT ck_paragraph_immediate_posted_after_approval "
                      "CHECK (immediately_posted_on IS NULL OR (immediately_approved_on IS NOT "
                      "NULL AND immediately_posted_on >= immediately_approved_on))"),
        ("vote", f"election BOOLEAN NOT NULL DEFAULT {false}"),
        ("vote", f"secret BOOLEAN NOT NULL DEFAULT {false} "
                 "CONSTRAINT ck_vote_secret_only_at_election CHECK (NOT secret OR election)"),
        ("vote", "yes_count INTEGER CONSTRAINT ck_vote_yes_count_not_negative "
                 "CHECK (yes_count IS NULL OR yes_count >= 0)"),
        ("vote", "no_count INTEGER CONSTRAINT ck_vote_no_count_not_negative "
                 "CHECK (no_count IS NULL OR no_count >= 0)"),
        ("vote", "abstain_count INTEGER CONSTRAINT ck_vote_abstain_count_not_negative "
                 "CHECK (abstain_count IS NULL OR abstain_count >= 0) "
                 "CONSTRAINT ck_vote_counts_only_when_secret "
                 "CHECK ((yes_count IS NULL AND no_count IS NULL AND abstain_count IS NULL) "
                 "OR secret)"),
        ("vote", "lot_winner VARCHAR(7) CONSTRAINT ck_vote_lot_winner "
                 "CHECK (lot_winner IN ('yes', 'no', 'abstain')) "
                 "CONSTRAINT ck_vote_lot_only_at_election "
                 "CHECK (lot_winner IS NULL OR (election AND lot_winner != 'abstain'))"),
    ]


def _new_tables() -> None:
    op.create_table(
        "approval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Enum("chair", "approver", name="role", native_enum=False,
                                  create_constraint=True), nullable=False),
        sa.Column("replaces_person_id", sa.Integer(), nullable=True),
        sa.Column("from_number", sa.Integer(), nullable=True),
        sa.Column("to_number", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("replaces_person_id IS NULL OR replaces_person_id != person_id",
                           name=op.f("ck_approval_not_replacing_self")),
        sa.CheckConstraint("from_number IS NULL OR from_number > 0",
                           name=op.f("ck_approval_from_number_positive")),
        sa.CheckConstraint("to_number IS NULL OR from_number IS NULL OR to_number >= from_number",
                           name=op.f("ck_approval_number_order")),
        sa.CheckConstraint("paragraph_id IS NULL OR (from_number IS NULL AND to_number IS NULL)",
                           name=op.f("ck_approval_immediate_without_range")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_approval_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"],
                                name=op.f("fk_approval_paragraph_id_paragraph")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_approval_person_id_person")),
        sa.ForeignKeyConstraint(["replaces_person_id"], ["person.id"],
                                name=op.f("fk_approval_replaces_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval")),
        sa.UniqueConstraint("meeting_id", "position", name=op.f("uq_approval_meeting_id_position")),
    )
    op.create_table(
        "check_confirmation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", sa.String(length=32), nullable=False),
        sa.Column("findings", sa.Text(), nullable=False),
        sa.CheckConstraint("length(findings) > 0",
                           name=op.f("ck_check_confirmation_findings_not_empty")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_check_confirmation_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"],
                                name=op.f("fk_check_confirmation_paragraph_id_paragraph")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_confirmation")),
    )
    op.create_table(
        "paragraph_case",
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"],
                                name=op.f("fk_paragraph_case_case_id_case")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"],
                                name=op.f("fk_paragraph_case_paragraph_id_paragraph")),
        sa.PrimaryKeyConstraint("paragraph_id", "case_id", name=op.f("pk_paragraph_case")),
        sa.UniqueConstraint("paragraph_id", "position",
                            name=op.f("uq_paragraph_case_paragraph_id_position")),
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql"):
        raise NotImplementedError(f"kraftdesk stöder inte databasen {dialect}")
    for table, definition in _columns(dialect):
        op.execute(f'ALTER TABLE "{table}" ADD COLUMN {definition}')
    if dialect == "sqlite":
        _sqlite_rebuild("attendance", ATTENDANCE_NEW, ATTENDANCE_OLD_COLUMNS)
        _sqlite_rebuild("appendix", APPENDIX_SQL.format(kinds=NEW_APPENDIX_KINDS),
                        APPENDIX_COLUMNS)
    else:
        op.execute("ALTER TABLE attendance DROP CONSTRAINT uq_attendance_meeting_id_person_id")
        timestamp = "TIMESTAMP WITHOUT TIME ZONE"
        for definition in (
            "from_number INTEGER CONSTRAINT ck_attendance_from_number_positive "
            "CHECK (from_number IS NULL OR from_number > 0)",
            "to_number INTEGER CONSTRAINT ck_attendance_number_order CHECK (to_number IS NULL "
            "OR from_number IS NULL OR to_number >= from_number)",
            f"arrived_at {timestamp}",
            f"left_at {timestamp} CONSTRAINT ck_attendance_time_order CHECK (left_at IS NULL "
            "OR arrived_at IS NULL OR left_at >= arrived_at)",
        ):
            op.execute(f"ALTER TABLE attendance ADD COLUMN {definition}")
        op.execute("ALTER TABLE appendix DROP CONSTRAINT ck_appendix_kind")
        op.execute(f"ALTER TABLE appendix ADD CONSTRAINT ck_appendix_kind "
                   f"CHECK (kind IN ({NEW_APPENDIX_KINDS}))")
    _new_tables()
    for rule in paragraph_rules(OLD_PARAGRAPH_FIXED, posting=False):
        _drop_rule(dialect, rule[0], rule[1])
    for rule in paragraph_rules(PARAGRAPH_FIXED_COLUMNS, posting=True) + new_rules():
        _create_rule(dialect, *rule)
    if dialect == "postgresql":
        for guard in guards():
            _create_guard(guard)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for guard in reversed(guards()):
            op.execute(f'DROP TRIGGER truncate_guard_{guard.table} ON "{guard.table}"')
            op.execute(f"DROP FUNCTION truncate_guard_{guard.table}()")
    for rule in reversed(paragraph_rules(PARAGRAPH_FIXED_COLUMNS, posting=True) + new_rules()):
        _drop_rule(dialect, rule[0], rule[1])
    for rule in paragraph_rules(OLD_PARAGRAPH_FIXED, posting=False):
        _create_rule(dialect, *rule)
    for table in ("paragraph_case", "check_confirmation", "approval"):
        op.drop_table(table)
    if dialect == "sqlite":
        _sqlite_rebuild("appendix", APPENDIX_SQL.format(kinds=OLD_APPENDIX_KINDS),
                        APPENDIX_COLUMNS)
        _sqlite_rebuild("attendance", ATTENDANCE_OLD, ATTENDANCE_OLD_COLUMNS)
    else:
        op.execute("ALTER TABLE appendix DROP CONSTRAINT ck_appendix_kind")
        op.execute(f"ALTER TABLE appendix ADD CONSTRAINT ck_appendix_kind "
                   f"CHECK (kind IN ({OLD_APPENDIX_KINDS}))")
        for column in ("from_number", "to_number", "arrived_at", "left_at"):
            op.execute(f"ALTER TABLE attendance DROP COLUMN {column}")
        op.execute("ALTER TABLE attendance ADD CONSTRAINT uq_attendance_meeting_id_person_id "
                   "UNIQUE (meeting_id, person_id)")
    # Last added, first dropped: no column is dropped while another's CHECK still names it.
    for table, definition in reversed(_columns(dialect)):
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN {definition.split()[0]}')
