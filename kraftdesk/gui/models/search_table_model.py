# SPDX-License-Identifier: EUPL-1.2
"""Search hits (paragraphs, best first) from kraftdesk.services.search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kraftdesk.gui import labels
from kraftdesk.gui.models.paged import ID_ROLE, ROW_ROLE
from kraftdesk.gui.models.rows import RowsTableModel
from kraftdesk.services.search import SearchHit, render_snippet

#: The snippet as (text, is_match) pieces, for the snippet delegate.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 30


def reference(hit: SearchHit) -> str:
    number = f"§ {hit.number}" if hit.number is not None else "(ej numrerad)"
    return f"{hit.body_short_name} {labels.day(hit.meeting_date)} {number}"


class SearchTableModel(RowsTableModel):
    REFERENCE, TITLE, CASE, SNIPPET = range(4)
    HEADERS = ("Paragraf", "Rubrik", "Diarienummer", "Träff")

    def hit(self, row: int) -> SearchHit:
        return self.at(row)

    def cell(self, hit: SearchHit, column: int, role: int) -> Any:
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
