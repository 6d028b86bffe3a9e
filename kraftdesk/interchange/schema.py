# SPDX-License-Identifier: EUPL-1.2
"""The JSON Schema (draft 2020-12) of the interchange file.

The schema is built from the models (spec + descriptions) and kept as a file twice: the
canonical copy in the package (kraftdesk/interchange/schema.json, what import validates
against) and docs/interchange.schema.json for readers. After a model change, rewrite both:

    uv run python -m kraftdesk.interchange.schema docs/interchange.schema.json

A test fails when either file differs from what the models give.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import CheckConstraint, Column, ForeignKey, String

from kraftdesk.interchange import descriptions, spec
from kraftdesk.interchange.spec import Collection

SCHEMA_FILE = Path(__file__).resolve().parent / "schema.json"
SCHEMA_ID = "urn:kraftdesk:interchange:kraftdesk-register:2"

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?$"
SHA256_PATTERN = "^[0-9a-f]{64}$"
SERIES_PATTERN = "^[0-9]{4}(-[0-9]{2}-[0-9]{2})?$"

_KIND_TEXT = {
    "date": "A date, YYYY-MM-DD.",
    "datetime": "Local Swedish time, YYYY-MM-DDTHH:MM (with :SS or :SS.ffffff when needed).",
}

# CHECK constraints that translate into schema keywords; the others are checked on import.
_NOT_EMPTY = re.compile(r"^length\((\w+)\) > 0$")
_POSITIVE = re.compile(r"^(?:(\w+) IS NULL OR )?(\w+) > 0$")
_NOT_NEGATIVE = re.compile(r"^(?:(\w+) IS NULL OR )?(\w+) >= 0$")
_FIXED_LENGTH = re.compile(r"^length\((\w+)\) = (\d+)$")
_ONE_OF = re.compile(r"^(\w+) IN \((.*)\)$")


def build_schema() -> dict[str, Any]:
    """The schema as the models give it today."""
    top = {
        "format": {"const": spec.FORMAT, "description": "Always \"kraftdesk-register\"."},
        "version": {"const": spec.VERSION,
                    "description": f"The format version: {spec.VERSION}. Files of versions 1 "
                                   "and 2 are read too (converted on import)."},
        "organisation": {"$ref": "#/$defs/organisation"},
    }
    for collection in spec.TOP:
        top[collection.key] = _list_of(collection)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"kraftdesk register, interchange format version {spec.VERSION}",
        "description": "A whole kraftdesk register (everything but its audit trail). "
                       "See docs/interchange.md.",
        "type": "object",
        "required": list(spec.REQUIRED_KEYS),
        "additionalProperties": False,
        "properties": top,
        "$defs": {c.name: _object(c) for c in spec.walk()},
    }


def _list_of(collection: Collection) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "array", "items": {"$ref": f"#/$defs/{collection.name}"}}
    if collection.min_items:
        schema["minItems"] = collection.min_items
    return schema


def _object(collection: Collection) -> dict[str, Any]:
    rules = _check_rules(collection)
    properties = {c.name: _column(collection, c, rules.get(c.name, {})) for c in collection.columns}
    for child in collection.children:
        properties[child.key] = _list_of(child)
    return {
        "type": "object",
        "description": descriptions.COLLECTIONS[collection.name],
        "required": list(properties),
        "additionalProperties": False,
        "properties": properties,
    }


def _column(collection: Collection, column: Column[Any], extra: dict[str, Any]) -> dict[str, Any]:
    kind = spec.column_kind(column)
    schema: dict[str, Any] = {}
    text = [descriptions.COLUMNS.get(f"{collection.name}.{column.name}", "")]
    if kind == "enum":
        schema["enum"] = spec.enum_values(column) + ([None] if column.nullable else [])
    else:
        json_type = {"integer": "integer", "boolean": "boolean"}.get(kind, "string")
        schema["type"] = [json_type, "null"] if column.nullable else json_type
    if kind in ("date", "datetime"):
        schema["pattern"] = DATE_PATTERN if kind == "date" else DATETIME_PATTERN
        text.append(_KIND_TEXT[kind])
    if kind == "base64":
        schema["contentEncoding"] = "base64"
    if kind == "string" and isinstance(column.type, String) and column.type.length:
        schema["maxLength"] = column.type.length
    if column.name == "sha256" or column.name.endswith("_sha256"):
        schema["pattern"] = SHA256_PATTERN  # says all a fixed length would
        extra = {k: v for k, v in extra.items() if k not in ("minLength", "maxLength")}
    if (collection.name, column.name) == ("paragraph", "series"):
        schema["pattern"] = SERIES_PATTERN
    if column.primary_key and column.name == "id":
        text.append("The row's id, kept so that references stay stable.")
    for foreign_key in column.foreign_keys:
        text.append(_reference_text(column, foreign_key))
    schema.update(extra)
    description = " ".join(t for t in text if t)
    return {"description": description, **schema} if description else schema


def _reference_text(column: Column[Any], foreign_key: ForeignKey) -> str:
    target = where(foreign_key.column.table.name)
    first = foreign_key.constraint.columns[0] if foreign_key.constraint is not None else column
    if first is column:
        return f"The {foreign_key.column.name} of a row of {target}."
    return f"Must equal the {foreign_key.column.name} of the row of {target} named by {first.name}."


def where(table: str) -> str:
    """The JSON path of a table's rows, for readers: "$.paragraphs[*].proposals"."""
    for path, collection in _paths():
        if collection.name == table:
            return path
    raise KeyError(table)


