# SPDX-License-Identifier: EUPL-1.2
"""Bevakning: every promised text still open, across all meetings and bodies.

    open_promises(register, *, now) -> list[PendingPromise]     sorted by deadline

The query is kraftdesk.reading.ledger.pending_in.
"""

from __future__ import annotations

from datetime import datetime

from kraftdesk.reading.ledger import PendingPromise, pending_in, time_left_text
from kraftdesk.register.database import Register

__all__ = ["PendingPromise", "open_promises", "time_left_text"]


def open_promises(register: Register, *, now: datetime) -> list[PendingPromise]:
    """Every open promise, earliest deadline first; the GUI's Bevakning shows the same."""
    with register.read() as session:
        return pending_in(session, now=now)
