# SPDX-License-Identifier: EUPL-1.2
"""The ärende page's history: every handling of the case, in meeting order (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kraftdesk.gui.models.rows import RowsTableModel
from kraftdesk.services.cases import CaseHandling


class HandlingModel(RowsTableModel):
    DATE, MEETING, LABEL, TITLE, DEFERRAL, STATEMENTS = range(6)
    HEADERS = ("Datum", "Organ", "§", "Rubrik", "Avgörande", "Reservationer och yttranden")

    def cell(self, row: CaseHandling, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return row.decision
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.meeting_date.isoformat(), row.body_short_name, row.label, row.title,
                row.deferral_text, row.statements)[column]

    def row_of(self, paragraph_id: int) -> int | None:
        for index in range(self.rowCount()):
            if self.at(index).paragraph_id == paragraph_id:
                return index
        return None
