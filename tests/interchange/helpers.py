# SPDX-License-Identifier: EUPL-1.2
"""Registers, the demo file and table dumps for the interchange tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kraftdesk.interchange import spec
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import AuditEntry

ROOT = Path(__file__).resolve().parents[2]
DEMO_FILE = ROOT / "resources" / "demo" / "demo-register.json"


def new_register(folder: Path, name: str = "register") -> Register:
    return open_register(f"sqlite:///{folder / f'{name}.sqlite3'}", create=True)


def demo_text() -> str:
    return DEMO_FILE.read_text(encoding="utf-8")


def demo_document() -> dict[str, Any]:
    return json.loads(demo_text())


def dump(register: Register) -> dict[str, list[tuple[Any, ...]]]:
    """Every carried table's rows (every carried column: not row versions), sorted, plus the
    number of audit entries."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with register.read() as session:
        for collection in spec.walk():
            table = collection.table
            rows = session.execute(select(*collection.stored_columns)
                                   .order_by(*table.primary_key.columns)).all()
            tables[table.name] = [tuple(row) for row in rows]
        tables["audit_entry"] = [(session.scalar(select(func.count(AuditEntry.id))),)]
    return tables


def is_empty(register: Register) -> bool:
    return all(not rows for name, rows in dump(register).items() if name != "audit_entry") and (
        dump(register)["audit_entry"] == [(0,)])
