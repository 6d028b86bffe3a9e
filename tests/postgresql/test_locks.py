# SPDX-License-Identifier: EUPL-1.2
"""On a server, justerade minutes stay locked against the table owner's TRUNCATE too, and the
app's role cannot switch a lock off, drop anything or empty a table."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import func, select

from kraftdesk.domain.enums import MinutesState
from kraftdesk.register.database import Register
from tests.databases import TestDatabase
from tests.integrity.helpers import sealed_meeting
from tests.justering.helpers import build_meeting
from tests.justering.test_triggers import WRITES
from tests.postgresql.helpers import cli, connect

AUDIT = "Granskningsloggen kan bara utökas; dess poster kan inte ändras eller tas bort"
LOCKED = "Protokollet är justerat och kan inte ändras"


@pytest.mark.parametrize("role", ["owner", "superuser"])
def test_truncate_audit_entry_cascade_fails_for_the_owner(pg: TestDatabase,
                                                          pg_register: Register,
                                                          role: str) -> None:
    sealed_meeting(pg_register)
    url = pg.owner_url if role == "owner" else pg.admin_url
    with connect(url) as conn:
        for statement, message in [
            ("TRUNCATE audit_entry CASCADE", AUDIT),
            ("TRUNCATE audit_entry", AUDIT),
            ("TRUNCATE minutes_seal CASCADE", "Förseglingen av ett justerat protokoll"),
            ("TRUNCATE meeting CASCADE", LOCKED),
            ("TRUNCATE paragraph CASCADE", LOCKED),
            ("TRUNCATE decision_point", LOCKED),
            ("TRUNCATE ballot", LOCKED),
            ("TRUNCATE attendance", LOCKED),
            ("TRUNCATE stored_file CASCADE", "Filen hör till ett justerat protokoll"),
            ("TRUNCATE organisation CASCADE", "kan inte tömmas"),
        ]:
            with pytest.raises(psycopg.errors.RaiseException, match=message):
                conn.execute(statement)
    assert cli(pg.url, "verify")[0] == 0


def test_truncate_of_rows_no_lock_covers_is_left_to_the_owner(pg: TestDatabase,
                                                             pg_register: Register) -> None:
    build_meeting(pg_register)  # a draft: nothing justerat yet
    with connect(pg.owner_url) as conn:
        conn.execute("TRUNCATE ballot, decision_point")
        assert conn.execute("SELECT count(*) FROM decision_point").fetchone() == (0,)


def test_every_write_to_justerade_minutes_is_refused_for_the_owner(pg: TestDatabase,
                                                                  pg_register: Register) -> None:
    built = build_meeting(pg_register, state=MinutesState.APPROVED)
    params = {"m": built.meeting_id, "p": built.paragraph_ids[0], "q": built.paragraph_ids[1],
              "s": built.received_statement_id, "w": built.promised_statement_id}
    with connect(pg.owner_url) as conn:
        for statement in WRITES:
            # psycopg's placeholders instead of SQLAlchemy's; booleans as PostgreSQL spells them
            query = statement.replace("withdrawn = 1", "withdrawn = true")
            for name in params:
                query = query.replace(f":{name}", f"%({name})s")
            with pytest.raises(psycopg.errors.RaiseException, match=LOCKED):
                conn.execute(query, params)


@pytest.mark.parametrize(("statement", "refusal"), [
    ("TRUNCATE meeting CASCADE", "permission denied"),
    ("TRUNCATE audit_entry", "permission denied"),
    ("ALTER TABLE meeting DISABLE TRIGGER ALL", "must be owner"),
    ("ALTER TABLE audit_entry DISABLE TRIGGER lock_audit_entry_delete", "must be owner"),
    ("DROP TRIGGER lock_meeting_update ON meeting", "must be owner"),
    ("DROP TABLE vote CASCADE", "must be owner"),
    ("DROP FUNCTION truncate_guard_audit_entry() CASCADE", "must be owner"),
    ("CREATE TABLE mine (id integer)", "permission denied for schema"),
    ("UPDATE audit_entry SET os_user = 'någon'", "permission denied"),
    ("DELETE FROM audit_entry", "permission denied"),
    ("DELETE FROM minutes_seal", "permission denied"),
    ("SET session_replication_role = replica", "permission denied"),
    ("ALTER TABLE meeting OWNER TO kraftdesk_test_app", "must be owner"),
])
def test_the_app_role_cannot_pass_the_locks(pg: TestDatabase, pg_register: Register,
                                            statement: str, refusal: str) -> None:
    sealed_meeting(pg_register)
    with connect(pg.url) as conn, pytest.raises(psycopg.Error, match=refusal):
        conn.execute(statement)
    assert cli(pg.url, "verify")[0] == 0


def test_the_app_role_owns_nothing_and_holds_only_its_rights(pg: TestDatabase) -> None:
    with connect(pg.owner_url) as conn:
        owned = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                             "AND tableowner = 'kraftdesk_test_app'").fetchone()
        rights = dict(conn.execute(
            "SELECT table_name, string_agg(privilege_type, ',' ORDER BY privilege_type) "
            "FROM information_schema.role_table_grants WHERE grantee = 'kraftdesk_test_app' "
            "GROUP BY table_name").fetchall())
    assert owned == (0,)
    assert rights["audit_entry"] == "INSERT,SELECT"
    assert rights["minutes_seal"] == "INSERT,SELECT"
    assert rights["alembic_version"] == "SELECT"
    assert rights["meeting"] == "DELETE,INSERT,SELECT,UPDATE"
    assert all("TRUNCATE" not in r and "TRIGGER" not in r and "REFERENCES" not in r
               for r in rights.values())


def test_the_marks_of_justerade_minutes_cannot_be_truncated(pg: TestDatabase,
                                                            pg_register: Register) -> None:
    from kraftdesk.domain.enums import MarkKind, MarkScope
    from kraftdesk.register.models import Mark

    built = build_meeting(pg_register, promised=False)
    with pg_register.write() as session:
        session.add(Mark(meeting_id=built.meeting_id, paragraph_id=built.paragraph_ids[1],
                         kind=MarkKind.SECRECY, scope=MarkScope.PARAGRAPH,
                         provision="26 kap. 1 § OSL"))
    with connect(pg.owner_url) as conn:
        conn.execute("TRUNCATE mark")  # a draft's marks: the owner may
    with pg_register.write() as session:
        session.add(Mark(meeting_id=built.meeting_id, paragraph_id=built.paragraph_ids[1],
                         kind=MarkKind.SECRECY, scope=MarkScope.PARAGRAPH,
                         provision="26 kap. 1 § OSL"))
    sql_approve = ("UPDATE meeting SET minutes_state = 'approved', sent_for_approval_on = "
                   f"'2026-01-08', approved_on = '2026-01-14' WHERE id = {built.meeting_id}")
    with connect(pg.owner_url) as conn:
        conn.execute(sql_approve)
        with pytest.raises(psycopg.errors.RaiseException,
                           match="Protokollet är justerat och kan inte ändras \\(tabellen "
                                 "«mark» kan inte tömmas\\)"):
            conn.execute("TRUNCATE mark")


def test_the_tables_of_issue_14_cannot_be_truncated_once_justerade(
        pg: TestDatabase, pg_register: Register) -> None:
    """Who justerade what, further diarienummer, confirmed warnings (migration 0100_i14_legal)
    have TRUNCATE guards like the other tables of the minutes."""
    from kraftdesk.domain.enums import ApprovalRole
    from kraftdesk.register.models import (
        Approval,
        Case,
        CheckConfirmation,
        Organisation,
        ParagraphCase,
    )

    built = build_meeting(pg_register, promised=False)

    def add_rows() -> None:
        with pg_register.write() as session:
            number = session.scalar(select(func.count(Case.id))) + 100
            case = Case(organisation_id=session.scalar(select(Organisation.id)),
                        number=f"KS 2026/{number}", title="Ytterligare ärende")
            session.add(case)
            session.flush()
            session.add_all([
                ParagraphCase(paragraph_id=built.paragraph_ids[0], case_id=case.id,
                              position=1),
                Approval(meeting_id=built.meeting_id, person_id=built.chair_id,
                         role=ApprovalRole.CHAIR, position=1),
                CheckConfirmation(meeting_id=built.meeting_id,
                                  confirmed_at="2026-01-14T12:00:00+00:00",
                                  findings="Varning – sekreterare saknas.")])

    tables = ("paragraph_case", "approval", "check_confirmation")
    add_rows()
    with connect(pg.owner_url) as conn:
        for table in tables:
            conn.execute(f"TRUNCATE {table}")  # a draft's rows: the owner may
    add_rows()
    with connect(pg.owner_url) as conn:
        conn.execute("UPDATE meeting SET minutes_state = 'approved', sent_for_approval_on = "
                     f"'2026-01-08', approved_on = '2026-01-14' WHERE id = {built.meeting_id}")
    for table in tables:
        with connect(pg.owner_url) as conn, pytest.raises(
                psycopg.errors.RaiseException,
                match=f"Protokollet är justerat och kan inte ändras \\(tabellen «{table}» kan "
                      "inte tömmas\\)"):
            conn.execute(f"TRUNCATE {table}")
