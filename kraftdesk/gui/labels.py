# SPDX-License-Identifier: EUPL-1.2
"""The Swedish words and date formats the GUI shows for domain values (presentation only)."""

from __future__ import annotations

from datetime import date, datetime

from kraftdesk.domain.enums import (
    AttendanceKind,
    CaseStatus,
    MinutesState,
    StatementKind,
    StatementState,
)

MINUTES_STATE = {
    MinutesState.DRAFT: "Utkast",
    MinutesState.SENT_FOR_APPROVAL: "Skickat för justering",
    MinutesState.APPROVED: "Justerat",
}

CASE_STATUS = {CaseStatus.OPEN: "Pågående", CaseStatus.CLOSED: "Avslutat"}

STATEMENT_KIND = {
    StatementKind.RESERVATION: "Reservation",
    StatementKind.SPECIAL_STATEMENT: "Särskilt yttrande",
    StatementKind.MINUTES_NOTE: "Protokollsanteckning",
}

STATEMENT_STATE = {
    StatementState.ANNOUNCED: "Anmäld",
    StatementState.PROMISED: "Utlovad",
    StatementState.RECEIVED: "Inkommen",
    StatementState.WITHDRAWN: "Återkallad",
    StatementState.NOT_RECEIVED: "Ej inkommen",
}

ATTENDANCE_KIND = {
    AttendanceKind.MEMBER: "Ledamot",
    AttendanceKind.SERVING_SUBSTITUTE: "Tjänstgörande ersättare",
    AttendanceKind.SUBSTITUTE: "Ersättare",
    AttendanceKind.OFFICIAL: "Övriga närvarande",
    AttendanceKind.OTHER: "Övrig",
}

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
