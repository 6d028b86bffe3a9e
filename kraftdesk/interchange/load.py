# SPDX-License-Identifier: EUPL-1.2
"""Reading an interchange file into an empty register: check everything, then write it all.

1. The whole file is checked before the register is touched (check_file): JSON, format and
   version (an older version is converted: versions.py); the JSON Schema; then the semantic
   checks (checks.py, rules.py); then, when the form is sound, the domain's rules, the same
   as the services' (conformity.py). Every problem is reported at once with its JSON path,
   in Swedish (InterchangeError).
2. Everything is written in ONE transaction (Register.write), or nothing is: the register
   must be empty, and any refusal by the database rolls the whole import back.

Order of writing. The register refuses any write to justerade minutes (the triggers of
migration 0002): no row may be added to a meeting whose minutes_state is 'approved', nor
under a paragraph with immediately_approved_on set, and only justerade minutes may be
sealed. So the rows are written as the minutes were made:

  a. organisation, terms, parties, bodies (parents before their arbetsutskott; the body
     each proposes to and its default secretary are set in e.), persons, memberships,
     cases, stored files;
  b. every meeting as a draft (minutes_state 'draft', no sent/approved/posted dates),
     then its justerare and attendance;
  c. every paragraph without immediately_approved_on, then the paragraphs' parts (decision
     points, basis documents, distribution, sections, attendance, proposals and their
     authors, votes and ballots, statements and their authors and concurrences);
  d. the bilagor (appendices);
  e. then the deferred values: each body's proposes_to_id and default_secretary_id, each
     paragraph's immediately_approved_on, then each
     meeting's real minutes_state with its sent_for_approval_on, approved_on and posted_on;
  f. last, the seals of justerade minutes.

The rows keep their ids; on PostgreSQL every id sequence is then set past the largest id
(kraftdesk.register.sequences), or the next row written would reuse id 1.

Rows go in with bulk INSERTs (one executemany per table), not as ORM objects, so a register
of tens of thousands of paragraphs reads in within seconds. The audit trail is not part of
the file: the receiving register's audit hook (kraftdesk.register.audit, installed on every
write session) records the import like any other write, one entry per row inserted and per
deferred update.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kraftdesk.domain.errors import RegisterError, UserError
from kraftdesk.interchange import spec
from kraftdesk.interchange.checks import semantic_problems
from kraftdesk.interchange.conformity import domain_problems
from kraftdesk.interchange.flatten import Row, Tables, flatten
from kraftdesk.interchange.parse import check_format, parse_text, value_problems
from kraftdesk.interchange.problems import InterchangeError, Problem
from kraftdesk.interchange.spec import Collection
from kraftdesk.interchange.structure import structure_problems
from kraftdesk.interchange.upgrade import upgrade
from kraftdesk.register.database import Register, database_reason
from kraftdesk.register.fulltext import deferred_index
from kraftdesk.register.models import Organisation
from kraftdesk.register.normalising import normalised
from kraftdesk.register.sequences import advance_sequences


@dataclass(frozen=True)
class CheckedFile:
    """An interchange file that passed every check, ready to be written."""

    tables: Tables
    source: str | None = None

    @property
    def organisation(self) -> str:
        return str(self.tables["organisation"][0].values["name"])

    def count(self, table: str) -> int:
        return len(self.tables[table])


@dataclass(frozen=True)
class ImportSummary:
    organisation: str
    counts: dict[str, int]  # rows written, by table


def check_file(data: str | bytes | dict[str, Any], *, source: str | None = None) -> CheckedFile:
    """Check a whole file (text, bytes or an already parsed object) without any register."""
    if isinstance(data, str | bytes):
        document = parse_text(data, source=source)
    else:
        document = copy.deepcopy(data)  # flatten() adds owner keys to the objects
        check_format(document, source=source)
        if problems := value_problems(document):
            raise InterchangeError(problems, source=source)
    upgrade(document)
    problems = structure_problems(document)
    try:
        tables = flatten(document)
        problems.extend(semantic_problems(tables))
    except (TypeError, ValueError, KeyError, AttributeError, IndexError):
        # Values of the wrong type (already reported above) can upset the semantic checks,
        # which assume the structure; the structure's problems are reason enough.
        if not problems:
            raise
    if not problems:  # the second pass, once the form is sound: the domain's rules
        problems.extend(domain_problems(tables))
    if problems:
        raise InterchangeError(_unique(problems), source=source)
    return CheckedFile(tables, source)


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def import_register(register: Register, data: str | bytes | dict[str, Any] | CheckedFile, *,
                    source: str | None = None,
                    prelude: Callable[[Session], None] | None = None) -> ImportSummary:
    """Check the file, then write all of it into the EMPTY register in one transaction.

    `prelude` runs first in that transaction, after the emptiness check (a copy of a whole
    register carries its audit trail over there: kraftdesk.services.copying).
    """
    checked = data if isinstance(data, CheckedFile) else check_file(data, source=source)
    try:
        with register.write() as session:
            ensure_empty(session)
            if prelude is not None:
                prelude(session)
            # The full-text index is built once at the end, not row by row by its triggers
            # (a third of the time on a large register).
            with deferred_index(session.connection()):
                _write(session, checked.tables)
            advance_sequences(session.connection())  # the rows came with their ids
    except (DBAPIError, RegisterError) as exc:
        cause = exc if isinstance(exc, DBAPIError) else exc.__cause__
        # The database's own words, first line only (PostgreSQL adds DETAIL lines).
        text = (str(getattr(cause, "orig", "")).strip().splitlines()
                or [type(cause).__name__])[0]
        reason = database_reason(text)
        if reason is None and isinstance(exc, RegisterError):
            raise  # busy, a locking trigger, a lost server: said as it is
        reason = reason or f"databasens fel «{text}»"
        raise InterchangeError([Problem(None, f"Registret avvisade filen: {reason}.")],
                               source=checked.source) from exc
    counts = {c.name: checked.count(c.name) for c in spec.walk()}
    return ImportSummary(checked.organisation, counts)


def ensure_empty(session: Session) -> None:
    """Refuse (Swedish UserError) a register that already holds anything."""
    name = session.scalars(select(Organisation.name).order_by(Organisation.id)).first()
    if name is not None:
        raise UserError(
            f"Registret är inte tomt: det innehåller redan {name}. En registerfil kan bara "
            "läsas in i ett nytt, tomt register.", field="register")
    for collection in spec.walk():
        if session.scalar(select(exists().select_from(collection.table))):
            raise UserError(
                "Registret är inte tomt. En registerfil kan bara läsas in i ett nytt, tomt "
                "register.", field="register")


def _write(session: Session, tables: Tables) -> None:
    late = [c for c in spec.walk() if c.late]
    for collection in spec.walk():
        if not collection.late:
            _insert(session, collection, _ordered(collection, tables[collection.name]))
    for collection in (spec.BODIES, spec.PARAGRAPHS, spec.MEETINGS):
        _set_deferred(session, collection, tables[collection.name])
    for collection in late:
        _insert(session, collection, tables[collection.name])
    _mark_import(session, tables)


#: The audit trail's entity for "this register was read in from an interchange file": the
#: seals it brought were anchored in the audit trail of the register they were taken in,
#: which the file does not carry (kraftdesk.services.verify_anchors).
IMPORT_ENTITY = "interchange_import"


def _mark_import(session: Session, tables: Tables) -> None:
    from kraftdesk.domain.enums import AuditAction
    from kraftdesk.register.audit import append_entries

    seals = sorted([row.values.get("id"), row.values.get("content_sha256")]
                   for row in tables[spec.by_table()["minutes_seal"].name])
    append_entries(session.connection(), [(AuditAction.INSERT, IMPORT_ENTITY, {},
                                            None, {"seals": seals})])


def _ordered(collection: Collection, rows: list[Row]) -> list[Row]:
    """Bodies with their parent first (arbetsutskott after their styrelse); others as given."""
    if collection.name != "body":
        return rows
    by_id = {row.values.get("id"): row for row in rows}
    done: set[int] = set()
    ordered: list[Row] = []

    def visit(row: Row) -> None:
        if row.values.get("id") in done:
            return
        done.add(row.values.get("id"))
        parent = by_id.get(row.values.get("parent_id"))
        if parent is not None:
            visit(parent)
        ordered.append(row)

    for row in rows:
        visit(row)
    return ordered


def _converters(collection: Collection) -> list[tuple[str, Any]]:
    return [(c.name, spec.from_file(spec.column_kind(c))) for c in collection.stored_columns]


def _insert(session: Session, collection: Collection, rows: list[Row]) -> None:
    if not rows:
        return
    converters = _converters(collection)
    placeholders = dict(collection.deferred)
    params = []
    for row in rows:
        values = row.values
        params.append(normalised(collection.table, {
            name: values[name] if convert is None or values[name] is None
            else convert(values[name]) for name, convert in converters}))
        if placeholders:
            params[-1].update(placeholders)
    session.execute(insert(collection.table), params)


def _set_deferred(session: Session, collection: Collection, rows: list[Row]) -> None:
    """Give each row its real values of the columns written first as placeholders.

    An ORM bulk UPDATE by primary key, logged by the audit hook. Meetings and paragraphs
    have row versions: each row just inserted is at version 1, and goes to 2 (one
    statement per row: the version is checked).
    """
    convert = {c.name: spec.from_file(spec.column_kind(c)) for c in collection.stored_columns}
    placeholders = dict(collection.deferred)
    params = []
    for row in rows:
        real = {name: row.values.get(name) for name in placeholders}
        if real == placeholders:
            continue
        params.append({"id": row.values.get("id"), "version": 1, **{
            name: value if value is None or convert[name] is None else convert[name](value)
            for name, value in real.items()}})
    if params:
        session.execute(update(collection.model), params)
