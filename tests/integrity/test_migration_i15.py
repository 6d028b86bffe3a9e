# SPDX-License-Identifier: EUPL-1.2
"""Migration 0100_i15_before_after on a register with data: defaults for the new texts,
the lists of anmälningar locked under justerade minutes, and back down again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from kraftdesk.domain.errors import LockedError, RegisterError
from kraftdesk.register.engine import make_engine
from kraftdesk.register.migrate import alembic_config, current_revision, open_register, upgrade
from kraftdesk.register.models.organisation import DEFAULT_NOTICE_ABSENCE_TEXT
from kraftdesk.register.revision import HEAD_REVISION

#: The revision this migration follows (whichever it is after the lead re-chains it): down
#: to it, the rows written before are all there.
BEFORE = ScriptDirectory.from_config(alembic_config()).get_revision(
    "0100_i15_before_after").down_revision

ROWS = [
    "INSERT INTO organisation (id, name, numbering_scheme, take_down_rule, "
    "special_statement_not_received_text, reservation_not_received_text, distribution_heading)"
    " VALUES (1, 'Malmö stad', 'per_year', 'next_weekday', 'a', 'b', 'c')",
    "INSERT INTO body (id, organisation_id, name, short_name, kind, approver_count) "
    "VALUES (1, 1, 'Kommunstyrelsen', 'KS', 'executive_board', 1)",
    "INSERT INTO meeting (id, body_id, starts_at, minutes_state, is_example) "
    "VALUES (1, 1, '2025-12-10 13:00:00.000000', 'draft', 0)",
    "INSERT INTO paragraph (id, meeting_id, body_id, series, number, position, title) "
    "VALUES (1, 1, 1, '2025', 212, 1, 'Budget 2026')",
    "UPDATE meeting SET minutes_state = 'approved', sent_for_approval_on = '2025-12-11', "
    "approved_on = '2025-12-17' WHERE id = 1",
    "INSERT INTO meeting (id, body_id, starts_at, minutes_state, is_example) "
    "VALUES (2, 1, '2026-01-10 13:00:00.000000', 'draft', 0)",
    "INSERT INTO paragraph (id, meeting_id, body_id, series, number, position, title) "
    "VALUES (2, 2, 1, '2026', 1, 1, 'Budget 2027')",
]


def test_upgrade_from_0004_then_down_again(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine, "0004")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        for statement in ROWS:
            conn.execute(statement)
    register = open_register(f"sqlite:///{path}", create=False)
    try:
        assert current_revision(register.engine) == HEAD_REVISION
        with register.read() as s:
            assert s.execute(text("SELECT notice_absence_text, reported_items_decision_text "
                                  "FROM organisation")).one() == (
                DEFAULT_NOTICE_ABSENCE_TEXT, "lägger anmälningarna till handlingarna")
            assert s.execute(text("SELECT presenter, deferral FROM paragraph WHERE id = 1")
                             ).one() == (None, None)
        with pytest.raises(LockedError, match="Protokollet är justerat"), \
                register.write() as s:
            s.execute(text("INSERT INTO reported_item (paragraph_id, position, kind, what) "
                           "VALUES (1, 1, 'document', 'Skrivelse')"))
        with pytest.raises(RegisterError, match="bryter mot registrets regler"), \
                register.write() as s:
            s.execute(text("UPDATE paragraph SET deferral = 'postponed' WHERE id = 2"))
        with register.write() as s:
            s.execute(text("UPDATE paragraph SET deferral = 'tabled' WHERE id = 2"))
            s.execute(text("INSERT INTO paragraph (id, meeting_id, body_id, series, number, "
                           "position, title, immediately_approved_on) VALUES (3, 2, 1, "
                           "'2026', 2, 2, 'Krisstöd', '2026-01-10')"))
        # Of an omedelbart justerad paragraph only the anslag may be recorded, never a
        # deferral or a föredragande with it (the rules of 0100_i14_legal, renewed).
        for change in ("deferral = 'tabled'", "presenter = 'Anna Ek'"):
            with pytest.raises(LockedError, match="Paragrafen är omedelbart justerad"), \
                    register.write() as s:
                s.execute(text(f"UPDATE paragraph SET immediately_posted_on = '2026-01-11', "
                               f"{change} WHERE id = 3"))
        with register.write() as s:
            s.execute(text("UPDATE paragraph SET immediately_posted_on = '2026-01-11' "
                           "WHERE id = 3"))
    finally:
        register.close()
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), BEFORE)
        assert current_revision(engine) == BEFORE
        with engine.connect() as conn:
            assert conn.execute(text("SELECT title FROM paragraph ORDER BY id")
                                ).scalars().all() == ["Budget 2026", "Budget 2027", "Krisstöd"]
    finally:
        engine.dispose()
