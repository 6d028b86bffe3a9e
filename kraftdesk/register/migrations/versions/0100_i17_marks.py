# SPDX-License-Identifier: EUPL-1.2
"""marks for the public version: sekretess and personal data, locked with the minutes

Revision ID: 0100_i17_marks
Revises: 0004

A mark covers a paragraph, a section, a bilaga or a passage of a stored text (see
kraftdesk.register.models.mark). Marks belong to the justerat record: like every other row
of the minutes they cannot be inserted, changed or deleted once the meeting's minutes are
justerade, nor under a paragraph justerad omedelbart (the triggers below, with the messages
of migration 0002). Self-contained: the trigger SQL is written out here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0100_i17_marks"
down_revision = "0004"
branch_labels = None
depends_on = None

MEETING_LOCKED = "Protokollet är justerat och kan inte ändras"
PARAGRAPH_LOCKED = "Paragrafen är omedelbart justerad och kan inte ändras"


def _approved(ref: str) -> str:
    return (f"EXISTS (SELECT 1 FROM meeting WHERE id = {ref}.meeting_id "
            "AND minutes_state = 'approved')")


def _immediate(ref: str) -> str:
    return (f"{ref}.paragraph_id IS NOT NULL AND EXISTS (SELECT 1 FROM paragraph WHERE "
            f"id = {ref}.paragraph_id AND immediately_approved_on IS NOT NULL)")


def _rules() -> list[tuple[str, str, str, str]]:
    """(name, event, condition, message) of every locking trigger on mark."""
    out = []
    for event, refs in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
        for ref in refs:
            suffix = f"{event.lower()}_{ref.lower()}" if event == "UPDATE" else event.lower()
            out.append((f"lock_mark_{suffix}", event, _approved(ref), MEETING_LOCKED))
            out.append((f"lock_mark_{suffix}_immediate", event, _immediate(ref),
                        PARAGRAPH_LOCKED))
    return out


def upgrade() -> None:
    op.create_table(
        "mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("paragraph_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.Enum("secrecy", "personal_data", "not_personal_number",
                                  name="kind", native_enum=False, create_constraint=True),
                  nullable=False),
        sa.Column("scope", sa.Enum("paragraph", "section", "passage", "appendix", name="scope",
                                   native_enum=False, create_constraint=True), nullable=False),
        sa.Column("provision", sa.String(length=200), nullable=True),
        sa.Column("section", sa.String(length=40), nullable=True),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("row_id", sa.Integer(), nullable=True),
        sa.Column("passage_start", sa.Integer(), nullable=True),
        sa.Column("passage_end", sa.Integer(), nullable=True),
        sa.Column("passage_text", sa.Text(), nullable=True),
        sa.CheckConstraint("(kind = 'secrecy') = (provision IS NOT NULL)",
                           name=op.f("ck_mark_provision_for_secrecy")),
        sa.CheckConstraint("provision IS NULL OR length(provision) > 0",
                           name=op.f("ck_mark_provision_not_empty")),
        sa.CheckConstraint("(scope = 'section') = (section IS NOT NULL)",
                           name=op.f("ck_mark_section_scope")),
        sa.CheckConstraint("(scope = 'passage') = (field IS NOT NULL)",
                           name=op.f("ck_mark_field_scope")),
        sa.CheckConstraint(
            "scope != 'passage' OR (row_id IS NOT NULL AND passage_start IS NOT NULL AND "
            "passage_end IS NOT NULL AND passage_text IS NOT NULL AND passage_start >= 0 "
            "AND passage_end > passage_start)", name=op.f("ck_mark_passage_complete")),
        sa.CheckConstraint("scope = 'passage' OR (passage_start IS NULL AND passage_end IS NULL "
                           "AND passage_text IS NULL)", name=op.f("ck_mark_passage_only")),
        sa.CheckConstraint("scope NOT IN ('paragraph', 'section') OR paragraph_id IS NOT NULL",
                           name=op.f("ck_mark_paragraph_for_scope")),
        sa.CheckConstraint("scope != 'appendix' OR row_id IS NOT NULL",
                           name=op.f("ck_mark_appendix_row")),
        sa.CheckConstraint("kind != 'not_personal_number' OR scope = 'passage'",
                           name=op.f("ck_mark_confirmation_is_passage")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_mark_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["paragraph_id"], ["paragraph.id"],
                                name=op.f("fk_mark_paragraph_id_paragraph")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mark")),
    )
    op.create_index("ix_mark_meeting_id", "mark", ["meeting_id"], unique=False)
    dialect = op.get_bind().dialect.name
    for name, event, condition, message in _rules():
        if dialect == "sqlite":
            op.execute(f'CREATE TRIGGER {name} BEFORE {event} ON "mark" FOR EACH ROW '
                       f"WHEN {condition} BEGIN SELECT RAISE(ABORT, '{message}'); END")
        elif dialect == "postgresql":
            result = "OLD" if event == "DELETE" else "NEW"
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                       f"BEGIN IF {condition} THEN RAISE EXCEPTION '{message}' USING "
                       f"ERRCODE = 'P0001'; END IF; RETURN {result}; END $body$")
            op.execute(f'CREATE TRIGGER {name} BEFORE {event} ON "mark" '
                       f"FOR EACH ROW EXECUTE FUNCTION {name}()")
        else:
            raise NotImplementedError(f"kraftdesk stöder inte databasen {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, _event, _condition, _message in reversed(_rules()):
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON "mark"')
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_index("ix_mark_meeting_id", table_name="mark")
    op.drop_table("mark")
