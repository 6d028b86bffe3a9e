# SPDX-License-Identifier: EUPL-1.2
"""Writing output files: the one small place the publication writes through.

Each file is written to a temporary file in its folder and renamed into place, so a file is
either the old one or the new one, never half written. (Issue 13 builds the one module every
output file of kraftdesk goes through; the publication moves to it when it lands.)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kraftdesk.domain.errors import UserError


def write_atomic(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".kraftdesk-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(f"Det gick inte att skriva {path}: {exc.strerror or exc}.",
                        field=str(path)) from exc


def remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        raise UserError(f"Det gick inte att ta bort {path}: {exc.strerror or exc}.",
                        field=str(path)) from exc
