# SPDX-License-Identifier: EUPL-1.2
"""locking and audit: triggers that keep justerade minutes and the audit log unchanged

Revision ID: 0002
Revises: 0001

Once a meeting's minutes are approved (justerade) no row of them may be inserted, changed or
deleted, whatever path the write takes; the same holds for a paragraph justerad omedelbart
and everything under it. The only change still allowed on an approved meeting is recording
the posting day (posted_on) once. The audit log and the seals are append-only.

Allowed on purpose (the interchange relies on it): a meeting may be inserted as a draft,
filled with its children, and then updated to approved; a paragraph may likewise be filled
first and then given its immediately_approved_on.

SQLite gets plain triggers with RAISE(ABORT, …); PostgreSQL gets one trigger function per
rule. Both carry the same Swedish messages.
"""

from __future__ import annotations

from typing import NamedTuple

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MEETING_LOCKED = "Protokollet är justerat och kan inte ändras"
PARAGRAPH_LOCKED = "Paragrafen är omedelbart justerad och kan inte ändras"
FILE_LOCKED = "Filen hör till ett justerat protokoll och kan inte ändras"
SEAL_LOCKED = "Förseglingen av ett justerat protokoll kan inte ändras eller tas bort"
SEAL_EARLY = "Bara ett justerat protokoll kan förseglas"
AUDIT_LOCKED = "Granskningsloggen kan bara utökas; dess poster kan inte ändras eller tas bort"

#: Every column of meeting except posted_on: none may change once the minutes are justerade.
MEETING_FIXED_COLUMNS = (
    "id", "body_id", "starts_at", "ends_at", "place", "minutes_state", "is_example",
    "approval_due_at", "approval_place", "chair_id", "secretary_id", "sent_for_approval_on",
    "approved_on",
)


class Child(NamedTuple):
    """A table whose rows belong to a paragraph or a meeting, through `path`.

    `path(ref)` is SQL giving the owning paragraph id (level "paragraph") or meeting id
    (level "meeting") from a row reference (OLD or NEW). (A NamedTuple, not a dataclass:
    Alembic loads migration files without registering them as modules.)
    """

    table: str
    level: str  # "paragraph" or "meeting"
    column: str  # the column of the row that leads to the owner
    via: str | None = None  # intermediate table (proposal, vote, statement)

    def owner(self, ref: str) -> str:
        if self.via is None:
            return f"{ref}.{self.column}"
        return f"(SELECT paragraph_id FROM {self.via} WHERE id = {ref}.{self.column})"


CHILDREN = (
    Child("decision_point", "paragraph", "paragraph_id"),
    Child("basis_document", "paragraph", "paragraph_id"),
    Child("distribution", "paragraph", "paragraph_id"),
    Child("paragraph_section", "paragraph", "paragraph_id"),
    Child("paragraph_attendance", "paragraph", "paragraph_id"),
    Child("proposal", "paragraph", "paragraph_id"),
    Child("vote", "paragraph", "paragraph_id"),
    Child("statement", "paragraph", "paragraph_id"),
    Child("proposal_author", "paragraph", "proposal_id", via="proposal"),
    Child("ballot", "paragraph", "vote_id", via="vote"),
    Child("statement_author", "paragraph", "statement_id", via="statement"),
    Child("statement_concurrence", "paragraph", "statement_id", via="statement"),
    Child("attendance", "meeting", "meeting_id"),
    Child("meeting_approver", "meeting", "meeting_id"),
    Child("appendix", "meeting", "meeting_id"),
)

EVENTS = {"insert": ("INSERT", ("NEW",)), "update": ("UPDATE", ("OLD", "NEW")),
          "delete": ("DELETE", ("OLD",))}


def meeting_approved(meeting_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM meeting WHERE id = {meeting_id} "
            "AND minutes_state = 'approved')")


def paragraph_meeting_approved(paragraph_id: str) -> str:
    return ("EXISTS (SELECT 1 FROM paragraph p JOIN meeting m ON m.id = p.meeting_id "
            f"WHERE p.id = {paragraph_id} AND m.minutes_state = 'approved')")


def paragraph_immediate(paragraph_id: str) -> str:
    return (f"EXISTS (SELECT 1 FROM paragraph WHERE id = {paragraph_id} "
            "AND immediately_approved_on IS NOT NULL)")


def file_locked(file_id: str, sha256: str) -> str:
    owners = (
        "SELECT 1 FROM statement s WHERE s.file_id = {id} AND ("
        + paragraph_meeting_approved("s.paragraph_id") + " OR "
        + paragraph_immediate("s.paragraph_id") + ")"
        " UNION ALL SELECT 1 FROM appendix a WHERE a.file_id = {id} AND "
        + meeting_approved("a.meeting_id")
        + " UNION ALL SELECT 1 FROM minutes_seal ms WHERE ms.pdf_file_id = {id}"
        " OR ms.content_sha256 = {sha}"
    )
    return "EXISTS (" + owners.format(id=file_id, sha=sha256) + ")"


