# SPDX-License-Identifier: EUPL-1.2
"""The canonical form of a meeting's minutes, the seal taken over it, and the comparison.

The canonical form (version 1) holds every row of the minutes, as stored, keyed by table and
primary key: the meeting (all but posted_on, which is recorded once after justering), its
attendance, justerare and bilagor, its paragraphs and every row under them (decision
points, basis documents, distribution, sections, attendance per paragraph, proposals and
their authors, votes and ballots, statements with authors and concurrences), and the
stored files they refer to, with the SHA-256 of each file's bytes as they are now; and the
marks for the public version (sekretess, personal data), under the key "mark" only when the
meeting has any, so that seals taken before marks existed still verify. Row versions (the
`version` columns, migration 0100_i13) are left out: they count edits, and minutes sealed
before they existed verify unchanged.

Each value is in the canonical form of its column's type, the same whatever database holds
the register: the text SQLite stores for it (version 1 was defined on SQLite, and the seals
taken there keep verifying unchanged). Values are read without the driver's conversion:
SQLite's stored text is kept as it is (a row edited by hand with a malformed value is still
read, and reported); a database that returns typed values has them written as SQLite stores
them (kraftdesk.register.seal.canonical_value): a date-time as "2026-01-07 13:00:00.000000",
a date as "2026-01-07", a boolean as 0 or 1; enums are their value, bytes their SHA-256.
Never the text another database gives for a value (PostgreSQL's "2026-01-07 13:00:00" is not
SQLite's), so minutes sealed on SQLite verify on PostgreSQL and back again.

Extended without a new version (migrations 0100_i14_legal and 0100_i15_before_after), so that
seals taken before still verify: a table added since (who justerade what, further
diarienummer, confirmed checker warnings, the lists of anmälningsärenden and
delegationsbeslut) is in the form only when the minutes have rows in it, and a column added
since is in a row only when its value is not the one every earlier row has (null, or false
for the flags of a vote): ADDED_COLUMNS. A paragraph's immediately_posted_on, like the
meeting's posted_on, is recorded once after justering and is never part of the form. The
föredragande (paragraph.presenter) belongs to the kallelse, not to the minutes, and is never
sealed.

At justering the canonical JSON is itself kept as a StoredFile whose sha256 is the seal's
content_sha256; verification recomputes the form and, when the hash differs, compares it
with the kept one row by row and field by field.

Version 2 (new justeringar; version 1 seals are verified as they were taken) adds what the
rows alone leave out although it prints: the composed minutes (kraftdesk.domain.document's
MinutesDoc, as kraftdesk.reading.minutes composes them for the final PDF, with the
Anslag/Bevis block as at justering), so the names of people, their parties, the body's
name, case titles and numbers and the organisation's wordings are inside the seal too:

    {"version": 2, "rows": <as version 1>, "document": <document_form(doc)>}

The composed document's own hash (document_sha256) and the audit trail's head at justering
(audit_head_id, audit_head_hash) are written into the final PDF's XMP metadata, and for
electronically justerade minutes signed with it: they anchor the seal and the audit chain
outside the database (kraftdesk.services.verify_anchors). The anslag day, recorded after
justering, gets a seal of its own when it is recorded (posting_form, PostingSeal).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Column, Connection, Date, DateTime, Table, select, type_coerce
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import NullType

from kraftdesk.domain.document import MinutesDoc
from kraftdesk.register.audit import canonical_json, json_value
from kraftdesk.register.base import VERSION_COLUMN
from kraftdesk.register.models import (
    Appendix,
    Approval,
    Attendance,
    Ballot,
    BasisDocument,
    Body,
    CheckConfirmation,
    DecisionPoint,
    Distribution,
    Mark,
    Meeting,
    MeetingApprover,
    MinutesSeal,
    Paragraph,
    ParagraphAttendance,
    ParagraphCase,
    ParagraphSection,
    Proposal,
    ProposalAuthor,
    ReportedItem,
    Statement,
    StatementAuthor,
    StatementConcurrence,
    StoredFile,
    Vote,
)

CANONICAL_VERSION = 1

#: Tables directly under a paragraph (by paragraph_id).
PARAGRAPH_TABLES = (DecisionPoint, BasisDocument, Distribution, ParagraphSection,
                    ParagraphAttendance, Proposal, Vote, Statement)
#: Tables under a proposal, vote or statement: (model, column, parent model).
GRANDCHILD_TABLES = ((ProposalAuthor, "proposal_id", Proposal), (Ballot, "vote_id", Vote),
                     (StatementAuthor, "statement_id", Statement),
                     (StatementConcurrence, "statement_id", Statement))
MEETING_TABLES = (Attendance, MeetingApprover, Appendix)
#: Tables added after version 1: in the form only when the minutes have rows in them.
ADDED_PARAGRAPH_TABLES = (ParagraphCase, ReportedItem)
ADDED_MEETING_TABLES = (Approval, CheckConfirmation)
#: Columns added after version 1, with the value every earlier row has: left out of a row
#: while they hold it, so that the form of earlier minutes is what it was when sealed.
ADDED_COLUMNS: dict[str, dict[str, Any]] = {
    "attendance": {"from_number": None, "to_number": None, "arrived_at": None,
                   "left_at": None},
    "paragraph": {"outcome": None, "acting_chair_id": None, "immediately_approved_at": None,
                  "deferral": None},
    "vote": {"election": False, "secret": False, "yes_count": None, "no_count": None,
             "abstain_count": None, "lot_winner": None},
}
#: Never sealed: recorded once after justering (the meeting's posted_on likewise), or not
#: part of the minutes (the föredragande).
NOT_SEALED = {"meeting": ("posted_on",), "paragraph": ("immediately_posted_on", "presenter")}

Rows = dict[str, dict[str, dict[str, Any]]]  # table -> key (JSON) -> column -> value


def _table(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


_SQLITE = sqlite.dialect()


@cache
def _sqlite_text(kind: type) -> Callable[[Any], Any]:
    """Writes a date-time (DateTime) or a date (Date) as SQLAlchemy's SQLite dialect stores it."""
    type_ = sqlite.DATETIME() if kind is DateTime else sqlite.DATE()
    return type_.bind_processor(_SQLITE)  # type: ignore[return-value]


