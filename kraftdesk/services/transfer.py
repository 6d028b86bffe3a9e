# SPDX-License-Identifier: EUPL-1.2
"""Whole registers in and out as interchange files (JSON), for the front ends.

The format and its checks are kraftdesk.interchange; this module is the front ends' way in,
so the command line and the GUI never reach below the services.
"""

from __future__ import annotations

from kraftdesk.interchange import (
    CheckedFile,
    ImportSummary,
    check_file,
    export_register,
    import_register,
    write_register,
)

__all__ = ["CheckedFile", "ImportSummary", "check_file", "export_register", "import_register",
           "write_register"]
