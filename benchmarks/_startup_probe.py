# SPDX-License-Identifier: EUPL-1.2
"""One start-up, run as its own process by bench_startup.py: `app` or `bare`, then quit.

    python benchmarks/_startup_probe.py app --db REGISTER
    python benchmarks/_startup_probe.py bare

`app` starts kraftdesk as kraftdesk.gui.app.main() does (QApplication, Swedish
translations, the register opened and migrated, the main window built with its first page
loaded, shown), lets the event loop run once so the window is painted, and quits. `bare` does
the same with a plain QMainWindow holding an empty QTableView. Each prints the seconds from
interpreter start to a usable window, and for `app` the rows on its first page.

The desktop app has no "quit once shown" switch yet, so the probe composes the window the
way main() does; see benchmarks/README.md for the hook that would let it start the real
entry point.
"""

from __future__ import annotations

import argparse
import os
import sys


def _elapsed() -> float:
    """Seconds since this process was started (Linux: its start time in /proc)."""
    with open("/proc/self/stat") as handle:
        start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as handle:
        uptime = float(handle.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def _quiet() -> None:
    """The offscreen platform warns on every window geometry change: drop that one."""
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda _kind, _context, message: None
                           if "propagateSizeHints" in message else print(message))


def bare() -> str:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    _quiet()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 5, table))
    window.setCentralWidget(table)
    window.resize(1200, 760)
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return "bare window"


def kraftdesk_app(db: str) -> str:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kraftdesk.gui.app import Application, configure

    _quiet()
    app = QApplication(sys.argv[:1])
    configure(app)
    application = Application()
    window = application.start(db)
    if window is None:
        raise SystemExit("kraftdesk did not open the register")
    QTimer.singleShot(0, app.quit)
    app.exec()
    rows = window.meetings_page.model.rowCount()
    title = window.windowTitle()
    window.register.close()
    return f"{title}: {rows} meetings on the first page"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("app", "bare"))
    parser.add_argument("--db")
    args = parser.parse_args()
    what = kraftdesk_app(args.db) if args.what == "app" else bare()
    print(f"usable after {_elapsed():.3f} s ({what})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
