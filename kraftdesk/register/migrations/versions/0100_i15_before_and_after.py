# SPDX-License-Identifier: EUPL-1.2
"""before and after the meeting: kallelse, föredragande, bordläggning, anmälningar,
expediering, agenda templates and text blocks

Revision ID: 0100_i15_before_after
Revises: 0100_i16_signatures

New tables: notice and notice_item (each kallelse or tilläggskallelse as sent, and the agenda
items it called to), reported_item (the lists of anmälningsärenden and delegationsbeslut of
a paragraph), dispatch and recipient (expediering: what was sent to whom; the usual
recipients' e-mail addresses), agenda_template_item (a body's standard agenda items) and
text_block (the secretary's reusable texts).

New indexes: paragraph.case_id (the ärende page) and paragraph.deferral (Bevakning).

New columns: paragraph.presenter (föredragande) and paragraph.deferral (bordlagt,
återremitterat); body.notice_days (the kallelse's period before the meeting); the
organisation's standard texts on förhinder and on the decisions of anmälningsärenden and
delegationsbeslut (existing registers get the defaults); case.handler and
case.registered_on (handläggare and registration day, read from the diarium).

reported_item prints in the minutes: like every other row under a paragraph it is locked
once the minutes (or the paragraph) are justerade, by triggers with the messages of
revision 0002, and on PostgreSQL a TRUNCATE of it is refused while it holds such a row (the
guards of revision 0100_i18_shared_register). The paragraph's own update rules (revision
0100_i14_legal: nothing of a justerad paragraph may change but the anslag of its omedelbar
justering) are created again so that they name the new columns too: a deferral or a
föredragande cannot change alongside that anslag either. The enumerated and checked columns are added
with their CHECK constraints by plain ALTER TABLE, which SQLite and PostgreSQL both accept (a batch rebuild of paragraph
would drop its locking and search triggers).
"""

from __future__ import annotations

from typing import NamedTuple

import sqlalchemy as sa
from alembic import op

revision = "0100_i15_before_after"
down_revision = "0100_i16_signatures"
branch_labels = None
depends_on = None

MEETING_LOCKED = "Protokollet är justerat och kan inte ändras"
PARAGRAPH_LOCKED = "Paragrafen är omedelbart justerad och kan inte ändras"

NOTICE_ABSENCE_TEXT = (
    "Den som inte kan delta i sammanträdet anmäler förhinder till sekreteraren så snart "
    "som möjligt, så att en ersättare kan kallas in."
)
REPORTED_ITEMS_DECISION = "lägger anmälningarna till handlingarna"
DELEGATED_DECISIONS_DECISION = "lägger anmälan av delegationsbesluten till handlingarna"

#: Columns added with a CHECK constraint: (table, column, SQL type, constraint, condition).
CHECKED_COLUMNS = (
    ("body", "notice_days", "INTEGER", "ck_body_notice_days_not_negative",
     "notice_days IS NULL OR notice_days >= 0"),
    ("paragraph", "deferral", "VARCHAR(13)", "ck_paragraph_deferral",
     "deferral IN ('tabled', 'referred_back')"),
)


def _create_tables() -> None:
    op.create_table(
        "notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("supplementary", sa.Boolean(), nullable=False),
        sa.Column("file_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_notice_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["file_id"], ["stored_file.id"],
                                name=op.f("fk_notice_file_id_stored_file")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice")),
    )
    op.create_table(
        "notice_item",
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["notice_id"], ["notice.id"],
                                name=op.f("fk_notice_item_notice_id_notice")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"],
                                name=op.f("fk_notice_item_paragraph_id_paragraph")),
        sa.PrimaryKeyConstraint("notice_id", "paragraph_id", name=op.f("pk_notice_item")),
    )
    op.create_table(
        "reported_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("document", "delegated_decision", name="kind",
                                  native_enum=False, create_constraint=True), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=300), nullable=True),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("case_number", sa.String(length=100), nullable=True),
        sa.CheckConstraint("length(what) > 0", name=op.f("ck_reported_item_what_not_empty")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"],
                                name=op.f("fk_reported_item_paragraph_id_paragraph")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reported_item")),
        sa.UniqueConstraint("paragraph_id", "position",
                            name=op.f("uq_reported_item_paragraph_id_position")),
    )
    op.create_table(
        "dispatch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=300), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("means", sa.Enum("email", "post", "internal_mail", "case_system", "hand",
                                   "other", name="means", native_enum=False,
                                   create_constraint=True), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.CheckConstraint("length(recipient) > 0",
                           name=op.f("ck_dispatch_recipient_not_empty")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"],
                                name=op.f("fk_dispatch_paragraph_id_paragraph")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatch")),
    )
    op.create_table(
        "recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_recipient_name_not_empty")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_recipient_organisation_id_organisation")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recipient")),
        sa.UniqueConstraint("organisation_id", "name",
                            name=op.f("uq_recipient_organisation_id_name")),
    )
    op.create_table(
        "agenda_template_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("placement", sa.Enum("start", "end", name="placement", native_enum=False,
                                       create_constraint=True), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("decision_text", sa.Text(), nullable=True),
        sa.CheckConstraint("length(title) > 0",
                           name=op.f("ck_agenda_template_item_title_not_empty")),
        sa.ForeignKeyConstraint(["body_id"], ["body.id"],
                                name=op.f("fk_agenda_template_item_body_id_body")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_template_item")),
        sa.UniqueConstraint("body_id", "placement", "position",
                            name=op.f("uq_agenda_template_item_body_id_placement_position")),
    )
    op.create_table(
        "text_block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_text_block_name_not_empty")),
        sa.CheckConstraint("length(text) > 0", name=op.f("ck_text_block_text_not_empty")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_text_block_organisation_id_organisation")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_text_block")),
        sa.UniqueConstraint("organisation_id", "name",
                            name=op.f("uq_text_block_organisation_id_name")),
    )