def rules() -> list[tuple[str, str, str, str, str]]:
    """(name, table, event, condition, message) for every locking rule, in both dialects."""
    return _child_rules() + _table_rules()


def _child_rules() -> list[tuple[str, str, str, str, str]]:
    out: list[tuple[str, str, str, str, str]] = []
    for child in CHILDREN:
        for event, (_, refs) in EVENTS.items():
            for ref in refs:
                owner = child.owner(ref)
                suffix = f"{event}_{ref.lower()}" if event == "update" else event
                if child.level == "meeting":
                    out.append((f"lock_{child.table}_{suffix}", child.table, event,
                                meeting_approved(owner), MEETING_LOCKED))
                else:
                    out.append((f"lock_{child.table}_{suffix}", child.table, event,
                                paragraph_meeting_approved(owner), MEETING_LOCKED))
                    out.append((f"lock_{child.table}_{suffix}_immediate", child.table, event,
                                paragraph_immediate(owner), PARAGRAPH_LOCKED))
    return out


def _table_rules() -> list[tuple[str, str, str, str, str]]:
    return [
        ("lock_paragraph_insert", "paragraph", "insert",
         meeting_approved("NEW.meeting_id"), MEETING_LOCKED),
        ("lock_paragraph_update_old", "paragraph", "update",
         meeting_approved("OLD.meeting_id"), MEETING_LOCKED),
        ("lock_paragraph_update_new", "paragraph", "update",
         meeting_approved("NEW.meeting_id"), MEETING_LOCKED),
        ("lock_paragraph_update_immediate", "paragraph", "update",
         "OLD.immediately_approved_on IS NOT NULL", PARAGRAPH_LOCKED),
        ("lock_paragraph_delete", "paragraph", "delete",
         meeting_approved("OLD.meeting_id"), MEETING_LOCKED),
        ("lock_paragraph_delete_immediate", "paragraph", "delete",
         "OLD.immediately_approved_on IS NOT NULL", PARAGRAPH_LOCKED),
        ("lock_meeting_update", "meeting", "update",
         "OLD.minutes_state = 'approved' AND NOT (OLD.posted_on IS NULL AND "
         + " AND ".join(f"NEW.{c} IS OLD.{c}" for c in MEETING_FIXED_COLUMNS) + ")",
         MEETING_LOCKED),
        ("lock_meeting_delete", "meeting", "delete",
         "OLD.minutes_state = 'approved'", MEETING_LOCKED),
        ("lock_stored_file_update", "stored_file", "update",
         file_locked("OLD.id", "OLD.sha256"), FILE_LOCKED),
        ("lock_stored_file_delete", "stored_file", "delete",
         file_locked("OLD.id", "OLD.sha256"), FILE_LOCKED),
        ("lock_minutes_seal_insert", "minutes_seal", "insert",
         "NOT " + meeting_approved("NEW.meeting_id"), SEAL_EARLY),
        ("lock_minutes_seal_update", "minutes_seal", "update", "1 = 1", SEAL_LOCKED),
        ("lock_minutes_seal_delete", "minutes_seal", "delete", "1 = 1", SEAL_LOCKED),
        ("lock_audit_entry_update", "audit_entry", "update", "1 = 1", AUDIT_LOCKED),
        ("lock_audit_entry_delete", "audit_entry", "delete", "1 = 1", AUDIT_LOCKED),
    ]


def _sqlite_sql(name: str, table: str, event: str, condition: str, message: str) -> str:
    return (
        f'CREATE TRIGGER {name} BEFORE {EVENTS[event][0]} ON "{table}" '
        f"FOR EACH ROW WHEN {condition} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _postgresql_sql(name: str, table: str, event: str, condition: str,
                    message: str) -> list[str]:
    # PostgreSQL spells SQLite's "a IS b" as "a IS NOT DISTINCT FROM b".
    condition = condition.replace(" IS OLD.", " IS NOT DISTINCT FROM OLD.")
    result = "OLD" if event == "delete" else "NEW"
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
        f"BEGIN IF {condition} THEN RAISE EXCEPTION '{message}' USING ERRCODE = 'P0001'; "
        f"END IF; RETURN {result}; END $body$",
        f'CREATE TRIGGER {name} BEFORE {EVENTS[event][0]} ON "{table}" '
        f"FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, table, event, condition, message in rules():
        if dialect == "sqlite":
            op.execute(_sqlite_sql(name, table, event, condition, message))
        elif dialect == "postgresql":
            for statement in _postgresql_sql(name, table, event, condition, message):
                op.execute(statement)
        else:
            raise NotImplementedError(f"kraftdesk stöder inte databasen {dialect}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, table, _event, _condition, _message in reversed(rules()):
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
