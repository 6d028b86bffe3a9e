# SPDX-License-Identifier: EUPL-1.2
"""The register opened for a command whose every question is a Core query.

    register = open_read_only(url)    # a Register, or None: open it the ordinary way

The services such commands call (kraftdesk.services.ledger: open_promises, awaiting_return;
kraftdesk.services.search) read on `Register.read_rows()`, so nothing of the ORM is
imported. What is opened here, and when the answer is None, is said in
kraftdesk.register.reading_register.
"""

from __future__ import annotations

from kraftdesk.register.database import Register
from kraftdesk.register.reading_register import open_for_reading

__all__ = ["open_read_only"]


def open_read_only(url: str) -> Register | None:
    """The register at `url` opened without checks, or None (then open_register)."""
    return open_for_reading(url)
