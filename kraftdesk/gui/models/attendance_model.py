# SPDX-License-Identifier: EUPL-1.2
"""Who attended a meeting, and in which capacity (read-only table)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kraftdesk.gui.models.rows import RowsTableModel
from kraftdesk.services.meetings import AttendanceRow
from kraftdesk.text import vocabulary


class AttendanceModel(RowsTableModel):
    NAME, KIND, REPLACES, NOTE = range(4)
    HEADERS = ("Namn", "Närvaro", "I stället för", "Anteckning")

    def cell(self, row: AttendanceRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.person.label, vocabulary.ATTENDANCE_KIND[row.kind],
                row.replaces.label if row.replaces else "", row.note or "")[column]
