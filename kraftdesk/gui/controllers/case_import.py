# SPDX-License-Identifier: EUPL-1.2
"""Reading ärenden from the diarium (a CSV export): choose the file, see every row with what
it will do (a new ärende, an update, nothing), and only then confirm. A bad row is shown with
its "rad N" and column, as for member lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from kraftdesk.gui.controllers.csv_import import CsvImportDialog
from kraftdesk.gui.forms.ui_case_import_dialog import Ui_CaseImportDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.services import case_lists
from kraftdesk.services.case_lists import CaseListPreview

if TYPE_CHECKING:
    from kraftdesk.services.registers import Register

CSV_FILTER = "Export ur diariet (*.csv *.txt);;Alla filer (*)"


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


class CaseImportDialog(CsvImportDialog):
    """Attributes:
        preview: what the chosen file gives (None until a file that reads cleanly is chosen).
    """

    PICK_TITLE = "Välj export ur diariet"
    CSV_FILTER = CSV_FILTER

    def __init__(self, operations: Operations, *, parent: QWidget | None = None) -> None:
        super().__init__(operations, Ui_CaseImportDialog(), parent=parent)

    def make_preview(self, register: Register, data: bytes, source: str) -> CaseListPreview:
        return case_lists.preview_case_list(register, data, source=source)

    def fill(self, preview: CaseListPreview | None) -> None:
        fill_preview(self.ui.preview_table, preview)

    def write(self, register: Register, data: bytes, source: str | None) -> object:
        return case_lists.import_case_list(register, data, source=source)
