# SPDX-License-Identifier: EUPL-1.2
"""A combo box editor for cells whose model offers a list of choices (CHOICES_ROLE).

The value written back is the choice's own object, looked up by position: a QComboBox's
item data would turn a StrEnum member into a plain str, and the services compare enums by
identity.

A choice picked from the open list is written at once and the editor closes; with the
keyboard (F2, then the arrow keys) the choice is written with Return or when the cell is
left, as in any cell editor. (Writing on every `activated` wrote a choice per arrow key.)
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

#: list[tuple[str, object]]: the texts shown and the values stored, in order.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10

Index = QModelIndex | QPersistentModelIndex


class ChoiceBox(QComboBox):
    """A combo box that tells when an item was picked from its open list.

    Signals:
        chosen(): the user picked an item in the popup (mouse or keyboard there).
    """

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listing = False
        self.activated.connect(self._on_activated)

    def showPopup(self) -> None:  # noqa: N802
        self._listing = True
        super().showPopup()

    def hidePopup(self) -> None:  # noqa: N802
        super().hidePopup()
        # `activated` follows the hiding when an item was picked; after it, it is over.
        QTimer.singleShot(0, self, self._list_closed)

    def _list_closed(self) -> None:
        self._listing = False

    def _on_activated(self, _index: int) -> None:
        if self._listing:
            self._listing = False
            self.chosen.emit()


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of the model's choices; other cells edit as usual."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = ChoiceBox(parent)
        combo.setObjectName("choice_editor")
        for text, _value in choices:
            combo.addItem(text)
        combo.chosen.connect(lambda: self._picked(combo))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            choices = index.data(CHOICES_ROLE) or []
            found = next((i for i, (_text, v) in enumerate(choices) if v == value), 0)
            editor.setCurrentIndex(found)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            choices = index.data(CHOICES_ROLE) or []
            if 0 <= editor.currentIndex() < len(choices):
                model.setData(index, choices[editor.currentIndex()][1], Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
