# SPDX-License-Identifier: EUPL-1.2
"""How kraftdesk connects to a server, writers taking turns, and the migrations on both."""

from __future__ import annotations

import threading
import time

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register import engine as engine_module
from kraftdesk.register.database import BUSY_MESSAGE, Register
from kraftdesk.register.engine import CLIENT_ID, WRITE_LOCK, driver_url, make_engine
from kraftdesk.register.migrate import alembic_config, current_revision, open_register
from kraftdesk.register.models import Case
from kraftdesk.register.revision import HEAD_REVISION
from tests import factories as f
from tests.databases import TestDatabase
from tests.postgresql.helpers import cli, connect, sql


def test_connections_name_the_client(pg_register: Register) -> None:
    with pg_register.read() as session:
        assert session.execute(text("SHOW application_name")).scalar() == CLIENT_ID


def _backend(register: Register) -> int:
    with register.read() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_the_server_ended_is_replaced_before_use(pg: TestDatabase,
                                                             pg_register: Register) -> None:
    first = _backend(pg_register)
    assert _backend(pg_register) == first  # the pool hands the same connection back
    sql(pg.admin_url, f"SELECT pg_terminate_backend({first})")  # as a server restart does
    time.sleep(0.2)
    second = _backend(pg_register)  # no error: a new connection
    assert second != first
    sql(pg.admin_url, f"SELECT pg_terminate_backend({second})")
    time.sleep(0.2)
    with pg_register.write() as session:  # a write too
        f.organisation(session)
    assert _backend(pg_register) not in (first, second)


def test_a_connection_is_pinged_after_a_pause_only(pg_register: Register,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    pings: list[object] = []
    real_ping = pg_register.engine.dialect.do_ping
    monkeypatch.setattr(pg_register.engine.dialect, "do_ping",
                        lambda connection: pings.append(connection) or real_ping(connection))
    _backend(pg_register)
    pings.clear()
    for _ in range(3):  # handed back a moment ago, nothing on its socket: used as it is
        _backend(pg_register)
    assert pings == []
    monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)  # as after a long pause
    _backend(pg_register)
    assert len(pings) == 1


def test_a_write_is_one_transaction_begun_with_the_writers_lock(pg: TestDatabase,
                                                               pg_register: Register) -> None:
    with pg_register.write() as session:
        f.organisation(session)
    with pytest.raises(RuntimeError), pg_register.write() as session:
        session.add(Case(organisation_id=1, number="STK-1", title="Hälften"))
        session.flush()
        in_transaction = session.execute(text(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
            "AND pid = pg_backend_pid() AND granted")).scalar_one()
        assert in_transaction == 1
        ids = {session.execute(text("SELECT txid_current()")).scalar_one() for _ in range(3)}
        assert len(ids) == 1
        with connect(pg.admin_url) as other:  # not visible to others before the commit
            assert other.execute('SELECT count(*) FROM "case"').fetchone() == (0,)
        raise RuntimeError("avbrott")
    with pg_register.read() as session:  # rolled back: neither the row nor its audit entry
        assert session.scalar(select(Case.id)) is None
        assert session.scalar(text(
            "SELECT count(*) FROM audit_entry WHERE entity = 'case'")) == 0


def test_a_read_cannot_write(pg_register: Register) -> None:
    with pg_register.write() as session:
        f.organisation(session)
    with pytest.raises(DBAPIError, match="read-only transaction"), \
            pg_register.read() as session:
        session.execute(text(
            "INSERT INTO \"case\" (organisation_id, number, title, status, version) "
            "VALUES (1, 'STK-9', 'Smyger', 'open', 1)"))
    with pg_register.read() as session:
        assert session.scalar(select(Case.id)) is None


def test_a_read_keeps_the_statements_prepared_on_the_server(pg_register: Register) -> None:
    with pg_register.write() as session:
        f.organisation(session)
    for _ in range(8):  # psycopg prepares a statement at its fifth use on a connection
        with pg_register.read() as session:
            session.scalar(select(Case.id).where(Case.number == "STK-1"))
    with pg_register.read() as session:
        prepared = session.execute(text(
            "SELECT statement FROM pg_prepared_statements")).scalars().all()
    assert any("FROM \"case\"" in statement for statement in prepared)


@pytest.mark.parametrize("way", ["read", "read_rows"])
def test_a_read_sees_one_snapshot(pg: TestDatabase, pg_register: Register, way: str) -> None:
    """Every statement of one read sees the register as it was at the read's first: a case
    another secretary registers in between is not half seen (REPEATABLE READ)."""
    with pg_register.write() as session:
        f.organisation(session)
    count = text('SELECT count(*) FROM "case"')
    with getattr(pg_register, way)() as reader:
        assert reader.execute(count).scalar() == 0
        sql(pg.url, "INSERT INTO \"case\" (organisation_id, number, title, status, version) "
                    "VALUES (1, 'STK-7', 'Under tiden', 'open', 1)")
        assert reader.execute(count).scalar() == 0
    with getattr(pg_register, way)() as reader:
        assert reader.execute(count).scalar() == 1


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
