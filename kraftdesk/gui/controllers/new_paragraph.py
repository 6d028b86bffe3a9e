# SPDX-License-Identifier: EUPL-1.2
"""Put an item on the agenda: an existing ärende by diarienummer, a new one, or a plain item."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from kraftdesk.gui.forms.ui_new_paragraph_dialog import Ui_NewParagraphDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.undo import CreateCommand, IdRefs
from kraftdesk.services import paragraphs


class NewParagraphDialog(QDialog):
    """Collects the title and the case; a missing case is made here, as its own step on the
    undo stack ("nytt ärende", undone once no paragraph uses it).

    Attributes (after accept()):
        title: the paragraph's heading ("" means the case's title).
        case_id: the ärende, or None.
    """

    def __init__(self, operations: Operations, undo: QUndoStack, refs: IdRefs, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewParagraphDialog()
        self.ui.setupUi(self)
        self._operations, self._undo, self._refs = operations, undo, refs
        self.title = ""
        self.case_id: int | None = None
        self.ui.case_number_edit.editingFinished.connect(self._show_case)
        self.ui.button_box.accepted.connect(self.confirm)
        self.ui.button_box.rejected.connect(self.reject)

    def _show_case(self) -> None:
        number = self.ui.case_number_edit.text().strip()
        case = paragraphs.find_case(self._operations.register, number) if number else None
        if case is not None:
            self.ui.case_label.setText(f"Ärende {case.number}: {case.title}")
        elif number:
            self.ui.case_label.setText(
                f"{number} finns inte i registret; ärendet läggs upp med rubriken som mening.")
        else:
            self.ui.case_label.setText("")

    def confirm(self) -> None:
        number = self.ui.case_number_edit.text().strip()
        title = self.ui.title_edit.text().strip()
        if not number and not title:
            self.ui.title_edit.setFocus()
            self.ui.case_label.setText("Skriv en rubrik eller ett diarienummer.")
            return
        case_id = None
        if number:
            case_id = self._case_id(number, title)
            if case_id is None:
                return
        self.title, self.case_id = title, case_id
        self.accept()

    def _case_id(self, number: str, title: str) -> int | None:
        case = paragraphs.find_case(self._operations.register, number)
        if case is not None:
            return case.id
        command = CreateCommand(
            f"nytt ärende {number}", self._operations, self._refs, "case",
            create=lambda reg: paragraphs.create_case(reg, number, title),
            delete=paragraphs.delete_case, widget=self)
        self._undo.push(command)
        outcome = command.last_outcome
        if outcome is None or not outcome.ok or command.ref is None:
            self.ui.case_number_edit.setFocus()
            return None
        return command.ref.id
