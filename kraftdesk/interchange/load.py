# SPDX-License-Identifier: EUPL-1.2
"""Reading an interchange file into an empty register: check everything, then write it all.

The file is read row by row, never whole (kraftdesk.interchange.stream), so that a register
of any size is read in bounded memory; it is read three times:

1. The whole file is checked before the register is touched (check_file). The first
   reading checks the text (JSON, format and version; an older version is converted row by
   row: upgrade.py), the values no column can hold and every row against the JSON Schema,
   and builds a compact index of what other rows' checks need (index.py). The second
   checks every row against that index: the semantic checks (checks.py, rules.py) and,
   when the form is sound, the domain's rules, the same as the services' (conformity.py),
   a meeting or a paragraph with its parts at a time. Every problem is reported at once
   with its JSON path, in Swedish (InterchangeError).
2. The third reading writes everything in ONE transaction (Register.write), or nothing: the
   register must be empty, and any refusal by the database (or a file changed since it was
   checked) rolls the whole import back.

Order of writing. The register refuses any write to justerade minutes (the triggers of
migration 0002): no row may be added to a meeting whose minutes_state is 'approved', nor
under a paragraph with immediately_approved_on set, and only justerade minutes may be
sealed. So the rows are written as the minutes were made:

  a. organisation, terms, parties, bodies (parents before their arbetsutskott; the body
     each proposes to and its default secretary are set in e.), persons, memberships,
     cases, stored files;
  b. every meeting as a draft (minutes_state 'draft', no sent/approved/posted dates),
     then its justerare and attendance;
  c. the paragraphs without immediately_approved_on, a batch at a time, each batch followed
     by its paragraphs' parts (decision points, basis documents, distribution, sections,
     attendance, proposals and their authors, votes and ballots, statements and their
     authors and concurrences …; a part pointing at a paragraph or yrkande of a later batch
     waits until the end of the list);
  d. the bilagor (appendices);
  e. then the deferred values: each body's proposes_to_id and default_secretary_id, each
     paragraph's immediately_approved_on, then each
     meeting's real minutes_state with its sent_for_approval_on, approved_on and posted_on;
  f. last, the seals of justerade minutes.

The rows keep their ids; on PostgreSQL every id sequence is then set past the largest id
(kraftdesk.register.sequences), or the next row written would reuse id 1.

Rows go in with bulk INSERTs (one executemany per table for up to BATCH top-level rows with
the rows nested in them), not as ORM objects, so a register of tens of thousands of
paragraphs reads in within seconds. The audit trail is not part of
the file: the receiving register's audit hook (kraftdesk.register.audit, installed on every
write session) records the import like any other write, one entry per row inserted and per
deferred update.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import exists, insert, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kraftdesk.domain.errors import RegisterError, UserError
from kraftdesk.interchange import spec
from kraftdesk.interchange.checks import FormChecks
from kraftdesk.interchange.conformity import DomainChecks
from kraftdesk.interchange.flatten import Row, Tables, flatten_entry
from kraftdesk.interchange.index import IdSet, Index
from kraftdesk.interchange.parse import _is_text, check_format, value_problems
from kraftdesk.interchange.problems import InterchangeError, Problem
from kraftdesk.interchange.spec import Collection
from kraftdesk.interchange.stream import (
    LIST,
    ChangedError,
    DocumentSource,
    Source,
    TextSource,
    UnreadableError,
    UnstreamableError,
    changed,
)
from kraftdesk.interchange.structure import row_problems, skeleton_problems
from kraftdesk.interchange.upgrade import upgrade, upgrade_row
from kraftdesk.register.database import Register, database_reason
from kraftdesk.register.fulltext import deferred_index
from kraftdesk.register.models import Organisation
from kraftdesk.register.normalising import normalised
from kraftdesk.register.sequences import advance_sequences, refresh_statistics

_BY_KEY = {collection.key: collection for collection in spec.TOP}
_TOP_ORDER = {collection.key: position for position, collection in enumerate(spec.TOP)}
#: Top-level rows written at a time, at most (with the rows nested in them) …
BATCH = 500
#: … and at most about this many characters of the file (stored files can be large).
BATCH_SIZE = 1 << 20
#: The semantic checks assume the structure; values of a wrong type (already reported by
#: the schema) can upset them.
_UPSET = (TypeError, ValueError, KeyError, AttributeError, IndexError)


@dataclass
class _Scan:
    """What the first reading of a file learns."""

    top: dict[str, Any] = field(default_factory=dict)  # the top level, every list emptied
    keys: list[str] = field(default_factory=list)  # the top-level keys in file order
    index: Index = field(default_factory=Index)
    domain: DomainChecks = field(default_factory=DomainChecks)
    counts: Counter[str] = field(default_factory=Counter)
    value_problems: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    version: Any = None  # the file's version (the top level is then upgraded)
    late: bool = False  # rows came before the format or the version

    @property
    def organisation_id(self) -> Any:
        organisation = self.top.get("organisation")
        return organisation.get("id") if isinstance(organisation, dict) else None


@dataclass(frozen=True)
class CheckedFile:
    """An interchange file that passed every check, ready to be written."""

    reading: Source
    scan: _Scan

    @property
    def source(self) -> str | None:
        return self.reading.name

    @property
    def organisation(self) -> str:
        return str(self.scan.top["organisation"]["name"])

    def count(self, table: str) -> int:
        return self.scan.counts.get(table, 0)


@dataclass(frozen=True)
class ImportSummary:
    organisation: str
    counts: dict[str, int]  # rows written, by table


def check_file(data: str | bytes | dict[str, Any] | Source, *,
               source: str | None = None) -> CheckedFile:
    """Check a whole file without any register: its text or bytes, an already parsed object,
    or a Source (a file read row by row: kraftdesk.interchange.stream)."""
    if isinstance(data, Source):
        reading = data
    elif isinstance(data, str | bytes):
        reading = TextSource.of(data, source)
    else:
        reading = DocumentSource(data, source)
    try:
        return _check(reading)
    except UnstreamableError:  # a key twice at the top: read whole (and refused: parse_text)
        return _check(DocumentSource(reading.document(), reading.name))


def _check(reading: Source) -> CheckedFile:
    scan = _scan(reading, header=None)
    if scan.late:  # read again, now that the format and version are known
        scan = _scan(reading, header=(scan.top.get("format"), scan.version))
    check_format(scan.top, source=reading.name)
    if scan.value_problems:
        raise InterchangeError(scan.value_problems, source=reading.name)
    problems = scan.problems
    problems.extend(skeleton_problems(scan.top))
    form = FormChecks(scan.index)
    domain: list[Problem] | None = [] if not problems else None
    try:
        upset = _check_rows(reading, scan, form, domain)
    except _UPSET:
        if not problems:
            raise
        form.problems.clear()
        upset = None
    problems.extend(form.problems)
    if not problems:  # the domain's rules count once the form is sound
        if upset is not None:
            raise upset
        problems.extend(domain or [])
    if problems:
        raise InterchangeError(_unique(problems), source=reading.name)
    return CheckedFile(reading, scan)


def _entries(reading: Source, *, careful: bool = True) -> Iterator[Any]:
    try:
        yield from reading.entries(careful=careful)
    except UnreadableError:
        raise reading.failure() from None
    except ChangedError:
        raise changed(reading.name) from None


def _scan(reading: Source, *, header: tuple[Any, Any] | None) -> _Scan:
    """The first reading: the text, format, values and structure of every row; the index.

    `header`: the file's format and version when they come after its rows (a second reading).
    """
    scan = _Scan()
    top = scan.top
    skipped: set[str] = set()
    for key, position, value, suspicious, _size in _entries(reading):
        if position is None:
            scan.keys.append(key)
            if not _is_text(key):
                scan.value_problems.append(Problem((), f"ett fältnamn {_not_text()}"))
                skipped.add(key)
            if value is LIST:
                top[key] = []
                continue
            top[key] = value
            if suspicious and key not in skipped:
                scan.value_problems.extend(_within((key,), value_problems(value)))
            continue
        if key in skipped:
            continue
        if suspicious:
            scan.value_problems.extend(_within((key, position), value_problems(value)))
        form, version = (top.get("format"), top.get("version")) if header is None else header
        if header is None and ("format" not in top or "version" not in top):
            scan.late = True
        if scan.value_problems or scan.late or form != spec.FORMAT:
            continue  # said alone (parse_text's order), or read again; the rest only read
        upgrade_row(version, key, value)
        scan.problems.extend(row_problems(key, position, value))
        collection = _BY_KEY.get(key)
        if collection is None:
            continue
        rows: Tables = defaultdict(list)
        flatten_entry(collection, position, value, None, rows)
        _learn(scan, rows)
    scan.version = top.get("version")
    if top.get("format") == spec.FORMAT and not scan.value_problems and not scan.late:
        upgrade(top)  # the top level (and the organisation) in the current version
        organisation = top.get("organisation")
        if isinstance(organisation, dict):
            _learn(scan, {"organisation": [Row(organisation, None, "organisation", None)]})
    return scan


def _within(path: tuple[str | int, ...], problems: list[Problem]) -> list[Problem]:
    return [Problem((*path, *(p.path or ())), p.message) for p in problems]


def _not_text() -> str:
    from kraftdesk.interchange.parse import _NOT_TEXT

    return _NOT_TEXT


def _learn(scan: _Scan, rows: Tables) -> None:
    for name, table_rows in rows.items():
        scan.counts[name] += len(table_rows)
        for row in table_rows:
            scan.index.add(name, row)
            scan.domain.learn(name, row)


def _rows(reading: Source, scan: _Scan, keys: tuple[str, ...] | None = None
          ) -> Iterator[tuple[Collection, Tables, int]]:
    """Each top-level row again (of the lists `keys`, or all), with the rows nested in it,
    in the current version, and the length of its text in the file."""
    for key, position, value, _suspicious, size in _entries(reading, careful=False):
        if position is None or (keys is not None and key not in keys):
            continue
        collection = _BY_KEY.get(key)
        if collection is None:
            continue
        upgrade_row(scan.version, key, value)
        rows: Tables = defaultdict(list)
        flatten_entry(collection, position, value, scan.organisation_id, rows)
        yield collection, rows, size


def _organisation_rows(scan: _Scan) -> Tables:
    organisation = scan.top.get("organisation")
    if not isinstance(organisation, dict):
        return {}
    return {"organisation": [Row(organisation, None, "organisation", None)]}


def _check_rows(reading: Source, scan: _Scan, form: FormChecks,
                domain: list[Problem] | None) -> Exception | None:
    """The second reading: every row's semantic checks and, if the file's form is sound so
    far, its domain rules (added to `domain`). Returns what upset the domain's rules, if
    anything did (they assume a sound form: it counts only if the form is sound)."""
    checks = scan.domain
    if domain is not None:
        checks.start(scan.index)
    index = scan.index
    upset: Exception | None = None
    for collection, rows, _size in chain([(spec.ORGANISATION, _organisation_rows(scan), 0)],
                                         _rows(reading, scan)):
        for member in spec.walk((collection,)):
            if rows.get(member.name):
                form.check(member, rows[member.name])
        form.next_row()
        if domain is not None and upset is None and not form.problems:
            try:
                domain.extend(_domain(checks, collection, rows, index))
            except _UPSET as exc:
                upset = exc
    form.whole_file()
    if form.duplicates:
        form.first_rows(_flat(reading, scan))
    return upset


def _domain(checks: DomainChecks, collection: Collection, rows: Tables,
            index: Index) -> Iterator[Problem]:
    if collection is spec.MEETINGS:
        for meeting in rows["meeting"]:
            yield from checks.meeting(meeting, rows.get("meeting_approver", []), index)
    elif collection is spec.PARAGRAPHS:
        chunk = _Chunk(index, rows)
        for paragraph in rows["paragraph"]:
            yield from checks.paragraph(paragraph, chunk)
    elif collection.name == "approval":
        for approval in rows["approval"]:
            yield from checks.approval(approval, index)


class _Chunk:
    """The index with, in `tables`, the rows of one top-level row (a paragraph's parts)."""

    def __init__(self, index: Index, rows: Tables) -> None:
        self.get = index.get
        self.tables: Tables = defaultdict(list, {**rows, **index.tables})


def _flat(reading: Source, scan: _Scan) -> Iterator[tuple[Collection, Row]]:
    walk = {c.name: c for c in spec.walk()}
    for _collection, rows, _size in chain([(spec.ORGANISATION, _organisation_rows(scan), 0)],
                                          _rows(reading, scan)):
        for name, table_rows in rows.items():
            for row in table_rows:
                yield walk[name], row


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
                _Writer(session, checked).write()
            advance_sequences(session.connection())  # the rows came with their ids
            refresh_statistics(session.connection())
    except (DBAPIError, RegisterError) as exc:
        if not checked.reading.unchanged():  # not what was checked: that is the reason
            raise changed(checked.source) from exc
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


class _Writer:
    """The third reading: every row written, a top-level list at a time, in the order of
    the module's docstring, BATCH top-level rows (with the rows nested in them) at a time.

    A row nested in a paragraph may point at a paragraph (a basis document's reference) or a
    yrkande (a vote's, a statement's) further on in the file: such a row waits (`held`) until
    the end of the list, when everything it points at is in.
    """

    def __init__(self, session: Session, checked: CheckedFile) -> None:
        self.session = session
        self.checked = checked
        self.written: dict[str, IdSet] = defaultdict(IdSet)
        self.held: dict[str, list[Row]] = defaultdict(list)
        self.deferred: dict[str, list[Row]] = defaultdict(list)
        self.seals: list[list[Any]] = []
        #: Per collection, the columns pointing at rows of its own list (which may come later).
        self._forward = {c.name: _forward_keys(c, top) for top in spec.TOP
                         for c in spec.walk((top,))}
        scan = checked.scan
        listed = [_TOP_ORDER[key] for key in scan.keys if key in _TOP_ORDER]
        # The file's lists in the order they are written (as every exported file has them):
        # one reading; otherwise one reading per list.
        self._stream: Iterator[tuple[Collection, Tables, int]] | None = None
        if listed == sorted(set(listed)):
            self._stream = _rows(checked.reading, scan)
        self._next: tuple[Collection, Tables, int] | None = None

    def write(self) -> None:
        scan = self.checked.scan
        organisation = _organisation_rows(scan)
        self._insert(spec.ORGANISATION, organisation.get("organisation", []))
        for collection in spec.TOP:
            if collection.late:
                continue
            if collection is spec.BODIES:
                self._bodies()
                continue
            batch: Tables = defaultdict(list)
            count = size = 0
            for _collection, rows, row_size in self._rows(collection):
                for name, table_rows in rows.items():
                    batch[name].extend(table_rows)
                count, size = count + 1, size + row_size
                if count >= BATCH or size >= BATCH_SIZE:
                    self._batch(collection, batch)
                    batch, count, size = defaultdict(list), 0, 0
            self._batch(collection, batch)
            self._release(collection)
        for collection in (spec.BODIES, spec.PARAGRAPHS, spec.MEETINGS):
            _set_deferred(self.session, collection, self.deferred[collection.name])
        for collection in spec.TOP:
            if collection.late:
                for _collection, rows, _size in self._rows(collection):
                    self._batch(collection, rows)
        _mark_import(self.session, sorted(self.seals))
        if self._stream is not None:
            for _rest in self._stream:  # to the end: the file must not have changed
                pass

    def _rows(self, collection: Collection) -> Iterator[tuple[Collection, Tables, int]]:
        if self._stream is None:
            yield from _rows(self.checked.reading, self.checked.scan, (collection.key,))
            return
        while True:
            if self._next is None:
                self._next = next(self._stream, None)
            if self._next is None or self._next[0] is not collection:
                return
            found, self._next = self._next, None
            yield found

    def _bodies(self) -> None:
        rows: Tables = defaultdict(list)
        for _collection, found, _size in self._rows(spec.BODIES):
            for name, table_rows in found.items():
                rows[name].extend(table_rows)
        rows["body"] = _ordered(spec.BODIES, rows["body"])
        for member in spec.walk((spec.BODIES,)):  # parents first: nothing waits
            self._insert(member, rows.get(member.name, []))

    def _batch(self, collection: Collection, rows: Tables) -> None:
        for member in spec.walk((collection,)):
            table_rows = rows.get(member.name)
            if not table_rows:
                continue
            forward = self._forward[member.name]
            if forward:
                ready = []
                for row in table_rows:
                    if all(row.values.get(column) is None or row.values[column] in
                           self.written[target] for column, target in forward):
                        ready.append(row)
                    else:
                        self.held[member.name].append(row)
                table_rows = ready
            self._insert(member, table_rows)

    def _release(self, collection: Collection) -> None:
        """Write the rows held back, now that the whole list is in."""
        while any(self.held.values()):
            held, self.held = self.held, defaultdict(list)
            self._batch(collection, held)
            if sum(map(len, self.held.values())) >= sum(map(len, held.values())):
                for member in spec.walk((collection,)):  # let the database say what is wrong
                    self._insert(member, self.held.pop(member.name, []))

    def _insert(self, collection: Collection, rows: list[Row]) -> None:
        if not rows:
            return
        _insert(self.session, collection, rows)
        name = collection.name
        if collection.has_id:
            written = self.written[name]
            for row in rows:
                written.add(row.values["id"])
        if collection.deferred:
            placeholders = dict(collection.deferred)
            self.deferred[name].extend(
                Row({"id": row.values.get("id"), **{k: row.values.get(k) for k in placeholders}},
                    None, "", None)
                for row in rows
                if any(row.values.get(k) != v for k, v in placeholders.items()))
        if name == "minutes_seal":
            self.seals.extend([row.values.get("id"), row.values.get("content_sha256")]
                              for row in rows)


def _forward_keys(collection: Collection, top: Collection) -> list[tuple[str, str]]:
    """(column, table) of the references from `collection` to the tables of the list `top`
    (its own rows included), the deferred columns left out."""
    own = {c.name for c in spec.walk((top,))}
    deferred = {name for name, _value in collection.deferred}
    out = []
    for constraint in collection.table.foreign_key_constraints:
        column = next(iter(constraint.columns)).name
        if constraint.referred_table.name in own and column not in deferred:
            out.append((column, constraint.referred_table.name))
    return out


#: The audit trail's entity for "this register was read in from an interchange file": the
#: seals it brought were anchored in the audit trail of the register they were taken in,
#: which the file does not carry (kraftdesk.services.verify_anchors).
IMPORT_ENTITY = "interchange_import"


def _mark_import(session: Session, seals: list[list[Any]]) -> None:
    from kraftdesk.domain.enums import AuditAction
    from kraftdesk.register.audit import append_entries

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
