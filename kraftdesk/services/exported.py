# SPDX-License-Identifier: EUPL-1.2
"""What a PDF export hands back (kraftdesk.services.exports, .plain_minutes)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Exported:
    path: Path
    pages: int
    warnings: tuple[str, ...] = ()  # e.g. a received bilaga that could not be made PDF/A
