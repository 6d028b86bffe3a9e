# SPDX-License-Identifier: EUPL-1.2
"""Who attended a meeting, in which capacity and for which paragraphs (read-only table)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kraftdesk.gui.models.rows import RowsTableModel
from kraftdesk.services.meetings import AttendanceRow
from kraftdesk.text import vocabulary
from kraftdesk.text.participation import clock_span, paragraph_span, presence_note


class AttendanceModel(RowsTableModel):
    NAME, KIND, REPLACES, PARAGRAPHS, NOTE = range(5)
    HEADERS = ("Namn", "Närvaro", "I stället för", "Paragrafer", "Anteckning")

    def cell(self, row: AttendanceRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        period = presence_note(paragraph_span(row.from_number, row.to_number),
                               clock_span(row.arrived_at, row.left_at))
        return (row.person.label, vocabulary.ATTENDANCE_KIND[row.kind],
                row.replaces.label if row.replaces else "", period or "hela sammanträdet",
                row.note or "")[column]
