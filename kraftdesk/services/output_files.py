# SPDX-License-Identifier: EUPL-1.2
"""Every file kraftdesk writes goes through here: the front ends' and services' way to the
one rule of kraftdesk.register.output_files (never a register or its companion files, never
a folder, FIFO or device, an existing file only with `force`, written beside the target and
renamed into place). See that module for the rule; README's architecture notes for the API.

    check_target(path, *, force=False) -> Path
    write_bytes(path, data, *, force=False, mode=None, create_folder=False) -> Path
    write_text(path, text, *, force=False, mode=None, create_folder=False) -> Path
    with replacing(path, *, force=False, mode=None, create_folder=False) as temporary: ...
    write_folder(folder, {relative path: bytes}) -> Path
    remove(path) -> None
"""

from __future__ import annotations

from kraftdesk.register.output_files import (
    PRIVATE_MODE,
    OutputError,
    check_target,
    remove,
    replacing,
    write_bytes,
    write_folder,
    write_text,
)

__all__ = ["PRIVATE_MODE", "OutputError", "check_target", "remove", "replacing",
           "write_bytes", "write_folder", "write_text"]
