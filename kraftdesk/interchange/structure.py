# SPDX-License-Identifier: EUPL-1.2
"""The file's structure, checked against the JSON Schema, every error said in Swedish."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from sqlalchemy import Column

from kraftdesk.interchange import spec
from kraftdesk.interchange.problems import Path, Problem, quote
from kraftdesk.interchange.schema import DATE_PATTERN, DATETIME_PATTERN, inlined_schema

_TYPE_NAMES = {"string": "en text", "integer": "ett heltal", "number": "ett tal",
               "boolean": "true eller false", "array": "en lista", "object": "ett objekt",
               "null": "null"}

_ENUM_NOUNS = {
    "Role": "ingen känd roll",
    "BodyKind": "ingen känd typ av organ",
    "MinutesState": "inget känt tillstånd för protokollet",
    "NumberingScheme": "ingen känd paragrafnumrering",
    "TakeDownRule": "ingen känd regel för när anslaget tas ned",
    "CaseStatus": "ingen känd status för ett ärende",
    "AttendanceKind": "inget känt sätt att närvara",
    "ParagraphAttendanceKind": "inget känt undantag från närvaron",
    "ProposalKind": "ingen känd typ av yrkande",
    "BallotChoice": "ingen känd röst",
    "StatementKind": "ingen känd typ av yttrande",
    "StatementState": "inget känt tillstånd för ett yttrande",
    "AppendixKind": "ingen känd typ av bilaga",
    "BasisRefKind": "ingen känd typ av hänvisning",
    "ParagraphDeferral": "inget känt avgörande (bordlagt eller återremitterat)",
    "ReportedItemKind": "ingen känd typ av anmälan",
    "DispatchMeans": "inget känt sätt att skicka",
    "AgendaPlacement": "ingen känd plats på föredragningslistan",
    "ParagraphOutcome": "inget känt sätt att avsluta ett ärende utan beslut",
    "ApprovalRole": "ingen känd roll vid justering",
}

#: Messages for lists that must not be empty, by (owner's list, list).
_EMPTY_LIST = {("statements", "authors"): "ett yttrande måste ha minst en författare."}


def structure_problems(document: dict[str, Any]) -> list[Problem]:
    """Every place where the file departs from the schema, found by jsonschema.

    jsonschema takes some 30 µs per value, minutes for a register of 40,000 paragraphs. So
    it validates the top level with every list emptied (skeleton_problems), and then only the
    rows that a compiled check of the same schema (_compile, much faster, agreeing with
    jsonschema: tests/interchange/test_structure.py) finds invalid (row_problems). The
    messages always come from jsonschema's errors.
    """
    skeleton = {key: [] if isinstance(value, list) else value for key, value in document.items()}
    problems = skeleton_problems(skeleton)
    for key, rows in document.items():
        if isinstance(rows, list):
            for index, row in enumerate(rows):
                problems.extend(row_problems(key, index, row))
    return problems


def skeleton_problems(skeleton: dict[str, Any]) -> list[Problem]:
    """The top level's problems, every list of the file emptied."""
    return _problems([((), error) for error in _validator("").iter_errors(skeleton)])


def row_problems(key: str, index: int, row: Any) -> list[Problem]:
    """The problems of one row of the top-level list `key` (none for a list of no rows)."""
    if not has_rows(key) or _fast(key)(row):
        return []
    return _problems([((key, index), e) for e in _validator(key).iter_errors(row)])


@cache
def has_rows(key: str) -> bool:
    """True when the schema describes the rows of a top-level list `key`."""
    return inlined_schema()["properties"].get(key, {}).get("items") is not None


def _problems(errors: list[tuple[Path, ValidationError]]) -> list[Problem]:
    missing: dict[Path, list[str]] = {}
    problems: list[Problem] = []
    for prefix, error in errors:
        if error.validator == "required":
            path = (*prefix, *error.absolute_path)
            missing.setdefault(path, []).extend(_missing(error))
        else:
            problems.extend(_translate(error, prefix))
    problems.extend(_missing_problem(path, keys) for path, keys in missing.items())
    return problems


