# SPDX-License-Identifier: EUPL-1.2
"""set-up of a real kommun: terms, body defaults and forms, contact details, logo

Revision ID: 0100_i12_setup
Revises: 0100_i18_shared_register

- term: the mandatperioder (2023–2026, 2027–2030 …);
- organisation: the diarienummer example the format is made from, the address line and the
  logo printed in every PDF header;
- body: the forms the text composer needs (running text, genitive), the body it proposes
  to, its own numbering scheme, the defaults of a new meeting (place, time, justering
  offset, secretary), and the day it was retired;
- person: e-mail, phone, and the note that tells apart two people of the same name;
- membership: the order of ersättare;
- case: the body whose diarium it is registered in.

Every new column is nullable: a register of 0004 upgrades without any value to invent.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0100_i12_setup"
down_revision = "0100_i18_shared_register"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "term",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_term_period_order")),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_term_organisation_id_organisation")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term")),
        sa.UniqueConstraint("organisation_id", "starts_on",
                            name=op.f("uq_term_organisation_id_starts_on")),
    )
    with op.batch_alter_table("body", schema=None) as batch_op:
        batch_op.add_column(sa.Column("running_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("genitive_name", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("proposes_to_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column(
            "numbering_scheme",
            sa.Enum("per_year", "per_minutes", name="body_numbering_scheme", native_enum=False,
                    create_constraint=True), nullable=True))
        batch_op.add_column(sa.Column("default_place", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("default_start_time", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("justering_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("justering_time", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("default_secretary_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("retired_on", sa.Date(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_body_default_secretary_id_person"), "person",
                                    ["default_secretary_id"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_body_proposes_to_id_body"), "body",
                                    ["proposes_to_id"], ["id"])
        batch_op.create_check_constraint(
            "not_proposing_to_itself", "proposes_to_id IS NULL OR proposes_to_id != id")
        batch_op.create_check_constraint(
            "justering_days_range",
            "justering_days IS NULL OR (justering_days >= 0 AND justering_days <= 14)")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=True))
        batch_op.create_check_constraint("position_positive",
                                         "position IS NULL OR position > 0")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_number_example", sa.String(length=100),
                                      nullable=True))
        batch_op.add_column(sa.Column("address", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("logo_media_type", sa.String(length=50), nullable=True))
        batch_op.create_check_constraint(
            "logo_media_type", "logo_media_type IN ('image/png', 'image/svg+xml')")
        batch_op.create_check_constraint(
            "logo_has_type", "(logo IS NULL) = (logo_media_type IS NULL)")
    # Not a batch (copy-and-rename) on SQLite: the full-text view and triggers of 0003 name
    # "case", and SQLite refuses to drop a table a view uses. A nullable column with a
    # reference can be added in place.
    if op.get_bind().dialect.name == "sqlite":
        op.execute('ALTER TABLE "case" ADD COLUMN body_id INTEGER '
                   'CONSTRAINT fk_case_body_id_body REFERENCES body (id)')
    else:
        op.add_column("case", sa.Column("body_id", sa.Integer(), nullable=True))
        op.create_foreign_key(op.f("fk_case_body_id_body"), "case", "body", ["body_id"],
                              ["id"])
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("phone", sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column("note", sa.String(length=200), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute('ALTER TABLE "case" DROP COLUMN body_id')
    else:
        op.drop_constraint(op.f("fk_case_body_id_body"), "case", type_="foreignkey")
        op.drop_column("case", "body_id")
    with op.batch_alter_table("person", schema=None) as batch_op:
        for column in ("note", "phone", "email"):
            batch_op.drop_column(column)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_constraint("logo_has_type", type_="check")
        batch_op.drop_constraint("logo_media_type", type_="check")
        for column in ("logo_media_type", "logo", "address", "case_number_example"):
            batch_op.drop_column(column)
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_constraint("position_positive", type_="check")
        batch_op.drop_column("position")
    with op.batch_alter_table("body", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_body_body_numbering_scheme"), type_="check")
        batch_op.drop_constraint("justering_days_range", type_="check")
        batch_op.drop_constraint("not_proposing_to_itself", type_="check")
        batch_op.drop_constraint(batch_op.f("fk_body_proposes_to_id_body"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_body_default_secretary_id_person"),
                                 type_="foreignkey")
        for column in ("retired_on", "default_secretary_id", "justering_time", "justering_days",
                       "default_start_time", "default_place", "numbering_scheme",
                       "proposes_to_id", "genitive_name", "running_name"):
            batch_op.drop_column(column)
    op.drop_table("term")
