# SPDX-License-Identifier: EUPL-1.2
"""An interchange file's rows by table and id, for the checks and the rules, kept compact.

A file is checked row by row (kraftdesk.interchange.load), so the rows of a large register
are never all in memory. What one row's checks need of the others is kept here:

- the small tables (organisation, terms, parties, bodies, persons, memberships), whole: the
  rules over a whole table (cycles, overlaps, namesakes) and the names in messages need them;
- of meetings, paragraphs, statements and kallelser, by id, the few values that the checks of
  other rows read (LOOKUP) and where the row is in the file;
- of every other table, only which ids the file has (IdSet).

`get(table, id)` gives the first row with that id (a Row whose values hold what is kept) or
None, as before; `tables[name]` lists the rows of a small table.
"""

from __future__ import annotations

from array import array
from itertools import repeat
from typing import Any

from kraftdesk.interchange.flatten import Row, Tables

#: Tables kept whole.
WHOLE = ("organisation", "term", "party", "body", "person", "membership")
#: Of these tables, the values other rows' checks read, by id.
LOOKUP: dict[str, tuple[str, ...]] = {
    "meeting": ("id", "body_id", "starts_at", "minutes_state"),
    "paragraph": ("id", "meeting_id", "immediately_approved_on"),
    "statement": ("id", "paragraph_id"),
    "notice": ("id", "meeting_id"),
}
#: The top-level lists of the LOOKUP tables (a statement is nested in a paragraph).
_KEYS = {"meeting": "meetings", "paragraph": "paragraphs", "notice": "notices"}
#: Ids in 0 ≤ id < this are kept as bits; others in a set.
_BITS = 1 << 27


class IdSet:
    """A set of integer ids, one bit each for the usual ones (1, 2, 3 …)."""

    __slots__ = ("_bits", "_other")

    def __init__(self) -> None:
        self._bits = bytearray()
        self._other: set[int] | None = None  # made when first needed

    def add(self, key: int) -> bool:
        """Add the id; False if it was there already."""
        if 0 <= key < _BITS:
            byte, bit = key >> 3, 1 << (key & 7)
            if byte >= len(self._bits):
                self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
            if self._bits[byte] & bit:
                return False
            self._bits[byte] |= bit
            return True
        if self._other is None:
            self._other = set()
        elif key in self._other:
            return False
        self._other.add(key)
        return True

    def __contains__(self, key: object) -> bool:
        if type(key) is not int:
            return False
        if 0 <= key < _BITS:
            byte = key >> 3
            return byte < len(self._bits) and bool(self._bits[byte] & (1 << (key & 7)))
        return self._other is not None and key in self._other


class _Lookup:
    """id → a tuple of values, compactly: where every value is an integer or None and the
    ids are dense (1, 2, 3 …, as a register's are), one 8-byte cell per value in arrays by
    id; otherwise in a dict."""

    _NONE = -(1 << 63)  # None
    _ABSENT = _NONE + 1  # no row with this id
    _SMALLEST = _NONE + 2

    def __init__(self, width: int) -> None:
        self._columns = [array("q") for _ in range(width)]
        self._other: dict[int, tuple[Any, ...]] = {}
        self._count = 0

    def __setitem__(self, key: int, values: tuple[Any, ...]) -> None:
        self._count += 1
        if 0 <= key < 4 * self._count + 1024 and all(
                value is None or (type(value) is int and self._SMALLEST <= value < 1 << 63)
                for value in values):
            columns = self._columns
            if key >= len(columns[0]):
                grow = key + 1 - len(columns[0]) + len(columns[0]) // 2
                for column in columns:
                    column.extend(repeat(self._ABSENT, grow))
            for column, value in zip(columns, values, strict=True):
                column[key] = self._NONE if value is None else value
        else:
            self._other[key] = values

    def get(self, key: int) -> tuple[Any, ...] | None:
        columns = self._columns
        if 0 <= key < len(columns[0]) and columns[0][key] != self._ABSENT:
            return tuple(None if column[key] == self._NONE else column[key]
                         for column in columns)
        return self._other.get(key)


class Index:
    """The file's rows by table and id (the first row with each id), compactly."""

    def __init__(self, tables: Tables | None = None) -> None:
        self.tables: Tables = {name: [] for name in WHOLE}
        self._whole: dict[str, dict[int, Row]] = {name: {} for name in WHOLE}
        self._lookup = {name: _Lookup(1 + len(columns)) for name, columns in LOOKUP.items()}
        self._ids: dict[str, IdSet] = {}
        #: Ids found more than once in a table (the checks report them).
        self.repeated: dict[str, set[int]] = {}
        if tables is not None:
            for name, rows in tables.items():
                for row in rows:
                    self.add(name, row)

    def add(self, table: str, row: Row) -> None:
        values = row.values
        key = values.get("id")
        if table in self._whole:
            self.tables[table].append(row)
            if type(key) is int and self._remember(table, key):
                self._whole[table][key] = row
        elif type(key) is int and self._remember(table, key) and table in self._lookup:
            path = row.path  # of a top-level row, only its place in the list is kept
            place = path[1] if len(path) == 2 else path
            self._lookup[table][key] = (place, *map(values.get, LOOKUP[table]))

    def _remember(self, table: str, key: int) -> bool:
        ids = self._ids.get(table)
        if ids is None:
            ids = self._ids[table] = IdSet()
        if ids.add(key):
            return True
        self.repeated.setdefault(table, set()).add(key)
        return False

    def has(self, table: str, key: Any) -> bool:
        ids = self._ids.get(table)
        return ids is not None and key in ids

    def get(self, table: str, key: Any) -> Row | None:
        if type(key) is not int:
            return None
        if table in self._whole:
            return self._whole[table].get(key)
        if table in self._lookup:
            kept = self._lookup[table].get(key)
            if kept is None:
                return None
            place = kept[0]
            path = (_KEYS[table], place) if type(place) is int else place
            return Row.at(path, dict(zip(LOOKUP[table], kept[1:], strict=True)))
        if not self.has(table, key):
            return None
        return Row.at((), {"id": key})
