# SPDX-License-Identifier: EUPL-1.2
"""The meeting page's Bilagor and Expediering tables (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from kraftdesk.gui.models.rows import RowsTableModel
from kraftdesk.services.appendices import AppendixRow
from kraftdesk.services.dispatch import DispatchRow

_TO_SEND = QBrush(QColor("#8a1c14"))


class AppendixModel(RowsTableModel):
    NUMBER, KIND, PARAGRAPH, TITLE = range(4)
    HEADERS = ("Bilaga", "Typ", "Paragraf", "Rubrik")

    def cell(self, row: AppendixRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (str(row.number), row.kind_text, row.paragraph_label or "Hela protokollet",
                row.title)[column]


class DispatchModel(RowsTableModel):
    LABEL, RECIPIENT, EMAIL, STATUS = range(4)
    HEADERS = ("§", "Mottagare", "E-post", "Status")

    def cell(self, row: DispatchRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS and row.to_send:
            return _TO_SEND
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS and row.sent:
            return "\n".join(row.sent)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.label, row.recipient, row.email or "", row.status)[column]
