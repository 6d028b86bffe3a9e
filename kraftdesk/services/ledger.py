# SPDX-License-Identifier: EUPL-1.2
"""Bevakning: every promised text still open, across all meetings and bodies, or in one.

    open_promises(register, *, now, meeting_id=None) -> list[PendingPromise]
        by deadline; those of one meeting in agenda order
    awaiting_return(register) -> list[ReturnRow]
        open ärenden bordlagda or återremitterade and not yet on a later agenda

The queries are kraftdesk.reading.ledger.pending_in, the one query for open promises, and
kraftdesk.reading.returning.awaiting_return; both plain Core statements, so the register may
be the ordinary one or one opened only to read, without the ORM
(kraftdesk.services.read_only: `kraftdesk pending` runs them both and stays a light
process).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from kraftdesk.reading import returning
from kraftdesk.reading.ledger import PendingPromise, pending_in
from kraftdesk.reading.returning import ReturnRow

if TYPE_CHECKING:
    from kraftdesk.register.database import Register
    from kraftdesk.register.reading_register import ReadingRegister

__all__ = ["PendingPromise", "ReturnRow", "awaiting_return", "open_promises"]


def open_promises(register: Register | ReadingRegister, *, now: datetime,
                  meeting_id: int | None = None) -> list[PendingPromise]:
    """Every open promise, earliest deadline first (the GUI's Bevakning and `kraftdesk
    pending`); with `meeting_id`, those of that meeting in agenda order (justering)."""
    with register.read() as session:
        return pending_in(session, now=now, meeting_id=meeting_id)


def awaiting_return(register: Register | ReadingRegister) -> list[ReturnRow]:
    """Open ärenden whose latest handling left them bordlagda or återremitterade, until a
    later meeting has them on its agenda (Bevakning, `kraftdesk pending`)."""
    with register.read() as session:
        return returning.awaiting_return(session)
