# SPDX-License-Identifier: EUPL-1.2
"""The demo register: Malmö stad's two reference paragraphs, their history, and example data.

Shipped as an interchange file in resources/demo/demo-register.json (made by
packaging/make_demo.py; docs/demo.md says what is real and what is invented). The first-start
dialog's "Prova demoregistret" and `kraftdesk demo` both call load_demo().
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kraftdesk import paths
from kraftdesk.domain.errors import UserError
from kraftdesk.interchange import ImportSummary, import_register
from kraftdesk.register.database import Register
from kraftdesk.register.models import Organisation
from kraftdesk.services.changes import Changes

DEMO_PARTS = ("demo", "demo-register.json")


def demo_file() -> Path:
    """Where the demo register's file is (checkout, installed wheel or bundle)."""
    return paths.resource(*DEMO_PARTS)


def load_demo(register: Register) -> Changes:
    """Read the demo register into `register`, which must be empty; all of it or nothing."""
    load_demo_summary(register)
    return Changes(register=True)


def load_demo_summary(register: Register) -> ImportSummary:
    """As load_demo(), returning what was read in (for the command line)."""
    _ensure_empty(register)
    path = demo_file()
    try:
        data = path.read_bytes()
    except OSError:
        raise UserError(f"Demoregistret saknas i installationen ({path}).",
                        field=str(path)) from None
    return import_register(register, data, source="demoregistret")


def _ensure_empty(register: Register) -> None:
    # A friendlier message first; import_register checks again inside its transaction.
    with register.read() as session:
        name = session.scalars(select(Organisation.name).order_by(Organisation.id)).first()
    if name is not None:
        raise UserError(
            f"Demoregistret kan bara läsas in i ett nytt, tomt register. Det här registret "
            f"innehåller redan {name} och har inte ändrats.", field="register")
