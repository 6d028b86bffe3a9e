# SPDX-License-Identifier: EUPL-1.2
"""After an import (which writes every row with its id) new rows get new ids: the justering of
the demo's draft meeting used to fail on PostgreSQL with a UniqueViolation."""

from __future__ import annotations

from sqlalchemy import func, select

from kraftdesk.register.database import Register
from kraftdesk.register.models import AuditEntry, Case, Paragraph
from kraftdesk.services.demo import load_demo
from tests.databases import TestDatabase
from tests.postgresql.helpers import cli


def test_the_demo_can_be_justerad_after_it_is_read_in(register: Register,
                                                      database: TestDatabase) -> None:
    load_demo(register)
    register.close()
    code, out, _err = cli(database.url, "justering", "skicka", "KS:2026-12-02", "--datum",
                          "2026-12-03")
    assert code == 0
    assert out.startswith("Protokollet KS:2026-12-02 är skickat för justering 2026-12-03.\n")
    code, out, _err = cli(database.url, "justering", "justera", "KS:2026-12-02", "--datum",
                          "2026-12-09", "--bekräfta", now="2026-12-09 15:00")
    assert code == 0
    assert out.startswith("Protokollet KS:2026-12-02 är justerat 2026-12-09 och förseglat.")
    assert cli(database.url, "verify")[0] == 0


def test_every_sequence_is_past_the_largest_id(register: Register) -> None:
    load_demo(register)
    with register.read() as session:
        largest = {model: session.scalar(select(func.max(model.id)))
                   for model in (Case, Paragraph, AuditEntry)}
    with register.write() as session:
        case = Case(organisation_id=1, number="STK-2026-9999", title="Nytt ärende")
        session.add(case)
        session.flush()
        paragraph = Paragraph(meeting_id=5, body_id=2, series="2026", position=99,
                              title="Extra ärende")
        session.add(paragraph)
        session.flush()
    assert (case.id, paragraph.id) == (largest[Case] + 1, largest[Paragraph] + 1)
    with register.read() as session:
        assert session.scalar(select(func.max(AuditEntry.id))) == largest[AuditEntry] + 2
