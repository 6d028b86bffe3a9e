# SPDX-License-Identifier: EUPL-1.2
"""Parts of the paragraph editor for the work before and after the meeting: the föredragande
and the deferral (bordlagt, återremitterat), the lists of anmälningsärenden and
delegationsbeslut, and the secretary's text blocks inserted where they are wanted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableWidgetItem, QToolButton, QWidget

from kraftdesk.domain.enums import ReportedItemKind
from kraftdesk.domain.errors import UserError
from kraftdesk.gui import roles
from kraftdesk.gui.errors import show_user_error
from kraftdesk.gui.forms.ui_paragraph_editor import Ui_ParagraphEditor
from kraftdesk.gui.operations import Operations
from kraftdesk.services import templates
from kraftdesk.services.paragraphs import ParagraphView, ReportedItemValue
from kraftdesk.text.vocabulary import PARAGRAPH_DEFERRAL, REPORTED_ITEM_KIND

DEFERRALS = (("Beslut fattas", None),
             *((word, deferral) for deferral, word in PARAGRAPH_DEFERRAL.items()))
KIND_ROLE = roles.USER + 41
HEADERS = ("Typ", "Datum", "Beslutat av / från", "Beslut eller handling", "Diarienummer")
TYPE, DATE, BY, WHAT, NUMBER = range(5)

Edit = Callable[[str, Any, Any], None]
Changed = Callable[[tuple[Any, ...], tuple[Any, ...]], None]


class AgendaFields:
    """Föredragande (printed in the kallelse) and Avgörande (bordlagt, återremitterat)."""

    def __init__(self, ui: Ui_ParagraphEditor, push_edit: Edit) -> None:
        self.ui, self._push = ui, push_edit
        self._view: ParagraphView | None = None
        for text, value in DEFERRALS:
            ui.deferral_combo.addItem(text, value)
        ui.presenter_edit.editingFinished.connect(self._save_presenter)
        ui.deferral_combo.activated.connect(lambda _i: self._save_deferral())

    def load(self, view: ParagraphView, *, editable: bool) -> None:
        self._view = view
        if self.ui.presenter_edit.text() != (view.presenter or ""):
            self.ui.presenter_edit.setText(view.presenter or "")
        index = next(i for i, (_t, v) in enumerate(DEFERRALS) if v == view.deferral)
        self.ui.deferral_combo.setCurrentIndex(index)
        self.ui.presenter_edit.setReadOnly(not editable)
        self.ui.deferral_combo.setEnabled(editable)

    def _save_presenter(self) -> None:
        view = self._view
        text = self.ui.presenter_edit.text().strip()
        if view is not None and not view.locked and text != (view.presenter or ""):
            self._push("presenter", view.presenter, text or None)

    def _save_deferral(self) -> None:
        view = self._view
        value = DEFERRALS[self.ui.deferral_combo.currentIndex()][1]
        if view is not None and not view.locked and value != view.deferral:
            self._push("deferral", view.deferral, value)


class ReportedPart:
    """The table of anmälningsärenden and delegationsbeslut, typed in place.

    A new line is saved once it has its Beslut eller handling; every change hands the whole
    list before and after to `on_changed` (one undoable command).
    """

    def __init__(self, ui: Ui_ParagraphEditor, widget: QWidget, on_changed: Changed) -> None:
        self.ui, self._widget, self._on_changed = ui, widget, on_changed
        self.saved: tuple[ReportedItemValue, ...] = ()
        self._editable = False
        table = ui.reported_table
        table.setColumnCount(len(HEADERS))
        table.setHorizontalHeaderLabels(list(HEADERS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        table.itemChanged.connect(lambda _item: self._changed())
        ui.add_delegation_button.clicked.connect(
            lambda: self.add_row(ReportedItemKind.DELEGATED_DECISION))
        ui.add_report_button.clicked.connect(lambda: self.add_row(ReportedItemKind.DOCUMENT))
        ui.remove_reported_button.clicked.connect(self.remove_current)

    def load(self, view: ParagraphView, *, editable: bool, decision: str) -> None:
        entries = tuple(ReportedItemValue(r.kind, r.what, r.decided_on, r.decided_by,
                                          r.case_number) for r in view.reported_items)
        self.saved, self._editable = entries, editable
        table = self.ui.reported_table
        table.blockSignals(True)
        table.setRowCount(0)
        for entry in entries:
            self._append(entry)
        table.blockSignals(False)
        for button in (self.ui.add_delegation_button, self.ui.add_report_button,
                       self.ui.remove_reported_button):
            button.setEnabled(editable)
        self.ui.reported_hint_label.setText(
            f"Beslutet blir: «{decision}»" if decision else
            "Utan egna beslutspunkter blir beslutet organisationens standardbeslut, till "
            "exempel «… lägger anmälningarna till handlingarna».")

    def _append(self, entry: ReportedItemValue) -> int:
        table = self.ui.reported_table
        row = table.rowCount()
        table.insertRow(row)
        kind = QTableWidgetItem(REPORTED_ITEM_KIND[entry.kind])
        kind.setData(KIND_ROLE, entry.kind.value)
        kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)
        cells = (kind, QTableWidgetItem(entry.decided_on.isoformat() if entry.decided_on
                                        else ""),
                 QTableWidgetItem(entry.decided_by or ""), QTableWidgetItem(entry.what),
                 QTableWidgetItem(entry.case_number or ""))
        for column, item in enumerate(cells):
            if column and not self._editable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
        return row

    def add_row(self, kind: ReportedItemKind) -> None:
        if not self._editable:
            return
        table = self.ui.reported_table
        table.blockSignals(True)
        row = self._append(ReportedItemValue(kind, ""))
        table.blockSignals(False)
        table.setCurrentCell(row, WHAT)
        table.editItem(table.item(row, WHAT))

    def remove_current(self) -> None:
        row = self.ui.reported_table.currentRow()
        if self._editable and row >= 0:
            self.ui.reported_table.removeRow(row)
            self._changed()

    def values(self) -> tuple[ReportedItemValue, ...] | None:
        """The typed lines with their Beslut eller handling; None after a refused date."""
        table = self.ui.reported_table
        out = []
        for row in range(table.rowCount()):
            def text(column: int, r: int = row) -> str:
                item = table.item(r, column)
                return item.text().strip() if item is not None else ""
            if not text(WHAT):
                continue
            typed = text(DATE)
            try:
                day = date.fromisoformat(typed) if typed else None
            except ValueError:
                show_user_error(self._widget, UserError(
                    f"«{typed}» på rad {row + 1} är inget datum; skriv det som ÅÅÅÅ-MM-DD, "
                    "till exempel 2026-11-12.", field="reported_items"))
                return None
            kind = ReportedItemKind(table.item(row, TYPE).data(KIND_ROLE))
            out.append(ReportedItemValue(kind, text(WHAT), day, text(BY) or None,
                                         text(NUMBER) or None))
        return tuple(out)

    def _changed(self) -> None:
        after = self.values()
        if after is None:
            return
        if after != self.saved:
            before, self.saved = self.saved, after
            self._on_changed(before, after)


class TextBlockMenus:
    """"Infoga textblock": the secretary's blocks, inserted at the cursor of the
    sammanfattning, or added as a new beslutspunkt."""

    def __init__(self, ui: Ui_ParagraphEditor, operations: Operations,
                 add_point: Callable[[str], None]) -> None:
        self.ui, self._operations, self._add_point = ui, operations, add_point
        self.summary_menu = self._menu(ui.summary_block_button, self.insert_summary)
        self.points_menu = self._menu(ui.points_block_button, add_point)

    def _menu(self, button: QToolButton, use: Callable[[str], None]) -> QMenu:
        menu = QMenu(button)
        menu.aboutToShow.connect(lambda: self._fill(menu, use))
        button.setMenu(menu)
        return menu

    def _fill(self, menu: QMenu, use: Callable[[str], None]) -> None:
        menu.clear()
        blocks = templates.text_blocks(self._operations.register)
        for block in blocks:
            action = menu.addAction(block.name)
            action.setToolTip(block.text)
            action.triggered.connect(lambda _c=False, t=block.text: use(t))
        if not blocks:
            empty = menu.addAction("Inga textblock ännu (Redigera ▸ Textblock…)")
            empty.setEnabled(False)

    def set_editable(self, editable: bool) -> None:
        self.ui.summary_block_button.setEnabled(editable)
        self.ui.points_block_button.setEnabled(editable)

    def insert_summary(self, text: str) -> None:
        edit = self.ui.summary_edit
        if not edit.isReadOnly():
            edit.insertPlainText(text)
            edit.setFocus()
