# SPDX-License-Identifier: EUPL-1.2
"""Writing output files: the one small place the publication writes through.

A file goes through kraftdesk.services.output_files, the one rule for every file kraftdesk
writes (never a register, a folder or a device; a temporary file renamed into place, so a
file is either the old one or the new one, never half written); the publication replaces
its own files (force). A whole new folder is written beside its place and moved in.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from kraftdesk.domain.errors import UserError
from kraftdesk.services.output_files import write_bytes


def write_atomic(path: Path, data: bytes) -> None:
    """Write the publication's own file `path` (an existing one is replaced)."""
    write_bytes(path, data, force=True, create_folder=True)


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
