# SPDX-License-Identifier: EUPL-1.2
"""The meeting page's Bilagor tab: every bilaga of the minutes in number order; a PDF
document as bilaga to a paragraph or to the whole minutes, a paragraph's voting list, and
taking one away again while the minutes are a draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from kraftdesk.domain.errors import UserError
from kraftdesk.gui.dialogs import confirm, open_deleting
from kraftdesk.gui.errors import show_user_error
from kraftdesk.gui.forms.ui_appendix_dialog import Ui_AppendixDialog
from kraftdesk.gui.forms.ui_meeting_page import Ui_MeetingPage
from kraftdesk.gui.models.meeting_parts import AppendixModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo import CreateCommand, IdRefs
from kraftdesk.services import appendices
from kraftdesk.services.appendices import AppendixRow
from kraftdesk.services.input_files import read_input
from kraftdesk.services.meetings import MeetingView


class AppendixDialog(QDialog):
    """A PDF file, its title, and what it is a bilaga to (a paragraph or the minutes).

    Attributes (after accept()): path, title, target (a paragraph id, or None: the minutes).
    """

    def __init__(self, view: MeetingView, settings: UiSettings, *, selected: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AppendixDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self.path: Path | None = None
        self.title = ""
        self.target: int | None = None
        self.ui.target_combo.addItem("Hela protokollet", None)
        for row in view.paragraphs:
            self.ui.target_combo.addItem(f"{row.label} {row.title}", row.id)
            if row.id == selected:
                self.ui.target_combo.setCurrentIndex(self.ui.target_combo.count() - 1)
        self.ui.choose_button.clicked.connect(self.choose)
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Välj dokumentet (PDF)", self._settings.last_folder("appendices"),
            "PDF-filer (*.pdf)")
        if chosen:
            self._settings.remember_folder("appendices", str(Path(chosen).parent))
            self.ui.file_edit.setText(chosen)
            if not self.ui.title_edit.text().strip():
                self.ui.title_edit.setText(Path(chosen).stem)

    def _accept(self) -> None:
        path = self.ui.file_edit.text().strip()
        if not path:
            self.ui.file_edit.setFocus()
            return
        self.path = Path(path)
        self.title = self.ui.title_edit.text().strip()
        self.target = self.ui.target_combo.currentData()
        self.accept()


def push_document(operations: Operations, undo: QUndoStack, refs: IdRefs, widget: QWidget,
                  dialog: AppendixDialog, meeting_id: int) -> None:
    """Add the dialog's document as a bilaga: one undoable step."""
    if dialog.path is None:
        return
    path, title = dialog.path, dialog.title
    whole = dialog.target is None
    target = meeting_id if whole else dialog.target
    try:
        data = read_input(path, "en PDF-fil")
    except UserError as error:
        show_user_error(widget, error)
        return
    undo.push(CreateCommand(
        f"bilaga «{title}»", operations, refs, "appendix",
        create=lambda reg: appendices.add_document(reg, target, pdf=data, title=title,
                                                   filename=path.name, whole_minutes=whole),
        delete=appendices.remove_appendix, widget=widget))


class AppendicesPanel:
    """Attributes:
        dialog: the last AppendixDialog opened (for tests).
    """

    def __init__(self, ui: Ui_MeetingPage, operations: Operations, undo: QUndoStack,
                 refs: IdRefs, settings: UiSettings, widget: QWidget) -> None:
        self.ui, self._operations, self._undo, self._refs = ui, operations, undo, refs
        self._settings, self._widget = settings, widget
        self.view: MeetingView | None = None
        self.dialog: AppendixDialog | None = None
        self.model = AppendixModel(widget)
        ui.appendices_view.setModel(self.model)
        header = ui.appendices_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AppendixModel.TITLE, QHeaderView.ResizeMode.Stretch)
        ui.add_document_button.clicked.connect(lambda: self.add_document())
        ui.add_voting_list_button.clicked.connect(lambda: self.add_voting_list())
        ui.remove_appendix_button.clicked.connect(self.remove)
        ui.appendices_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def load(self, view: MeetingView) -> None:
        self.view = view
        self.model.load(appendices.appendix_rows(self._operations.register, view.id))
        self.ui.appendices_hint_label.setText(
            "Numren är fastlagda sedan protokollet skickades för justering; en ny bilaga får "
            "nästa nummer." if view.numbers_fixed else
            "Bilagorna numreras i paragrafernas ordning: omröstningslistor, dokument, "
            "yttranden.")
        self._update_buttons()

    def selected(self) -> AppendixRow | None:
        rows = self.ui.appendices_view.selectionModel().selectedRows()
        return self.model.at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        editable = self.view is not None and not self.view.locked
        self.ui.add_document_button.setEnabled(editable)
        self.ui.add_voting_list_button.setEnabled(editable)
        row = self.selected()
        self.ui.remove_appendix_button.setEnabled(editable and row is not None and row.removable)

    def add_document(self, selected: int | None = None) -> AppendixDialog | None:
        if self.view is None:
            return None
        self.dialog = dialog = AppendixDialog(self.view, self._settings, selected=selected,
                                              parent=self._widget)
        meeting_id = self.view.id
        dialog.accepted.connect(lambda: push_document(self._operations, self._undo, self._refs,
                                                      self._widget, dialog, meeting_id))
        open_deleting(dialog)
        return dialog

    def add_voting_list(self, paragraph_id: int | None = None) -> None:
        if paragraph_id is None:
            rows = self.ui.agenda_view.selectionModel().selectedRows()
            if len(rows) != 1:
                show_user_error(self._widget, UserError(
                    "Markera paragrafen med omröstningen i föredragningslistan först.",
                    field="paragraf"))
                return
            assert self.view is not None
            paragraph_id = self.view.paragraphs[rows[0].row()].id
        chosen = paragraph_id
        self._undo.push(CreateCommand(
            "omröstningslista som bilaga", self._operations, self._refs, "appendix",
            create=lambda reg: appendices.add_voting_list(reg, chosen),
            delete=appendices.remove_appendix, widget=self._widget))

    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        confirm(self._widget, title="Ta bort bilaga",
                text=f"Ta bort bilaga {row.number} «{row.title}»?",
                informative="Följande bilagor numreras om.", accept_text="Ta bort",
                destructive=True, name="remove_appendix_box",
                on_accept=lambda: self._operations.run(
                    lambda reg: appendices.remove_appendix(reg, row.id), parent=self._widget))
