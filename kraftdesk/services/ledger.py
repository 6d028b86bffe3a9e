# SPDX-License-Identifier: EUPL-1.2
"""Bevakning: every promised text still open, across all meetings and bodies, or in one.

    open_promises(register, *, now, meeting_id=None) -> list[PendingPromise]
        by deadline; those of one meeting in agenda order

The query is kraftdesk.reading.ledger.pending_in, the one query for open promises.
"""

from __future__ import annotations

from datetime import datetime

from kraftdesk.reading.ledger import PendingPromise, pending_in
from kraftdesk.register.database import Register

__all__ = ["PendingPromise", "open_promises"]


def open_promises(register: Register, *, now: datetime,
                  meeting_id: int | None = None) -> list[PendingPromise]:
    """Every open promise, earliest deadline first (the GUI's Bevakning and `kraftdesk
    pending`); with `meeting_id`, those of that meeting in agenda order (justering)."""
    with register.read() as session:
        return pending_in(session, now=now, meeting_id=meeting_id)
