# SPDX-License-Identifier: EUPL-1.2
"""before and after the meeting: kallelse, föredragande, bordläggning, anmälningar,
expediering, agenda templates and text blocks

Revision ID: 0100_i15_before_after
Revises: 0100_i19_search

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
guards of revision 0100_i18_shared_register). The enumerated and checked columns are added
with their CHECK constraints by plain ALTER TABLE, which SQLite and PostgreSQL both accept (a batch rebuild of paragraph
would drop its locking and search triggers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0100_i15_before_after"
down_revision = "0100_i19_search"
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


def truncate_guard() -> tuple[str, str, str]:
    """(table, condition over its rows as t, message): the TRUNCATE guard on PostgreSQL."""
    return ("reported_item",
            "EXISTS (SELECT 1 FROM reported_item t JOIN paragraph p ON p.id = t.paragraph_id "
            "JOIN meeting m ON m.id = p.meeting_id WHERE m.minutes_state = 'approved' "
            "OR p.immediately_approved_on IS NOT NULL)", MEETING_LOCKED)


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
        table, condition, message = truncate_guard()
        name = f"truncate_guard_{table}"
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                   f"BEGIN IF {condition} THEN RAISE EXCEPTION '{message} (tabellen "
                   f"«{table}» kan inte tömmas)' USING ERRCODE = 'P0001'; END IF; "
                   "RETURN NULL; END $body$")
        op.execute(f'CREATE TRIGGER {name} BEFORE TRUNCATE ON "{table}" '
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()")


def upgrade() -> None:
    _create_tables()
    _add_columns()
    _create_triggers(op.get_bind().dialect.name)
    # The ärende page reads a case's paragraphs, Bevakning the bordlagda ones.
    op.create_index("ix_paragraph_case_id", "paragraph", ["case_id"], unique=False)
    op.create_index("ix_paragraph_deferral", "paragraph", ["deferral"], unique=False)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
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
