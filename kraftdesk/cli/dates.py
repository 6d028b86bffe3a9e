# SPDX-License-Identifier: EUPL-1.2
"""Dates on the command line: read as ISO (ÅÅÅÅ-MM-DD), shown with the Swedish weekday."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from babel.dates import format_date

from kraftdesk.domain import moments
from kraftdesk.domain.errors import UserError


def iso_day(text: str) -> date:
    """argparse type: a date written ÅÅÅÅ-MM-DD, refused in Swedish otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"«{text}» är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-01-07"
        ) from None


def moment(text: str) -> datetime:
    """argparse type: a date and time, 2026-12-08T09:30 or "2026-12-08 09:30"."""
    try:
        return moments.parse_datetime(text)
    except UserError as error:
        raise argparse.ArgumentTypeError(error.message.rstrip(".")) from None


def weekday(day: date) -> str:
    """"onsdag"."""
    return str(format_date(day, "EEEE", locale="sv_SE"))


def shown_day(day: date | None, missing: str = "–") -> str:
    """"2026-01-21 (onsdag)"."""
    if day is None:
        return missing
    return f"{day.isoformat()} ({weekday(day)})"
