# SPDX-License-Identifier: EUPL-1.2
"""The date formats the GUI shows (presentation only).

The words for kinds, states and roles are kraftdesk.text.vocabulary's, as everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def day(value: date | None) -> str:
    """2026-01-07, as in headers and fields."""
    return value.isoformat() if value else ""


def day_and_time(value: datetime | None) -> str:
    """2026-01-07 13:00."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def weekday_and_day(value: date | None) -> str:
    """onsdag 2026-01-07: deadlines read better with the weekday."""
    return f"{_WEEKDAYS[value.weekday()]} {value.isoformat()}" if value else ""


def person_with_party(name: str, party: str | None) -> str:
    """Anna Svensson (S)."""
    return f"{name} ({party})" if party else name
