# SPDX-License-Identifier: EUPL-1.2
"""PostgreSQL: the search documents kept in the index's own rows

Revision ID: 0100_i18_search_storage
Revises: 0100_lead_reuse_versions

PostgreSQL only; SQLite's index (FTS5) is not touched.

A search reads the tsvector `search_fts.document` of every paragraph that has the query's
words. Stored the default way (EXTENDED), a document of more than about 2 kB is compressed
and moved out of the row into the table's TOAST table, so a search for a common word
fetched and decompressed tens of thousands of them one by one: "förslag" on the 10-year
register (45,500 paragraphs) took 107 ms. STORAGE MAIN keeps a document in its row
(compressed when the row would otherwise be too long; moved out only when even that is not
enough), which takes the same search to 29 ms. The documents already written are moved
into their rows by rewriting the table once (CLUSTER on its primary key: the table written
anew stores each value as its column now says), a few seconds on a large register, during
which the index is held. (An UPDATE of every document before it would leave the table twice
its size: CLUSTER must keep the rows that its own transaction replaced.)
"""

from __future__ import annotations

from alembic import op

revision = "0100_i18_search_storage"
down_revision = "0100_lead_reuse_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE search_fts ALTER COLUMN document SET STORAGE MAIN")
    op.execute("CLUSTER search_fts USING search_fts_pkey")
    op.execute("ANALYZE search_fts")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE search_fts ALTER COLUMN document SET STORAGE EXTENDED")