def _add_columns() -> None:
    for name, default in (("notice_absence_text", NOTICE_ABSENCE_TEXT),
                          ("reported_items_decision_text", REPORTED_ITEMS_DECISION),
                          ("delegated_decisions_decision_text", DELEGATED_DECISIONS_DECISION)):
        op.add_column("organisation", sa.Column(name, sa.Text(), nullable=False,
                                                server_default=default))
    op.add_column("paragraph", sa.Column("presenter", sa.String(length=300), nullable=True))
    op.add_column("case", sa.Column("handler", sa.String(length=200), nullable=True))
    op.add_column("case", sa.Column("registered_on", sa.Date(), nullable=True))
    for table, column, kind, constraint, condition in CHECKED_COLUMNS:
        op.execute(f'ALTER TABLE "{table}" ADD COLUMN {column} {kind} '
                   f"CONSTRAINT {constraint} CHECK ({condition})")


# --- locking of reported_item, as revision 0002 locks every row under a paragraph ----------

def _lock_rules() -> list[tuple[str, str, str, str]]:
    """(name, event, condition, message) of the triggers on reported_item."""
    out = []
    for event, refs in (("insert", ("NEW",)), ("update", ("OLD", "NEW")),
                        ("delete", ("OLD",))):
        for ref in refs:
            suffix = f"{event}_{ref.lower()}" if event == "update" else event
            paragraph = f"{ref}.paragraph_id"
            out.append((f"lock_reported_item_{suffix}", event,
                        "EXISTS (SELECT 1 FROM paragraph p JOIN meeting m ON m.id = "
                        f"p.meeting_id WHERE p.id = {paragraph} AND m.minutes_state = "
                        "'approved')", MEETING_LOCKED))
            out.append((f"lock_reported_item_{suffix}_immediate", event,
                        f"EXISTS (SELECT 1 FROM paragraph WHERE id = {paragraph} "
                        "AND immediately_approved_on IS NOT NULL)", PARAGRAPH_LOCKED))
    return out


class Guard(NamedTuple):
    """A table's TRUNCATE guard (PostgreSQL): refused when `locked` (SQL over its rows t)."""

    table: str
    locked: str
    message: str


def guards() -> list[Guard]:
    """The TRUNCATE guards of the tables this migration adds (kraftdesk.register.guards)."""
    return [Guard("reported_item",
                  "EXISTS (SELECT 1 FROM reported_item t JOIN paragraph p ON "
                  "p.id = t.paragraph_id JOIN meeting m ON m.id = p.meeting_id WHERE "
                  "m.minutes_state = 'approved' OR p.immediately_approved_on IS NOT NULL)",
                  MEETING_LOCKED)]


