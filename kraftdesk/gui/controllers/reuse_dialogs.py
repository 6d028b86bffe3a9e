# SPDX-License-Identifier: EUPL-1.2
"""What the secretary sets up once and reuses: text blocks (Redigera ▸ Textblock…), and per
body the kallelse's period and the standard agenda items, with the organisation's wordings
on förhinder and on the decisions of anmälningar (Redigera ▸ Kallelse och standardpunkter…).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from kraftdesk.domain.enums import AgendaPlacement
from kraftdesk.domain.errors import ChangedError
from kraftdesk.gui.dialogs import confirm
from kraftdesk.gui.forms.ui_agenda_template_dialog import Ui_AgendaTemplateDialog
from kraftdesk.gui.forms.ui_text_blocks_dialog import Ui_TextBlocksDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.services import meetings, notices, templates
from kraftdesk.services.templates import StandardTexts, TemplateItemEntry, TextBlockRow
from kraftdesk.text.vocabulary import AGENDA_PLACEMENT


class TextBlocksDialog(QDialog):
    def __init__(self, operations: Operations, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TextBlocksDialog()
        self.ui.setupUi(self)
        self._operations = operations
        self.blocks: list[TextBlockRow] = []
        self.ui.blocks_list.currentRowChanged.connect(self._show)
        self.ui.new_button.clicked.connect(self.new)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.delete_button.clicked.connect(self.delete)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.accept)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.blocks = templates.text_blocks(self._operations.register)
        self.ui.blocks_list.blockSignals(True)
        self.ui.blocks_list.clear()
        for block in self.blocks:
            QListWidgetItem(block.name, self.ui.blocks_list)
        self.ui.blocks_list.blockSignals(False)
        row = next((i for i, b in enumerate(self.blocks) if b.id == select), 0 if
                   self.blocks else -1)
        self.ui.blocks_list.setCurrentRow(row)
        self._show(row)

    def _current(self) -> TextBlockRow | None:
        row = self.ui.blocks_list.currentRow()
        return self.blocks[row] if 0 <= row < len(self.blocks) else None

    def _show(self, row: int) -> None:
        block = self.blocks[row] if 0 <= row < len(self.blocks) else None
        self.ui.name_edit.setText(block.name if block else "")
        self.ui.text_edit.setPlainText(block.text if block else "")
        self.ui.delete_button.setEnabled(block is not None)

    def new(self) -> None:
        self.ui.blocks_list.setCurrentRow(-1)
        self._show(-1)
        self.ui.name_edit.setFocus()

    def save(self) -> bool:
        block = self._current()
        name, text = self.ui.name_edit.text(), self.ui.text_edit.toPlainText()
        outcome = self._operations.run(
            lambda reg: templates.save_text_block(
                reg, name, text, block_id=block.id if block else None,
                expected_version=block.version if block else None),
            parent=self)
        if outcome.ok and outcome.value is not None:
            self.reload(outcome.value.id)
        elif isinstance(outcome.error, ChangedError) and block is not None:
            self.reload(block.id)  # the text saved meanwhile elsewhere, to read and redo
        return outcome.ok

    def delete(self) -> None:
        block = self._current()
        if block is None:
            return

        def delete() -> None:
            if self._operations.run(
                    lambda reg: templates.delete_text_block(reg, block.id,
                                                            expected_version=block.version),
                    parent=self).ok:
                self.reload()
            else:
                self.reload(block.id)  # changed or gone meanwhile: what is there now

        confirm(self, title="Ta bort textblock", text=f"Ta bort textblocket «{block.name}»?",
                accept_text="Ta bort", destructive=True, name="delete_block_box",
                on_accept=delete)


class AgendaTemplateDialog(QDialog):
    def __init__(self, operations: Operations, *, parent: QWidget | None = None,
                 body_id: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgendaTemplateDialog()
        self.ui.setupUi(self)
        self._operations = operations
        table = self.ui.items_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Placering", "Rubrik", "Standardbeslut"])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for body in meetings.list_bodies(operations.register):
            self.ui.body_combo.addItem(f"{body.name} ({body.short_name})", body.id)
        if body_id is not None:
            self.ui.body_combo.setCurrentIndex(max(0, self.ui.body_combo.findData(body_id)))
        self.ui.body_combo.currentIndexChanged.connect(lambda _i: self.load_body())
        self.ui.add_item_button.clicked.connect(lambda: self.add_row(AgendaPlacement.START))
        self.ui.remove_item_button.clicked.connect(self.remove_row)
        self.ui.standard_items_button.clicked.connect(self.fill_standard)
        self.ui.save_body_button.clicked.connect(self.save_body)
        self.ui.save_texts_button.clicked.connect(self.save_texts)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.accept)
        self._body_version: int | None = None
        self.load_texts()
        self.load_body()

    def load_texts(self) -> None:
        """The organisation's wordings, and the version they are saved against."""
        register = self._operations.register
        self._texts_version = templates.standard_texts_version(register)
        texts = templates.standard_texts(register)
        self.ui.absence_edit.setPlainText(texts.notice_absence)
        self.ui.reported_decision_edit.setText(texts.reported_items_decision)
        self.ui.delegated_decision_edit.setText(texts.delegated_decisions_decision)

    @property
    def body_id(self) -> int | None:
        data = self.ui.body_combo.currentData()
        return int(data) if data is not None else None

    def load_body(self) -> None:
        body_id = self.body_id
        self.ui.items_table.setRowCount(0)
        enabled = body_id is not None
        for widget in (self.ui.items_table, self.ui.add_item_button, self.ui.notice_days_spin,
                       self.ui.remove_item_button, self.ui.standard_items_button,
                       self.ui.save_body_button):
            widget.setEnabled(enabled)
        if body_id is None:
            return
        register = self._operations.register
        self._body_version = templates.body_template_version(register, body_id)
        days = notices.notice_days(register, body_id)
        self.ui.notice_days_spin.setValue(-1 if days is None else days)
        for row in templates.agenda_template(register, body_id):
            self.add_row(row.placement, row.title, row.decision_text or "")

    def add_row(self, placement: AgendaPlacement, title: str = "",
                decision: str = "") -> int:
        table = self.ui.items_table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        for value, text in AGENDA_PLACEMENT.items():
            combo.addItem(text, value.value)
        combo.setCurrentIndex(0 if placement is AgendaPlacement.START else 1)
        table.setCellWidget(row, 0, combo)
        table.setItem(row, 1, QTableWidgetItem(title))
        table.setItem(row, 2, QTableWidgetItem(decision))
        return row

    def remove_row(self) -> None:
        row = self.ui.items_table.currentRow()
        if row >= 0:
            self.ui.items_table.removeRow(row)

    def fill_standard(self) -> None:
        self.ui.items_table.setRowCount(0)
        for item in templates.standard_template():
            self.add_row(item.placement, item.title, item.decision_text or "")

    def entries(self) -> list[TemplateItemEntry]:
        table, out = self.ui.items_table, []
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 0)
            placement = AgendaPlacement(combo.currentData())
            title = table.item(row, 1).text() if table.item(row, 1) else ""
            decision = table.item(row, 2).text() if table.item(row, 2) else ""
            out.append(TemplateItemEntry(placement, title, decision or None))
        return out

    def save_body(self) -> bool:
        body_id = self.body_id
        if body_id is None:
            return False
        entries, days = self.entries(), self.ui.notice_days_spin.value()
        version = self._body_version
        outcome = self._operations.run(
            lambda reg: templates.save_body_template(
                reg, body_id, entries, None if days < 0 else days, expected_version=version),
            parent=self)
        if outcome.ok or isinstance(outcome.error, ChangedError):
            self.load_body()  # the saved items, or the ones saved meanwhile elsewhere
        return outcome.ok

    def save_texts(self) -> bool:
        texts = StandardTexts(self.ui.absence_edit.toPlainText(),
                              self.ui.reported_decision_edit.text(),
                              self.ui.delegated_decision_edit.text())
        version = self._texts_version
        outcome = self._operations.run(
            lambda reg: templates.set_standard_texts(reg, texts, expected_version=version),
            parent=self)
        if outcome.ok or isinstance(outcome.error, ChangedError):
            self.load_texts()
        return outcome.ok