def canonical_value(column: Column[Any], value: Any) -> Any:
    """A value read without conversion, in the canonical form of its column's type.

    SQLite returns its stored text, kept as it is; a database that returns typed values
    (PostgreSQL's datetime, date, bool) has them written as SQLite stores them.
    """
    if isinstance(value, date) and isinstance(column.type, DateTime | Date):
        return _sqlite_text(DateTime if isinstance(column.type, DateTime) else Date)(value)
    if isinstance(value, bool):
        return int(value)
    if value is None or isinstance(value, (str, int, float)):
        return value
    return json_value(value)


def _sealed_columns(table: Table) -> list[Column[Any]]:
    """The columns a seal covers: all but the row version (it counts edits; minutes sealed
    before registers had versions must still verify)."""
    return [c for c in table.c if c.name != VERSION_COLUMN]


def _rows(conn: Connection, table: Table, where: ColumnElement[bool]) -> dict[str, dict]:
    """Every row of `table` matching `where`, each value canonical, keyed by primary key."""
    columns = [type_coerce(c, NullType()).label(c.name) for c in _sealed_columns(table)]
    out: dict[str, dict[str, Any]] = {}
    for row in conn.execute(select(*columns).where(where)).mappings():
        values = {c.name: canonical_value(c, row[c.name]) for c in _sealed_columns(table)}
        key = canonical_json({c.name: values[c.name] for c in table.primary_key.columns})
        out[key] = values
    return out


