# SPDX-License-Identifier: EUPL-1.2
"""Opening a meeting and a paragraph in the desktop app, on the large register.

    uv run python benchmarks/bench_gui_open.py [--db /tmp/big.sqlite3] [--repeat 11]

Starts the app's main window on the register (offscreen unless QT_QPA_PLATFORM is set), then
times MainWindow.open_meeting(id) and MainWindow.open_paragraph(id) — what a double-click in
the list or the agenda does — until the event loop has run and the page is painted. Two
meetings (the largest approved one and the most recent one) and two paragraphs (one with a
vote and statements, one plain) are opened in turn, so no call finds its page already
showing the same thing. Medians of --repeat rounds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    DEFAULT_REGISTER,
    max_rss_mib,
    measure,
    print_machine,
    print_table,
    require_register,
)
from sqlalchemy import create_engine, text


def _pick(db: Path) -> dict[str, int]:
    """The meetings and paragraphs to open, read with plain SQL."""
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        def one(sql: str) -> int:
            return int(conn.execute(text(sql)).scalar_one())
        ids = {
            "largest approved meeting": one(
                "SELECT meeting_id FROM paragraph p JOIN meeting m ON m.id = p.meeting_id "
                "WHERE m.minutes_state = 'approved' GROUP BY meeting_id "
                "ORDER BY count(*) DESC, meeting_id DESC LIMIT 1"),
            "latest meeting": one("SELECT id FROM meeting ORDER BY starts_at DESC LIMIT 1"),
            "paragraph with vote and statements": one(
                "SELECT p.id FROM paragraph p JOIN vote v ON v.paragraph_id = p.id "
                "JOIN statement s ON s.paragraph_id = p.id ORDER BY p.id DESC LIMIT 1"),
            "plain paragraph": one(
                "SELECT p.id FROM paragraph p WHERE NOT EXISTS (SELECT 1 FROM statement s "
                "WHERE s.paragraph_id = p.id) ORDER BY p.id DESC LIMIT 1"),
        }
    engine.dispose()
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_REGISTER)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args(argv)
    require_register(args.db)
    home = tempfile.mkdtemp(prefix="kraftdesk-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KRAFTDESK_DATA_DIR"] = f"{home}/data"
    os.environ["XDG_CONFIG_HOME"] = f"{home}/config"

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kraftdesk.gui.app import Application, configure

    # The offscreen platform warns on every window geometry change; keep the table readable.
    qInstallMessageHandler(lambda _kind, _context, message: None
                           if "propagateSizeHints" in message else print(message))

    ids = _pick(args.db)
    app = QApplication(sys.argv[:1])
    configure(app)
    window = Application().start(str(args.db))
    if window is None:
        sys.exit("kraftdesk did not open the register")
    app.processEvents()

    def opening(kind: str, row_id: int):
        def action() -> None:
            if kind == "meeting":
                window.open_meeting(row_id)
            else:
                window.open_paragraph(row_id)
            window.repaint()
            app.processEvents()
        return action

    print_machine()
    print(f"# register: {args.db}; QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}; "
          f"median of {args.repeat} rounds\n")
    names = list(ids)
    actions = [(name, opening("meeting" if "meeting" in name else "paragraph", ids[name]))
               for name in names]
    timings: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(args.repeat):
        for name, action in actions:
            timing, _ = measure(action, repeat=1, warmup=0)
            timings[name].append(timing.wall_ms)
            cpu[name].append(timing.cpu_ms)
    from statistics import median
    print_table(("open", "id", "ms", "cpu ms"),
                [(f"{'meeting' if 'meeting' in n else 'paragraph'}: {n}", ids[n],
                  median(timings[n]), median(cpu[n])) for n in names])
    print(f"\npeak memory of this process (app with the register open): {max_rss_mib():.0f} MiB")
    window.register.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
