# SPDX-License-Identifier: EUPL-1.2
"""Who attended a meeting, and in which capacity (read-only table)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kraftdesk.gui import labels
from kraftdesk.services.meetings import AttendanceRow

Index = QModelIndex | QPersistentModelIndex


class AttendanceModel(QAbstractTableModel):
    NAME, KIND, REPLACES, NOTE = range(4)
    HEADERS = ("Namn", "Närvaro", "I stället för", "Anteckning")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[AttendanceRow] = ()

    def load(self, rows: Sequence[AttendanceRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role != Qt.ItemDataRole.DisplayRole or not index.isValid()
                or not (0 <= index.row() < len(self._rows))):
            return None
        row = self._rows[index.row()]
        return (row.person.label, labels.ATTENDANCE_KIND[row.kind],
                row.replaces.label if row.replaces else "", row.note or "")[index.column()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
