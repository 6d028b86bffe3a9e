# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and register.

The register tests run on both databases. A test that asks for `register` (an open,
empty register at the newest schema) or `database` (its URLs, for the CLI's --db or a
second process) runs twice, on an SQLite file and on a fresh PostgreSQL database, when it
lives in one of BOTH_DATABASES or is marked `both_databases`; elsewhere, or when it also
asks for `register_path` (it looks at the SQLite file itself) or is marked `sqlite_only`,
it runs on SQLite alone.

PostgreSQL comes from KRAFTDESK_TEST_POSTGRES_URL (a role that may create roles and
databases; `.ci/run` starts a server and sets it). Without it the tests start their own
server from Debian's PostgreSQL 15 programs when they are installed (tests/pgserver.py);
without those, or with KRAFTDESK_TEST_POSTGRES_URL=off, the PostgreSQL cases are skipped,
saying why. Under CI (CI=true) a missing server fails them instead.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from tests import pgserver
from tests.databases import POSTGRES_ENV, PostgresForTests, TestDatabase, sqlite_database

#: Test folders whose register tests run on SQLite and on PostgreSQL.
BOTH_DATABASES = ("register", "services", "justering", "integrity", "search", "postgresql",
                  "interchange", "cli")
DATABASES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database" not in metafunc.fixturenames or _parametrized(metafunc, "database"):
        return
    if _on_both(metafunc):
        metafunc.parametrize("database", DATABASES, indirect=True)


def _parametrized(metafunc: pytest.Metafunc, name: str) -> bool:
    return any(name in marker.args[0] for marker in metafunc.definition.iter_markers("parametrize")
               if marker.args and isinstance(marker.args[0], str))


def _on_both(metafunc: pytest.Metafunc) -> bool:
    definition = metafunc.definition
    if definition.get_closest_marker("sqlite_only") is not None:
        return False
    if definition.get_closest_marker("both_databases") is not None:
        return True
    if "register_path" in metafunc.fixturenames:
        return False
    parts = Path(str(definition.path)).relative_to(Path(__file__).parent).parts
    return len(parts) > 1 and parts[0] in BOTH_DATABASES


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder, register or settings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KRAFTDESK_DATA_DIR", str(data))
    monkeypatch.delenv("KRAFTDESK_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


def _no_server(reason: str) -> None:
    message = (f"PostgreSQL: {reason}. Set {POSTGRES_ENV} to a server's URL "
               "(postgresql+psycopg://user:password@host:port/postgres, a role that may create "
               "roles and databases), install Debian's postgresql-15, or run .ci/run.")
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true needs a PostgreSQL server. {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresForTests]:
    """The PostgreSQL server of this test session (skips or fails when there is none)."""
    url = os.environ.get(POSTGRES_ENV, "")
    server = None
    if url == "off":
        _no_server(f"{POSTGRES_ENV}=off")
    if not url:
        if not pgserver.available():
            _no_server(f"{POSTGRES_ENV} is not set and the server programs are not in "
                       f"{pgserver.PG_BIN}")
        server = pgserver.TestServer.start()
        url = server.url
    cluster = PostgresForTests(make_url(url))
    try:
        cluster.prepare()
        yield cluster
        cluster.close()
    finally:
        if server is not None:
            server.stop()


@pytest.fixture
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestDatabase]:
    """The test's register database: SQLite unless parametrised (see the module's doc)."""
    kind = getattr(request, "param", "sqlite")
    if kind == "sqlite":
        yield sqlite_database(tmp_path / "register.sqlite3")
        return
    cluster: PostgresForTests = request.getfixturevalue("postgres")
    made = cluster.fresh()
    yield made
    cluster.drop(made)


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    """The SQLite file of `register` (asking for it keeps a test on SQLite)."""
    return tmp_path / "register.sqlite3"


@pytest.fixture
def register(database: TestDatabase) -> Iterator[Register]:
    """An empty register at the newest schema, on the test's database."""
    reg = open_register(database.url, create=True)
    yield reg
    reg.close()
