# SPDX-License-Identifier: EUPL-1.2
"""Upgrading a register with data from revision 0001: data kept, a timestamped backup made,
and the locking and audit rules in force afterwards."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kraftdesk.domain.errors import LockedError
from kraftdesk.register.engine import make_engine
from kraftdesk.register.migrate import current_revision, head_revision, open_register, upgrade

ROWS = [
    "INSERT INTO organisation (id, name, numbering_scheme, take_down_rule, "
    "special_statement_not_received_text, reservation_not_received_text, distribution_heading)"
    " VALUES (1, 'Malmö stad', 'per_year', 'next_weekday', 'a', 'b', 'c')",
    "INSERT INTO body (id, organisation_id, name, short_name, kind, approver_count) "
    "VALUES (1, 1, 'Kommunstyrelsen', 'KS', 'executive_board', 1)",
    "INSERT INTO meeting (id, body_id, starts_at, minutes_state, is_example, "
    "sent_for_approval_on, approved_on) VALUES (1, 1, '2025-12-10 13:00:00.000000', "
    "'approved', 0, '2025-12-11', '2025-12-17')",
    "INSERT INTO paragraph (id, meeting_id, body_id, series, number, position, title) "
    "VALUES (1, 1, 1, '2025', 212, 1, 'Budget 2026')",
]


def _register_at_0001(path: Path) -> None:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        for statement in ROWS:
            conn.execute(statement)


def test_upgrade_from_0001_keeps_data_and_makes_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    _register_at_0001(path)
    register = open_register(f"sqlite:///{path}", create=False)
    try:
        assert current_revision(register.engine) == head_revision()
        (made,) = (tmp_path / "backups").iterdir()
        assert re.fullmatch(r"register-före-uppgradering-\d{8}-\d{6}-\d{6}\.sqlite3", made.name)
        with sqlite3.connect(made) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert conn.execute("SELECT title FROM paragraph").fetchall() == [("Budget 2026",)]
        with register.read() as s:
            assert s.execute(text("SELECT title FROM paragraph")).scalars().all() == [
                "Budget 2026"]
        with pytest.raises(LockedError, match="Protokollet är justerat"), \
                register.write() as s:  # the upgraded register locks the old justerade minutes
            s.execute(text("UPDATE paragraph SET title = 'Ändrad'"))
    finally:
        register.close()


def test_downgrade_to_0001_removes_the_triggers(tmp_path: Path) -> None:
    from alembic import command

    from kraftdesk.register.migrate import alembic_config

    path = tmp_path / "register.sqlite3"
    open_register(f"sqlite:///{path}").close()
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                            "AND name LIKE 'lock_%'").fetchone() == (0,)
