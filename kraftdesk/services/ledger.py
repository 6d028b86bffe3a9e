# SPDX-License-Identifier: EUPL-1.2
"""Bevakning: every promised text still open, across all meetings and bodies, or in one.

    open_promises(register, *, now, meeting_id=None) -> list[PendingPromise]
        by deadline; those of one meeting in agenda order
    awaiting_return(register) -> list[ReturnRow]
        open ärenden bordlagda or återremitterade and not yet on a later agenda

The queries are kraftdesk.reading.ledger.pending_in, the one query for open promises, and
kraftdesk.reading.returning.awaiting_return; both plain Core statements, read on
`Register.read_rows()`, so that nothing of the ORM is needed (`kraftdesk pending` runs them
both on a register opened by kraftdesk.services.read_only and stays a light process).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from kraftdesk.reading import returning
from kraftdesk.reading.ledger import PendingPromise, pending_in
from kraftdesk.reading.returning import ReturnRow

if TYPE_CHECKING:
    from kraftdesk.register.database import Register

__all__ = ["PendingPromise", "ReturnRow", "awaiting_return", "open_promises"]


def open_promises(register: Register, *, now: datetime,
                  meeting_id: int | None = None) -> list[PendingPromise]:
    """Every open promise, earliest deadline first (the GUI's Bevakning and `kraftdesk
    pending`); with `meeting_id`, those of that meeting in agenda order (justering)."""
    with register.read_rows() as connection:
        return pending_in(connection, now=now, meeting_id=meeting_id)


def awaiting_return(register: Register) -> list[ReturnRow]:
    """Open ärenden whose latest handling left them bordlagda or återremitterade, until a
    later meeting has them on its agenda (Bevakning, `kraftdesk pending`)."""
    with register.read_rows() as connection:
        return returning.awaiting_return(connection)
