# SPDX-License-Identifier: EUPL-1.2
"""A start that proves itself: picture the window once it works, say what it shows, quit.

Set KRAFTDESK_SCREENSHOT_AND_QUIT=FILE.png and start the window as usual: once the register
is open in it, the window is saved to FILE.png, one line on standard output says what it
shows, and the program quits with exit code 0. The desktop bundle's test starts the bundle
this way (tests/packaging/test_bundle.py); a packager can check an installation with it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from kraftdesk.gui.main_window import MainWindow

SCREENSHOT_ENV = "KRAFTDESK_SCREENSHOT_AND_QUIT"


def observer_from_environment() -> Callable[[str, MainWindow], None] | None:
    target = os.environ.get(SCREENSHOT_ENV)
    if not target:
        return None

    def observe(stage: str, window: MainWindow) -> None:
        if stage == "ready":
            QTimer.singleShot(0, lambda: _picture_and_quit(window, Path(target)))

    return observe


def _picture_and_quit(window: MainWindow, target: Path) -> None:
    saved = window.grab().save(str(target))
    rows = window.meetings_page.model.rowCount()
    print(f"Fönstret visar {window.windowTitle()}: {rows} sammanträden i listan; "
          f"bilden {'är sparad i' if saved else 'kunde inte sparas i'} {target}.", flush=True)
    QApplication.instance().exit(0 if saved else 1)
