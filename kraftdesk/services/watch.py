# SPDX-License-Identifier: EUPL-1.2
"""Has anyone else written to the register? The cheap check a window makes on focus and on
a timer, so it shows what another window, secretary or program has changed.

    change_token(register) -> ChangeToken
    register_changed_since(register, token) -> tuple[bool, ChangeToken]

Every write is one entry or more in the append-only audit trail (kraftdesk.register.audit),
so the check is one indexed read of the newest entry's id, whatever the register's size:
no table is polled. The writes of this program's own Register are counted as they commit
(Register.own_entries) and left out, so a window does not refresh after its own saves,
which it shows already. What comes back is only whether someone else wrote; the window then
reads again what it shows (Changes(register=True)).

Behind the same two functions a server register can answer from its own notifications
(PostgreSQL LISTEN/NOTIFY) instead of the read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from kraftdesk.register.database import Register
from kraftdesk.register.models import AuditEntry


@dataclass(frozen=True)
class ChangeToken:
    """Where the register's history stood when the caller last looked."""

    newest_entry: int  # the id of the newest audit entry then (0: none)
    own_entries: int  # how many of the entries this program had written by then


def change_token(register: Register) -> ChangeToken:
    own = register.own_entries
    with register.read() as session:
        newest = session.scalar(select(func.max(AuditEntry.id))) or 0
    return ChangeToken(newest, own)


def register_changed_since(register: Register,
                           token: ChangeToken) -> tuple[bool, ChangeToken]:
    """(True when another than this program has written since `token`, the new token)."""
    now = change_token(register)
    others = (now.newest_entry - token.newest_entry) - (now.own_entries - token.own_entries)
    return others > 0, now


__all__ = ["ChangeToken", "change_token", "register_changed_since"]
