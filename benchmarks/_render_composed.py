# SPDX-License-Identifier: EUPL-1.2
"""One process of bench_cli.py's `bound`: the minutes rendered, the register never read.

    python benchmarks/_render_composed.py DOC.pickle OUT.pdf [--sqlalchemy]

DOC.pickle holds the composed minutes of one meeting (kraftdesk.domain.document.MinutesDoc,
made by bench_cli.py through the real reading code). This process does what `kraftdesk pdf
minutes` does apart from reading the register: the collector held as the launcher holds it,
the command line's modules, kraftdesk's renderer (ReportLab's platypus, the fonts, the
layout) and the file written; with --sqlalchemy it also imports SQLAlchemy's Core with its
SQLite dialect, as any process reading the register through SQLAlchemy must. Its time is
the least such a command can take: with --sqlalchemy, however the register is read through
Core; without, with a reader that needs no SQLAlchemy at all.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str]) -> int:
    gc.disable()
    source, out = Path(argv[0]), Path(argv[1])
    if "--sqlalchemy" in argv[2:]:
        import sqlalchemy
        import sqlalchemy.dialects.sqlite  # noqa: F401
    import pickle

    import kraftdesk.cli.main  # noqa: F401 - the command line, as the command has it
    from kraftdesk.documents import render_minutes

    doc = pickle.loads(source.read_bytes())  # written by bench_cli.py
    with out.open("wb") as handle:
        render_minutes(doc, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
