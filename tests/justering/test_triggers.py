# SPDX-License-Identifier: EUPL-1.2
"""Locked means locked in the database itself: raw SQL on justerade minutes is refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import LockedError
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from tests.justering.helpers import Built, build_meeting

LOCKED = "Protokollet är justerat och kan inte ändras."
IMMEDIATE = "Paragrafen är omedelbart justerad och kan inte ändras."

# (statement, parameters from the built meeting); every one touches the justerade minutes.
WRITES = [
    "UPDATE meeting SET place = 'Stadshuset' WHERE id = :m",
    "UPDATE meeting SET minutes_state = 'draft', approved_on = NULL WHERE id = :m",
    "DELETE FROM meeting WHERE id = :m",
    "UPDATE paragraph SET title = 'Ändrad' WHERE id = :p",
    "UPDATE paragraph SET number = 99 WHERE id = :p",
    "DELETE FROM paragraph WHERE id = :q",
    "INSERT INTO paragraph (meeting_id, body_id, series, number, position, title) "
    "VALUES (:m, 1, '2026', 18, 3, 'Ny')",
    "UPDATE decision_point SET text = 'Ändrad' WHERE paragraph_id = :p",
    "INSERT INTO decision_point (paragraph_id, position, text) VALUES (:p, 9, 'Ny')",
    "DELETE FROM decision_point WHERE paragraph_id = :q",
    "INSERT INTO basis_document (paragraph_id, position, text) VALUES (:p, 1, 'Ny rad')",
    "UPDATE distribution SET recipient = 'Någon annan'",
    "DELETE FROM paragraph_section",
    "UPDATE paragraph_attendance SET kind = 'absent'",
    "UPDATE proposal SET withdrawn = 1",
    "DELETE FROM proposal_author",
    "UPDATE vote SET yes_meaning = 'Ja'",
    "UPDATE ballot SET choice = 'yes'",
    "DELETE FROM ballot",
    "UPDATE statement SET text = 'Efterhandstext' WHERE id = :s",
    "UPDATE statement SET state = 'received', received_at = '2026-01-20 10:00:00', "
    "text = 'Sen text' WHERE id = :w",
    "DELETE FROM statement_author",
    "UPDATE statement_concurrence SET position = 5",
    "UPDATE attendance SET note = 'deltar digitalt'",
    "DELETE FROM attendance",
    "INSERT INTO meeting_approver (meeting_id, person_id, position) VALUES (:m, 3, 2)",
    "UPDATE appendix SET title = 'Annan bilaga'",
    "DELETE FROM appendix",
]


def _execute(register: Register, sql: str, **params: object) -> None:
    with register.write() as session:
        session.execute(text(sql), params)


def _params(built: Built) -> dict[str, int]:
    return {"m": built.meeting_id, "p": built.paragraph_ids[0], "q": built.paragraph_ids[1],
            "s": built.received_statement_id, "w": built.promised_statement_id}


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Built]]:
    """A draft and a justerad register, built once; each test writes to its own copy."""
    out = {}
    for name, state in (("draft", MinutesState.DRAFT), ("approved", MinutesState.APPROVED)):
        path = tmp_path_factory.mktemp(name) / "register.sqlite3"
        reg = open_register(f"sqlite:///{path}", create=True)
        out[name] = (path, build_meeting(reg, state=state))
        reg.close()
    return out


def _copy(templates: dict[str, tuple[Path, Built]], name: str,
          tmp_path: Path) -> tuple[Register, Built]:
    source, built = templates[name]
    shutil.copy(source, tmp_path / "kopia.sqlite3")
    return open_register(f"sqlite:///{tmp_path / 'kopia.sqlite3'}", create=False), built


@pytest.mark.parametrize("sql", WRITES)
def test_every_write_to_justerade_minutes_is_refused(templates: dict[str, tuple[Path, Built]],
                                                     tmp_path: Path, sql: str) -> None:
    register, built = _copy(templates, "approved", tmp_path)
    params = {k: v for k, v in _params(built).items() if f":{k}" in sql}
    try:
        with pytest.raises(LockedError) as caught:
            _execute(register, sql, **params)
    finally:
        register.close()
    assert caught.value.message == LOCKED


@pytest.mark.parametrize("sql", WRITES)
def test_the_same_writes_are_allowed_on_a_draft(templates: dict[str, tuple[Path, Built]],
                                                tmp_path: Path, sql: str) -> None:
    if sql.startswith("DELETE FROM meeting") or sql.startswith("DELETE FROM paragraph "):
        pytest.skip("deleting a parent with children is refused by the foreign keys")
    if "minutes_state = 'draft'" in sql:
        pytest.skip("the draft is already a draft")
    register, built = _copy(templates, "draft", tmp_path)
    params = {k: v for k, v in _params(built).items() if f":{k}" in sql}
    try:
        _execute(register, sql, **params)
    finally:
        register.close()


def test_the_posting_day_is_recorded_once(register: Register) -> None:
    built = build_meeting(register, state=MinutesState.APPROVED)
    _execute(register, "UPDATE meeting SET posted_on = '2026-01-15' WHERE id = :m",
             m=built.meeting_id)
    with pytest.raises(LockedError, match=LOCKED):
        _execute(register, "UPDATE meeting SET posted_on = '2026-01-16' WHERE id = :m",
                 m=built.meeting_id)
    with pytest.raises(LockedError, match=LOCKED):
        _execute(register, "UPDATE meeting SET posted_on = NULL WHERE id = :m",
                 m=built.meeting_id)


def test_posting_day_cannot_carry_other_changes(register: Register) -> None:
    built = build_meeting(register, state=MinutesState.APPROVED)
    with pytest.raises(LockedError, match=LOCKED):
        _execute(register, "UPDATE meeting SET posted_on = '2026-01-15', place = 'X' "
                 "WHERE id = :m", m=built.meeting_id)


def test_an_immediately_approved_paragraph_is_locked_in_a_draft(register: Register) -> None:
    built = build_meeting(register, promised=False)
    p16, p17 = built.paragraph_ids
    _execute(register, "UPDATE paragraph SET immediately_approved_on = '2026-01-07' "
             "WHERE id = :p", p=p16)
    for sql in ("UPDATE paragraph SET title = 'Ändrad' WHERE id = :p",
                "UPDATE paragraph SET immediately_approved_on = NULL WHERE id = :p",
                "DELETE FROM decision_point WHERE paragraph_id = :p",
                "INSERT INTO distribution (paragraph_id, position, recipient) "
                "VALUES (:p, 5, 'Revisionen')",
                "UPDATE ballot SET choice = 'abstain'",
                "UPDATE statement_author SET position = 7"):
        with pytest.raises(LockedError) as caught:
            _execute(register, sql, p=p16)
        assert caught.value.message == IMMEDIATE, sql
    # The rest of the draft still changes.
    _execute(register, "UPDATE paragraph SET title = 'Delegationsbeslut' WHERE id = :p", p=p17)
    _execute(register, "UPDATE meeting SET place = 'Stadshuset' WHERE id = :m",
             m=built.meeting_id)


def test_files_of_justerade_minutes_cannot_change(register: Register) -> None:
    built = build_meeting(register, state=MinutesState.APPROVED)
    with pytest.raises(LockedError, match="Filen hör till ett justerat protokoll"):
        _execute(register, "UPDATE stored_file SET content = :c WHERE id = :f",
                 c=b"\x00", f=built.file_id)
    with pytest.raises(LockedError, match="Filen hör till ett justerat protokoll"):
        _execute(register, "DELETE FROM stored_file WHERE id = :f", f=built.file_id)


def test_the_audit_log_is_append_only(register: Register) -> None:
    build_meeting(register)
    message = "Granskningsloggen kan bara utökas"
    with pytest.raises(LockedError, match=message):
        _execute(register, "UPDATE audit_entry SET os_user = 'någon annan'")
    with pytest.raises(LockedError, match=message):
        _execute(register, "DELETE FROM audit_entry")


def test_a_seal_needs_justerade_minutes_and_never_changes(register: Register) -> None:
    built = build_meeting(register)
    seal = ("INSERT INTO minutes_seal (meeting_id, sealed_at, canonical_version, content_sha256)"
            " VALUES (:m, '2026-01-14T12:00:00+00:00', 1, :h)")
    with pytest.raises(LockedError, match="Bara ett justerat protokoll kan förseglas"):
        _execute(register, seal, m=built.meeting_id, h="0" * 64)
    _execute(register, "UPDATE meeting SET minutes_state = 'approved', "
             "sent_for_approval_on = '2026-01-08', approved_on = '2026-01-14' WHERE id = :m",
             m=built.meeting_id)
    _execute(register, seal, m=built.meeting_id, h="0" * 64)
    with pytest.raises(LockedError, match="Förseglingen av ett justerat protokoll"):
        _execute(register, "UPDATE minutes_seal SET content_sha256 = :h", h="1" * 64)
    with pytest.raises(LockedError, match="Förseglingen av ett justerat protokoll"):
        _execute(register, "DELETE FROM minutes_seal")


def test_the_sqlite3_shell_meets_the_same_triggers(register: Register,
                                                   register_path: Path) -> None:
    built = build_meeting(register, state=MinutesState.APPROVED)
    register.close()
    conn = sqlite3.connect(register_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=LOCKED.rstrip(".")):
            conn.execute("UPDATE paragraph SET title = 'X' WHERE id = ?",
                         (built.paragraph_ids[0],))
    finally:
        conn.close()


def test_the_register_knows_every_trigger_message() -> None:
    """database.LOCK_MESSAGES (for LockedError) are exactly the migration's messages."""
    import importlib.util

    from kraftdesk.register import database
    from kraftdesk.register.scripts import MIGRATIONS_DIR

    path = MIGRATIONS_DIR / "versions" / "0002_locking_and_audit.py"
    spec = importlib.util.spec_from_file_location("migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert {rule[4] for rule in module.rules()} == set(database.LOCK_MESSAGES)
