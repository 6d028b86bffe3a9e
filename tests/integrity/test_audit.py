# SPDX-License-Identifier: EUPL-1.2
"""Every write is in the audit log: when, who, what, before and after, hash-chained."""

from __future__ import annotations

import getpass
import hashlib
import itertools
import json
import re
import time
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Row, select, text
from sqlalchemy.engine import make_url

from kraftdesk.domain.enums import AuditAction
from kraftdesk.register.audit import GENESIS_HASH, entry_hash, walk_chain
from kraftdesk.register.database import Register
from kraftdesk.register.models import AuditEntry, Body, Case, Meeting, Paragraph
from tests import factories as f
from tests.databases import TestDatabase


def _entries(register: Register) -> list[Row[Any]]:
    with register.read() as s:
        table = AuditEntry.__table__
        return list(s.execute(select(table).order_by(table.c.id)).all())


def test_insert_update_delete_are_logged_with_before_and_after(register: Register) -> None:
    with register.write() as s:
        org = f.organisation(s)
        s.add(Case(organisation_id=org.id, number="STK-2024-1374", title="Återrapportering"))
    with register.write() as s:
        case = s.scalars(select(Case)).one()
        case.title = "Återrapportering kring kraftsamlande insatser"
    with register.write() as s:
        s.delete(s.scalars(select(Case)).one())
    org_entry, inserted, updated, deleted = _entries(register)
    assert (org_entry.entity, org_entry.action) == ("organisation", AuditAction.INSERT)
    assert [(e.action, e.entity, e.entity_key) for e in (inserted, updated, deleted)] == [
        (AuditAction.INSERT, "case", '{"id":1}'), (AuditAction.UPDATE, "case", '{"id":1}'),
        (AuditAction.DELETE, "case", '{"id":1}')]
    row = {"id": 1, "number": "STK-2024-1374", "organisation_id": 1, "status": "open",
           "body_id": None, "title": "Återrapportering", "version": 1}
    assert (inserted.before, json.loads(inserted.after or "")) == (None, row)
    assert json.loads(updated.before or "") == row
    assert json.loads(updated.after or "") == {
        **row, "title": "Återrapportering kring kraftsamlande insatser", "version": 2}
    assert deleted.after is None
    assert json.loads(deleted.before or "")["title"] == (
        "Återrapportering kring kraftsamlande insatser")
    assert {e.os_user for e in _entries(register)} == {getpass.getuser()}
    for entry in _entries(register):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00", entry.at)
        assert abs(datetime.fromisoformat(entry.at).timestamp() - time.time()) < 60


def test_entries_form_a_hash_chain(register: Register, database: TestDatabase) -> None:
    with register.write() as s:
        org = f.organisation(s)
        f.body(s, org)
    entries = _entries(register)
    assert entries[0].prev_hash == GENESIS_HASH
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
    first = entries[0]
    # The database user is recorded (and hashed) where there is one: PostgreSQL's role.
    assert first.db_user == (make_url(database.url).username if database.is_postgresql
                             else None)
    parts = [first.at, first.os_user, "insert", first.entity, first.entity_key, first.before,
             first.after] + ([first.db_user] if first.db_user is not None else [])
    body = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert first.hash == hashlib.sha256((GENESIS_HASH + body).encode()).hexdigest()
    with register.read() as s:
        assert list(walk_chain(s.connection())) == []


def test_a_rolled_back_write_leaves_no_entry(register: Register) -> None:
    with register.write() as s:
        f.organisation(s)
    count = len(_entries(register))
    with pytest.raises(RuntimeError), register.write() as s:
        org = s.scalars(select(f.Organisation)).one()
        f.body(s, org)
        raise RuntimeError("avbrutet")
    assert len(_entries(register)) == count


def test_an_unchanged_object_is_not_logged(register: Register) -> None:
    with register.write() as s:
        f.body(s, f.organisation(s))
    count = len(_entries(register))
    with register.write() as s:
        body = s.scalars(select(Body)).one()
        body.name = body.name  # same value
    assert len(_entries(register)) == count


def test_file_bytes_are_logged_as_their_hash(register: Register) -> None:
    from kraftdesk.register.seal import store_file

    with register.write() as s:
        store_file(s, b"%PDF-1.4 yttrande", filename="y.pdf", media_type="application/pdf")
    after = json.loads(_entries(register)[-1].after or "")
    assert after["content"] == "sha256:" + hashlib.sha256(b"%PDF-1.4 yttrande").hexdigest()


