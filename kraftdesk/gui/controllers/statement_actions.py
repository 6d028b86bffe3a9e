# SPDX-License-Identifier: EUPL-1.2
"""What a secretary does with a promised text, from Bevakning or the paragraph editor:
receive it as text or PDF, note that it was withdrawn, copy a reminder for the authors or
write it as an e-mail to them, opened in the system's mail program.

Each is a step on the undo stack, based on the statement's version as read. Marking a text
received cannot be undone (a received text is evidence of what arrived and when; the step
stays on the stack so nothing done before it is undone past it, and Ångra says so);
withdrawing can (the statement is as it was before, its bilaga too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QWidget

from kraftdesk.domain.enums import StatementState
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.normalise import shorten
from kraftdesk.gui.dialogs import confirm
from kraftdesk.gui.errors import show_user_error
from kraftdesk.gui.forms.ui_receive_dialog import Ui_ReceiveDialog
from kraftdesk.gui.operations import Operations, Outcome
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo import CallCommand, FinalCommand, IdRefs
from kraftdesk.paths import data_dir
from kraftdesk.services import reminders, statements
from kraftdesk.services.input_files import read_input
from kraftdesk.services.reminders import ReminderExport

RECEIVED_IS_FINAL = ("Att texten har kommit in kan inte ångras: det som har kommit in sparas "
                     "i registret. Har författarna dragit tillbaka det, välj Återkallad.")


def now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


@dataclass(frozen=True)
class Promise:
    """The statement a secretary acts on, as she saw it."""

    statement_id: int
    what: str  # "Särskilt yttrande av Anna Svensson (S)"
    version: int | None  # the statement row's version as read (None: not read)
    state: StatementState = StatementState.PROMISED


@dataclass(frozen=True)
class Context:
    """What every action needs: the operations, the undo stack and its id references."""

    operations: Operations
    undo: QUndoStack
    refs: IdRefs


def _receive_step(context: Context, parent: QWidget, promise: Promise, *, received: datetime,
                  text: str | None = None, pdf: bytes | None = None,
                  filename: str | None = None) -> Outcome[object]:
    ref = context.refs.ref("statement", promise.statement_id)
    command = FinalCommand(
        f"inkommen text ({shorten(promise.what, 60).lower()})", context.operations,
        apply=lambda reg, version: statements.receive(
            reg, ref.id, received_at=received, text=text, pdf=pdf, filename=filename,
            expected_version=version),
        reason=RECEIVED_IS_FINAL, widget=parent, target=ref, read_version=promise.version)
    context.undo.push(command)
    assert command.last_outcome is not None
    return command.last_outcome


class ReceiveDialog(QDialog):
    """Paste the text that arrived, with the time it arrived (not in the future)."""

    def __init__(self, context: Context, promise: Promise, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReceiveDialog()
        self.ui.setupUi(self)
        self._context = context
        self._promise = promise
        self.ui.what_label.setText(shorten(promise.what, 300))
        self.ui.received_edit.not_after(
            datetime.now, "Tidpunkten {value:%Y-%m-%d %H:%M} ligger i framtiden; ange när "
                          "texten kom in (senast {latest:%Y-%m-%d %H:%M}).")
        self.ui.received_edit.setValue(now())
        self.ui.received_edit.changed.connect(self._update_save)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.text_edit.setFocus()
        self._update_save()

    def _update_save(self) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.ui.received_edit.value() is not None)

    def save(self) -> None:
        received = self.ui.received_edit.value()
        if received is None:
            self.ui.received_edit.setFocus()
            return
        outcome = _receive_step(self._context, self, self._promise, received=received,
                                text=self.ui.text_edit.toPlainText())
        if outcome.ok:
            self.accept()
        elif getattr(outcome.error, "field", None) == "received_at":
            self.ui.received_edit.setFocus()
        else:
            self.ui.text_edit.setFocus()


def receive_text(context: Context, parent: QWidget, promise: Promise) -> ReceiveDialog:
    dialog = ReceiveDialog(context, promise, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def receive_pdf_file(context: Context, parent: QWidget, promise: Promise,
                     path: Path) -> Outcome[object]:
    """Store the PDF (checked and cleaned by the service) as the received text, now."""
    try:
        content = read_input(path, "en PDF-fil")
    except UserError as error:
        show_user_error(parent, error)
        return Outcome(error=error)
    return _receive_step(context, parent, promise, received=now(), pdf=content,
                         filename=path.name)


def choose_and_receive_pdf(context: Context, parent: QWidget, settings: UiSettings,
                           promise: Promise) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, "Välj den inkomna PDF-filen", settings.last_folder("statements"),
        "PDF-filer (*.pdf)")
    if path:
        settings.remember_folder("statements", str(Path(path).parent))
        receive_pdf_file(context, parent, promise, Path(path))


def withdraw(context: Context, parent: QWidget, promise: Promise) -> None:
    what = promise.what[:1].lower() + promise.what[1:]
    ref = context.refs.ref("statement", promise.statement_id)
    before = promise.state

    def push() -> None:
        context.undo.push(CallCommand(
            f"återkallelse ({shorten(what, 60)})", context.operations,
            apply=lambda reg, version: statements.withdraw(reg, ref.id,
                                                           expected_version=version),
            revert=lambda reg, version: statements.reinstate(reg, ref.id, state=before,
                                                             expected_version=version),
            widget=parent, target=ref, read_version=promise.version))

    confirm(parent, title="Återkallad", text=f"Har författarna återkallat {what}?",
            informative="Den utlovade texten bevakas inte längre, och en bilaga som ännu inte "
                        "har fått sitt nummer tas bort. Det går att ångra.",
            accept_text="Ja, återkallad", on_accept=push)


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
        # The program's own folder of drafts: a reminder written again replaces the last.
        lambda reg: reminders.reminder_emails(reg, folder, now=moment,
                                              statement_ids=[statement_id], force=True),
        parent=parent)
    if not outcome.ok or outcome.value is None:
        return None
    done: ReminderExport = outcome.value
    for path in done.emails:
        open_in_system(path)
    return done
