# SPDX-License-Identifier: EUPL-1.2
"""The rows of the GUI's paged lists (Sammanträden, Ärenden) and their sort keys.

Named tuples, importable without SQLAlchemy: the desktop app's first screen
(kraftdesk.services.first_screen) shows them before the register's machinery is loaded
(named tuples, not dataclasses: made in a quarter of the time, at start and for every row).
kraftdesk.services.browse reads them.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from kraftdesk.domain.enums import CaseStatus, MinutesState

PAGE_SIZE = 100


class MeetingRow(NamedTuple):
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


class CaseRow(NamedTuple):
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
