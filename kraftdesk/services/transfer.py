# SPDX-License-Identifier: EUPL-1.2
"""Whole registers in and out as interchange files (JSON), for the front ends.

The format and its checks are kraftdesk.interchange; this module is the front ends' way in,
so the command line and the GUI never reach below the services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from kraftdesk.interchange import (
    CheckedFile,
    ImportSummary,
    check_file,
    export_register,
    import_register,
    write_register,
)
from kraftdesk.interchange.stream import Source, TextSource

__all__ = ["CheckedFile", "ImportSummary", "Source", "check_file", "export_register",
           "file_source", "import_register", "write_register"]


def file_source(open_binary: Callable[[], IO[bytes]], name: str | None = None) -> Source:
    """A register file read row by row: `open_binary` opens it anew for every reading."""
    return TextSource(open_binary, name=name)
