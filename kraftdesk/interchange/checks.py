# SPDX-License-Identifier: EUPL-1.2
"""Semantic checks of an interchange file, beyond its structure.

Run on the flattened rows (flatten.py). Each check looks only at values of the right type,
so a value the schema already rejected is not reported twice. Covered here:

- dates and times that match the pattern but do not exist (2026-13-01, 2026-02-30T10:00);
- every reference resolves to a row of the file (persons' parties, paragraphs' meetings …),
  including a paragraph's body being its meeting's body;
- every unique constraint of the register: ids, paragraph numbers per body and series,
  diarienummer, party abbreviations, body short names, bilaga numbers per minutes …;
- the row rules of rules.py (time order, justering dates, statement states, files' SHA-256).

When all of that holds, load.check_file runs the domain's rules (conformity.py): who may
attend, vote, propose and reserve, the periods of attendance, closed ballots, who justerade
what.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import PrimaryKeyConstraint, UniqueConstraint

from kraftdesk.interchange import rules, spec
from kraftdesk.interchange.flatten import Row
from kraftdesk.interchange.index import IdSet, Index
from kraftdesk.interchange.problems import Problem, json_path
from kraftdesk.interchange.rules import parse_moment
from kraftdesk.interchange.schema import DATE_PATTERN, DATETIME_PATTERN
from kraftdesk.interchange.spec import Collection
from kraftdesk.interchange.structure import date_message, datetime_message

_DATE = re.compile(DATE_PATTERN)
_DATETIME = re.compile(DATETIME_PATTERN)

#: "det finns {noun} med id 7 i filen", by table.
NOUNS = {
    "organisation": "ingen organisation", "party": "inget parti", "body": "inget organ",
    "person": "ingen person", "case": "inget ärende", "stored_file": "ingen fil",
    "meeting": "inget sammanträde", "paragraph": "ingen paragraf", "proposal": "inget yrkande",
    "vote": "ingen omröstning", "statement": "inget yttrande", "notice": "ingen kallelse",
}


class FormChecks:
    """The checks above, one top-level row (with the rows nested in it) at a time, against
    the complete index of the file (kraftdesk.interchange.index).

    Unique values are remembered as keys only (ids as bits); the values that must be unique
    within one owner (a paragraph's positions …) only while that owner is checked, unless its
    id is found more than once in the file. Where the first row of a repeated value is, which
    the message names, is looked up afterwards (duplicates, first_rows): only a bad file pays.
    """

    def __init__(self, index: Index) -> None:
        self.index = index
        self.problems: list[Problem] = []
        #: (collection, constraint's columns, key, the repeating row), for each repeat found.
        self.duplicates: list[tuple[Collection, tuple[str, ...], Any, Row]] = []
        self._constraints = {c.name: _constraints(c) for c in spec.walk()}
        self._owners = {child.name: c.name for c in spec.walk() for child in c.children}
        self._seen: dict[tuple[str, tuple[str, ...], bool], _Seen] = {}
        self._local: list[_Seen] = []

    def check(self, collection: Collection, rows: list[Row]) -> None:
        """Check `rows`, all of `collection` and of one top-level row of the file."""
        index = self.index
        self.problems.extend(_value_problems(collection, rows))
        self.problems.extend(_reference_problems(collection, rows, index))
        for names, local in self._constraints[collection.name]:
            self._unique(collection, rows, names, local)
        for row in rows:
            self.problems.extend(rules.row_rule_problems(collection.name, row, index))

    def next_row(self) -> None:
        """The checks of one top-level row are done: forget its owners' unique values."""
        for seen in self._local:
            seen.clear()

    def whole_file(self) -> None:
        self.problems.extend(rules.whole_file_problems(self.index))

    def _unique(self, collection: Collection, rows: list[Row], names: tuple[str, ...],
                local: bool) -> None:
        key_of = itemgetter(*names)
        composite = len(names) > 1
        repeated = self.index.repeated.get(self._owners.get(collection.name, ""), set())
        for row in rows:
            try:
                key = key_of(row.values)
            except KeyError:
                continue  # a missing column: the schema says so
            if key is None or (composite and None in key):
                continue  # NULLs never clash, as in SQL
            owner = row.values.get(collection.parent_fk) if local else None
            seen = self._seen_for(collection.name, names,
                                  local and not (type(owner) is int and owner in repeated))
            try:
                new = seen.add(key)
            except TypeError:
                continue  # a list or object where a value belongs: the schema says so
            if not new:
                self.duplicates.append((collection, names, key, row))

    def _seen_for(self, table: str, names: tuple[str, ...], local: bool) -> _Seen:
        found = self._seen.get((table, names, local))
        if found is None:
            found = self._seen[(table, names, local)] = _Seen()
            if local:
                self._local.append(found)
        return found

    def first_rows(self, rows: Iterator[tuple[Collection, Row]]) -> None:
        """Report the duplicates found, with the first row of each value: `rows` are the
        file's rows again, in file order."""
        wanted: dict[tuple[str, tuple[str, ...]], dict[Any, Row | None]] = {}
        for collection, names, key, _row in self.duplicates:
            wanted.setdefault((collection.name, names), {})[key] = None
        constraints = {}
        for table, names in wanted:
            constraints.setdefault(table, []).append(names)
        for collection, row in rows:
            for names in constraints.get(collection.name, ()):
                keys = wanted[(collection.name, names)]
                try:
                    key = itemgetter(*names)(row.values)
                    if key in keys and keys[key] is None:
                        keys[key] = row
                except (KeyError, TypeError):
                    continue
        for collection, names, key, row in self.duplicates:
            first = wanted[(collection.name, names)][key]
            if first is not None and first is not row:
                self.problems.append(_duplicate(collection, names, row, first, self.index))


class _Seen:
    """Keys seen, compactly: an integer as a bit (IdSet); a tuple ending in an integer (a
    paragraph's meeting and position, its body, series and number) as a bit among the
    integers seen with the same first values; other values in a set."""

    __slots__ = ("_groups", "_ids", "_other")

    def __init__(self) -> None:
        self._ids = IdSet()
        self._groups: dict[Any, IdSet] = {}
        self._other: set[Any] = set()

    def add(self, key: Any) -> bool:
        if type(key) is int:
            return self._ids.add(key)
        if type(key) is tuple and type(key[-1]) is int:
            group = self._groups.get(key[:-1])
            if group is None:
                group = self._groups[key[:-1]] = IdSet()
            return group.add(key[-1])
        if key in self._other:
            return False
        self._other.add(key)
        return True

    def clear(self) -> None:
        self._ids = IdSet()
        self._groups.clear()
        self._other.clear()


def _constraints(collection: Collection) -> list[tuple[tuple[str, ...], bool]]:
    """The unique constraints of a collection: (columns, unique only within one owner)."""
    nested = collection.parent_fk is not None and collection is not spec.ORGANISATION and \
        collection not in spec.TOP
    out = []
    for constraint in collection.table.constraints:
        if not isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint):
            continue
        names = tuple(c.name for c in constraint.columns)
        if names == ("id", "body_id"):
            continue  # the meeting's (id, body_id) key for paragraphs; ids are unique already
        out.append((names, nested and collection.parent_fk in names))
    return out


