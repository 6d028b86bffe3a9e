# SPDX-License-Identifier: EUPL-1.2
"""Writing a whole register as an interchange file, row by row to a file object.

    write_register(register, out)     # streams the file to a text file object
    export_register(register) -> str  # the same text in memory (small registers, tests)

The output is deterministic: the top-level keys in a fixed order (spec.TOP_KEYS), every list
sorted by id (rows without an id, such as the authors of a statement, by position), the keys
of each row in the table's column order followed by its nested lists, and one row per line.
Exporting, importing into an empty register and exporting again therefore gives the same
bytes. Rows are read with plain Core selects, not as ORM objects.

Memory stays the same whatever the register's size: one read transaction walks each
top-level table in file order, and the rows nested in it (a paragraph's decision points,
proposals and their authors …) come from one cursor per nested table ordered the same way,
so each top-level row is put together, written and forgotten before the next.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kraftdesk.domain.errors import UserError
from kraftdesk.interchange import spec
from kraftdesk.interchange.spec import Collection
from kraftdesk.register.database import Register

_ROW_SEPARATORS = (", ", ": ")
#: Rows fetched from the database at a time, per cursor.
FETCH_ROWS = 1000


def export_register(register: Register) -> str:
    """The register as interchange JSON text (UTF-8 when written; ends with a newline)."""
    buffer = io.StringIO()
    write_register(register, buffer)
    return buffer.getvalue()


def write_register(register: Register, out: TextIO) -> None:
    """Write the register as interchange JSON text to `out`, row by row, in one read
    transaction. An empty register is refused (UserError) before anything is written."""
    with register.read() as session:
        write_document(session, out)


def build_document(session: Session) -> dict[str, Any]:
    """The register as the file's object, all of it in memory (copy_register checks and
    imports it whole); `dumps` gives its text back."""
    buffer = io.StringIO()
    write_document(session, buffer)
    return json.loads(buffer.getvalue())


def dumps(document: dict[str, Any]) -> str:
    """The file's text of a document object: what write_document writes for it."""
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


def write_document(session: Session, out: TextIO) -> None:
    """The register as the file's text (see spec for the layout), written to `out`."""
    organisations = list(_top_rows(session, spec.ORGANISATION))
    if not organisations:
        raise UserError("Registret är tomt: det har ingen organisation och inget att exportera.",
                        field="organisation")
    if len(organisations) > 1:
        raise UserError("Registret har flera organisationer; det kan inte exporteras som ett "
                        "register.", field="organisation")
    out.write("{\n")
    out.write(f'  "format": {_compact(spec.FORMAT)},\n')
    out.write(f'  "version": {_compact(spec.VERSION)},\n')
    out.write(f'  "organisation": {_compact(organisations[0])}')
    for collection in spec.TOP:
        rows = _top_rows(session, collection)
        first = next(rows, None)
        if first is None and collection.optional:
            continue  # an optional list is written only when it has rows
        out.write(f",\n  {json.dumps(collection.key)}: ")
        if first is None:
            out.write("[]")
            continue
        out.write("[\n    " + _compact(first))
        for row in rows:
            out.write(",\n    " + _compact(row))
        out.write("\n  ]")
    out.write("\n}\n")


def _top_rows(session: Session, collection: Collection) -> Iterator[dict[str, Any]]:
    """The collection's rows as file objects, in file order, each with its nested rows."""
    table = collection.table
    query = select(table).order_by(*_own_order(collection))
    for _owner, obj in _objects(session, collection, query, []):
        yield obj


def _own_order(collection: Collection) -> list[Any]:
    """The collection's order within one owner; its id last, so ties cannot differ."""
    table = collection.table
    order = [table.c[name] for name in collection.order_by]
    if collection.has_id and "id" not in collection.order_by:
        order.append(table.c.id)
    return order


def _objects(session: Session, collection: Collection, query: Any,
             owners: list[Collection]) -> Iterator[tuple[Any, dict[str, Any]]]:
    """(owner id, file object) of `query`'s rows (of `collection`, nested in the chain
    `owners`), with their nested lists filled from one cursor per nested table."""
    converters = _converters(collection)
    fk = collection.parent_fk if owners else None
    children = [(child.key, _Nested(session, child, [*owners, collection]))
                for child in collection.children]
    for row in _stream(session, query):
        obj = {name: row[name] if convert is None or row[name] is None else convert(row[name])
               for name, convert in converters}
        for key, nested in children:
            obj[key] = nested.take(row["id"])
        yield (row[fk] if fk is not None else None), obj


class _Nested:
    """The rows of a nested table, read as their owners are written.

    The cursor visits the owners in the order they are written (each owner's order, up the
    chain of owners to the top-level table) and, within one owner, the nested table's own
    order; take(owner_id) returns the rows of the next owner.
    """

    def __init__(self, session: Session, collection: Collection,
                 owners: list[Collection]) -> None:
        self._rows = _objects(session, collection, _nested_query(collection, owners), owners)
        self._next: tuple[Any, dict[str, Any]] | None = next(self._rows, None)

    def take(self, owner_id: Any) -> list[dict[str, Any]]:
        taken = []
        while self._next is not None and self._next[0] == owner_id:
            taken.append(self._next[1])
            self._next = next(self._rows, None)
        return taken


def _nested_query(collection: Collection, owners: list[Collection]) -> Any:
    """SELECT a nested table's rows, joined up to the top-level table, in written order."""
    query = select(collection.table)
    order: list[Any] = []
    below = collection
    for owner in reversed(owners):
        assert below.parent_fk is not None
        query = query.join(owner.table, owner.table.c.id == below.table.c[below.parent_fk])
        order = [*_own_order(owner), *order]
        below = owner
    return query.order_by(*order, *_own_order(collection))


def _stream(session: Session, query: Any) -> Iterator[Any]:
    """The rows of `query` as mappings, fetched FETCH_ROWS at a time."""
    result = session.execute(query, execution_options={"yield_per": FETCH_ROWS})
    yield from result.mappings()


def _converters(collection: Collection) -> list[tuple[str, Callable[[Any], Any] | None]]:
    return [(c.name, spec.to_file(spec.column_kind(c))) for c in collection.columns]


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=_ROW_SEPARATORS)


def row_counts(session: Session) -> dict[str, int]:
    """How many rows each carried table holds."""
    return {c.name: session.scalar(select(func.count()).select_from(c.table)) or 0
            for c in spec.walk()}
