# SPDX-License-Identifier: EUPL-1.2
"""Small drivers for real widgets that QTest lacks (QTest.keyClicks asserts on "å", "ä", "ö")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into the focused `widget` key by key, Swedish letters included."""
    for char in text:
        key = ord(char.upper()) if ord(char.upper()) <= 0xFF else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))


def fill(field: QWidget, text: str) -> None:
    """Type `text` into a date or time field (kraftdesk.gui.widgets.date_fields) anew."""
    edit = field.edit  # type: ignore[attr-defined]
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    type_text(edit, text)


def column_texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_header(qtbot: QtBot, view: QTableView, section: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def double_click_row(qtbot: QtBot, view: QTableView, row: int, column: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
