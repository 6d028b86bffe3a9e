# SPDX-License-Identifier: EUPL-1.2
"""Row versions: the guard against lost updates between two windows or two secretaries.

Every editable row has a `version` (kraftdesk.register.base.Versioned). A front end reads
it with the row, and a service that changes the row is given it back (`expected_version`):

    check(row, expected, what)   refuse (ChangedError, Swedish) a save based on an older version
    bump(row)                    a list belonging to `row` was replaced as a whole (decision
                                 points, attendance, ballots, authors …): the row's version rises
                                 with it, so a save of the whole list based on the old one fails
                                 (once per transaction, at its end, unless an UPDATE of the row
                                 has raised it already)
    install(sessionmaker)        a write hook: notes each versioned row's version after every
                                 flush, for Register.tracking_versions (the GUI's undo stack
                                 and editors learn the versions their own writes left)

`expected` None means "no check" (the command line, an import, a program's own step).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from kraftdesk.domain.errors import CHANGED_MESSAGE, ChangedError
from kraftdesk.register.base import Versioned

#: session.info key: {(table name, id): version} of the rows written in the transaction.
WRITTEN = "kraftdesk_versions"
#: session.info key: [(row, version when bumped)] to raise at the end of the transaction.
_BUMPED = "kraftdesk_versions_bumped"


def check(row: Versioned, expected: int | None, what: str) -> None:
    """Refuse the save unless `row` is still at version `expected` (None: no check)."""
    if expected is not None and row.version != expected:
        raise ChangedError(
            f"{CHANGED_MESSAGE} ({what}). Din ändring är inte sparad; läs de nuvarande "
            "uppgifterna och gör ändringen igen.", field="version")


def bump(row: Versioned) -> None:
    """Raise the row's version in this transaction (a list of it was replaced)."""
    session = Session.object_session(row)
    if session is None:
        row.version = row.version + 1
        return
    session.info.setdefault(_BUMPED, []).append((row, row.version))


def install(target: Session | sessionmaker[Session]) -> None:
    """A write hook (on a session, or once on a sessionmaker for all its sessions)."""
    event.listen(target, "after_flush", _noted)
    event.listen(target, "before_commit", _raise_bumped)


def _raise_bumped(session: Session) -> None:
    """Each bumped row whose version no UPDATE has raised yet goes up by one."""
    bumped = session.info.pop(_BUMPED, [])
    raised = False
    for row, version in bumped:
        if inspect(row).deleted or inspect(row).detached or row.version != version:
            continue
        row.version = version + 1
        raised = True
    if raised:
        session.flush()


def _noted(session: Session, _context: UOWTransaction) -> None:
    written: dict[tuple[str, int], int] = session.info.setdefault(WRITTEN, {})
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, Versioned):
            continue
        state: Any = inspect(obj)
        version, row_id = state.dict.get("version"), state.dict.get("id")
        if version is not None and row_id is not None and not state.deleted:
            written[(state.mapper.local_table.name, row_id)] = version
