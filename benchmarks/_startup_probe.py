# SPDX-License-Identifier: EUPL-1.2
"""One start-up, run as its own process by bench_startup.py: `app` or `bare`, then quit.

    python benchmarks/_startup_probe.py app --db REGISTER
    python benchmarks/_startup_probe.py bare
    python benchmarks/_startup_probe.py bare-sqlalchemy

`app` starts kraftdesk through its real entry point, the `kraftdesk` command
(kraftdesk.launcher.main with `--db REGISTER`), which is told how the start goes: "shown"
once the window has been drawn for the first time with the
Sammanträden list (from the first screen, before the register's machinery is loaded),
"ready" once the register is open in the window and every page works. The probe quits at
"ready". `bare` shows a plain QMainWindow holding an empty QTableView and is stamped the
same way as kraftdesk's "shown": at the end of the window's first paint pass (a zero timer
started at the window's own paint event, as kraftdesk.gui.first_paint does). Each prints
the seconds from process start to a usable window (`bare-sqlalchemy`: the same bare window
with SQLAlchemy imported first, the floor of "ready"), with the process's CPU seconds at that
moment, and for `app` the time to "ready" and the rows on its first page.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


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


def _stamp() -> tuple[float, float]:
    return _elapsed(), time.process_time()


def bare() -> tuple[tuple[float, float], str]:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    shown: list[tuple[float, float]] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, lambda: (shown.append(_stamp()), app.quit()))
            return False

    _quiet()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    first_paint = FirstPaint(window)
    window.installEventFilter(first_paint)
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 5, table))
    window.setCentralWidget(table)
    window.resize(1200, 760)
    window.show()
    app.exec()
    return shown[0], "bare window"


def kraftdesk_app(db: str) -> tuple[tuple[float, float], str]:
    from PySide6.QtWidgets import QApplication

    from kraftdesk.launcher import main as kraftdesk_main

    _quiet()
    stamps: dict[str, tuple[float, float]] = {}
    notes: list[str] = []

    def observe(stage: str, window) -> None:
        stamps[stage] = _stamp()
        if stage == "shown":
            notes.append(f"{window.windowTitle()}: {window.meetings_page.model.rowCount()} "
                         f"meetings on the first page, SQLAlchemy loaded: "
                         f"{'sqlalchemy' in sys.modules}")
        else:
            QApplication.instance().quit()

    kraftdesk_main(["--db", db], observer=observe)
    ready_wall, ready_cpu = stamps["ready"]
    return stamps["shown"], (f"{notes[0]}; ready after {ready_wall:.3f} s, "
                             f"cpu {ready_cpu:.3f} s")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("app", "bare", "bare-sqlalchemy"))
    parser.add_argument("--db")
    args = parser.parse_args()
    if args.what == "bare-sqlalchemy":
        # The floor of any window whose register is read through SQLAlchemy: the bare
        # window, SQLAlchemy's Core imported before it (what "ready" cannot do without).
        import sqlalchemy  # noqa: F401
    (wall, cpu), what = kraftdesk_app(args.db) if args.what == "app" else bare()
    print(f"usable after {wall:.3f} s, cpu {cpu:.3f} s ({what})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
