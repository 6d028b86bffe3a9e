# SPDX-License-Identifier: EUPL-1.2
"""Fixtures for what only a database server has: roles, TRUNCATE, notices, lost connections.

`pg` is a fresh PostgreSQL database holding an empty register (owned by the owner role, used
as the app role), `pg_register` the register open on it. Tests here that ask for `register`
or `database` run on both databases, as in the other register folders.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from tests.databases import PostgresForTests, TestDatabase


@pytest.fixture
def pg(postgres: PostgresForTests) -> Iterator[TestDatabase]:
    made = postgres.fresh()
    yield made
    postgres.drop(made)


@pytest.fixture
def pg_register(pg: TestDatabase) -> Iterator[Register]:
    register = open_register(pg.url, create=False)
    yield register
    register.close()
