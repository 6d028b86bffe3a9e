# SPDX-License-Identifier: EUPL-1.2
"""The two databases a register test runs on: an SQLite file, or a fresh PostgreSQL database.

PostgreSQL databases are made as in production: the schema is owned by an administrator
role (OWNER_ROLE, which runs the migrations), tests connect as the app role (APP_ROLE, given
its rights by kraftdesk.register.roles, the code behind `kraftdesk db setup-roles`). A
template database is migrated once per test session; each test gets its own database
copied from it (CREATE DATABASE … TEMPLATE), dropped afterwards.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from kraftdesk.register.migrate import open_register
from kraftdesk.register.roles import setup_roles_sql

#: Where the server's URL comes from (a role that may create roles and databases).
POSTGRES_ENV = "KRAFTDESK_TEST_POSTGRES_URL"
OWNER_ROLE = "kraftdesk_test_owner"
APP_ROLE = "kraftdesk_test_app"


@dataclass(frozen=True)
class TestDatabase:
    """One test's register database. `url` is what the app uses (the app role on
    PostgreSQL); `owner_url` connects as the schema's owner, `admin_url` as the server's
    superuser (both equal to `url` on SQLite)."""

    kind: str  # "sqlite" or "postgresql"
    url: str
    owner_url: str
    admin_url: str
    path: Path | None = None  # the SQLite file

    __test__ = False

    @property
    def is_postgresql(self) -> bool:
        return self.kind == "postgresql"

    def with_user(self, user: str, password: str | None = None) -> str:
        """The URL of this database for another role (PostgreSQL)."""
        url = make_url(self.url).set(username=user, password=password)
        return url.render_as_string(hide_password=False)


def sqlite_database(path: Path) -> TestDatabase:
    url = f"sqlite:///{path}"
    return TestDatabase("sqlite", url, url, url, path)


def _driver_dsn(url: URL) -> str:
    """A libpq connection string for psycopg from an SQLAlchemy URL."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


@dataclass
class PostgresForTests:
    """A server to make test databases on: roles and template made once per session."""

    admin_url: URL
    prefix: str = field(default_factory=lambda: f"kraftdesk_test_{os.getpid()}")
    _counter: itertools.count = field(default_factory=itertools.count)

    __test__ = False

    @property
    def password(self) -> str | None:
        return self.admin_url.password  # type: ignore[return-value]

    @property
    def template(self) -> str:
        return f"{self.prefix}_template"

    def url(self, database: str, user: str | None = None) -> str:
        url = self.admin_url.set(database=database)
        if user is not None:
            url = url.set(username=user, password=self.password)
        return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)

    def admin(self, database: str | None = None) -> psycopg.Connection:
        url = self.admin_url.set(database=database) if database else self.admin_url
        return psycopg.connect(_driver_dsn(url), autocommit=True)

    def prepare(self) -> None:
        """Roles, then the template: migrated as the owner, rights granted to the app role."""
        with self.admin() as conn:
            for role in (OWNER_ROLE, APP_ROLE):
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                      (role,)).fetchone()
                statement = "ALTER ROLE {} LOGIN" if exists else "CREATE ROLE {} LOGIN"
                query = sql.SQL(statement).format(sql.Identifier(role))
                if self.password is not None:
                    query += sql.SQL(" PASSWORD {}").format(sql.Literal(self.password))
                conn.execute(query)
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(self.template)))
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(self.template), sql.Identifier(OWNER_ROLE)))
        register = open_register(self.url(self.template, OWNER_ROLE), create=True)
        try:
            with register.engine.begin() as conn:
                for statement in setup_roles_sql(conn, APP_ROLE):
                    conn.exec_driver_sql(statement)
        finally:
            register.close()

    def fresh(self) -> TestDatabase:
        name = f"{self.prefix}_{next(self._counter)}"
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(self.template),
                sql.Identifier(OWNER_ROLE)))
        return TestDatabase("postgresql", self.url(name, APP_ROLE),
                            self.url(name, OWNER_ROLE), self.url(name))

    def empty(self, owner: str = OWNER_ROLE) -> TestDatabase:
        """A database with no schema at all, owned by `owner`."""
        name = f"{self.prefix}_{next(self._counter)}"
        with self.admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(owner)))
        return TestDatabase("postgresql", self.url(name, APP_ROLE),
                            self.url(name, OWNER_ROLE), self.url(name))

    def drop(self, database: TestDatabase) -> None:
        name = make_url(database.url).database
        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))

    def close(self) -> None:
        with self.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(self.template)))
