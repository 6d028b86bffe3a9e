# SPDX-License-Identifier: EUPL-1.2
"""Bevakning: every open promise, earliest deadline first, overdue ones marked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from kraftdesk.gui.controllers import statement_actions as actions
from kraftdesk.gui.forms.ui_ledger_page import Ui_LedgerPage
from kraftdesk.gui.icons import icon
from kraftdesk.gui.models.ledger_model import LedgerModel
from kraftdesk.gui.models.paged import ROW_ROLE
from kraftdesk.gui.models.return_model import ReturnModel
from kraftdesk.gui.models.swedish_proxy import SwedishSortFilterProxyModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo import IdRefs
from kraftdesk.services import ledger
from kraftdesk.services.changes import Changes
from kraftdesk.services.ledger import PendingPromise

#: The "Återstår" column is recomputed this often while the page is shown.
CLOCK_MS = 60_000


class LedgerPage(QWidget):
    """Signals:
        meeting_requested(int): open the meeting of the selected promise.
        case_requested(int): open the ärende page of a bordlagt or återremitterat ärende.
        status_message(str): a short confirmation for the status bar.
    """

    meeting_requested = Signal(int)
    case_requested = Signal(int)
    status_message = Signal(str)

    def __init__(self, operations: Operations, undo: QUndoStack, refs: IdRefs,
                 settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LedgerPage()
        self.ui.setupUi(self)
        self._operations = operations
        self._context = actions.Context(operations, undo, refs)
        self._settings = settings
        self.model = LedgerModel(self)
        self.proxy = SwedishSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.returning = ReturnModel(self)
        self._setup_view()
        self._connect()
        self._clock = QTimer(self, interval=CLOCK_MS)
        self._clock.timeout.connect(self.reload)

    def _setup_view(self) -> None:
        view = self.ui.ledger_view
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if not self._settings.restore_header("ledger", header):
            for column, width in ((LedgerModel.DEADLINE, 130), (LedgerModel.LEFT, 250),
                                  (LedgerModel.WHAT, 130), (LedgerModel.AUTHORS, 270),
                                  (LedgerModel.PARAGRAPH, 280)):
                view.setColumnWidth(column, width)
        view.sortByColumn(LedgerModel.DEADLINE, Qt.SortOrder.AscendingOrder)
        self.ui.reminder_button.setIcon(icon("copy"))
        self.ui.receive_text_button.setIcon(icon("received"))
        self.ui.receive_pdf_button.setIcon(icon("pdf"))
        self.ui.withdraw_button.setIcon(icon("withdraw"))
        self.ui.returning_view.setModel(self.returning)
        self.ui.returning_view.horizontalHeader().setSectionResizeMode(
            ReturnModel.TITLE, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        ui.filter_edit.textChanged.connect(self.proxy.set_filter_words)
        ui.receive_text_button.clicked.connect(self.receive_text)
        ui.receive_pdf_button.clicked.connect(self.receive_pdf)
        ui.withdraw_button.clicked.connect(self.withdraw)
        ui.reminder_button.clicked.connect(self.copy_reminder)
        ui.reminder_mail_button.clicked.connect(self.mail_reminder)
        ui.open_paragraph_button.clicked.connect(self._open_meeting)
        ui.ledger_view.activated.connect(lambda _i: self._open_meeting())
        self.model.pdf_dropped.connect(self.receive_dropped_pdf)
        self.model.modelReset.connect(self._update_summary)
        ui.ledger_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        ui.returning_view.activated.connect(lambda _i: self._open_case())
        ui.open_case_button.clicked.connect(self._open_case)
        self.returning.modelReset.connect(self._update_returning)
        self._update_buttons()

    # Data -----------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected()
        self.model.load(ledger.open_promises(self._operations.register, now=datetime.now()))
        if selected is not None:
            self.select_statement(selected.statement_id)
        self.returning.load(ledger.awaiting_return(self._operations.register))

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.register or changes.statements or changes.meetings or changes.paragraphs \
                or changes.cases:
            self.reload()

    def _update_returning(self) -> None:
        has = self.returning.rowCount() > 0
        self.ui.returning_group.setVisible(has)
        self.ui.open_case_button.setEnabled(has)

    def _open_case(self) -> None:
        index = self.ui.returning_view.currentIndex()
        if not index.isValid() and self.returning.rowCount():
            index = self.returning.index(0, 0)
        if index.isValid():
            self.case_requested.emit(self.returning.at(index.row()).case_id)

    def showEvent(self, event: object) -> None:  # noqa: N802
        self._clock.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self._clock.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _update_summary(self) -> None:
        total = self.model.rowCount()
        overdue = sum(1 for r in range(total) if self.model.promise(r).overdue)
        if total == 0:
            text = "Inget utlovat väntar"
        else:
            text = "1 utlovad text väntar" if total == 1 else f"{total} utlovade texter väntar"
            if overdue:
                text += f", {overdue} {'försenad' if overdue == 1 else 'försenade'}"
        self.ui.summary_label.setText(text)
        self.ui.summary_label.setStyleSheet(
            "font-weight: 600;" + (" color: #a1170f;" if overdue else ""))

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for button in (self.ui.receive_text_button, self.ui.receive_pdf_button,
                       self.ui.withdraw_button, self.ui.reminder_button,
                       self.ui.reminder_mail_button, self.ui.open_paragraph_button):
            button.setEnabled(has)

    def selected(self) -> PendingPromise | None:
        index = self.ui.ledger_view.currentIndex()
        rows = self.ui.ledger_view.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return rows[0].data(ROW_ROLE)

    def select_statement(self, statement_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).statement_id == statement_id:
                self.ui.ledger_view.setCurrentIndex(index)
                self.ui.ledger_view.selectRow(row)
                return True
        return False

    def save_state(self) -> None:
        self._settings.save_header("ledger", self.ui.ledger_view.horizontalHeader())

    # Actions --------------------------------------------------------------------------------

    @staticmethod
    def _what(p: PendingPromise) -> str:
        return (f"{p.what} av {p.authors_text} till {p.paragraph_label} {p.paragraph_title} "
                f"({p.body_short_name} {p.meeting_date.isoformat()})")

    def _promise(self, p: PendingPromise) -> actions.Promise:
        return actions.Promise(p.statement_id, self._what(p), p.version)

    def receive_text(self) -> None:
        p = self.selected()
        if p is not None:
            actions.receive_text(self._context, self, self._promise(p))

    def receive_pdf(self) -> None:
        p = self.selected()
        if p is not None:
            actions.choose_and_receive_pdf(self._context, self, self._settings,
                                           self._promise(p))

    def receive_dropped_pdf(self, statement_id: int, path: str) -> None:
        p = next((self.model.promise(r) for r in range(self.model.rowCount())
                  if self.model.promise(r).statement_id == statement_id), None)
        promise = (self._promise(p) if p is not None
                   else actions.Promise(statement_id, "det utlovade yttrandet", None))
        outcome = actions.receive_pdf_file(self._context, self, promise, Path(path))
        if outcome.ok:
            self.status_message.emit(f"{Path(path).name} är registrerad som inkommen text.")

    def withdraw(self) -> None:
        p = self.selected()
        if p is not None:
            what = f"{p.what.lower()} av {p.authors_text} ({p.paragraph_label})"
            actions.withdraw(self._context, self,
                             actions.Promise(p.statement_id, what, p.version))

    def copy_reminder(self) -> None:
        p = self.selected()
        if p is not None and actions.copy_reminder(self._operations, self, p.statement_id):
            self.status_message.emit(
                f"Påminnelsen till {p.authors_text} är kopierad; klistra in den i ett "
                "e-postmeddelande.")

    def mail_reminder(self) -> None:
        p = self.selected()
        done = actions.mail_reminder(self._operations, self, p.statement_id) if p else None
        if done is None:
            return
        text = "Påminnelsen är öppnad i e-postprogrammet; kontrollera den och skicka den." \
            if done.emails else "Ingen påminnelse skrevs."
        if done.without_address:
            names = ", ".join(name.partition(" (")[0] for name in done.without_address)
            text += (f" E-postadress saknas för {names}; lägg in den under Organisation, "
                     "fliken Personer.")
        self.status_message.emit(text)

    def _open_meeting(self, _index: QModelIndex | None = None) -> None:
        p = self.selected()
        if p is not None:
            self.meeting_requested.emit(p.meeting_id)
