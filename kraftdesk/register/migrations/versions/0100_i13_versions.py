# SPDX-License-Identifier: EUPL-1.2
"""row versions of editable rows, and the size limit of received PDFs

Revision ID: 0100_i13_versions
Revises: 0100_i14_legal

Every row a secretary edits (organisation, party, body, person, membership, case, meeting,
paragraph, proposal, vote, statement) gets `version`, 1 for the rows already there; the
program raises it with every change of the row and with every change of a list that
belongs to it (kraftdesk.register.versions). A save based on an older version is refused,
so two windows or two secretaries never silently undo each other's work.

The columns are added with ALTER TABLE ADD COLUMN: no table is rebuilt, so the locking
triggers of migration 0002 stay as they are. They name the columns they guard; `version`
is not among the meeting's fixed columns, so recording the posting day of justerade
minutes (which raises the meeting's version) is still allowed, and every other change of
justerade minutes is still refused. The seal's canonical form leaves `version` out
(kraftdesk.register.seal), so minutes sealed before this migration still verify.

The organisation gets `received_pdf_max_mb`, the largest received PDF it accepts (25 MB).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0100_i13_versions"
down_revision = "0100_i14_legal"
branch_labels = None
depends_on = None

VERSIONED = ("organisation", "party", "body", "person", "membership", "case", "meeting",
             "paragraph", "proposal", "vote", "statement")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False,
                                       server_default=sa.text("1")))
    op.add_column("organisation", sa.Column("received_pdf_max_mb", sa.Integer(),
                                            nullable=False, server_default=sa.text("25")))


def downgrade() -> None:
    # ALTER TABLE DROP COLUMN (SQLite 3.35+, PostgreSQL): no rebuild, the triggers stay.
    op.drop_column("organisation", "received_pdf_max_mb")
    for table in reversed(VERSIONED):
        op.drop_column(table, "version")
