# SPDX-License-Identifier: EUPL-1.2
"""The one place that decides what may still change in the minutes.

- Draft minutes: everything may change, paragraphs may be renumbered and reordered.
- Sent for justering: the text may still be corrected, but paragraph and bilaga numbers are
  fixed (they are what the justerare see).
- Justerade minutes, and a paragraph justerad omedelbart: nothing changes, ever.

Services call these before every write; the database triggers enforce the same rule for any
other path (see the locking migration).
"""

from __future__ import annotations

from datetime import date

from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import LockedError


def is_locked(state: MinutesState, immediately_approved_on: date | None = None) -> bool:
    """True when the minutes (or this one paragraph) are justerade."""
    return state is MinutesState.APPROVED or immediately_approved_on is not None


def numbers_fixed(state: MinutesState) -> bool:
    """Paragraph and bilaga numbers are fixed once the minutes are sent for justering."""
    return state is not MinutesState.DRAFT


def ensure_editable(state: MinutesState, *, what: str,
                    immediately_approved_on: date | None = None) -> None:
    """Raise LockedError naming `what` (Swedish, e.g. "§ 16") if it may no longer change."""
    if immediately_approved_on is not None:
        raise LockedError(
            f"{what} är omedelbart justerad {immediately_approved_on.isoformat()} "
            "och kan inte ändras.",
            field=what,
        )
    if state is MinutesState.APPROVED:
        raise LockedError(
            f"Protokollet är justerat och kan inte ändras ({what}).", field=what
        )


def ensure_renumberable(state: MinutesState, *, what: str) -> None:
    """Raise LockedError if numbers are fixed (sent for justering or justerat)."""
    ensure_editable(state, what=what)
    if numbers_fixed(state):
        raise LockedError(
            f"Protokollet är skickat för justering; numreringen kan inte ändras ({what}).",
            field=what,
        )
