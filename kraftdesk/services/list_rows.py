# SPDX-License-Identifier: EUPL-1.2
"""The rows of the GUI's paged lists (Sammanträden, Ärenden) and their sort keys.

Plain frozen dataclasses, importable without SQLAlchemy: the desktop app's first screen
(kraftdesk.services.first_screen) shows them before the register's machinery is loaded.
kraftdesk.services.browse reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kraftdesk.domain.enums import CaseStatus, MinutesState

PAGE_SIZE = 100


@dataclass(frozen=True)
class MeetingRow:
    id: int
    body_id: int
    body_short_name: str
    body_name: str
    starts_at: datetime
    place: str | None
    minutes_state: MinutesState
    approval_due_at: datetime | None
    approved_on: date | None
    paragraph_count: int
    is_example: bool


class MeetingOrder(StrEnum):
    DATE = "date"
    BODY = "body"
    PLACE = "place"
    STATE = "state"
    APPROVAL = "approval"


@dataclass(frozen=True)
class CaseRow:
    id: int
    number: str
    title: str
    status: CaseStatus
    handling_count: int
    last_handled_at: datetime | None


class CaseOrder(StrEnum):
    NUMBER = "number"
    TITLE = "title"
    STATUS = "status"
