# SPDX-License-Identifier: EUPL-1.2
"""Bevakning: the open promises across meetings; a PDF dropped on a row marks it received.

The model only reports the drop (`pdf_dropped`); the ledger page runs the service.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QFont

from kraftdesk.gui import labels
from kraftdesk.gui.icons import icon
from kraftdesk.gui.models.paged import ID_ROLE, ROW_ROLE
from kraftdesk.gui.models.rows import Index, RowsTableModel
from kraftdesk.gui.models.swedish_proxy import SORT_ROLE
from kraftdesk.services.ledger import PendingPromise


def pdf_paths(data: QMimeData) -> list[Path]:
    """Local PDF files among the dropped URLs."""
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf")]


class LedgerModel(RowsTableModel):
    """Signals:
        pdf_dropped(int, str): statement id, path of the PDF dropped on its row.
    """

    DEADLINE, LEFT, WHAT, AUTHORS, PARAGRAPH, CASE = range(6)
    HEADERS = ("Frist", "Återstår", "Vad", "Av", "Paragraf", "Diarienummer")

    pdf_dropped = Signal(int, str)

    def promise(self, row: int) -> PendingPromise:
        return self.at(row)

    def cell(self, p: PendingPromise, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(p, column)
        if role == SORT_ROLE:
            return p.deadline if column in (self.DEADLINE, self.LEFT) else self._display(p, column)
        if role == ID_ROLE:
            return p.statement_id
        if role == ROW_ROLE:
            return p
        return self._decoration(p, column, role)

    def _display(self, p: PendingPromise, column: int) -> str:
        return (
            labels.day_and_time(p.deadline),
            p.time_left_text,
            p.what,
            p.authors_text,
            f"{p.body_short_name} {labels.day(p.meeting_date)} {p.paragraph_label} "
            f"{p.paragraph_title}",
            p.case_number or "",
        )[column]

    def _decoration(self, p: PendingPromise, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and p.overdue:
            return QColor("#a1170f")
        if role == Qt.ItemDataRole.FontRole and p.overdue and column == self.LEFT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == self.LEFT:
            return icon("overdue") if p.overdue else icon("ledger")
        if role == Qt.ItemDataRole.ToolTipRole:
            state = "Fristen har gått ut" if p.overdue else "Väntar"
            return (f"{state}: {p.what.lower()} av {p.authors_text}, "
                    f"{p.paragraph_reference}. Dra en PDF-fil hit när texten har kommit.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return ["text/uri-list"]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return parent.isValid() and len(pdf_paths(data)) == 1

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        self.pdf_dropped.emit(self._rows[parent.row()].statement_id, str(pdf_paths(data)[0]))
        return True
