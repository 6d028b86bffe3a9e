# SPDX-License-Identifier: EUPL-1.2
"""A page with a filter box over a lazily loaded table: Sammanträden, Ärenden, Sök."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
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
        self._first_query = model.query
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
        # The header reads its labels from a model Qt keeps, not from the list's
        # headerData(), which PySide6 would call with a Qt enum (kraftdesk.gui.roles). The
        # columns of a list never change, and the header's clicks still sort the list.
        labels = QStandardItemModel(0, len(self.model.columns), header)
        labels.setHorizontalHeaderLabels(self.model.header_labels())
        header.setModel(labels)
        self.ui.count_label.setProperty("alignment", "AlignRight|AlignVCenter")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.blockSignals(True)  # the restored arrow would sort the list before it is read
        restored = self._settings.restore_header(self._name, header)
        header.blockSignals(False)
        if not restored:
            for column, spec in enumerate(self.model.columns):
                view.setColumnWidth(column, spec.width)
        view.doubleClicked.connect(self._open_index)
        view.activated.connect(self._open_index)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def load(self, *, arrow: bool = True) -> None:
        """First load, in the order the header shows. `arrow=False`: the header shows the
        list's first order already and is left alone (the first screen: see save_state)."""
        if arrow:
            self.show_sort_order()
        self.model.reload()

    def show_sort_order(self) -> None:
        """The header's arrow on the column and in the direction the list is sorted by."""
        self._set_arrow(self.model.sort_column(), self.model.query.descending)

    def _set_arrow(self, column: int, descending: bool) -> None:
        from PySide6.QtCore import Qt

        header = self.ui.table_view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

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
        """The columns' widths and places, with the arrow on the list's first order: the
        list starts in that order, and the header is restored as saved."""
        header = self.ui.table_view.horizontalHeader()
        self._set_arrow(self.model.sort_column(self._first_query), self._first_query.descending)
        self._settings.save_header(self._name, header)
        self.show_sort_order()

    def _open_index(self, index: QModelIndex) -> None:
        row_id = index.data(ID_ROLE)
        if row_id is not None:
            self.activated.emit(int(row_id))

    def update_count(self) -> None:
        self.ui.count_label.setText(self._count_text(self.model.query.text))
