# SPDX-License-Identifier: EUPL-1.2
"""Reading ärenden from the diarium (a CSV export): choose the file, see every row with what
it will do (a new ärende, an update, nothing), and only then confirm. A bad row is shown with
its "rad N" and column, as for member lists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kraftdesk.domain.errors import UserError
from kraftdesk.gui.forms.ui_case_import_dialog import Ui_CaseImportDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.services import case_lists
from kraftdesk.services.case_lists import CaseListPreview

CSV_FILTER = "Export ur diariet (*.csv *.txt);;Alla filer (*)"
ERROR_STYLE = "color: #8a1c14;"


def fill_preview(table: QTableWidget, preview: CaseListPreview | None) -> None:
    table.setRowCount(0)
    if preview is None:
        return
    table.setRowCount(len(preview.cases))
    for row, case in enumerate(preview.cases):
        cells = (str(case.line), case.number, case.title, case.handler or "",
                 case.registered_on.isoformat() if case.registered_on else "", case.action)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class CaseImportDialog(QDialog):
    """Attributes:
        preview: what the chosen file gives (None until a file that reads cleanly is chosen).
    """

    def __init__(self, operations: Operations, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CaseImportDialog()
        self.ui.setupUi(self)
        self._operations = operations
        self._data: bytes | None = None
        self._source: str | None = None
        self.preview: CaseListPreview | None = None
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Läs &in")
        self._ok.setEnabled(False)
        self.ui.browse_button.clicked.connect(self.browse)
        self.ui.button_box.accepted.connect(self.confirm)
        self.ui.button_box.rejected.connect(self.reject)

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, "Välj export ur diariet", "",
                                                    CSV_FILTER)
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check the file against the register; nothing is written."""
        self.ui.file_edit.setText(str(path))
        self.preview, self._data, self._source = None, None, path.name
        fill_preview(self.ui.preview_table, None)
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._show_error(f"Filen {path} kan inte läsas: {exc.strerror or exc}.")
            return
        try:
            self.preview = case_lists.preview_case_list(self._operations.register, data,
                                                        source=path.name)
        except UserError as error:
            self._show_error(error.message)
            return
        self._data = data
        self.ui.summary_label.setStyleSheet("")
        self.ui.summary_label.setText(
            f"{self.preview.summary()} ({self.preview.encoding}). Kontrollera raderna och "
            "klicka Läs in.")
        fill_preview(self.ui.preview_table, self.preview)
        self._ok.setEnabled(True)

    def _show_error(self, message: str) -> None:
        self.ui.summary_label.setText(message)
        self.ui.summary_label.setStyleSheet(ERROR_STYLE)
        self._ok.setEnabled(False)

    def confirm(self) -> None:
        data, source = self._data, self._source
        if data is None:
            return
        outcome = self._operations.run(
            lambda reg: case_lists.import_case_list(reg, data, source=source), parent=self)
        if outcome.ok:
            self.accept()