def canonical_rows(conn: Connection, meeting_id: int) -> Rows:
    """Every row of the meeting's minutes and the files they refer to."""

    def read(table: Table, where: ColumnElement[bool]) -> dict[str, dict]:
        return _rows(conn, table, where)

    rows: Rows = {"meeting": read(_table(Meeting), _table(Meeting).c.id == meeting_id)}
    for model in MEETING_TABLES:
        rows[_table(model).name] = read(_table(model),
                                             _table(model).c.meeting_id == meeting_id)
    for model in ADDED_MEETING_TABLES:
        found = read(_table(model), _table(model).c.meeting_id == meeting_id)
        if found:
            rows[_table(model).name] = found
    paragraph_ids = select(_table(Paragraph).c.id).where(
        _table(Paragraph).c.meeting_id == meeting_id)
    rows["paragraph"] = read(_table(Paragraph),
                                  _table(Paragraph).c.meeting_id == meeting_id)
    for model in PARAGRAPH_TABLES:
        table = _table(model)
        rows[table.name] = read(table, table.c.paragraph_id.in_(paragraph_ids))
    for model in ADDED_PARAGRAPH_TABLES:
        table = _table(model)
        found = read(table, table.c.paragraph_id.in_(paragraph_ids))
        if found:
            rows[table.name] = found
    for model, column, parent in GRANDCHILD_TABLES:
        parent_ids = select(_table(parent).c.id).where(
            _table(parent).c.paragraph_id.in_(paragraph_ids))
        rows[_table(model).name] = read(_table(model),
                                             _table(model).c[column].in_(parent_ids))
    marks = read(_table(Mark), _table(Mark).c.meeting_id == meeting_id)
    if marks:  # absent when there are none: the form of every seal taken before marks
        rows["mark"] = marks
    file_ids = {r["file_id"] for name in ("statement", "appendix")
                for r in rows[name].values() if r.get("file_id") is not None}
    rows["stored_file"] = read(_table(StoredFile),
                                    _table(StoredFile).c.id.in_(sorted(file_ids)))
    _drop_unsealed(rows)
    return rows


def _drop_unsealed(rows: Rows) -> None:
    """Leave out what is recorded after justering, and added columns at their old value."""
    for table, columns in NOT_SEALED.items():
        for row in rows.get(table, {}).values():
            for column in columns:
                row.pop(column, None)
    for table, defaults in ADDED_COLUMNS.items():
        for row in rows.get(table, {}).values():
            for column, default in defaults.items():
                # Canonical values: a boolean is 0 or 1 (canonical_value), equal to False
                # or True. An unexpected raw value (a hand edit) is kept and so reported.
                if column in row and row[column] == default and \
                        type(row[column]) in (type(default), int, bool):
                    del row[column]


def canonical_bytes(conn: Connection, meeting_id: int) -> bytes:
    form = {"version": CANONICAL_VERSION, "rows": canonical_rows(conn, meeting_id)}
    return canonical_json(form).encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def document_form(doc: MinutesDoc) -> Any:
    """The composed minutes as plain JSON values: every word that prints, in order.

    Received PDF bilagor appear as the SHA-256 of their bytes (kraftdesk.register.audit's
    json_value), dates in ISO form.
    """
    return json.loads(canonical_json(dataclasses.asdict(doc)))


def document_sha256(doc: MinutesDoc) -> str:
    """SHA-256 of the composed minutes' canonical JSON (what is signed and anchored)."""
    return sha256(canonical_json(document_form(doc)).encode("utf-8"))


def store_file(session: Session, data: bytes, *, filename: str, media_type: str) -> StoredFile:
    """The StoredFile holding exactly `data` (content-addressed: an identical one is reused)."""
    digest = sha256(data)
    existing = session.scalars(select(StoredFile).where(StoredFile.sha256 == digest)).first()
    if existing is not None:
        return existing
    stored = StoredFile(sha256=digest, filename=filename, media_type=media_type,
                        size=len(data), content=data)
    session.add(stored)
    session.flush()
    return stored


def canonical_bytes_v2(conn: Connection, meeting_id: int, document: Any) -> bytes:
    """Canonical form version 2: the rows of version 1 and the composed document."""
    form = {"version": 2, "rows": canonical_rows(conn, meeting_id), "document": document}
    return canonical_json(form).encode("utf-8")


def posting_form(posted_on: str, posting_fields: Any) -> bytes:
    """What the seal of the anslag covers: the day, and the Anslag/Bevis block as printed."""
    return canonical_json({"version": 2, "posted_on": posted_on,
                           "posting": posting_fields}).encode("utf-8")


