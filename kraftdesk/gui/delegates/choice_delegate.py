# SPDX-License-Identifier: EUPL-1.2
"""A combo box editor for cells whose model offers a list of choices (CHOICES_ROLE).

The value written back is the choice's own object, looked up by position: a QComboBox's
item data would turn a StrEnum member into a plain str, and the services compare enums by
identity.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: list[tuple[str, object]]: the texts shown and the values stored, in order.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of the model's choices; other cells edit as usual."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("choice_editor")
        for text, _value in choices:
            combo.addItem(text)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

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
