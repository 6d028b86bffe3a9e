# SPDX-License-Identifier: EUPL-1.2
"""The database itself enforces the invariants; the migrations build exactly the models."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.base import Base
from kraftdesk.register.database import Register
from kraftdesk.register.fulltext import include_object
from tests import factories as f


def test_migrations_from_empty_equal_the_models(register: Register) -> None:
    with register.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.sqlite_only  # PostgreSQL's settings: tests/postgresql/test_server.py
def test_sqlite_settings_on_every_connection(register: Register) -> None:
    with register.read() as session:
        conn = session.connection()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


@contextmanager
def refused(pattern: str) -> Iterator[None]:
    """The database refuses the write: the secretary reads why in Swedish, the constraint
    SQLite named stays on the exception's cause for the log."""
    with pytest.raises(RegisterError) as caught:
        yield
    assert isinstance(caught.value.__cause__, IntegrityError)
    assert re.search(pattern, str(caught.value.__cause__))
    assert caught.value.message.startswith("Registret avvisade ändringen: ")
    assert caught.value.message.endswith(". Inget har ändrats.")


def _raw(register: Register, sql: str, **params: object) -> None:
    with register.write() as session:
        session.execute(text(sql), params)


def _seed(register: Register) -> None:
    with register.write() as s:
        org = f.organisation(s)
        ks = f.body(s, org)
        s.execute(text(
            "INSERT INTO meeting (id, body_id, starts_at, minutes_state, is_example) "
            "VALUES (1, :b, '2026-01-07 13:00:00', 'draft', FALSE)"), {"b": ks.id})
        s.execute(text(
            "INSERT INTO paragraph (meeting_id, body_id, series, number, position, title) "
            "VALUES (1, :b, '2026', 16, 1, 'Återrapportering')"), {"b": ks.id})
        s.execute(text("INSERT INTO \"case\" (organisation_id, number, title, status) "
                       "VALUES (:o, 'STK-2024-1374', 'Återrapportering', 'open')"), {"o": org.id})


#: How each database names a broken unique or foreign key constraint.
UNIQUE = "UNIQUE|unique constraint"
FOREIGN_KEY = "FOREIGN KEY|foreign key constraint"


@pytest.mark.parametrize(
    ("sql", "constraint"),
    [
        # unique paragraph number per body and year
        ("INSERT INTO paragraph (meeting_id, body_id, series, number, position, title) "
         "VALUES (1, 1, '2026', 16, 2, 'Dubblett')", UNIQUE),
        # unique diarienummer per organisation
        ("INSERT INTO \"case\" (organisation_id, number, title, status) "
         "VALUES (1, 'STK-2024-1374', 'Annat', 'open')", UNIQUE),
        # enumerated columns are checked
        ("INSERT INTO \"case\" (organisation_id, number, title, status) "
         "VALUES (1, 'STK-2026-1', 'X', 'bogus')", "ck_case_status"),
        ("UPDATE meeting SET minutes_state = 'signed'", "ck_meeting_minutes_state"),
        ("INSERT INTO membership (person_id, body_id, role, starts_on) "
         "VALUES (1, 1, 'king', '2026-01-01')", f"{FOREIGN_KEY}|ck_membership_role"),
        # foreign keys are enforced
        ("INSERT INTO paragraph (meeting_id, body_id, series, number, position, title) "
         "VALUES (99, 1, '2026', 17, 2, 'X')", FOREIGN_KEY),
        # a paragraph's body must be its meeting's body
        ("INSERT INTO body (id, organisation_id, name, short_name, kind, approver_count) "
         "VALUES (2, 1, 'Kommunfullmäktige', 'KF', 'assembly', 2)", None),
        ("INSERT INTO paragraph (meeting_id, body_id, series, number, position, title) "
         "VALUES (1, 2, '2026', 1, 3, 'Fel organ')", FOREIGN_KEY),
        # approved minutes need the justering date
        ("UPDATE meeting SET minutes_state = 'approved'", "ck_meeting_approved_has_date"),
    ],
)
def test_constraints_rejected_by_the_database(register: Register, sql: str,
                                              constraint: str | None) -> None:
    _seed(register)
    if constraint is None:
        _raw(register, sql)
        return
    with refused(constraint):
        _raw(register, sql)


def test_a_failed_write_changes_nothing(register: Register) -> None:
    _seed(register)
    with refused(UNIQUE), register.write() as s:
        s.execute(text("UPDATE paragraph SET title = 'Ändrad'"))
        s.execute(text("INSERT INTO \"case\" (organisation_id, number, title, status) "
                       "VALUES (1, 'STK-2024-1374', 'Dubblett', 'open')"))
    with register.read() as s:
        assert s.execute(text("SELECT title FROM paragraph")).scalar() == "Återrapportering"


def test_person_pronoun_and_membership_period_checked(register: Register) -> None:
    with register.write() as s:
        org = f.organisation(s)
        f.body(s, org)
    with refused("ck_person_pronoun"):
        _raw(register, "INSERT INTO person (organisation_id, name, pronoun) VALUES (1, 'A', 'den')")
    _raw(register, "INSERT INTO person (id, organisation_id, name) VALUES (5, 1, 'A')")
    with refused("ck_membership_period_order"):
        _raw(register, "INSERT INTO membership (person_id, body_id, role, starts_on, ends_on) "
                       "VALUES (5, 1, 'member', :s, :e)", s=date(2026, 1, 1), e=date(2025, 1, 1))
