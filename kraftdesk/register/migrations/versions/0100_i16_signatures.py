# SPDX-License-Identifier: EUPL-1.2
"""electronic justering: signatures, trust anchors, revocation lists, anchored seals

Revision ID: 0100_i16_signatures
Revises: 0100_i13_versions

- trust_anchor, revocation_list: the organisation's CA certificates and CRLs.
- minutes_signature: each PAdES signature (or refusal) on a meeting's minutes, append-only.
- posting_seal: the seal of the anslag day (canonical version 2), append-only, and only for
  the day the meeting records.
- minutes_seal.audit_head_id/audit_head_hash: the audit trail's head written into the final
  PDF's metadata (canonical version 2 onwards).
- organisation: justering method, required signers, time-stamping authority, fetching of
  revocation data, PDF/A part.

The new locks are triggers as in migration 0002 (SQLite RAISE(ABORT), a PostgreSQL function
per rule), listed by rules() so that `kraftdesk verify` can check that each exists.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0100_i16_signatures"
down_revision = "0100_i13_versions"
branch_labels = None
depends_on = None

SIGNATURE_LOCKED = "En underskrift av ett protokoll kan inte ändras eller tas bort"
POSTING_SEAL_LOCKED = "Förseglingen av anslaget kan inte ändras eller tas bort"
POSTING_SEAL_EARLY = "Bara ett registrerat anslag kan förseglas, med samma dag"

EVENTS = {"insert": "INSERT", "update": "UPDATE", "delete": "DELETE"}
#: Append-only tables that PostgreSQL's TRUNCATE (which fires no row trigger) may not empty
#: either (as migration 0100_i18_shared_register guards the others).
TRUNCATE_GUARDED = ("minutes_signature", "posting_seal")


def rules() -> list[tuple[str, str, str, str, str]]:
    """(name, table, event, condition, message) of every lock this revision adds."""
    return [
        ("lock_minutes_signature_update", "minutes_signature", "update", "1 = 1",
         SIGNATURE_LOCKED),
        ("lock_minutes_signature_delete", "minutes_signature", "delete", "1 = 1",
         SIGNATURE_LOCKED),
        ("lock_posting_seal_insert", "posting_seal", "insert",
         "NOT EXISTS (SELECT 1 FROM meeting WHERE id = NEW.meeting_id "
         "AND posted_on = NEW.posted_on)", POSTING_SEAL_EARLY),
        ("lock_posting_seal_update", "posting_seal", "update", "1 = 1", POSTING_SEAL_LOCKED),
        ("lock_posting_seal_delete", "posting_seal", "delete", "1 = 1", POSTING_SEAL_LOCKED),
    ]


def upgrade() -> None:
    op.create_table(
        "trust_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_trust_anchor_sha256_length")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_trust_anchor_organisation_id_organisation")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trust_anchor")),
        sa.UniqueConstraint("sha256", name=op.f("uq_trust_anchor_sha256")),
    )
    op.create_table(
        "revocation_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("this_update", sa.String(length=32), nullable=False),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("length(sha256) = 64",
                           name=op.f("ck_revocation_list_sha256_length")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revocation_list")),
        sa.UniqueConstraint("sha256", name=op.f("uq_revocation_list_sha256")),
    )
    op.create_table(
        "minutes_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("round", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Enum("secretary", "chair", "approver", name="role",
                                  native_enum=False, create_constraint=True, length=9),
                  nullable=False),
        sa.Column("outcome", sa.Enum("signed", "refused", name="outcome", native_enum=False,
                                     create_constraint=True, length=7), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("field_name", sa.String(length=100), nullable=True),
        sa.Column("certificate_subject", sa.String(length=500), nullable=True),
        sa.Column("certificate_sha256", sa.String(length=64), nullable=True),
        sa.Column("document_sha256", sa.String(length=64), nullable=True),
        sa.Column("level", sa.String(length=10), nullable=True),
        sa.Column("file_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("round >= 1", name=op.f("ck_minutes_signature_round_positive")),
        sa.CheckConstraint("outcome != 'signed' OR file_id IS NOT NULL",
                           name=op.f("ck_minutes_signature_signed_has_file")),
        sa.CheckConstraint("outcome != 'refused' OR comment IS NOT NULL",
                           name=op.f("ck_minutes_signature_refusal_has_comment")),
        sa.ForeignKeyConstraint(["file_id"], ["stored_file.id"],
                                name=op.f("fk_minutes_signature_file_id_stored_file")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_minutes_signature_meeting_id_meeting")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_minutes_signature_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_signature")),
    )
    op.create_table(
        "posting_seal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=False),
        sa.Column("sealed_at", sa.String(length=32), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"],
                                name=op.f("fk_posting_seal_meeting_id_meeting")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posting_seal")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_posting_seal_meeting_id")),
    )
    # minutes_seal carries the locking triggers of 0002: plain ADD COLUMN, no table rebuild.
    op.add_column("minutes_seal", sa.Column("audit_head_id", sa.Integer(), nullable=True))
    op.add_column("minutes_seal",
                  sa.Column("audit_head_hash", sa.String(length=64), nullable=True))
    # Plain ADD COLUMN with column CHECKs (no batch rebuild of organisation, which every
    # other table refers to).
    op.add_column("organisation", sa.Column(
        "justering_method", sa.String(length=10),
        sa.CheckConstraint("justering_method IN ('either', 'electronic', 'paper')",
                           name=op.f("ck_organisation_justering_method")),
        server_default="either", nullable=False))
    op.add_column("organisation", sa.Column("required_signers", sa.String(length=100),
                                            server_default="secretary,chair,approver",
                                            nullable=False))
    op.add_column("organisation", sa.Column("timestamp_url", sa.String(length=500),
                                            nullable=True))
    op.add_column("organisation", sa.Column("fetch_revocation", sa.Boolean(),
                                            server_default=sa.false(), nullable=False))
    op.add_column("organisation", sa.Column(
        "pdfa_part", sa.Integer(),
        sa.CheckConstraint("pdfa_part IN (1, 2)", name=op.f("ck_organisation_pdfa_part")),
        server_default="2", nullable=False))
    _create_locks()


def _create_locks() -> None:
    dialect = op.get_bind().dialect.name
    for name, table, event, condition, message in rules():
        if dialect == "sqlite":
            op.execute(f'CREATE TRIGGER {name} BEFORE {EVENTS[event]} ON "{table}" '
                       f"FOR EACH ROW WHEN {condition} "
                       f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
        elif dialect == "postgresql":
            result = "OLD" if event == "delete" else "NEW"
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                       f"BEGIN IF {condition} THEN RAISE EXCEPTION '{message}' USING "
                       f"ERRCODE = 'P0001'; END IF; RETURN {result}; END $body$")
            op.execute(f'CREATE TRIGGER {name} BEFORE {EVENTS[event]} ON "{table}" '
                       f"FOR EACH ROW EXECUTE FUNCTION {name}()")
        else:
            raise NotImplementedError(f"kraftdesk stöder inte databasen {dialect}")
    if dialect == "postgresql":
        messages = {"minutes_signature": SIGNATURE_LOCKED, "posting_seal": POSTING_SEAL_LOCKED}
        for table in TRUNCATE_GUARDED:
            name = f"truncate_guard_{table}"
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                       f"BEGIN RAISE EXCEPTION '{messages[table]}' USING ERRCODE = 'P0001'; "
                       "END $body$")
            op.execute(f'CREATE TRIGGER {name} BEFORE TRUNCATE ON "{table}" '
                       f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        for table in TRUNCATE_GUARDED:
            op.execute(f'DROP TRIGGER IF EXISTS truncate_guard_{table} ON "{table}"')
            op.execute(f"DROP FUNCTION IF EXISTS truncate_guard_{table}()")
    for name, table, _event, _condition, _message in reversed(rules()):
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        else:
            op.execute(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for column in ("pdfa_part", "fetch_revocation", "timestamp_url", "required_signers",
                   "justering_method"):
        # SQLite 3.35+ and PostgreSQL drop a column (and its own CHECK) in place.
        op.execute(f'ALTER TABLE organisation DROP COLUMN "{column}"')
    op.drop_column("minutes_seal", "audit_head_hash")
    op.drop_column("minutes_seal", "audit_head_id")
    op.drop_table("posting_seal")
    op.drop_table("minutes_signature")
    op.drop_table("revocation_list")
    op.drop_table("trust_anchor")
