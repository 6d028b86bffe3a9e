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
from operator import itemgetter
from typing import Any

from sqlalchemy import PrimaryKeyConstraint, UniqueConstraint

from kraftdesk.interchange import rules, spec
from kraftdesk.interchange.flatten import Row, Tables
from kraftdesk.interchange.index import Index
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
    "vote": "ingen omröstning", "statement": "inget yttrande",
}


def semantic_problems(tables: Tables) -> list[Problem]:
    index = Index(tables)
    problems: list[Problem] = []
    for collection in spec.walk():
        rows = tables[collection.name]
        problems.extend(_value_problems(collection, rows))
        problems.extend(_reference_problems(collection, rows, index))
        problems.extend(_unique_problems(collection, rows, index))
    problems.extend(rules.rule_problems(index))
    return problems


def _value_problems(collection: Collection, rows: list[Row]) -> Iterator[Problem]:
    checked = [(c.name, spec.column_kind(c)) for c in collection.columns]
    checked = [(name, kind) for name, kind in checked if kind in ("date", "datetime")]
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
    for constraint in collection.table.foreign_key_constraints:
        names = [c.name for c in constraint.columns]
        if names == [collection.parent_fk]:
            continue  # implied by the nesting
        target = constraint.referred_table.name
        referred = [e.column.name for e in constraint.elements]
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


def _unique_problems(collection: Collection, rows: list[Row], index: Index
                     ) -> Iterator[Problem]:
    for constraint in collection.table.constraints:
        if not isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint):
            continue
        names = tuple(c.name for c in constraint.columns)
        if names == ("id", "body_id"):
            continue  # the meeting's (id, body_id) key for paragraphs; ids are unique already
        seen: dict[Any, Row] = {}
        key_of = itemgetter(*names)
        composite = len(names) > 1
        for row in rows:
            try:
                key = key_of(row.values)
            except KeyError:
                continue  # a missing column: the schema says so
            if key is None or (composite and None in key):
                continue  # NULLs never clash, as in SQL
            try:
                first = seen.setdefault(key, row)
            except TypeError:
                continue  # a list or object where a value belongs: the schema says so
            if first is not row:
                yield _duplicate(collection, names, row, first, index)


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
