# SPDX-License-Identifier: EUPL-1.2
"""Ärenden: the ärende page, renaming and closing (the ärenden that must come back are
Bevakning's: kraftdesk.services.ledger.awaiting_return).

Read (frozen values):
    case_view(register, case) -> CaseView          case: an id or a diarienummer

Write (one transaction each; UserError in Swedish; Changes):
    rename_case(register, case_id, title, *, expected_version=None) -> Changes
    close_case(register, case_id, *, expected_version=None) -> Changes   status avslutat
    reopen_case(register, case_id, *, expected_version=None) -> Changes  status öppet again

`expected_version` is the case's version as read (CaseView.version): a save based on an
older one is refused (kraftdesk.register.versions).

Putting an ärende on an agenda is kraftdesk.services.paragraphs.add_paragraph; a closed one
is refused with ClosedCaseError until the secretary confirms, and is then opened again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import CaseStatus
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import support
from kraftdesk.reading.cases import CaseHandling, CaseView, read_case_view
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import Case
from kraftdesk.services.changes import Changes

__all__ = ["CaseHandling", "CaseView", "case_view",
           "close_case", "find_case_id", "rename_case", "reopen_case"]


def _case(session: Session, case: int | str) -> Case:
    if isinstance(case, int):
        return support.get(session, Case, case, what="Ärendet")
    number = case.strip()
    found = session.scalars(select(Case).where(Case.number == number)).first()
    if found is None:
        raise UserError(f"Det finns inget ärende med diarienummer {number} i registret.",
                        field="diarienummer")
    return found


def find_case_id(register: Register, case: int | str) -> int:
    with register.read() as session:
        return _case(session, case).id


def case_view(register: Register, case: int | str) -> CaseView:
    with register.read() as session:
        return read_case_view(session, _case(session, case).id)


def rename_case(register: Register, case_id: int, title: str, *,
                expected_version: int | None = None) -> Changes:
    """A new ärendemening; the paragraphs keep their own titles."""
    title = title.strip()
    with register.write() as session:
        case = _case(session, case_id)
        versions.check(case, expected_version, f"ärendet {case.number}")
        if not title:
            raise UserError(f"Ärendemeningen för {case.number} får inte vara tom.",
                            field="case_title")
        if len(title) > 500:
            raise UserError(f"Ärendemeningen för {case.number} är för lång ({len(title)} "
                            "tecken; högst 500).", field="case_title")
        case.title = title
        return Changes(cases=frozenset({case.id}))


def _set_status(register: Register, case_id: int, status: CaseStatus,
                expected_version: int | None) -> Changes:
    with register.write() as session:
        case = _case(session, case_id)
        versions.check(case, expected_version, f"ärendet {case.number}")
        if case.status is status:
            word = "avslutat" if status is CaseStatus.CLOSED else "öppet"
            raise UserError(f"Ärendet {case.number} är redan {word}.", field="case_status")
        case.status = status
        return Changes(cases=frozenset({case.id}))


def close_case(register: Register, case_id: int, *,
               expected_version: int | None = None) -> Changes:
    return _set_status(register, case_id, CaseStatus.CLOSED, expected_version)


def reopen_case(register: Register, case_id: int, *,
                expected_version: int | None = None) -> Changes:
    return _set_status(register, case_id, CaseStatus.OPEN, expected_version)
