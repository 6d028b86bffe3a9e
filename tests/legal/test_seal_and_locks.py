# SPDX-License-Identifier: EUPL-1.2
"""The new rows are locked and sealed with their minutes; older seals still verify; the
migration keeps every row both ways."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from kraftdesk.domain.errors import LockedError
from kraftdesk.interchange import import_register
from kraftdesk.register.engine import make_engine
from kraftdesk.register.migrate import open_register, upgrade
from kraftdesk.services import justering
from kraftdesk.services.verify import verify_register
from tests.integrity.helpers import shell
from tests.interchange.test_versions import OLDER_DEMOS
from tests.legal import scenario


def test_the_migration_keeps_every_row_both_ways_and_old_seals_verify(tmp_path: Path) -> None:
    from alembic import command

    from kraftdesk.register.migrate import alembic_config

    path = tmp_path / "register.sqlite3"
    register = open_register(f"sqlite:///{path}", create=True)
    import_register(register, OLDER_DEMOS[2].read_text(encoding="utf-8"))
    register.close()
    with sqlite3.connect(path) as conn:
        counted = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                   for t in ("attendance", "appendix", "paragraph", "vote")}
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0100_i12_setup")  # before issue 14
    upgrade(engine)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in counted} == counted
        triggers = {n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"lock_attendance_insert", "lock_appendix_delete", "lock_approval_insert",
            "lock_paragraph_update_immediate"} <= triggers
    register = open_register(f"sqlite:///{path}", create=False)
    try:
        report = verify_register(register)
        assert (report.seals, report.problems) == (4, ())
        with pytest.raises(LockedError), register.write() as s:  # justerade rows stay locked
            s.execute(text("UPDATE attendance SET from_number = 1"))
    finally:
        register.close()


def test_a_paragraphs_anslag_after_its_minutes_are_justerade_and_nothing_else(
        tmp_path: Path) -> None:
    path = tmp_path / "kf.sqlite3"
    register = open_register(f"sqlite:///{path}", create=True)
    try:
        built = scenario.build(register)
        with pytest.raises(LockedError, match="Paragrafen är omedelbart justerad"), \
                register.write() as s:
            s.execute(text(f"UPDATE paragraph SET title = 'x' WHERE id = {built.paragraph[5]}"))
        with pytest.raises(LockedError, match="Paragrafen är omedelbart justerad"), \
                register.write() as s:
            s.execute(text("DELETE FROM approval WHERE paragraph_id IS NOT NULL"))
        justering.send_for_justering(register, "KF:2015-03-17", on=date(2015, 3, 18))
        justering.justera(register, "KF:2015-03-17", on=date(2015, 3, 24),
                          now=datetime(2015, 3, 24, 10, 0))
        # The anslag of § 5 is recorded after its minutes are justerade and sealed.
        justering.record_posting(register, "KF:2015:5", on=date(2015, 3, 19))
        with pytest.raises(LockedError), register.write() as s:
            s.execute(text(f"UPDATE paragraph SET immediately_posted_on = '2015-03-20' "
                           f"WHERE id = {built.paragraph[5]}"))
        assert verify_register(register).ok
    finally:
        register.close()
    shell(path, "UPDATE approval SET to_number = 3 WHERE to_number IS NULL AND "
                "paragraph_id IS NULL AND role = 'approver'",
          "UPDATE vote SET lot_winner = 'no' WHERE secret")
    register = open_register(f"sqlite:///{path}", create=False)
    try:
        problems = verify_register(register).problems
    finally:
        register.close()
    assert any("justering av Lena Dahl: fältet «till och med §» har ändrats efter justeringen "
               "(förseglat: tomt; nu: 3)" in p for p in problems), problems
    assert any("§ 7 (KF:2015:7), omröstning 1: fältet «lottning» har ändrats efter "
               "justeringen (förseglat: «yes»; nu: «no»)" in p for p in problems), problems