@pytest.mark.slow
@pytest.mark.sqlite_only  # timed for SQLite; on PostgreSQL the search index's row triggers
# cost more than the log (docs/performance.md, "PostgreSQL")
def test_many_rows_in_one_flush_are_logged_cheaply(register: Register) -> None:
    """5,000 paragraphs in one flush; the log must not cost more than the rows themselves."""
    with register.write() as s:
        ks = f.body(s, f.organisation(s))
        meeting = Meeting(body_id=ks.id, starts_at=f.at("2026-01-07 13:00"))
        s.add(meeting)
    started = time.perf_counter()
    with register.write() as s:
        s.add_all(Paragraph(meeting_id=meeting.id, body_id=ks.id, series="2026", number=n,
                            position=n, title=f"Ärende {n}") for n in range(1, 5001))
    elapsed = time.perf_counter() - started
    with register.read() as s:
        logged = s.scalar(text("SELECT count(*) FROM audit_entry WHERE entity = 'paragraph'"))
    assert logged == 5000
    assert elapsed < 10, f"5,000 paragraphs took {elapsed:.1f} s"


def test_statements_executed_through_the_session_are_logged(register: Register) -> None:
    from sqlalchemy import delete, insert, update

    with register.write() as s:
        org = f.organisation(s)
        s.execute(insert(Case), [
            {"organisation_id": org.id, "number": f"STK-2026-{n}", "title": f"Ärende {n}"}
            for n in (1, 2, 3)])
    with register.write() as s:
        s.execute(update(Case).where(Case.number != "STK-2026-1").values(status="closed"))
        # A bulk UPDATE by primary key of a versioned row names the version it is based on.
        s.execute(update(Case), [{"id": 1, "version": 1, "title": "Nytt namn"}])
        s.execute(delete(Case).where(Case.id == 3))
    logged = [(e.action.value, e.entity_key, json.loads(e.before) if e.before else None,
               json.loads(e.after) if e.after else None)
              for e in _entries(register) if e.entity == "case"]
    case = {"organisation_id": 1, "status": "open", "body_id": None, "version": 1}
    one, two, three = ({**case, "id": n, "number": f"STK-2026-{n}", "title": f"Ärende {n}"}
                       for n in (1, 2, 3))
    assert logged == [
        ("insert", '{"id":1}', None, one), ("insert", '{"id":2}', None, two),
        ("insert", '{"id":3}', None, three),
        ("update", '{"id":2}', two, {**two, "status": "closed"}),
        ("update", '{"id":3}', three, {**three, "status": "closed"}),
        ("update", '{"id":1}', one, {**one, "title": "Nytt namn", "version": 2}),
        ("delete", '{"id":3}', {**three, "status": "closed"}, None),
    ]
    with register.read() as s:
        assert list(walk_chain(s.connection())) == []


@pytest.mark.slow
def test_bulk_statements_over_many_rows_are_logged_in_chunks(
        register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import delete, insert, update

    from kraftdesk.register import audit

    monkeypatch.setattr(audit, "KEY_CHUNK", 7)  # many IN (...) queries, as with 40,000 rows
    with register.write() as s:
        org = f.organisation(s)
        s.execute(insert(Case), [{"organisation_id": org.id, "number": f"D-{n}", "title": "T"}
                                 for n in range(1, 101)])
        s.execute(update(Case), [{"id": n, "version": 1, "title": f"T{n}"}
                                 for n in range(1, 101, 2)])
        s.execute(insert(Case), [{"id": 500 + n, "organisation_id": org.id,
                                  "number": f"E-{n}", "title": "T"} for n in range(1, 31)])
        s.execute(delete(Case).where(Case.id > 90))
    with register.read() as s:
        counts = dict(s.execute(text(
            "SELECT action, count(*) FROM audit_entry WHERE entity = 'case' GROUP BY action")
        ).all())
        assert list(walk_chain(s.connection())) == []
    assert counts == {"insert": 130, "update": 50, "delete": 40}


@given(st.lists(st.one_of(st.none(), st.text()), min_size=7, max_size=7))
def test_the_entry_hash_is_sha256_over_the_canonical_json(parts: list[str | None]) -> None:
    names = ("at", "os_user", "action", "entity", "entity_key", "before", "after")
    fields = {n: (p if p is not None or n in ("before", "after") else "") for n, p in
              zip(names, parts, strict=True)}
    body = json.dumps([fields[n] for n in names], sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)
    assert entry_hash("ab" * 32, **fields) == hashlib.sha256(
        ("ab" * 32 + body).encode()).hexdigest()
