# SPDX-License-Identifier: EUPL-1.2
"""What the desktop app shows before the register is open: the organisation and the first
page of Sammanträden, read from the register file without SQLAlchemy.

Start-up of the app is the time to a window with the secretary's meetings in it. Importing
SQLAlchemy, the models and the services takes several times as long as Qt's own start, so
the app reads this first screen (kraftdesk.register.first_screen, the standard library's
sqlite3, read-only), shows it, and opens the register the ordinary way while it is on
screen. This module imports nothing that needs SQLAlchemy; an import-linter contract in
pyproject.toml keeps it so.
"""

from __future__ import annotations

from typing import NamedTuple

from kraftdesk.config import sqlite_file
from kraftdesk.register.first_screen import read_first_screen as _read
from kraftdesk.services.list_rows import PAGE_SIZE, MeetingRow


class FirstScreen(NamedTuple):
    """The register at `url` as the Sammanträden list first shows it (newest first)."""

    url: str
    organisation: str
    meeting_count: int
    meetings: tuple[MeetingRow, ...]


def read_first_screen(url: str, *, limit: int = PAGE_SIZE) -> FirstScreen | None:
    """The first screen of the SQLite register at `url`; None when it must be opened first
    (not an SQLite file, not closed cleanly, another schema revision, no organisation)."""
    path = sqlite_file(url)
    found = _read(path, limit=limit) if path is not None else None
    if found is None:
        return None
    return FirstScreen(url=url, organisation=found.organisation,
                       meeting_count=found.meeting_count,
                       meetings=tuple(MeetingRow(*values) for values in found.meetings))
