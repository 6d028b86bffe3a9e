# SPDX-License-Identifier: EUPL-1.2
"""Knowing when a window has been drawn for the first time.

`show()` only asks for a paint: the window and everything in it are drawn later, in one
pass, when the event loop runs. Work that would hold the interpreter while that pass runs
(the start-up thread's imports, kraftdesk.gui.startup) is started after it, and the
benchmarks and tests measure start-up to the end of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits `done` once `widget` and its children have been painted for the first time.

    A widget is painted before its children, in the same pass; a zero timer started at
    the widget's own paint event fires when that pass (and the flush to the screen) is over.
    """

    done = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.done.emit)
        return False
