# SPDX-License-Identifier: EUPL-1.2
"""A page with a filter box over a lazily loaded table: Sammanträden, Ärenden, Sök."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from kraftdesk.gui.forms.ui_list_page import Ui_ListPage
from kraftdesk.gui.models.paged import ID_ROLE, PagedTableModel
from kraftdesk.gui.settings import UiSettings

FILTER_DELAY_MS = 250


class ListPage(QWidget):
    """Signals:
        activated(int): the user opened a row (double-click or Enter); the row's id.
    """

    activated = Signal(int)

    def __init__(self, *, name: str, title: str, model: PagedTableModel,
                 settings: UiSettings, count_text: Callable[[str], str],
                 filter_label: str = "&Filtrera:", placeholder: str = "", hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.setObjectName(f"{name}_page")
        self.model = model
        self._name = name
        self._settings = settings
        self._count_text = count_text
        self.ui.title_label.setText(title)
        self.ui.filter_label.setText(filter_label)
        self.ui.filter_edit.setPlaceholderText(placeholder)
        self.ui.hint_label.setText(hint)
        self.ui.hint_label.setVisible(bool(hint))
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.ui.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.ui.filter_edit.returnPressed.connect(self.apply_filter)
        self._setup_table()
        model.reloaded.connect(self.update_count)

    def _setup_table(self) -> None:
        view = self.ui.table_view
        view.setModel(self.model)
        view.setObjectName(f"{self._name}_table")
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        if not self._settings.restore_header(self._name, header):
            for column, spec in enumerate(self.model.columns):
                view.setColumnWidth(column, spec.width)
        view.doubleClicked.connect(self._open_index)
        view.activated.connect(self._open_index)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def load(self) -> None:
        """First load, in the order shown by the header."""
        order = (Qt.SortOrder.DescendingOrder if self.model.query.descending
                 else Qt.SortOrder.AscendingOrder)
        header = self.ui.table_view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)
        self.model.reload()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.ui.filter_edit.text().strip())

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.refresh()
        if selected is not None:
            self.select_id(selected)

    def selected_id(self) -> int | None:
        index = self.ui.table_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, row_id: int) -> bool:
        row = self.model.row_of_id(row_id)
        if row is None:
            return False
        self.ui.table_view.selectRow(row)
        return True

    def save_state(self) -> None:
        self._settings.save_header(self._name, self.ui.table_view.horizontalHeader())

    def _open_index(self, index: QModelIndex) -> None:
        row_id = index.data(ID_ROLE)
        if row_id is not None:
            self.activated.emit(int(row_id))

    def update_count(self) -> None:
        self.ui.count_label.setText(self._count_text(self.model.query.text))
