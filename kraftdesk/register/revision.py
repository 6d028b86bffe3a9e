# SPDX-License-Identifier: EUPL-1.2
"""The schema revision this program works with, importable without SQLAlchemy or Alembic."""

#: The newest migration. A test keeps it equal to Alembic's head, so opening a register at
#: head needs no Alembic import, and the desktop app can read its first screen before
#: SQLAlchemy is loaded (kraftdesk.register.first_screen).
HEAD_REVISION = "0102_i18_search_bm25"