def load_sealed_form(conn: Connection, content_sha256: str) -> dict[str, Any] | None:
    """The kept canonical form (any version) of a seal, or None if missing or not intact."""
    table = _table(StoredFile)
    content = conn.execute(
        select(type_coerce(table.c.content, NullType())).where(table.c.sha256 == content_sha256)
    ).scalar()
    if content is None or sha256(bytes(content)) != content_sha256:
        return None
    return json.loads(bytes(content).decode("utf-8"))  # type: ignore[no-any-return]


def seal_minutes(session: Session, meeting_id: int, *, sealed_at: str, name: str,
                 pdf: bytes | None = None, document: Any = None,
                 audit_head: tuple[int, str] | None = None) -> MinutesSeal:
    """Seal the (approved, flushed) minutes: keep their canonical form and the final PDF.

    With `document` (document_form of the composed minutes) the seal is canonical version
    2, anchored by `audit_head` (written into the final PDF's metadata); without it,
    version 1. `name` is used in the kept files' names ("KS-2026-01-07").
    """
    session.flush()
    if document is not None:
        form = canonical_bytes_v2(session.connection(), meeting_id, document)
    else:
        form = canonical_bytes(session.connection(), meeting_id)
    kept = store_file(session, form, filename=f"försegling-{name}.json",
                      media_type="application/json")
    pdf_file = (store_file(session, pdf, filename=f"protokoll-{name}.pdf",
                           media_type="application/pdf") if pdf is not None else None)
    seal = MinutesSeal(meeting_id=meeting_id, sealed_at=sealed_at,
                       canonical_version=2 if document is not None else CANONICAL_VERSION,
                       content_sha256=kept.sha256,
                       pdf_sha256=pdf_file.sha256 if pdf_file else None,
                       pdf_file_id=pdf_file.id if pdf_file else None,
                       audit_head_id=audit_head[0] if audit_head else None,
                       audit_head_hash=audit_head[1] if audit_head else None)
    session.add(seal)
    session.flush()
    return seal


def seal_unsealed(session: Session, *, sealed_at: str) -> list[int]:
    """Seal every justerat protokoll that has no seal yet (after an import); their ids.

    Without the final PDF: the seal covers the rows and files as they are now.
    """
    meetings = session.execute(
        select(Meeting.id, Body.short_name, Meeting.starts_at)
        .join(Body, Body.id == Meeting.body_id)
        .where(Meeting.minutes_state == "approved",
               Meeting.id.not_in(select(MinutesSeal.meeting_id)))
        .order_by(Meeting.id)).all()
    for meeting_id, short_name, starts_at in meetings:
        seal_minutes(session, meeting_id, sealed_at=sealed_at,
                     name=f"{short_name}-{starts_at.date().isoformat()}")
    return [m[0] for m in meetings]


@dataclass(frozen=True)
class Difference:
    """One row or field that is not as sealed. column None: the whole row was added/removed."""

    table: str
    key: str
    kind: str  # "changed", "added" or "removed"
    column: str | None
    sealed: Any = None
    current: Any = None


def compare(sealed: Rows, current: Rows) -> list[Difference]:
    """Every difference between the sealed rows and the current ones, in a stable order."""
    out: list[Difference] = []
    for table in sorted(set(sealed) | set(current)):
        before, after = sealed.get(table, {}), current.get(table, {})
        for key in sorted(set(before) | set(after)):
            if key not in after:
                out.append(Difference(table, key, "removed", None))
            elif key not in before:
                out.append(Difference(table, key, "added", None))
            else:
                for column in sorted(set(before[key]) | set(after[key])):
                    old, new = before[key].get(column), after[key].get(column)
                    if old != new:
                        out.append(Difference(table, key, "changed", column, old, new))
    return out


def load_sealed_rows(conn: Connection, content_sha256: str) -> Rows | None:
    """The kept canonical form of a seal, or None if it is missing or no longer intact."""
    table = _table(StoredFile)
    content = conn.execute(
        select(type_coerce(table.c.content, NullType())).where(table.c.sha256 == content_sha256)
    ).scalar()
    if content is None or sha256(bytes(content)) != content_sha256:
        return None
    form = json.loads(bytes(content).decode("utf-8"))
    return form["rows"]  # type: ignore[no-any-return]
