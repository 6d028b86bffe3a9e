# SPDX-License-Identifier: EUPL-1.2
"""What a secretary does with a promised text, from Bevakning or the paragraph editor:
receive it as text or PDF, note that it was withdrawn, copy a reminder for the authors or
write it as an e-mail to them, opened in the system's mail program.

Receiving and withdrawing have no undo in the register (a received text is evidence of
what arrived and when), so they are confirmed or entered in a dialog instead.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from kraftdesk.gui.controllers.meeting_dialog import from_qdatetime, to_qdatetime
from kraftdesk.gui.dialogs import confirm
from kraftdesk.gui.forms.ui_receive_dialog import Ui_ReceiveDialog
from kraftdesk.gui.operations import Operations, Outcome
from kraftdesk.gui.settings import UiSettings
from kraftdesk.paths import data_dir
from kraftdesk.services import reminders, statements
from kraftdesk.services.reminders import ReminderExport


def now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


class ReceiveDialog(QDialog):
    """Paste the text that arrived, with the time it arrived."""

    def __init__(self, operations: Operations, statement_id: int, what: str, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReceiveDialog()
        self.ui.setupUi(self)
        self._operations = operations
        self._statement_id = statement_id
        self.ui.what_label.setText(what)
        self.ui.received_edit.setDateTime(to_qdatetime(now()))
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.text_edit.setFocus()

    def save(self) -> None:
        text = self.ui.text_edit.toPlainText()
        received = from_qdatetime(self.ui.received_edit.dateTime())
        statement_id = self._statement_id
        outcome = self._operations.run(
            lambda reg: statements.receive(reg, statement_id, received_at=received, text=text),
            parent=self)
        if outcome.ok:
            self.accept()
        elif getattr(outcome.error, "field", None) == "received_at":
            self.ui.received_edit.setFocus()
        else:
            self.ui.text_edit.setFocus()


def receive_text(operations: Operations, parent: QWidget, statement_id: int,
                 what: str) -> ReceiveDialog:
    dialog = ReceiveDialog(operations, statement_id, what, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def receive_pdf_file(operations: Operations, parent: QWidget, statement_id: int,
                     path: Path) -> Outcome[object]:
    """Store the PDF as the received text, now."""
    content = path.read_bytes()
    received = now()
    return operations.run(
        lambda reg: statements.receive(reg, statement_id, received_at=received, pdf=content,
                                       filename=path.name),
        parent=parent)


def choose_and_receive_pdf(operations: Operations, parent: QWidget, settings: UiSettings,
                           statement_id: int) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, "Välj den inkomna PDF-filen", settings.last_folder("statements"),
        "PDF-filer (*.pdf)")
    if path:
        settings.remember_folder("statements", str(Path(path).parent))
        receive_pdf_file(operations, parent, statement_id, Path(path))


def withdraw(operations: Operations, parent: QWidget, statement_id: int, what: str) -> None:
    confirm(parent, title="Återkallad", text=f"Har författarna återkallat {what}?",
            informative="Den utlovade texten bevakas inte längre, och en bilaga som ännu inte "
                        "har fått sitt nummer tas bort.",
            accept_text="Ja, återkallad",
            on_accept=lambda: operations.run(
                lambda reg: statements.withdraw(reg, statement_id), parent=parent))


def copy_reminder(operations: Operations, parent: QWidget, statement_id: int) -> str | None:
    """Put a reminder for the authors on the clipboard; returns the text."""
    moment = datetime.now()
    outcome = operations.run(
        lambda reg: statements.reminder_text(reg, statement_id, now=moment), parent=parent)
    if not outcome.ok or outcome.value is None:
        return None
    QApplication.clipboard().setText(str(outcome.value))
    return str(outcome.value)


#: The folder under the data folder where reminders by e-mail are written before the mail
#: program opens them (they are drafts: the register records nothing).
REMINDER_FOLDER = "Påminnelser"


def mail_reminder(operations: Operations, parent: QWidget,
                  statement_id: int) -> ReminderExport | None:
    """Write the reminder as an .eml to the authors with an address and open it in the mail
    program; returns what was written (None on a refusal)."""
    from kraftdesk.gui.controllers.dispatch_panel import open_in_system

    moment, folder = datetime.now(), data_dir() / REMINDER_FOLDER
    outcome = operations.run(
        lambda reg: reminders.reminder_emails(reg, folder, now=moment,
                                              statement_ids=[statement_id]), parent=parent)
    if not outcome.ok or outcome.value is None:
        return None
    done: ReminderExport = outcome.value
    for path in done.emails:
        open_in_system(path)
    return done
