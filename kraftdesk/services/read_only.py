# SPDX-License-Identifier: EUPL-1.2
"""The register opened only to read, for the commands whose every question is a Core query.

    reader = open_read_only(url)    # a ReadingRegister, or None: open it the ordinary way

The services such commands call (kraftdesk.services.ledger: open_promises, awaiting_return)
take either this or the ordinary Register. What is opened here, and when the answer is None,
is said in kraftdesk.register.reading_register.
"""

from __future__ import annotations

from kraftdesk.register.reading_register import ReadingRegister, open_for_reading

__all__ = ["ReadingRegister", "open_read_only"]


def open_read_only(url: str) -> ReadingRegister | None:
    """The register at `url` opened without the ORM, or None (then open_register)."""
    return open_for_reading(url)
