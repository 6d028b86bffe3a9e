# SPDX-License-Identifier: EUPL-1.2
"""Sorting and filtering of in-memory lists in Swedish order with an explicit QCollator.

Qt's own locale-aware sorting follows the machine's locale and misplaces Å, Ä, Ö on a
non-Swedish machine (PITFALLS); this proxy always compares with a Swedish collator. Values
of SORT_ROLE that are not text (datetimes, numbers) compare as themselves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from kraftdesk.gui.i18n import swedish_collator

#: What a column sorts by when it differs from the text shown (a datetime for "Frist").
SORT_ROLE = Qt.ItemDataRole.UserRole + 20

Index = QModelIndex | QPersistentModelIndex


class SwedishSortFilterProxyModel(QSortFilterProxyModel):
    """Filter: every word of the filter text must occur in some column of the row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._collator = swedish_collator()
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filter_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = [w.casefold() for w in text.split() if w]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None:
            a = left.data(Qt.ItemDataRole.DisplayRole)
        if b is None:
            b = right.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        texts = " ".join(
            str(model.index(source_row, c, source_parent).data() or "")
            for c in range(model.columnCount(source_parent))).casefold()
        return all(word in texts for word in self._words)
