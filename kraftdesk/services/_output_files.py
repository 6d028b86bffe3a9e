# SPDX-License-Identifier: EUPL-1.2
"""Writing output files: the one small place the publication writes through.

Each file is written to a temporary file in its folder and renamed into place, so a file is
either the old one or the new one, never half written. (Issue 13 builds the one module every
output file of kraftdesk goes through; the publication moves to it when it lands.)
"""

from __future__ import annotations

import os
import shutil
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


def write_folder(folder: Path, files: dict[str, bytes]) -> None:
    """Fill a new or empty `folder` with `files` (relative path -> bytes) as one step: they
    are written to a new folder beside it, which then takes its place."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.kraftdesk-", dir=folder.parent))
        try:
            made: set[Path] = set()
            for relative, data in files.items():
                path = staging / relative
                if path.parent not in made:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    made.add(path.parent)
                path.write_bytes(data)
            if folder.exists():
                folder.rmdir()  # empty (the caller checked): nothing is lost
            os.replace(staging, folder)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    except OSError as exc:
        raise UserError(f"Det gick inte att skriva {folder}: {exc.strerror or exc}.",
                        field=str(folder)) from exc
