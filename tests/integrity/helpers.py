# SPDX-License-Identifier: EUPL-1.2
"""Helpers for tampering with a register file the way someone with the sqlite3 shell would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kraftdesk.domain.enums import MinutesState
from kraftdesk.register.database import Register
from kraftdesk.register.seal import seal_minutes
from tests.justering.helpers import Built, build_meeting


def sealed_meeting(register: Register) -> Built:
    """KS:2026-01-07 justerad 2026-01-14 and sealed (no drafting services involved)."""
    built = build_meeting(register, state=MinutesState.APPROVED, promised=False)
    with register.write() as session:
        seal_minutes(session, built.meeting_id, sealed_at="2026-01-14T12:00:00.000000+00:00",
                     name="KS-2026-01-07", pdf=b"%PDF-1.7 justerat protokoll")
    return built


def shell(path: Path, *statements: str, drop_triggers: bool = True) -> None:
    """Run raw SQL on the file as the sqlite3 shell would: drop the triggers first, and (a
    careful tamperer) put them back afterwards, so only the data tells what happened."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        saved = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
        if drop_triggers:
            for name, _sql in saved:
                conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)
        if drop_triggers:
            for _name, sql in saved:
                conn.execute(sql)
    finally:
        conn.close()
