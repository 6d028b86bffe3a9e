# SPDX-License-Identifier: EUPL-1.2
"""An ordered list of a paragraph edited in place: beslutspunkter, beslutsunderlag, mottagare.

Each change (typing a line, adding, removing, moving) hands the whole list before and after
to `on_changed`, which pushes one undoable command; the service replaces the list as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from kraftdesk.gui.icons import icon

VALUE_ROLE = Qt.ItemDataRole.UserRole + 40


class ListPart:
    """Attributes:
        saved: the values as last loaded or saved.

    `display(value)` is the line shown; `edit(value, text)` makes the value for a typed line,
    or None when the line cannot be typed (a reference); `blank()` is the value of a new line.
    """

    def __init__(self, widget: QListWidget, *, add: QPushButton, remove: QPushButton,
                 up: QPushButton | None, down: QPushButton | None,
                 on_changed: Callable[[tuple[Any, ...], tuple[Any, ...]], None],
                 display: Callable[[Any], str] = str,
                 edit: Callable[[Any, str], Any] = lambda _old, text: text,
                 blank: Callable[[], Any] = str) -> None:
        self.widget = widget
        self._buttons = [b for b in (add, remove, up, down) if b is not None]
        self._on_changed, self._display, self._edit, self._blank = on_changed, display, edit, blank
        self.saved: tuple[Any, ...] = ()
        self._editable = True
        add.clicked.connect(self.add_line)
        remove.clicked.connect(self.remove_current)
        if up is not None and down is not None:
            up.setIcon(icon("up"))
            down.setIcon(icon("down"))
            up.clicked.connect(lambda: self.move_current(-1))
            down.clicked.connect(lambda: self.move_current(1))
        widget.itemChanged.connect(self._item_changed)
        widget.model().rowsMoved.connect(lambda *_args: QTimer.singleShot(0, self._changed))

    def load(self, values: Sequence[Any], *, editable: bool) -> None:
        """Show `values`; the current row stays where it was."""
        row = self.widget.currentRow()
        self.widget.blockSignals(True)
        self.widget.clear()
        for value in values:
            self._append(value)
        if 0 <= row < self.widget.count():
            self.widget.setCurrentRow(row)
        self.widget.blockSignals(False)
        self.saved = tuple(values)
        self._editable = editable
        self.widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove if editable
                                    else QAbstractItemView.DragDropMode.NoDragDrop)
        for button in self._buttons:
            button.setEnabled(editable)

    def values(self) -> tuple[Any, ...]:
        """The lines in order; a new line left empty is not a value."""
        items = (self.widget.item(i) for i in range(self.widget.count()))
        return tuple(item.data(VALUE_ROLE) for item in items if item.text().strip())

    def _append(self, value: Any, row: int | None = None) -> QListWidgetItem:
        item = QListWidgetItem(self._display(value))
        item.setData(VALUE_ROLE, value)
        flags = item.flags() | Qt.ItemFlag.ItemIsDragEnabled
        if self._edit(value, self._display(value)) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags & ~Qt.ItemFlag.ItemIsDropEnabled)
        if row is None:
            self.widget.addItem(item)
        else:
            self.widget.insertItem(row, item)
        return item

    def add_line(self) -> None:
        if not self._editable:
            return
        self.widget.blockSignals(True)
        item = self._append(self._blank(), self.widget.currentRow() + 1
                            if self.widget.currentRow() >= 0 else None)
        self.widget.blockSignals(False)
        self.widget.setCurrentItem(item)
        self.widget.editItem(item)

    def add_value(self, value: Any) -> None:
        """Append a ready value (a reference line) and save."""
        self._append(value)
        self._changed()

    def remove_current(self) -> None:
        row = self.widget.currentRow()
        if self._editable and row >= 0:
            self.widget.takeItem(row)
            self._changed()

    def move_current(self, step: int) -> None:
        row = self.widget.currentRow()
        target = row + step
        if not self._editable or row < 0 or not 0 <= target < self.widget.count():
            return
        self.widget.blockSignals(True)
        item = self.widget.takeItem(row)
        self.widget.insertItem(target, item)
        self.widget.blockSignals(False)
        self.widget.setCurrentRow(target)
        self._changed()

    def _item_changed(self, item: QListWidgetItem) -> None:
        text = item.text().strip()
        self.widget.blockSignals(True)
        if not text:
            self.widget.takeItem(self.widget.row(item))
        else:
            item.setData(VALUE_ROLE, self._edit(item.data(VALUE_ROLE), text))
            item.setText(self._display(item.data(VALUE_ROLE)))
        self.widget.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        after = self.values()
        if after != self.saved:
            before, self.saved = self.saved, after
            self._on_changed(before, after)
