# SPDX-License-Identifier: EUPL-1.2
"""Search hits (paragraphs, best first) from kraftdesk.services.search."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kraftdesk.gui import labels
from kraftdesk.gui.models.paged import ID_ROLE, ROW_ROLE
from kraftdesk.services.search import SearchHit, render_snippet

Index = QModelIndex | QPersistentModelIndex

#: The snippet as (text, is_match) pieces, for the snippet delegate.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 30


def reference(hit: SearchHit) -> str:
    number = f"§ {hit.number}" if hit.number is not None else "(ej numrerad)"
    return f"{hit.body_short_name} {labels.day(hit.meeting_date)} {number}"


class SearchTableModel(QAbstractTableModel):
    REFERENCE, TITLE, CASE, SNIPPET = range(4)
    HEADERS = ("Paragraf", "Rubrik", "Diarienummer", "Träff")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def load(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._hits)):
            return None
        hit, column = self._hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (reference(hit), hit.title, hit.case_number or "",
                    render_snippet(hit.snippet, start="", end=""))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.SNIPPET):
            return hit.title if column == self.TITLE else render_snippet(
                hit.snippet, start="«", end="»")
        if role == SNIPPET_ROLE and column == self.SNIPPET:
            return hit.snippet
        if role == ID_ROLE:
            return hit.paragraph_id
        if role == ROW_ROLE:
            return hit
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
