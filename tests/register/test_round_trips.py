# SPDX-License-Identifier: EUPL-1.2
"""What a secretary's read and save of a paragraph cost the database: a count of statements
(each a round trip on PostgreSQL), so that a change that adds some per save is noticed. The
time it takes is benchmarks/bench_load.py's business."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import event, func, select

from kraftdesk.domain.enums import BodyKind
from kraftdesk.register import audit
from kraftdesk.register.database import Register
from kraftdesk.register.engine import CHAIN_HEAD
from kraftdesk.register.models import AuditEntry, Body, Paragraph
from kraftdesk.services import meetings, paragraphs
from tests import factories as f


@contextmanager
def statements(register: Register) -> Iterator[list[str]]:
    sent: list[str] = []

    def noted(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement)

    event.listen(register.engine, "before_cursor_execute", noted)
    try:
        yield sent
    finally:
        event.remove(register.engine, "before_cursor_execute", noted)


def _paragraph(register: Register) -> int:
    with register.write() as session:
        org = f.organisation(session)
        f.body(session, org)
    body = meetings.list_bodies(register)[0]
    meeting = meetings.plan_meeting(register, meetings.MeetingPlan(
        body_id=body.id, starts_at=datetime(2026, 3, 2, 9, 0), place="Stadshuset")).id
    return paragraphs.add_paragraph(register, meeting, title="Budget 2027").id


def test_reading_and_saving_a_paragraph_take_few_statements(register: Register) -> None:
    paragraph_id = _paragraph(register)
    for n in range(3):  # warm: a connection in the pool, the statements prepared
        view = paragraphs.paragraph_view(register, paragraph_id)
        paragraphs.update_paragraph(register, paragraph_id, title=f"Budget {n}",
                                    expected_version=view.version)
    with statements(register) as read:
        view = paragraphs.paragraph_view(register, paragraph_id)
    # the paragraph with its meeting, body, case and distribution heading in one; its six
    # lists (decision points, basis, distribution, sections, reported items, other cases)
    assert len(read) <= 8, read
    assert not any(s.strip().upper().startswith(("SELECT 1", ";")) for s in read)  # no ping
    with statements(register) as saved:
        paragraphs.update_paragraph(register, paragraph_id, title="Budget 2028",
                                    expected_version=view.version)
    # BEGIN with the writers' lock (on PostgreSQL also the chain's head); the paragraph with
    # its meeting; the UPDATE; (on SQLite the chain's head, and the search's noted changes:
    # none while no search list is made, kraftdesk.register.search_lists;) the audit entry.
    # COMMIT is not a statement here.
    assert len(saved) == (4 if register.engine.dialect.name == "postgresql" else 6), saved
    assert sum("advisory" in s for s in saved) <= 1
    with register.read() as session:  # and nothing is given up for it
        assert session.get(Paragraph, paragraph_id).title == "Budget 2028"
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.entity == "paragraph" and '"title":"Budget 2028"' in entry.after


def test_the_chain_holds_when_its_head_read_at_begin_is_stale(register: Register) -> None:
    """Entries follow the real head even when the head read with the lock is no longer it
    (PostgreSQL reads it at BEGIN and inserts an entry only if it is still the head)."""
    with register.write() as session:
        org = f.organisation(session)
        session.flush()
        session.add_all([Body(organisation_id=org.id, short_name=f"N{n}", name=f"Nämnd {n}",
                              kind=BodyKind.COMMITTEE) for n in range(3)])
        session.flush()  # three entries in one flush, after the organisation's
        if CHAIN_HEAD in session.connection().info:  # as if another path had appended
            session.connection().info[CHAIN_HEAD] = ("någon", "f" * 64)
        f.body(session, org, short_name="KS", name="Kommunstyrelsen")
    with register.read() as session:
        assert list(audit.walk_chain(session.connection())) == []
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 5