@cache
def _moments(collection: Collection) -> list[tuple[str, str]]:
    """(column, "date" or "datetime") of the collection's dates and times."""
    checked = [(c.name, spec.column_kind(c)) for c in collection.columns]
    return [(name, kind) for name, kind in checked if kind in ("date", "datetime")]


@cache
def _references(collection: Collection) -> list[tuple[list[str], str, list[str]]]:
    """(columns, table, its columns) of each reference not implied by the nesting."""
    out = []
    for constraint in collection.table.foreign_key_constraints:
        names = [c.name for c in constraint.columns]
        if names == [collection.parent_fk]:
            continue  # implied by the nesting
        out.append((names, constraint.referred_table.name,
                    [e.column.name for e in constraint.elements]))
    return out


def _value_problems(collection: Collection, rows: list[Row]) -> Iterator[Problem]:
    checked = _moments(collection)
    if not checked:
        return
    for row in rows:
        for name, kind in checked:
            value = row.values.get(name)
            if isinstance(value, str) and parse_moment(value, kind) is None:
                pattern = _DATE if kind == "date" else _DATETIME
                if pattern.match(value):  # otherwise the schema has said so already
                    message = date_message(value) if kind == "date" else datetime_message(value)
                    yield Problem((*row.path, name), message)


def _reference_problems(collection: Collection, rows: list[Row], index: Index
                        ) -> Iterator[Problem]:
    for names, target, referred in _references(collection):
        for row in rows:
            yield from _resolve(row, names, target, referred, index)


def _resolve(row: Row, names: list[str], target: str, referred: list[str],
             index: Index) -> Iterator[Problem]:
    value = row.values.get(names[0])
    if type(value) is not int:
        return  # null, or a wrong type the schema reports
    found = index.get(target, value)
    if found is None:
        yield Problem((*row.path, names[0]), f"det finns {NOUNS[target]} med id {value} i filen.")
        return
    for name, other in zip(names[1:], referred[1:], strict=True):
        mine, theirs = row.values.get(name), found.values.get(other)
        if type(mine) is int and mine != theirs:
            yield Problem((*row.path, name), (
                f"ska vara {theirs}, samma {other} som raden {json_path(found.path)} "
                f"som {names[0]} pekar på, inte {mine}."))


def _duplicate(collection: Collection, names: tuple[str, ...], row: Row, first: Row,
               index: Index) -> Problem:
    other = json_path(first.path)
    table, values = collection.name, row.values
    shown = [n for n in names if n != collection.parent_fk]
    name = shown[-1] if shown else names[-1]
    value = values.get(name)
    if table == "paragraph" and name == "number":
        body = index.get("body", values.get("body_id"))
        short = body.values.get("short_name") if body else values.get("body_id")
        message = (f"§ {value} finns redan i nummerserien {values.get('series')} för {short} "
                   f"({other}).")
    elif table == "case" and name == "number":
        message = f"diarienumret {value} finns redan ({other})."
    elif table == "appendix" and name == "number":
        message = f"bilaga {value} finns redan i samma protokoll ({other})."
    else:
        message = _DUPLICATE_TEXT.get(name, "värdet {value} finns redan ({other}).").format(
            value=value, other=other)
    return Problem((*row.path, name), message)


_DUPLICATE_TEXT = {
    "id": "id {value} används redan ({other}).",
    "abbreviation": "partiförkortningen {value} finns redan ({other}).",
    "short_name": "kortnamnet {value} används redan av ett annat organ ({other}).",
    "sha256": "en fil med samma innehåll (SHA-256) finns redan ({other}).",
    "person_id": "personen med id {value} finns redan med ({other}).",
    "position": "position {value} finns redan ({other}).",
    "statement_id": "yttrandet med id {value} har redan en bilaga ({other}).",
    "meeting_id": "sammanträdet med id {value} har redan en försegling ({other}).",
}
