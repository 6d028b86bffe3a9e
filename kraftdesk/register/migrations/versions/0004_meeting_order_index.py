# SPDX-License-Identifier: EUPL-1.2
"""the Sammanträden list's order as an index

Revision ID: 0004
Revises: 0003

The Sammanträden list shows the newest meetings first (starts_at, then id, descending).
Without an index every meeting in the register was sorted to show its first page: 2.6 ms
with ten years of eight bodies, growing with the register, at every start of the desktop
app (kraftdesk.register.first_screen) and every time the list is read from the top. With
it, SQLite reads the first page from the end of the index.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_meeting_starts_at_id", "meeting", ["starts_at", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_meeting_starts_at_id", table_name="meeting")
