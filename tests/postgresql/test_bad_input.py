# SPDX-License-Identifier: EUPL-1.2
"""A server that is down, refuses the login or holds something else; a connection lost in the
middle of justering: a Swedish message, exit code 1, and nothing half-written."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.database import Register
from kraftdesk.register.models import AuditEntry, Meeting, MinutesSeal
from kraftdesk.services import justering, sealing
from tests import pgserver
from tests.databases import PostgresForTests, TestDatabase
from tests.justering.helpers import build_meeting
from tests.postgresql.helpers import cli, connect, sql


def _url(made: TestDatabase, **changes: object) -> str:
    return make_url(made.url).set(**changes).render_as_string(hide_password=False)


def test_a_server_that_is_down(pg: TestDatabase) -> None:
    port = pgserver.free_port()  # nothing listens there
    assert cli(_url(pg, port=port), "info") == (
        1, "", f"kraftdesk: Databasservern 127.0.0.1:{port} svarar inte: den är avstängd, "
               "eller så lyssnar den inte på den adressen.\n")


def test_a_wrong_password(pg: TestDatabase) -> None:
    host = make_url(pg.url)
    code, out, err = cli(_url(pg, password="fel-lösenord"), "verify")
    assert (code, out) == (1, "")
    assert err == (f"kraftdesk: Databasservern {host.host}:{host.port} tog inte emot "
                   "inloggningen för användaren «kraftdesk_test_app»: fel lösenord eller "
                   "okänd användare.\n")


def test_a_database_that_does_not_exist(pg: TestDatabase) -> None:
    host = make_url(pg.url)
    assert cli(_url(pg, database="finns_inte"), "info") == (
        1, "", f"kraftdesk: Databasen «finns_inte» finns inte på databasservern "
               f"{host.host}:{host.port}.\n")


def test_a_database_of_a_newer_schema_is_left_untouched(pg: TestDatabase) -> None:
    sql(pg.owner_url, "UPDATE alembic_version SET version_num = '9999_framtida'")
    code, out, err = cli(pg.url, "info")
    assert (code, out) == (1, "")
    assert err.startswith("kraftdesk: Registret postgresql+psycopg://kraftdesk_test_app:***@")
    assert err.endswith("är skapat av en nyare version av kraftdesk (databasversion "
                        "9999_framtida). Uppdatera kraftdesk; registret har inte ändrats.\n")
    with connect(pg.owner_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == \
            ("9999_framtida",)


@pytest.mark.parametrize(("setup", "ending"), [
    (["CREATE TABLE kunder (id integer PRIMARY KEY)"],
     "innehåller redan tabeller men är inget kraftdesk-register.\n"),
    (["CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)",
      "INSERT INTO alembic_version VALUES ('ae1027a6acf')"],
     "är inget kraftdesk-register (den har en databasversion, ae1027a6acf, men inte "
     "registrets tabeller).\n"),
])
def test_a_database_that_is_not_a_register(postgres: PostgresForTests, setup: list[str],
                                           ending: str) -> None:
    other = postgres.empty()
    try:
        sql(other.owner_url, *setup)
        code, out, err = cli(other.owner_url, "demo")
        assert (code, out) == (1, "")
        assert err.startswith("kraftdesk: Databasen postgresql+psycopg://kraftdesk_test_owner:***@")
        assert err.endswith(ending)
    finally:
        postgres.drop(other)


def test_losing_the_connection_in_the_middle_of_justering(pg: TestDatabase,
                                                          pg_register: Register,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    built = build_meeting(pg_register, state=MinutesState.SENT_FOR_APPROVAL, promised=False)
    with pg_register.read() as session:
        entries = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
    real_seal = sealing.seal_minutes

    def the_server_drops_us_then_seal(session: Any, meeting_id: int, **kwargs: Any) -> Any:
        session.flush()  # rows of justering written by now
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
        sql(pg.admin_url, f"SELECT pg_terminate_backend({pid})")
        return real_seal(session, meeting_id, **kwargs)

    monkeypatch.setattr(sealing, "seal_minutes", the_server_drops_us_then_seal)
    with pytest.raises(RegisterError) as raised:
        justering.justera(pg_register, built.meeting_id, on=date(2026, 1, 14))
    host = make_url(pg.url)
    assert raised.value.message == (
        f"Förbindelsen med databasservern {host.host}:{host.port} bröts. Ändringen är inte "
        "sparad; inget har ändrats. Försök igen när servern nås.")
    with pg_register.read() as session:  # the pool gives a fresh connection
        meeting = session.get(Meeting, built.meeting_id)
        assert meeting.minutes_state is MinutesState.SENT_FOR_APPROVAL
        assert meeting.approved_on is None
        assert session.scalar(select(MinutesSeal.id)) is None
        assert session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc())
                              .limit(1)) == entries
    monkeypatch.setattr(sealing, "seal_minutes", real_seal)
    justering.justera(pg_register, built.meeting_id, on=date(2026, 1, 14))
    assert cli(pg.url, "verify")[0] == 0