def _paths(collections: tuple[Collection, ...] = (spec.ORGANISATION, *spec.TOP),
           prefix: str = "$") -> list[tuple[str, Collection]]:
    out: list[tuple[str, Collection]] = []
    for collection in collections:
        path = f"{prefix}.{collection.key}"
        out.append((path, collection))
        out.extend(_paths(collection.children, f"{path}[*]"))
    return out


def _check_rules(collection: Collection) -> dict[str, dict[str, Any]]:
    """Schema keywords for the CHECK constraints that have one, by column."""
    rules: dict[str, dict[str, Any]] = {}
    for constraint in collection.table.constraints:
        if not isinstance(constraint, CheckConstraint):
            continue
        sql = str(constraint.sqltext).strip()
        if match := _NOT_EMPTY.match(sql):
            rules.setdefault(match[1], {})["minLength"] = 1
        elif (match := _POSITIVE.match(sql)) and match[1] in (None, match[2]):
            rules.setdefault(match[2], {})["minimum"] = 1
        elif (match := _NOT_NEGATIVE.match(sql)) and match[1] in (None, match[2]):
            rules.setdefault(match[2], {})["minimum"] = 0
        elif match := _FIXED_LENGTH.match(sql):
            rules.setdefault(match[1], {}).update(minLength=int(match[2]),
                                                  maxLength=int(match[2]))
        elif match := _ONE_OF.match(sql):
            column = collection.table.c[match[1]]
            values: list[Any] = [v.strip().strip("'") for v in match[2].split(",")]
            if spec.column_kind(column) == "integer":
                values = [int(v) for v in values]
            rules.setdefault(match[1], {})["enum"] = values + ([None] if column.nullable else [])
    return rules


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


@cache
def load_schema() -> dict[str, Any]:
    """The canonical schema file shipped in the package."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@cache
def inlined_schema() -> dict[str, Any]:
    """The schema with every $ref replaced by its definition: faster to validate against."""
    schema = load_schema()
    definitions = schema["$defs"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return inline(definitions[ref.removeprefix("#/$defs/")])
            return {key: inline(value) for key, value in node.items()}
        if isinstance(node, list):
            return [inline(value) for value in node]
        return node

    result = inline({k: v for k, v in schema.items() if k != "$defs"})
    return copy.deepcopy(result)


def main(argv: list[str]) -> int:
    """Write the schema to the package file and to every path given (the docs copy)."""
    text = render(build_schema())
    for path in [SCHEMA_FILE, *map(Path, argv)]:
        path.write_text(text, encoding="utf-8")
        print(f"skrev {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
