# SPDX-License-Identifier: EUPL-1.2
"""Reading a member list (CSV) and starting a new term: choose the file, see every row as it
will be written, and only then confirm. A bad row is shown with its "rad N" and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kraftdesk.domain.errors import UserError
from kraftdesk.domain.setup import Period, standard_term
from kraftdesk.gui.controllers.csv_import import ERROR_STYLE, CsvImportDialog, read_chosen
from kraftdesk.gui.controllers.setup_dialogs import from_qdate, to_qdate
from kraftdesk.gui.forms.ui_member_import_dialog import Ui_MemberImportDialog
from kraftdesk.gui.forms.ui_term_dialog import Ui_TermDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.services import bodies, member_lists, terms
from kraftdesk.services.member_lists import MemberListPreview

if TYPE_CHECKING:
    from kraftdesk.services.registers import Register

CSV_FILTER = "Ledamotslistor (*.csv *.txt);;Alla filer (*)"


def fill_preview(table: QTableWidget, preview: MemberListPreview | None) -> None:
    table.setRowCount(0)
    if preview is None:
        return
    table.setRowCount(len(preview.seats))
    for row, seat in enumerate(preview.seats):
        cells = (str(seat.line), seat.body,
                 seat.role + (f" {seat.position}" if seat.position else ""), seat.period,
                 seat.person + (" (ny)" if seat.new_person else ""))
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class MemberImportDialog(CsvImportDialog):
    """Attributes:
        preview: what the chosen file gives (None until a file that reads cleanly is chosen).
    """

    PICK_TITLE = "Välj ledamotslista"
    CSV_FILTER = CSV_FILTER

    def __init__(self, operations: Operations, *, parent: QWidget | None = None) -> None:
        super().__init__(operations, Ui_MemberImportDialog(), parent=parent)

    def make_preview(self, register: Register, data: bytes,
                     source: str) -> MemberListPreview:
        return member_lists.preview_member_list(register, data, source=source,
                                                on=date.today())

    def fill(self, preview: MemberListPreview | None) -> None:
        fill_preview(self.ui.preview_table, preview)

    def write(self, register: Register, data: bytes, source: str | None) -> object:
        return member_lists.import_member_list(register, data, source=source,
                                               on=date.today())


class TermDialog(QDialog):
    """A new mandatperiod: dates, the member list, the bodies that do not go on."""

    def __init__(self, operations: Operations, *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TermDialog()
        self.ui.setupUi(self)
        self._operations = operations
        self._data: bytes | None = None
        self._source: str | None = None
        ui = self.ui
        current = standard_term(today or date.today())
        assert current.ends_on is not None
        following = standard_term(date(current.ends_on.year + 1, 6, 1))
        ui.from_edit.setDate(to_qdate(following.starts_on))
        ui.to_edit.setDate(to_qdate(following.ends_on or following.starts_on))
        for body in bodies.bodies(operations.register):
            if body.retired_on is None:
                item = QListWidgetItem(f"{body.name} ({body.short_name})", ui.retire_list)
                item.setData(Qt.ItemDataRole.UserRole, body.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        self._ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("&Starta mandatperioden")
        ui.browse_button.clicked.connect(self.browse)
        ui.from_edit.dateChanged.connect(lambda _d: self.refresh())
        ui.to_edit.dateChanged.connect(lambda _d: self.refresh())
        ui.retire_list.itemChanged.connect(lambda _i: self.refresh())
        ui.button_box.accepted.connect(self.confirm)
        ui.button_box.rejected.connect(self.reject)
        self.refresh()

    def period(self) -> Period:
        return Period(from_qdate(self.ui.from_edit.date()), from_qdate(self.ui.to_edit.date()))

    def retired(self) -> tuple[int, ...]:
        items = (self.ui.retire_list.item(i) for i in range(self.ui.retire_list.count()))
        return tuple(int(i.data(Qt.ItemDataRole.UserRole)) for i in items
                     if i.checkState() == Qt.CheckState.Checked)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, "Välj ledamotslista", "", CSV_FILTER)
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        self.ui.file_edit.setText(str(path))
        try:
            self._data, self._source = read_chosen(path), path.name
        except UserError as error:
            self._data = None
            self.ui.summary_label.setText(error.message)
            return
        self.refresh()

    def refresh(self) -> None:
        """What starting the term would do, shown before anything is written."""
        try:
            preview = terms.preview_new_term(self._operations.register, self.period(),
                                             self._data, source=self._source,
                                             retire_body_ids=self.retired())
        except UserError as error:
            self.ui.summary_label.setText(error.message)
            self.ui.summary_label.setStyleSheet(ERROR_STYLE)
            fill_preview(self.ui.preview_table, None)
            self._ok.setEnabled(False)
            return
        self.ui.summary_label.setStyleSheet("")
        seats = preview.seats_ending
        text = f"Mandatperioden {preview.name}: {seats} uppdrag som pågår slutar dagen före."
        if preview.member_list is not None:
            text += f" Nya uppdrag: {preview.member_list.summary()}."
        else:
            text += " Välj ledamotslistan för den nya mandatperioden (går också senare)."
        self.ui.summary_label.setText(text)
        fill_preview(self.ui.preview_table, preview.member_list)
        self._ok.setEnabled(True)

    def confirm(self) -> None:
        period, data, source, retired = self.period(), self._data, self._source, self.retired()
        outcome = self._operations.run(
            lambda reg: terms.start_term(reg, period, member_list=data, source=source,
                                         retire_body_ids=retired), parent=self)
        if outcome.ok:
            self.accept()
