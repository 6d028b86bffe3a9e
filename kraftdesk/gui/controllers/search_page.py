# SPDX-License-Identifier: EUPL-1.2
"""Sök: full-text search over paragraphs (kraftdesk.services.search), best hits first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from kraftdesk.domain.errors import UserError
from kraftdesk.gui.delegates.snippet_delegate import SnippetDelegate
from kraftdesk.gui.forms.ui_list_page import Ui_ListPage
from kraftdesk.gui.models.search_table_model import SearchTableModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.services import search
from kraftdesk.services.changes import Changes

LIMIT = 200


class SearchPage(QWidget):
    """Signals:
        paragraph_requested(int, int): meeting id and paragraph id of the hit opened.
    """

    paragraph_requested = Signal(int, int)

    def __init__(self, operations: Operations, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.setObjectName("search_page")
        self._operations = operations
        self._settings = settings
        self.model = SearchTableModel(self)
        ui = self.ui
        ui.title_label.setText("Sök")
        ui.filter_label.setText("&Sök:")
        ui.filter_edit.setPlaceholderText("ord i rubrik, ärende, beslut eller yttranden – "
                                          "tryck Retur")
        ui.hint_label.setText(
            "Alla orden ska finnas med; ord på tre bokstäver eller fler hittar också längre "
            "ord (”nämnd” hittar ”nämnden”). ”…” söker en fras, ett minustecken utesluter "
            "ett ord.")
        view = ui.table_view
        view.setModel(self.model)
        view.setObjectName("search_table")
        view.setSortingEnabled(False)
        view.setItemDelegateForColumn(SearchTableModel.SNIPPET, SnippetDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if not settings.restore_header("search", header):
            for column, width in ((0, 150), (1, 300), (2, 120)):
                view.setColumnWidth(column, width)
        ui.filter_edit.returnPressed.connect(self.run_search)
        view.activated.connect(self._open)

    def search_for(self, query: str) -> None:
        self.ui.filter_edit.setText(query)
        self.run_search()

    def run_search(self) -> None:
        query = self.ui.filter_edit.text().strip()
        if not query:
            self.model.load([])
            self.ui.count_label.setText("")
            return
        try:
            hits = search.search(self._operations.register, query, limit=LIMIT)
        except UserError as error:
            self.model.load([])
            self.ui.count_label.setText(error.message)
            return
        self.model.load(hits)
        self.ui.count_label.setText(_count(len(hits)))

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if self.model.rowCount() and (changes.register or changes.paragraphs
                                      or changes.statements or changes.cases):
            self.run_search()

    def save_state(self) -> None:
        self._settings.save_header("search", self.ui.table_view.horizontalHeader())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.hit(index.row())
            self.paragraph_requested.emit(hit.meeting_id, hit.paragraph_id)


def _count(n: int) -> str:
    if n == 0:
        return "Inga träffar"
    if n >= LIMIT:
        return f"De {LIMIT} bästa träffarna"
    return "1 träff" if n == 1 else f"{n} träffar"
