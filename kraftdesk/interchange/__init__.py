# SPDX-License-Identifier: EUPL-1.2
"""Import and export of whole registers: the versioned JSON interchange format. No Qt.

    text = export_register(register)              # deterministic JSON text
    write_register(register, out)                 # the same, streamed to a file object
    summary = import_register(empty_register, text)  # checks all, then writes all or nothing
    checked = check_file(text)                    # the checks alone, no register needed

The format is described in docs/interchange.md; its JSON Schema is schema.json beside this
file (and docs/interchange.schema.json). Problems are InterchangeError (a UserError) listing
every problem with its JSON path in Swedish.
"""

from __future__ import annotations

from kraftdesk.interchange.export import export_register, write_register
from kraftdesk.interchange.load import CheckedFile, ImportSummary, check_file, import_register
from kraftdesk.interchange.problems import InterchangeError, Problem
from kraftdesk.interchange.spec import FORMAT, VERSION

__all__ = [
    "FORMAT", "VERSION", "CheckedFile", "ImportSummary", "InterchangeError", "Problem",
    "check_file", "export_register", "import_register", "write_register",
]