def _create_triggers(dialect: str) -> None:
    for name, event, condition, message in _lock_rules():
        if dialect == "sqlite":
            op.execute(f"CREATE TRIGGER {name} BEFORE {event.upper()} ON reported_item "
                       f"FOR EACH ROW WHEN {condition} "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
        elif dialect == "postgresql":
            result = "OLD" if event == "delete" else "NEW"
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                       f"BEGIN IF {condition} THEN RAISE EXCEPTION '{message}' USING "
                       f"ERRCODE = 'P0001'; END IF; RETURN {result}; END $body$")
            op.execute(f"CREATE TRIGGER {name} BEFORE {event.upper()} ON reported_item "
                       f"FOR EACH ROW EXECUTE FUNCTION {name}()")
        else:
            raise NotImplementedError(f"kraftdesk stöder inte databasen {dialect}")
    if dialect == "postgresql":
        for guard in guards():
            name = f"truncate_guard_{guard.table}"
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                       f"BEGIN IF {guard.locked} THEN RAISE EXCEPTION '{guard.message} "
                       f"(tabellen «{guard.table}» kan inte tömmas)' USING ERRCODE = 'P0001'; "
                       "END IF; RETURN NULL; END $body$")
            op.execute(f'CREATE TRIGGER {name} BEFORE TRUNCATE ON "{guard.table}" '
                       f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()")


# --- the paragraph's update rules of revision 0100_i14_legal, naming the new columns --------

#: Every column of paragraph but immediately_posted_on and the row version, before this
#: migration (as revision 0100_i14_legal names them) and after it.
PARAGRAPH_FIXED_BEFORE = (
    "id", "meeting_id", "body_id", "series", "number", "position", "case_id", "title",
    "summary", "proposes_to_body_id", "formula_override", "procedure_text",
    "immediately_approved_on", "outcome", "acting_chair_id", "immediately_approved_at",
)
PARAGRAPH_FIXED_AFTER = (*PARAGRAPH_FIXED_BEFORE, "presenter", "deferral")


def _meeting_approved(meeting_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM meeting WHERE id = {meeting_id} "
            "AND minutes_state = 'approved')")


def paragraph_rules(columns: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(name, condition, message): a justerad paragraph's one allowed update is the anslag
    of its omedelbar justering, with every column in `columns` unchanged."""
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in columns)
    allowed = (" AND NOT (OLD.immediately_approved_on IS NOT NULL AND "
               f"OLD.immediately_posted_on IS NULL AND {same})")
    return [
        ("lock_paragraph_update_old", _meeting_approved("OLD.meeting_id") + allowed,
         MEETING_LOCKED),
        ("lock_paragraph_update_new", _meeting_approved("NEW.meeting_id") + allowed,
         MEETING_LOCKED),
        ("lock_paragraph_update_immediate", "OLD.immediately_approved_on IS NOT NULL" + allowed,
         PARAGRAPH_LOCKED),
    ]


def _replace_paragraph_rules(dialect: str, columns: tuple[str, ...]) -> None:
    for name, condition, message in paragraph_rules(columns):
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
            op.execute(f'CREATE TRIGGER {name} BEFORE UPDATE ON "paragraph" '
                       f"FOR EACH ROW WHEN {condition} "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
        else:
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON "paragraph"')
            condition = condition.replace(" IS OLD.", " IS NOT DISTINCT FROM OLD.")
            op.execute(f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
                       f"AS $body$ BEGIN IF {condition} THEN RAISE EXCEPTION '{message}' "
                       "USING ERRCODE = 'P0001'; END IF; RETURN NEW; END $body$")
            op.execute(f'CREATE TRIGGER {name} BEFORE UPDATE ON "paragraph" '
                       f"FOR EACH ROW EXECUTE FUNCTION {name}()")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    _create_tables()
    _add_columns()
    _create_triggers(dialect)
    _replace_paragraph_rules(dialect, PARAGRAPH_FIXED_AFTER)
    # The ärende page reads a case's paragraphs, Bevakning the bordlagda ones.
    op.create_index("ix_paragraph_case_id", "paragraph", ["case_id"], unique=False)
    op.create_index("ix_paragraph_deferral", "paragraph", ["deferral"], unique=False)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    _replace_paragraph_rules(dialect, PARAGRAPH_FIXED_BEFORE)
    op.drop_index("ix_paragraph_deferral", table_name="paragraph")
    op.drop_index("ix_paragraph_case_id", table_name="paragraph")
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS truncate_guard_reported_item ON reported_item")
        op.execute("DROP FUNCTION IF EXISTS truncate_guard_reported_item()")
    for name, _event, _condition, _message in reversed(_lock_rules()):
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON reported_item")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for table, column, _kind, constraint, _condition in reversed(CHECKED_COLUMNS):
        if dialect == "postgresql":
            op.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT IF EXISTS {constraint}')
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN {column}')
    op.execute('ALTER TABLE "paragraph" DROP COLUMN presenter')
    op.execute('ALTER TABLE "case" DROP COLUMN registered_on')
    op.execute('ALTER TABLE "case" DROP COLUMN handler')
    for name in ("delegated_decisions_decision_text", "reported_items_decision_text",
                 "notice_absence_text"):
        op.execute(f'ALTER TABLE "organisation" DROP COLUMN {name}')
    for table in ("text_block", "agenda_template_item", "recipient", "dispatch",
                  "reported_item", "notice_item", "notice"):
        op.drop_table(table)
