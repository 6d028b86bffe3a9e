# SPDX-License-Identifier: EUPL-1.2
"""row versions of text blocks and of the recipients' addresses

Revision ID: 0100_lead_reuse_versions
Revises: 0100_i15_before_after

Text blocks (a standard sammanfattning, a standard decision point) and the e-mail addresses
of the usual recipients of extracts are edited by the secretary, in the app and from the
command line, like the rows of migration 0100_i13_versions; they get `version` too, 1 for
the rows already there. A save based on an older version is refused
(kraftdesk.register.versions), so two windows or two secretaries never silently undo each
other's text block or address. ALTER TABLE ADD COLUMN: no table is rebuilt, no trigger
touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0100_lead_reuse_versions"
down_revision = "0100_i15_before_after"
branch_labels = None
depends_on = None

VERSIONED = ("text_block", "recipient")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))


def downgrade() -> None:
    for table in reversed(VERSIONED):
        op.drop_column(table, "version")
