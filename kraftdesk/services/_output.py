# SPDX-License-Identifier: EUPL-1.2
"""The one call through which the services of issue 15 write a file a secretary asked for
(kallelse, extracts per recipient, .eml files): atomically, through the exports' writer."""

from __future__ import annotations

from pathlib import Path

from kraftdesk.domain.errors import UserError
from kraftdesk.services.exports import _atomic_write


def write_file(path: Path, data: bytes) -> Path:
    """Write `data` to `path` atomically (a temporary file renamed into place)."""
    path = Path(path)
    try:
        _atomic_write(path, data)
    except OSError as exc:  # the folder could not be made
        raise UserError(f"Det gick inte att skriva {path}: {exc.strerror or exc}.",
                        field=str(path)) from exc
    return path
