# SPDX-License-Identifier: EUPL-1.2
"""The agenda of one meeting: its paragraphs in order, reordered by drag and drop.

A drop does not move rows itself: it emits `move_requested(paragraph_id, position)` and the
meeting page runs the move as an undoable command; the model is then reloaded from the
register, so what is shown is always what is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from kraftdesk.gui.icons import icon
from kraftdesk.gui.models.paged import ID_ROLE
from kraftdesk.gui.models.rows import Index, RowsTableModel
from kraftdesk.services.meetings import MeetingView

MIME_TYPE = "application/x-kraftdesk-paragraph-ids"


class AgendaModel(RowsTableModel):
    """Signals:
        move_requested(int, int): paragraph id, new 1-based position on the agenda.
    """

    NUMBER, TITLE, CASE, PROMISES = range(4)
    HEADERS = ("§", "Rubrik", "Diarienummer", "Utlovat")

    move_requested = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._movable = False

    def load(self, view: MeetingView | None) -> None:  # type: ignore[override]
        """The agenda of `view` (none: empty); movable while numbers are not fixed."""
        self._movable = bool(view) and not view.numbers_fixed and not view.locked
        self._reset(view.paragraphs if view else ())

    def paragraph_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, paragraph_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == paragraph_id), None)

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.label, row.title, row.case_number or "",
                    str(row.open_promises) if row.open_promises else "")[column]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.PROMISES and row.open_promises:
                return f"{row.open_promises} utlovade texter har inte kommit in"
            return row.title if column == self.TITLE else None
        if role == Qt.ItemDataRole.DecorationRole and column == self.NUMBER:
            return icon("locked") if row.immediately_approved_on else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PROMISES:
            return QColor("#8a1c14")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._movable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsDragEnabled if self._movable else flags

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        ids = ",".join(str(self._rows[r].id) for r in rows)
        data.setData(MIME_TYPE, QByteArray(ids.encode("ascii")))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return (self._movable and action == Qt.DropAction.MoveAction
                and data.hasFormat(MIME_TYPE))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(x) for x in bytes(data.data(MIME_TYPE).data()).decode("ascii").split(",")
               if x]
        if len(ids) != 1:
            return False
        target = parent.row() if parent.isValid() else (len(self._rows) if row < 0 else row)
        current = self.row_of(ids[0])
        if current is None:
            return False
        position = target if target > current else target + 1
        if position != current + 1:
            self.move_requested.emit(ids[0], position)
        return True
