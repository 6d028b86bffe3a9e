# SPDX-License-Identifier: EUPL-1.2
"""Bevakning's list of bordlagda and återremitterade ärenden (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kraftdesk.gui.models.rows import RowsTableModel
from kraftdesk.services.ledger import ReturnRow


class ReturnModel(RowsTableModel):
    NUMBER, TITLE, DEFERRAL, WHERE = range(4)
    HEADERS = ("Diarienummer", "Ärende", "Avgörande", "Senast behandlat")

    def cell(self, row: ReturnRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        where = f"{row.body_short_name} {row.meeting_date.isoformat()} {row.paragraph_label}"
        return (row.case_number, row.case_title, row.deferral_text, where)[column]
