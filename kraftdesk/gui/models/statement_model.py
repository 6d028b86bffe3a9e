# SPDX-License-Identifier: EUPL-1.2
"""The statements announced under one paragraph, with where their promised text stands."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kraftdesk.domain.enums import StatementState
from kraftdesk.gui import labels
from kraftdesk.gui.icons import icon
from kraftdesk.gui.models.paged import ID_ROLE, ROW_ROLE
from kraftdesk.gui.models.rows import RowsTableModel
from kraftdesk.services.statements import StatementRow
from kraftdesk.text import vocabulary


def state_text(row: StatementRow) -> str:
    text = vocabulary.STATEMENT_STATE[row.state]
    if row.state is StatementState.PROMISED and row.deadline:
        text += f", senast {labels.day_and_time(row.deadline)}"
    if row.state is StatementState.RECEIVED and row.received_at:
        text += f" {labels.day_and_time(row.received_at)}"
        if row.file_name:
            text += f" ({row.file_name})"
    return text


class StatementModel(RowsTableModel):
    KIND, AUTHORS, STATE, APPENDIX = range(4)
    HEADERS = ("Vad", "Av", "Läge", "Bilaga")

    def statement(self, row: int) -> StatementRow:
        return self.at(row)

    def cell(self, row: StatementRow, column: int, role: int) -> Any:
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
