# SPDX-License-Identifier: EUPL-1.2
"""Writing a whole register as an interchange file.

The output is deterministic: the top-level keys in a fixed order (spec.TOP_KEYS), every list
sorted by id (rows without an id, such as the authors of a statement, by position), the keys
of each row in the table's column order followed by its nested lists, and one row per line.
Exporting, importing into an empty register and exporting again therefore gives the same
bytes. Rows are read with plain Core selects, table by table, not as ORM objects.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kraftdesk.domain.errors import UserError
from kraftdesk.interchange import spec
from kraftdesk.interchange.spec import Collection
from kraftdesk.register.database import Register

_ROW_SEPARATORS = (", ", ": ")


def export_register(register: Register) -> str:
    """The register as interchange JSON text (UTF-8 when written; ends with a newline)."""
    with register.read() as session:
        document = build_document(session)
    return dumps(document)


def build_document(session: Session) -> dict[str, Any]:
    """The register as the file's object (see spec for the layout)."""
    organisations = _rows(session, spec.ORGANISATION)[None]
    if not organisations:
        raise UserError("Registret är tomt: det har ingen organisation och inget att exportera.",
                        field="organisation")
    if len(organisations) > 1:
        raise UserError("Registret har flera organisationer; det kan inte exporteras som ett "
                        "register.", field="organisation")
    document: dict[str, Any] = {"format": spec.FORMAT, "version": spec.VERSION,
                                "organisation": organisations[0]}
    for collection in spec.TOP:
        grouped = _rows(session, collection)
        rows = [row for rows in grouped.values() for row in rows]
        if rows or not collection.optional:  # an optional list only when it has rows
            document[collection.key] = rows
    return document


def _rows(session: Session, collection: Collection,
          nested: bool = False) -> dict[Any, list[dict[str, Any]]]:
    """The collection's rows as file objects, grouped by owner id (None at the top level)."""
    children = [(child.key, _rows(session, child, nested=True)) for child in collection.children]
    table = collection.table
    converters = _converters(collection)
    order = [table.c[name] for name in collection.order_by]
    owner = collection.parent_fk if nested else None
    if owner is not None:
        order.insert(0, table.c[owner])
    grouped: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in session.execute(select(table).order_by(*order)).mappings():
        obj = {name: row[name] if convert is None or row[name] is None else convert(row[name])
               for name, convert in converters}
        for key, groups in children:
            obj[key] = groups.get(row["id"], [])
        grouped[row[owner] if owner is not None else None].append(obj)
    if not nested and not grouped:
        grouped[None] = []
    return grouped


def _converters(collection: Collection) -> list[tuple[str, Callable[[Any], Any] | None]]:
    return [(c.name, spec.to_file(spec.column_kind(c))) for c in collection.columns]


def dumps(document: dict[str, Any]) -> str:
    """Stable text: top-level keys one per line, each list row on a line of its own."""
    lines = ["{"]
    items = [(key, document[key]) for key in spec.TOP_KEYS if key in document]
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        name = json.dumps(key)
        if isinstance(value, list) and value:
            lines.append(f"  {name}: [")
            rows = [_compact(row) for row in value]
            lines.extend(f"    {row}," for row in rows[:-1])
            lines.append(f"    {rows[-1]}")
            lines.append(f"  ]{comma}")
        else:
            lines.append(f"  {name}: {_compact(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=_ROW_SEPARATORS)


def row_counts(session: Session) -> dict[str, int]:
    """How many rows each carried table holds."""
    return {c.name: session.scalar(select(func.count()).select_from(c.table)) or 0
            for c in spec.walk()}
