# SPDX-License-Identifier: EUPL-1.2
"""What issue 13's guards cost: the window's look for others' writes, and checking and
cleaning a received PDF.

    uv run python benchmarks/bench_nothing_lost.py [--db REGISTER] [--repeat 201]

- others_changes: the window's look for others' writes (services.watching), every three
  seconds and on activation, when nobody has written: on SQLite one PRAGMA data_version (a
  new demo register when --db is not given, or any register, such as the large generated
  one: its cost does not grow with the register).
- clean_received_pdf: what `statements.receive` does with a PDF before it is stored
  (pikepdf reads and rewrites it, pypdf tries every page as the minutes will), for PDFs of
  1 and 50 text pages made with ReportLab.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import measure, print_machine, print_table
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kraftdesk.documents.received import clean_received_pdf
from kraftdesk.register.migrate import open_register
from kraftdesk.services import watching
from kraftdesk.services.demo import load_demo


def pdf_of(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for page in range(pages):
        for row in range(45):
            canvas.drawString(60, 800 - 16 * row, f"Särskilt yttrande, sida {page + 1}, "
                                                  f"rad {row + 1}: " + "text " * 12)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a register (default: a new demo register)")
    parser.add_argument("--repeat", type=int, default=201)
    args = parser.parse_args()
    print_machine()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "demo.sqlite3"
        register = open_register(f"sqlite:///{path}", create=args.db is None)
        if args.db is None:
            load_demo(register)
        watcher = watching.watch_register(register)
        try:
            check, _ = measure(lambda: watching.others_changes(watcher),
                               repeat=args.repeat, warmup=5)
        finally:
            watcher.close()
            register.close()
    rows = [["others_changes", str(path.name), f"{check.wall_ms:.3f}",
             f"{check.cpu_ms:.3f}"]]
    for pages in (1, 50):
        data = pdf_of(pages)
        timing, cleaned = measure(lambda data=data: clean_received_pdf(
            data, max_bytes=25_000_000), repeat=max(3, args.repeat // 20))
        rows.append([f"clean_received_pdf, {pages} sidor", f"{len(data) // 1000} kB → "
                     f"{len(cleaned.data) // 1000} kB", f"{timing.wall_ms:.1f}",
                     f"{timing.cpu_ms:.1f}"])
    print_table(["vad", "underlag", "median ms", "cpu ms"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
