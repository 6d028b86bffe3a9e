# SPDX-License-Identifier: EUPL-1.2
"""The statements announced under one paragraph, with where their promised text stands."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kraftdesk.domain.enums import StatementState
from kraftdesk.gui import labels
from kraftdesk.gui.icons import icon
from kraftdesk.gui.models.paged import ID_ROLE, ROW_ROLE
from kraftdesk.services.statements import StatementRow

Index = QModelIndex | QPersistentModelIndex


def state_text(row: StatementRow) -> str:
    text = labels.STATEMENT_STATE[row.state]
    if row.state is StatementState.PROMISED and row.deadline:
        text += f", senast {labels.day_and_time(row.deadline)}"
    if row.state is StatementState.RECEIVED and row.received_at:
        text += f" {labels.day_and_time(row.received_at)}"
        if row.file_name:
            text += f" ({row.file_name})"
    return text


class StatementModel(QAbstractTableModel):
    KIND, AUTHORS, STATE, APPENDIX = range(4)
    HEADERS = ("Vad", "Av", "Läge", "Bilaga")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[StatementRow] = ()

    def load(self, rows: Sequence[StatementRow]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def statement(self, row: int) -> StatementRow:
        return self._rows[row]

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            appendix = (f"bilaga {row.appendix_number}" if row.appendix_number
                        else ("bilaga" if row.has_appendix else ""))
            people = ", ".join(p.label for p in row.authors)
            return (row.kind_title, people, state_text(row), appendix)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.sentence
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATE:
            return {StatementState.PROMISED: icon("ledger"),
                    StatementState.RECEIVED: icon("received"),
                    StatementState.WITHDRAWN: icon("withdraw"),
                    StatementState.NOT_RECEIVED: icon("overdue")}.get(row.state)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
