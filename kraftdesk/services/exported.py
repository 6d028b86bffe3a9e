# SPDX-License-Identifier: EUPL-1.2
"""What a PDF export hands back (kraftdesk.services.exports, .plain_minutes)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Exported:
    path: Path
    pages: int
    warnings: tuple[str, ...] = ()  # e.g. a received bilaga that could not be made PDF/A


def pages_of(pdf: bytes) -> int:
    """The number of pages of a PDF kraftdesk wrote (a kept one, a PDF/A made here)."""
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)
