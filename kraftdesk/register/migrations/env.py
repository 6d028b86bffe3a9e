# SPDX-License-Identifier: EUPL-1.2
"""Alembic environment. Run through kraftdesk.register.migrate, which passes the connection."""

from __future__ import annotations

from alembic import context

from kraftdesk.register import models  # noqa: F401  (registers every table)
from kraftdesk.register.base import Base

# Leaves the full-text index (an FTS5 table and its shadow tables) to its own migration.
from kraftdesk.register.fulltext import include_object

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("kraftdesk migrations run through kraftdesk.register.migrate")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
