# SPDX-License-Identifier: EUPL-1.2
"""Import and export of whole registers: the versioned JSON interchange format. No Qt.

    text = export_register(register)              # deterministic JSON text
    write_register(register, out)                 # the same, streamed to a file object
    summary = import_register(empty_register, text)  # checks all, then writes all or nothing
    checked = check_file(text)                    # the checks alone, no register needed

The format is described in docs/interchange.md; its JSON Schema is schema.json beside this
file (and docs/interchange.schema.json). Problems are InterchangeError (a UserError) listing
every problem with its JSON path in Swedish.

The names above are loaded when first asked for: importing one module of the package (the
CSV reader csv_table, say) does not load the whole format with jsonschema, which only the
commands that read or write register files need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kraftdesk.interchange.export import export_register, write_register
    from kraftdesk.interchange.load import (
        CheckedFile,
        ImportSummary,
        check_file,
        import_register,
    )
    from kraftdesk.interchange.problems import InterchangeError, Problem
    from kraftdesk.interchange.spec import FORMAT, VERSION

_WHERE = {
    "export_register": "export", "write_register": "export",
    "CheckedFile": "load", "ImportSummary": "load", "check_file": "load",
    "import_register": "load",
    "InterchangeError": "problems", "Problem": "problems",
    "FORMAT": "spec", "VERSION": "spec",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "FORMAT", "VERSION", "CheckedFile", "ImportSummary", "InterchangeError", "Problem",
    "check_file", "export_register", "import_register", "write_register",
]
