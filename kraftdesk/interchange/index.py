# SPDX-License-Identifier: EUPL-1.2
"""An interchange file's rows by table and id, for the checks and the rules."""

from __future__ import annotations

from typing import Any

from kraftdesk.interchange.flatten import Row, Tables


class Index:
    """The file's rows by table and id (the first row with each id)."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.by_id: dict[str, dict[int, Row]] = {}
        for name, rows in tables.items():
            ids: dict[int, Row] = {}
            for row in rows:
                key = row.values.get("id")
                if type(key) is int and key not in ids:
                    ids[key] = row
            self.by_id[name] = ids

    def get(self, table: str, key: Any) -> Row | None:
        return self.by_id[table].get(key) if type(key) is int else None
