# SPDX-License-Identifier: EUPL-1.2
"""The file as table rows: nesting undone, implied owner keys filled in, paths kept.

Tolerant of a broken structure (the schema reports that): items that are not objects are
skipped and missing keys read as None, so that the semantic checks can still run and report
everything at once. To keep a large file's memory low, each row is the parsed object itself
(with its owner's key added: flatten changes the object it is given) and its JSON path is
worked out only when a problem needs it.
"""

from __future__ import annotations

from typing import Any

from kraftdesk.interchange import spec
from kraftdesk.interchange.problems import Path
from kraftdesk.interchange.spec import Collection


class Row:
    """One row: `values` by column name (read with .get: a column may be missing), its place."""

    __slots__ = ("_index", "_key", "_owner", "_path", "values")

    def __init__(self, values: dict[str, Any], owner: Row | None, key: str,
                 index: int | None) -> None:
        self.values = values
        self._owner, self._key, self._index = owner, key, index
        self._path: Path | None = None

    @classmethod
    def at(cls, path: Path, values: dict[str, Any]) -> Row:
        """A row known by its path (kept compactly by the index)."""
        row = cls(values, None, "", None)
        row._path = path
        return row

    @property
    def path(self) -> Path:
        """("paragraphs", 3, "statements", 1) for the second statement of the fourth §."""
        if self._path is not None:
            return self._path
        head = self._owner.path if self._owner is not None else ()
        return (*head, self._key) if self._index is None else (*head, self._key, self._index)


#: Table name → its rows in file order.
Tables = dict[str, list[Row]]


def flatten(document: dict[str, Any]) -> Tables:
    """The rows of every table. Adds each nested row's owner key to its parsed object."""
    tables: Tables = {c.name: [] for c in spec.walk()}
    organisation = document.get("organisation")
    organisation_id = None
    if isinstance(organisation, dict):
        organisation_id = organisation.get("id")
        tables[spec.ORGANISATION.name].append(
            Row(organisation, None, "organisation", None))
    for collection in spec.TOP:
        _flatten_list(collection, document.get(collection.key), None, collection.key,
                      organisation_id, tables)
    return tables


def flatten_entry(collection: Collection, index: int, item: Any, organisation_id: Any,
                  tables: Tables) -> None:
    """Add the rows of one item of a top-level list (the item and the rows nested in it)."""
    _flatten_list(collection, [item], None, collection.key, organisation_id, tables, index)


def _flatten_list(collection: Collection, items: Any, owner: Row | None, key: str,
                  owner_id: Any, tables: Tables, first: int = 0) -> None:
    if not isinstance(items, list):
        return
    rows = tables[collection.name]
    parent_fk = collection.parent_fk
    children = collection.children
    for index, item in enumerate(items, start=first):
        if not isinstance(item, dict):
            continue
        if parent_fk is not None:
            item[parent_fk] = owner_id
        row = Row(item, owner, key, index)
        rows.append(row)
        for child in children:
            _flatten_list(child, item.get(child.key), row, child.key, item.get("id"), tables)
