# SPDX-License-Identifier: EUPL-1.2
"""Dates on the command line: read as ISO (ÅÅÅÅ-MM-DD), shown with the Swedish weekday."""

from __future__ import annotations

import argparse
from datetime import date

from babel.dates import format_date


def iso_day(text: str) -> date:
    """argparse type: a date written ÅÅÅÅ-MM-DD, refused in Swedish otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"«{text}» är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-01-07"
        ) from None


def weekday(day: date) -> str:
    """"onsdag"."""
    return str(format_date(day, "EEEE", locale="sv_SE"))


def shown_day(day: date | None, missing: str = "–") -> str:
    """"2026-01-21 (onsdag)"."""
    if day is None:
        return missing
    return f"{day.isoformat()} ({weekday(day)})"