def _missing(error: ValidationError) -> list[str]:
    # jsonschema reports each missing key as its own error: "'x' is a required property".
    absent = [key for key in error.validator_value if key not in error.instance]
    return [key for key in absent if error.message.startswith(repr(key))] or absent[:1]


def _missing_problem(path: Path, keys: list[str]) -> Problem:
    if len(keys) == 1:
        return Problem((*path, keys[0]), "fältet saknas.")
    names = [f"«{key}»" for key in keys]
    return Problem(path, f"fälten {', '.join(names[:-1])} och {names[-1]} saknas.")


@cache
def _validator(key: str) -> Draft202012Validator:
    """jsonschema's validator of the whole file ("") or of one row of a top-level list."""
    schema = inlined_schema()
    return Draft202012Validator(schema["properties"][key]["items"] if key else schema)


@cache
def _fast(key: str) -> Callable[[Any], bool]:
    return _compile(inlined_schema()["properties"][key]["items"])


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "null": (type(None),), "array": (list,), "object": (dict,),
}
_KNOWN = {"type", "enum", "required", "additionalProperties", "properties", "minimum",
          "minLength", "maxLength", "pattern", "items", "minItems", "description",
          "contentEncoding", "title"}


def _compile(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """A fast yes/no check of a row against its object schema.

    It may say no where jsonschema says yes (1.0 as an integer: the row is then simply
    handed to jsonschema), never the reverse. The interchange schema's objects always
    require every property and allow no other, which this relies on.
    """
    unknown = set(schema) - _KNOWN
    if unknown or schema.get("additionalProperties") is not False or (
            set(schema.get("required", ())) != set(schema.get("properties", {"": None}))):
        raise ValueError(f"_compile cannot check this schema: {sorted(unknown) or schema}")
    keys = frozenset(schema["properties"])
    extras = {key: _extra(sub) for key, sub in schema["properties"].items()}
    fields = [(key, _types(sub), extras[key]) for key, sub in schema["properties"].items()]

    def check(value: Any) -> bool:
        if type(value) is not dict or value.keys() != keys:
            return False
        for key, types, extra in fields:
            item = value[key]
            if type(item) not in types or (extra is not None and not extra(item)):
                return False
        return True

    return check


def _types(schema: dict[str, Any]) -> frozenset[type]:
    if "type" in schema:
        names = [schema["type"]] if isinstance(schema["type"], str) else schema["type"]
        return frozenset(t for name in names for t in _PYTHON_TYPES[name])
    return frozenset(type(value) for value in schema["enum"])


def _extra(schema: dict[str, Any]) -> Callable[[Any], bool] | None:
    """The checks beyond the type; each applies to values of its own type only."""
    unknown = set(schema) - _KNOWN
    if unknown:
        raise ValueError(f"_compile does not know {sorted(unknown)}")
    tests: list[Callable[[Any], bool]] = []
    if "enum" in schema:
        allowed = frozenset(schema["enum"])
        tests.append(lambda v: v in allowed)
    if "minimum" in schema:
        low = schema["minimum"]
        tests.append(lambda v: type(v) not in (int, float) or v >= low)
    short, long = schema.get("minLength", 0), schema.get("maxLength")
    if short or long is not None:
        tests.append(lambda v: type(v) is not str or short <= len(v) <= (long or len(v)))
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search
        tests.append(lambda v: type(v) is not str or search(v) is not None)
    if "items" in schema:
        item, least = _compile(schema["items"]), schema.get("minItems", 0)
        tests.append(lambda v: type(v) is not list or (len(v) >= least and all(map(item, v))))
    if not tests:
        return None
    if len(tests) == 1:
        return tests[0]
    return lambda v: all(test(v) for test in tests)


def _translate(error: ValidationError, prefix: Path) -> list[Problem]:
    path: Path = (*prefix, *error.absolute_path)
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "additionalProperties":
        allowed = set(error.schema.get("properties", {}))
        return [Problem((*path, key), f"okänt fält; version {spec.VERSION} av formatet har "
                        "inget sådant fält.") for key in value if key not in allowed]
    return [Problem(path, _message(kind, expected, value, path))]


def _message(kind: str, expected: Any, value: Any, path: Path) -> str:
    if kind == "type":
        wanted = " eller ".join(_TYPE_NAMES[t] for t in ([expected] if isinstance(expected, str)
                                                          else expected))
        return f"ska vara {wanted}, inte {_type_of(value)} ({quote(value)})."
    if kind == "enum":
        return _enum_message(value, expected, path)
    if kind == "const":
        return f"ska vara {quote(expected)}, inte {quote(value)}."
    if kind == "minimum":
        return f"ska vara minst {expected}, inte {value}."
    if kind == "minLength":
        return "får inte vara tom." if expected == 1 else (
            f"ska ha {expected} tecken, inte {len(value)}.")
    if kind == "maxLength":
        return f"är för lång: {len(value)} tecken, men högst {expected} ryms."
    if kind == "pattern":
        return _pattern_message(expected, value)
    if kind == "minItems":
        owner = next((p for p in reversed(path[:-1]) if isinstance(p, str)), "")
        return _EMPTY_LIST.get((owner, path[-1]), f"listan ska ha minst {expected} rader.")
    return f"värdet {quote(value)} är inte tillåtet här ({kind})."


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true eller false"
    if isinstance(value, float):
        return "ett decimaltal"
    return _TYPE_NAMES.get({str: "string", int: "integer", list: "array", dict: "object",
                            type(None): "null"}.get(type(value), ""), "något annat")


def _pattern_message(pattern: str, value: str) -> str:
    if pattern == DATE_PATTERN:
        return date_message(value)
    if pattern == DATETIME_PATTERN:
        return datetime_message(value)
    if "{64}" in pattern:
        return f"{quote(value)} är ingen SHA-256-summa (64 tecken 0–9 och a–f)."
    if pattern.startswith("^[0-9]{4}(-"):
        return (f"{quote(value)} är ingen nummerserie: ett år (ÅÅÅÅ) eller ett "
                "sammanträdesdatum (ÅÅÅÅ-MM-DD).")
    return f"{quote(value)} har fel form."


def date_message(value: Any) -> str:
    return f"{quote(value)} är inget giltigt datum (ÅÅÅÅ-MM-DD)."


def datetime_message(value: Any) -> str:
    return f"{quote(value)} är inget giltigt datum och tid (ÅÅÅÅ-MM-DDTTT:MM)."


def _enum_message(value: Any, allowed: list[Any], path: Path) -> str:
    column = column_at(path)
    enum_class = getattr(column.type, "enum_class", None) if column is not None else None
    noun = _ENUM_NOUNS.get(enum_class.__name__ if enum_class else "", "inget tillåtet värde")
    if column is not None and column.name == "pronoun":
        noun = "inget pronomen som kraftdesk känner till"
    shown = ", ".join("null" if v is None else str(v) for v in allowed)
    return f"{quote(value)} är {noun} (tillåtna värden: {shown})."


def column_at(path: Path) -> Column[Any] | None:
    """The register column a path ends in, e.g. ("memberships", 3, "role") → membership.role."""
    keys = [p for p in path if isinstance(p, str)]
    if not keys:
        return None
    options = (spec.ORGANISATION, *spec.TOP)
    collection = None
    for key in keys[:-1]:
        collection = next((c for c in options if c.key == key), None)
        if collection is None:
            return None
        options = collection.children
    if collection is None:
        return None
    return next((c for c in collection.columns if c.name == keys[-1]), None)
