# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk db upgrade` and `kraftdesk db setup-roles`: the administrator owns the schema,
the secretaries connect as a role that only reads and writes rows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from kraftdesk.register.revision import HEAD_REVISION
from tests.databases import APP_ROLE, OWNER_ROLE, PostgresForTests, TestDatabase
from tests.postgresql.helpers import cli, connect, sql


@pytest.fixture
def empty(postgres: PostgresForTests) -> Iterator[TestDatabase]:
    made = postgres.empty()
    yield made
    postgres.drop(made)


def _as(made: TestDatabase, role: str, password: str | None) -> str:
    return make_url(made.url).set(username=role, password=password).render_as_string(
        hide_password=False)


def test_from_an_empty_database_to_a_shared_register(empty: TestDatabase,
                                                     postgres: PostgresForTests,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(empty.owner_url, "db", "upgrade") == (
        0, f"Registrets tabeller är skapade (databasversion {HEAD_REVISION}).\n", "")
    assert cli(empty.owner_url, "db", "upgrade") == (
        0, f"Registret har redan databasversion {HEAD_REVISION}; inget har ändrats.\n",
        "")
    code, out, err = cli(empty.owner_url, "db", "setup-roles", "--roll", "kraftdesk_sekr")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"-- Kör som {OWNER_ROLE}, registrets ägare, i registrets databas "
                        "(eller kör kommandot igen med --kör).")
    assert "GRANT SELECT, INSERT ON audit_entry TO kraftdesk_sekr;" in lines
    assert "GRANT SELECT, INSERT, UPDATE, DELETE ON meeting TO kraftdesk_sekr;" in lines
    statements = [line for line in lines if not line.startswith("--")]
    assert not any("TRUNCATE" in line or "PASSWORD" in line for line in statements)
    # The owner may not create roles: the superuser makes it, the owner grants.
    sql(postgres.url("postgres"), "DROP ROLE IF EXISTS kraftdesk_sekr",
        "CREATE ROLE kraftdesk_sekr LOGIN PASSWORD 'sekr'")
    try:
        assert cli(empty.owner_url, "db", "setup-roles", "--roll", "kraftdesk_sekr",
                   "--kör") == (
            0, f"Rollen kraftdesk_sekr har nu appens rättigheter i registret (ägare: "
               f"{OWNER_ROLE}). Sekreterarna ansluter som kraftdesk_sekr.\n", "")
        secretary = _as(empty, "kraftdesk_sekr", "sekr")
        assert cli(secretary, "demo")[0] == 0
        assert cli(secretary, "verify")[0] == 0
        with connect(secretary) as conn:
            assert conn.execute("SELECT count(*) FROM meeting").fetchone() == (5,)
    finally:
        sql(postgres.url(make_url(empty.url).database), "DROP OWNED BY kraftdesk_sekr")
        sql(postgres.url("postgres"), "DROP ROLE kraftdesk_sekr")


def test_an_owner_without_createrole_is_told_what_to_do(empty: TestDatabase) -> None:
    assert cli(empty.owner_url, "db", "upgrade")[0] == 0
    assert cli(empty.owner_url, "db", "setup-roles", "--roll", "ny_roll", "--kör") == (
        1, "", f"kraftdesk: Rollen «{OWNER_ROLE}» får inte skapa roller. Skapa «ny_roll» som "
               "databasserverns superanvändare (CREATE ROLE ny_roll LOGIN) och kör kommandot "
               "igen; inget har ändrats.\n")


def test_setup_roles_refuses_a_role_that_owns_the_tables(empty: TestDatabase) -> None:
    assert cli(empty.owner_url, "db", "upgrade")[0] == 0
    assert cli(empty.owner_url, "db", "setup-roles", "--roll", OWNER_ROLE)[0] == 1


def test_setup_roles_explains_a_bad_name_and_sqlite(empty: TestDatabase,
                                                   tmp_path: object) -> None:
    assert cli(empty.owner_url, "db", "upgrade")[0] == 0
    assert cli(empty.owner_url, "db", "setup-roles", "--roll", "x; DROP TABLE meeting") == (
        1, "", "kraftdesk: «x; DROP TABLE meeting» går inte att använda som rollnamn: använd "
               "små bokstäver a–z, siffror och understreck (högst 63 tecken), till exempel "
               "kraftdesk_app.\n")
    assert cli(f"{tmp_path}/r.sqlite3", "init", "--organisation", "Malmö stad")[0] == 0
    assert cli(f"{tmp_path}/r.sqlite3", "db", "setup-roles") == (
        1, "", "kraftdesk: Roller finns bara i en databasserver (PostgreSQL). Ett register i "
               "en SQLite-fil skyddas av filens behörigheter.\n")


def test_the_app_role_cannot_create_the_schema(empty: TestDatabase) -> None:
    code, out, err = cli(empty.url, "demo")  # connects as the app role
    assert (code, out) == (1, "")
    assert err.startswith(f"kraftdesk: Användaren «{APP_ROLE}» får inte skapa eller ändra "
                          "registrets tabeller i databasen postgresql+psycopg://")
    assert err.endswith("Det gör databasens administratör med «kraftdesk --db ADRESS db "
                        "upgrade»; inget har ändrats.\n")


def test_an_older_schema_is_upgraded_by_the_administrator_only(empty: TestDatabase) -> None:
    from kraftdesk.register.engine import make_engine
    from kraftdesk.register.migrate import upgrade

    engine = make_engine(empty.owner_url)
    upgrade(engine, "0004")
    engine.dispose()
    code, out, err = cli(empty.owner_url, "info")
    assert (code, out) == (1, "")
    assert "har en äldre databasversion (0004) än den här versionen av kraftdesk " \
           f"({HEAD_REVISION}). Databasens administratör uppgraderar det med " \
           "«kraftdesk --db" in err
    assert err.endswith("db upgrade»; registret har inte ändrats.\n")
    assert cli(empty.owner_url, "db", "upgrade") == (
        0, f"Registret är uppgraderat från databasversion 0004 till {HEAD_REVISION}.\n",
        "")
    assert cli(empty.owner_url, "info")[0] == 0
