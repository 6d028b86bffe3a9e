# SPDX-License-Identifier: EUPL-1.2
"""How kraftdesk connects to a server, writers taking turns, and the migrations on both."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from sqlalchemy import select, text

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.database import BUSY_MESSAGE, Register
from kraftdesk.register.engine import CLIENT_ID, WRITE_LOCK, driver_url, make_engine
from kraftdesk.register.migrate import alembic_config, current_revision, open_register
from kraftdesk.register.models import Case
from kraftdesk.register.revision import HEAD_REVISION
from tests import factories as f
from tests.databases import TestDatabase
from tests.postgresql.helpers import cli, connect


def test_connections_name_the_client_and_are_checked_before_use(pg_register: Register) -> None:
    with pg_register.read() as session:
        assert session.execute(text("SHOW application_name")).scalar() == CLIENT_ID
    assert pg_register.engine.pool._pre_ping  # type: ignore[attr-defined]


def test_a_url_without_a_driver_uses_psycopg() -> None:
    assert driver_url("postgresql://u@h:5432/kraftdesk") == "postgresql+psycopg://u@h:5432/kraftdesk"
    assert driver_url("postgres://u@h/kraftdesk") == "postgresql+psycopg://u@h/kraftdesk"
    assert driver_url("sqlite:///r.sqlite3") == "sqlite:///r.sqlite3"


def test_a_writer_waits_for_the_other_then_gives_a_swedish_message(pg: TestDatabase) -> None:
    register = Register(make_engine(pg.url, busy_timeout_ms=300))
    try:
        with register.write() as session:
            f.organisation(session)
        with connect(pg.admin_url) as other:
            other.execute(f"SELECT pg_advisory_lock({WRITE_LOCK})")  # another writer's turn
            with pytest.raises(RegisterError) as raised, register.write() as session:
                session.add(Case(organisation_id=1, number="STK-1", title="Väntar"))
            assert raised.value.message == BUSY_MESSAGE
        with register.write() as session:  # free again
            session.add(Case(organisation_id=1, number="STK-1", title="Väntar"))
    finally:
        register.close()


def test_many_writers_at_once_neither_deadlock_nor_lose_a_write(register: Register,
                                                                database: TestDatabase) -> None:
    with register.write() as session:
        org = f.organisation(session)
        f.body(session, org)
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        own = open_register(database.url, create=False)
        try:
            for n in range(15):
                with own.write() as session:
                    session.add(Case(organisation_id=1, number=f"STK-{worker}-{n}",
                                     title=f"Ärende {n}"))
                    session.flush()
                    case = session.scalars(select(Case).where(
                        Case.number == f"STK-{(worker + 1) % 4}-0")).first()
                    if case is not None:
                        case.title = f"Ändrad av {worker}"
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with register.read() as session:
        assert session.scalar(text('SELECT count(*) FROM "case"')) == 60
    register.close()
    assert cli(database.url, "verify")[0] == 0


def test_the_migration_goes_down_and_up_again(register: Register,
                                              database: TestDatabase) -> None:
    register.close()
    owner = make_engine(database.owner_url)
    try:
        with owner.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0004")
        assert current_revision(owner) == "0004"
        with owner.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "head")
        assert current_revision(owner) == HEAD_REVISION
    finally:
        owner.dispose()
    assert cli(database.url, "demo")[0] == 0
    assert cli(database.url, "verify")[0] == 0
    assert cli(database.url, "search", "kraftsamlande")[0] == 0


def test_no_downgrade_past_database_users_in_the_audit_trail(pg: TestDatabase) -> None:
    assert cli(pg.url, "demo")[0] == 0
    owner = make_engine(pg.owner_url)
    try:
        with pytest.raises(RuntimeError, match=r"Nedgraderingen avbröts: \d+ poster i "
                                               "granskningsloggen anger databasanvändaren"), \
                owner.connect() as conn, conn.begin():
            command.downgrade(alembic_config(conn), "0004")
        assert current_revision(owner) == HEAD_REVISION
    finally:
        owner.dispose()
    assert cli(pg.url, "verify")[0] == 0
