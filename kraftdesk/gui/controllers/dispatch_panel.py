# SPDX-License-Identifier: EUPL-1.2
"""The meeting page's Expediering tab: every recipient of every paragraph with what was sent
and what is still to send; record a dispatch, set a recipient's e-mail address, and write
the extracts one per recipient with an .eml beside each, opened in the system's mail program
(QDesktopServices)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from kraftdesk.domain.enums import DispatchMeans
from kraftdesk.gui import roles
from kraftdesk.gui.dialogs import open_deleting
from kraftdesk.gui.forms.ui_dispatch_dialog import Ui_DispatchDialog
from kraftdesk.gui.forms.ui_meeting_page import Ui_MeetingPage
from kraftdesk.gui.forms.ui_written_files_dialog import Ui_WrittenFilesDialog
from kraftdesk.gui.models.meeting_parts import DispatchModel
from kraftdesk.gui.operations import BackgroundJob, Operations, Outcome
from kraftdesk.gui.settings import UiSettings
from kraftdesk.services import dispatch
from kraftdesk.services.dispatch import DispatchOverview, DispatchRow, RecipientExport
from kraftdesk.services.meetings import MeetingView
from kraftdesk.text.formats import capitalise
from kraftdesk.text.vocabulary import DISPATCH_MEANS


def open_in_system(path: Path) -> bool:
    """Open a file with the program the system gives it (.eml: the mail program)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class DispatchDialog(QDialog):
    """How and when the selected extracts went to one recipient."""

    def __init__(self, operations: Operations, meeting_id: int, recipient: str,
                 paragraph_ids: tuple[int, ...], what: str, *, justerad: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DispatchDialog()
        self.ui.setupUi(self)
        self._operations = operations
        self._meeting_id, self._recipient, self._ids = meeting_id, recipient, paragraph_ids
        self.ui.what_label.setText(what)
        for means, word in DISPATCH_MEANS.items():
            self.ui.means_combo.addItem(capitalise(word), means.value)
        self.ui.date_edit.setDate(QDate.currentDate())
        self.ui.preliminary_check.setChecked(not justerad)
        self.ui.preliminary_check.setEnabled(justerad)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def save(self) -> None:
        day = self.ui.date_edit.date().toPython()
        means = DispatchMeans(self.ui.means_combo.currentData())
        final = not self.ui.preliminary_check.isChecked()
        meeting_id, recipient, ids = self._meeting_id, self._recipient, self._ids
        outcome = self._operations.run(
            lambda reg: dispatch.record_dispatch(reg, meeting_id, recipient, sent_on=day,
                                                 means=means, paragraphs=list(ids),
                                                 final=final), parent=self)
        if outcome.ok:
            self.accept()


class WrittenFilesDialog(QDialog):
    """The extracts and e-mails written; open an .eml in the mail program."""

    def __init__(self, done: RecipientExport, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WrittenFilesDialog()
        self.ui.setupUi(self)
        self.written = done
        self.ui.summary_label.setText(
            f"{len(done.extracts)} protokollsutdrag och {len(done.emails)} "
            f"e-postmeddelanden är sparade i {done.folder}. Öppna ett e-postmeddelande, "
            "kontrollera det och skicka det från e-postprogrammet; registrera sedan "
            "utdraget som skickat.")
        for path in (*done.emails, *done.extracts):
            item = QListWidgetItem(path.name)
            item.setData(roles.USER, str(path))
            self.ui.files_list.addItem(item)
        self.ui.missing_label.setText(
            "E-postadress saknas för: " + ", ".join(done.without_address) + "."
            if done.without_address else "")
        self.ui.missing_label.setVisible(bool(done.without_address))
        self.ui.files_list.setCurrentRow(0)
        self.ui.files_list.itemActivated.connect(lambda _item: self.open_selected())
        self.ui.files_list.currentRowChanged.connect(self._update_buttons)
        self.ui.open_mail_button.clicked.connect(self.open_selected)
        self.ui.open_file_button.clicked.connect(self.open_selected)
        self.ui.open_folder_button.clicked.connect(lambda: open_in_system(done.folder))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.accept)
        self._update_buttons()

    def selected_path(self) -> Path | None:
        item = self.ui.files_list.currentItem()
        return Path(item.data(roles.USER)) if item is not None else None

    def _update_buttons(self) -> None:
        path = self.selected_path()
        is_mail = path is not None and path.suffix == ".eml"
        self.ui.open_mail_button.setEnabled(is_mail)
        self.ui.open_file_button.setEnabled(path is not None and not is_mail)

    def open_selected(self) -> None:
        path = self.selected_path()
        if path is not None:
            open_in_system(path)


class DispatchPanel:
    """Attributes:
        overview: what the tab shows.
        dialog: the last dialog opened (for tests).
        job: the last background export.
    """

    def __init__(self, ui: Ui_MeetingPage, operations: Operations, settings: UiSettings,
                 widget: QWidget) -> None:
        self.ui, self._operations, self._settings, self._widget = ui, operations, settings, widget
        self.view: MeetingView | None = None
        self.overview: DispatchOverview | None = None
        self.dialog: QDialog | None = None
        self.job: BackgroundJob | None = None
        self.model = DispatchModel(widget)
        ui.dispatch_view.setModel(self.model)
        header = ui.dispatch_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DispatchModel.STATUS, QHeaderView.ResizeMode.Stretch)
        ui.record_dispatch_button.clicked.connect(self.record)
        ui.dispatch_export_button.clicked.connect(self.ask_export)
        ui.recipient_address_button.clicked.connect(self.ask_address)
        ui.dispatch_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def load(self, view: MeetingView) -> None:
        self.view = view
        self.overview = overview = dispatch.dispatch_overview(self._operations.register,
                                                              view.id)
        self.model.load(overview.rows)
        if not overview.rows:
            text = "Ingen paragraf har någon sändlista (Protokollsutdrag skickas till)."
        elif not any(r.justerad for r in overview.rows):
            text = "Protokollet är inte justerat; justerade utdrag skickas efter justeringen."
        elif overview.to_send:
            text = f"{overview.to_send} utdrag återstår att skicka."
        else:
            text = "Alla justerade utdrag är skickade."
        self.ui.dispatch_summary_label.setText(text)
        self.ui.dispatch_export_button.setEnabled(bool(overview.rows))
        self._update_buttons()

    def selected_rows(self) -> list[DispatchRow]:
        rows = self.ui.dispatch_view.selectionModel().selectedRows()
        return [self.model.at(i.row()) for i in sorted(rows, key=lambda i: i.row())]

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        one_recipient = bool(rows) and len({r.recipient for r in rows}) == 1
        self.ui.record_dispatch_button.setEnabled(one_recipient)
        self.ui.recipient_address_button.setEnabled(one_recipient)

    def record(self) -> DispatchDialog | None:
        rows = self.selected_rows()
        if not rows or self.view is None or len({r.recipient for r in rows}) != 1:
            return None
        labels = ", ".join(r.label for r in rows)
        recipient = rows[0].recipient
        dialog = DispatchDialog(self._operations, self.view.id, recipient,
                                tuple(r.paragraph_id for r in rows),
                                f"Utdrag av {labels} till {recipient}",
                                justerad=all(r.justerad for r in rows), parent=self._widget)
        self.dialog = dialog
        open_deleting(dialog)
        return dialog

    def ask_address(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        recipient = rows[0].recipient
        email, ok = QInputDialog.getText(self._widget, "E-postadress",
                                         f"E-postadress till {recipient}:",
                                         QLineEdit.EchoMode.Normal, rows[0].email or "")
        if ok:
            self.set_address(recipient, email, version=rows[0].address_version)

    def set_address(self, recipient: str, email: str, *,
                    version: int | None = None) -> Outcome[object]:
        """Save the address against the version the panel showed (`version`; 0: none)."""
        return self._operations.run(
            lambda reg: dispatch.set_recipient_address(reg, recipient, email,
                                                       expected_version=version),
            parent=self._widget)

    def ask_export(self) -> None:
        if self.view is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self._widget, "Mapp för utdragen per mottagare",
            self._settings.last_folder("exports") or str(Path.home()))
        if folder:
            self.export(Path(folder))

    def export(self, folder: Path, *, on: date | None = None) -> BackgroundJob:
        assert self.view is not None
        self._settings.remember_folder("exports", str(folder))
        meeting_id, day = self.view.id, on or date.today()
        self.job = self._operations.run_in_background(
            lambda reg, _progress: dispatch.export_recipient_extracts(reg, meeting_id, folder,
                                                                      on=day),
            parent=self._widget, label="Utdragen tas fram …")
        self.job.done.connect(self._show)
        return self.job

    def _show(self, outcome: Outcome[RecipientExport]) -> None:
        if not outcome.ok or outcome.value is None:
            return
        self.dialog = dialog = WrittenFilesDialog(outcome.value, parent=self._widget)
        open_deleting(dialog)
