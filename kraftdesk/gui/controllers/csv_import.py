# SPDX-License-Identifier: EUPL-1.2
"""The one dialog shape for reading a CSV file into the register (a member list, an export
from the diarium): choose the file, see every row with what it will do, and only then
confirm. A bad row is shown with its "rad N" and column. Nothing is written before Läs in.

A subclass names its form, its file-dialog title and filter, and three calls: the service's
preview, how the preview fills the table, and the service's import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from kraftdesk.domain.errors import UserError
from kraftdesk.gui.operations import Operations
from kraftdesk.services.input_files import read_input

if TYPE_CHECKING:
    from kraftdesk.services.registers import Register

ERROR_STYLE = "color: #8a1c14;"


def read_chosen(path: Path) -> bytes:
    """The chosen file's bytes, or a Swedish UserError naming it (the command line's rule:
    kraftdesk.services.input_files)."""
    return read_input(path, "en CSV-fil")


class CsvImportDialog(QDialog):
    """Attributes:
        preview: what the chosen file gives (None until a file that reads cleanly is chosen).
    """

    PICK_TITLE = "Välj fil"
    CSV_FILTER = "CSV-filer (*.csv *.txt);;Alla filer (*)"

    def __init__(self, operations: Operations, ui: Any, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.ui.setupUi(self)
        self._operations = operations
        self._data: bytes | None = None
        self._source: str | None = None
        self.preview: Any = None
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText("Läs &in")
        self._ok.setEnabled(False)
        self.ui.browse_button.clicked.connect(self.browse)
        self.ui.button_box.accepted.connect(self.confirm)
        self.ui.button_box.rejected.connect(self.reject)

    # What a subclass says ---------------------------------------------------------------------

    def make_preview(self, register: Register, data: bytes, source: str) -> Any:
        raise NotImplementedError

    def fill(self, preview: Any) -> None:
        raise NotImplementedError

    def write(self, register: Register, data: bytes, source: str | None) -> Any:
        raise NotImplementedError

    # The shape ---------------------------------------------------------------------------------

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.PICK_TITLE, "", self.CSV_FILTER)
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read and check the file against the register; nothing is written."""
        self.ui.file_edit.setText(str(path))
        self.preview, self._data, self._source = None, None, path.name
        self.fill(None)
        try:
            data = read_chosen(path)
            self.preview = self.make_preview(self._operations.register, data, path.name)
        except UserError as error:
            self.ui.summary_label.setText(error.message)
            self.ui.summary_label.setStyleSheet(ERROR_STYLE)
            self._ok.setEnabled(False)
            return
        self._data = data
        self.ui.summary_label.setStyleSheet("")
        self.ui.summary_label.setText(
            f"{self.preview.summary()} ({self.preview.encoding}). Kontrollera raderna och "
            "klicka Läs in.")
        self.fill(self.preview)
        self._ok.setEnabled(True)

    def confirm(self) -> None:
        data, source = self._data, self._source
        if data is None:
            return
        outcome = self._operations.run(lambda reg: self.write(reg, data, source), parent=self)
        if outcome.ok:
            self.accept()
