# SPDX-License-Identifier: EUPL-1.2
"""The register's tables as plain Core table clauses, for the readers that run without the ORM.

`kraftdesk pending` reads two lists (kraftdesk.reading.ledger, kraftdesk.reading.returning)
and nothing else; importing SQLAlchemy's ORM and the 26 mapped models would cost it a third
of its process (issue 19), and the desktop app's window is ready once its first view (the
Sammanträden list, kraftdesk.services.browse) has been read, before the models are loaded.
Those readers therefore build their statements on the table
clauses here: the same tables and columns as the models' (kraftdesk.register.models), with
the same column types, so the same SQL and the same values come back, in an ORM session as
on a plain connection. Only the columns such readers use are named; a test
(tests/register/test_core_tables.py) keeps every one equal to the model's column.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Date, DateTime, Integer, String, column, table

from kraftdesk.domain.enums import (
    CaseStatus,
    MinutesState,
    ParagraphDeferral,
    StatementKind,
    StatementState,
)
from kraftdesk.register.enum_types import enum_column

body = table(
    "body",
    column("id", Integer), column("name", String(200)), column("short_name", String(20)),
)

case = table(
    "case",
    column("id", Integer), column("number", String(100)), column("title", String(500)),
    column("status", enum_column(CaseStatus, "status")),
)

meeting = table(
    "meeting",
    column("id", Integer), column("body_id", Integer), column("starts_at", DateTime()),
    column("place", String(300)),
    column("minutes_state", enum_column(MinutesState, "minutes_state")),
    column("approval_due_at", DateTime()), column("approved_on", Date()),
    column("is_example", Boolean()),
)

audit_entry = table("audit_entry", column("id", Integer))

organisation = table(
    "organisation",
    column("id", Integer), column("name", String(200)),
)

paragraph = table(
    "paragraph",
    column("id", Integer), column("meeting_id", Integer), column("body_id", Integer),
    column("series", String(10)), column("number", Integer), column("position", Integer),
    column("case_id", Integer), column("title", String(500)),
    column("deferral", enum_column(ParagraphDeferral, "deferral")),
)

party = table(
    "party",
    column("id", Integer), column("abbreviation", String(20)),
)

person = table(
    "person",
    column("id", Integer), column("name", String(200)), column("party_id", Integer),
)

statement = table(
    "statement",
    column("id", Integer), column("paragraph_id", Integer), column("position", Integer),
    column("kind", enum_column(StatementKind, "kind")),
    column("state", enum_column(StatementState, "state")),
    column("deadline", DateTime()), column("version", Integer),
)

statement_author = table(
    "statement_author",
    column("statement_id", Integer), column("person_id", Integer), column("position", Integer),
)

ALL = (audit_entry, body, case, meeting, organisation, paragraph, party, person, statement,
       statement_author)
