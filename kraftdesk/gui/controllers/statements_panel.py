# SPDX-License-Identifier: EUPL-1.2
"""The paragraph editor's Reservationer och yttranden tab. Every action is a step on the
undo stack (kraftdesk.gui.undo); receiving a text cannot be undone, and removing a statement
whose text was received is possible only on purpose, confirmed, and then not undone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from kraftdesk.domain.enums import StatementState
from kraftdesk.gui.controllers import statement_actions as actions
from kraftdesk.gui.controllers.announce_dialog import AnnounceDialog, Announcement
from kraftdesk.gui.dialogs import confirm
from kraftdesk.gui.forms.ui_paragraph_editor import Ui_ParagraphEditor
from kraftdesk.gui.models.statement_model import StatementModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo import CreateCommand, FinalCommand, IdRefs, RemoveCommand
from kraftdesk.services import statements
from kraftdesk.services.meetings import PersonRef
from kraftdesk.services.proceedings import ProposalRow
from kraftdesk.services.statements import StatementRow
from kraftdesk.text import vocabulary


class StatementsPanel:
    def __init__(self, ui: Ui_ParagraphEditor, operations: Operations, undo: QUndoStack,
                 refs: IdRefs, settings: UiSettings, widget: QWidget) -> None:
        self.ui, self._operations, self._undo, self._refs = ui, operations, undo, refs
        self._settings, self._widget = settings, widget
        self._context = actions.Context(operations, undo, refs)
        self.model = StatementModel(widget)
        ui.statements_view.setModel(self.model)
        header = ui.statements_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(StatementModel.STATE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._paragraph_id: int | None = None
        self._people: list[PersonRef] = []
        self._proposals: tuple[ProposalRow, ...] = ()
        self._deadline: datetime | None = None
        self._editable = False
        ui.announce_button.clicked.connect(self.announce)
        ui.statement_receive_button.clicked.connect(self.receive_text)
        ui.statement_pdf_button.clicked.connect(self.receive_pdf)
        ui.statement_withdraw_button.clicked.connect(self.withdraw)
        ui.statement_remove_button.clicked.connect(self.remove)
        ui.statements_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def load(self, paragraph_id: int, *, people: list[PersonRef],
             proposals: tuple[ProposalRow, ...], deadline: datetime | None,
             editable: bool) -> None:
        self._paragraph_id, self._people = paragraph_id, people
        self._proposals, self._deadline, self._editable = proposals, deadline, editable
        self.model.load(statements.statements_view(self._operations.register, paragraph_id))
        self._update_buttons()

    def selected(self) -> StatementRow | None:
        rows = self.ui.statements_view.selectionModel().selectedRows()
        return self.model.statement(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.ui.statements_view.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.selected()
        promised = row is not None and row.state.value in ("promised", "received")
        self.ui.announce_button.setEnabled(self._editable)
        for button in (self.ui.statement_receive_button, self.ui.statement_pdf_button):
            button.setEnabled(self._editable and promised)
        self.ui.statement_withdraw_button.setEnabled(self._editable and row is not None)
        self.ui.statement_remove_button.setEnabled(self._editable and row is not None)

    def announce(self) -> None:
        if self._paragraph_id is None:
            return
        dialog = AnnounceDialog(self._people, self._proposals, self._deadline,
                                parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.announcement and self._push(dialog.announcement))
        dialog.open()

    def _push(self, a: Announcement) -> None:
        paragraph = self._refs.ref("paragraph", self._paragraph_id or 0)
        what = vocabulary.STATEMENT_KIND_DEFINITE[a.kind]
        self._undo.push(CreateCommand(
            f"anmälan av {what}", self._operations, self._refs, "statement",
            create=lambda reg: statements.announce(
                reg, paragraph.id, kind=a.kind, author_ids=a.author_ids,
                concurring_ids=a.concurring_ids, promised=a.promised, text=a.text,
                in_favour_of_proposal_id=a.in_favour_of_proposal_id,
                with_reservation=a.with_reservation),
            delete=statements.delete_statement, widget=self._widget))

    def _what(self, row: StatementRow) -> str:
        people = ", ".join(p.label for p in row.authors)
        return f"{row.kind_title} av {people}"

    def _promise(self, row: StatementRow) -> actions.Promise:
        return actions.Promise(row.id, self._what(row), row.version, row.state)

    def receive_text(self) -> None:
        row = self.selected()
        if row is not None:
            actions.receive_text(self._context, self._widget, self._promise(row))

    def receive_pdf(self) -> None:
        row = self.selected()
        if row is not None:
            actions.choose_and_receive_pdf(self._context, self._widget, self._settings,
                                           self._promise(row))

    def withdraw(self) -> None:
        row = self.selected()
        if row is not None:
            actions.withdraw(self._context, self._widget, self._promise(row))

    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        what = self._what(row).lower()
        if row.received_at is not None:
            confirm(self._widget, title="Ta bort inkommen text",
                    text=f"Ta bort {what}, som har kommit in?",
                    informative="Den inkomna texten tas bort ur registret, och det går inte "
                                "att ångra. Har författarna dragit tillbaka sitt yttrande, "
                                "välj Återkallad i stället; då sparas texten.",
                    accept_text="Ta bort den inkomna texten", destructive=True,
                    on_accept=lambda: self._remove_received(row))
            return
        confirm(self._widget, title="Ta bort", text=f"Ta bort {what}?",
                informative="Använd det här när något har registrerats av misstag. Har "
                            "författarna dragit tillbaka sitt yttrande, välj Återkallad i "
                            "stället.",
                accept_text="Ta bort", destructive=True, on_accept=lambda: self._remove(row))

    def _remove(self, row: StatementRow) -> None:
        """Removing a statement that nothing has arrived for: undo announces it again."""
        paragraph = self._refs.ref("paragraph", row.paragraph_id)
        authors = [p.id for p in row.authors]
        concurring = [p.id for p in row.concurring]
        promised = row.state is StatementState.PROMISED

        def recreate(reg):  # type: ignore[no-untyped-def]
            return statements.announce(
                reg, paragraph.id, kind=row.kind, author_ids=authors,
                concurring_ids=concurring, promised=promised,
                deadline=row.deadline if promised else None, as_appendix=row.has_appendix,
                text=None if promised else row.text,
                in_favour_of_proposal_id=row.in_favour_of_proposal_id,
                with_reservation=row.with_reservation)

        self._undo.push(RemoveCommand(
            f"borttagning av {self._what(row).lower()}", self._operations, self._refs,
            self._refs.ref("statement", row.id),
            remove=lambda reg, sid, version: statements.delete_statement(
                reg, sid, expected_version=version),
            recreate=recreate, widget=self._widget, read_version=row.version))

    def _remove_received(self, row: StatementRow) -> None:
        ref = self._refs.ref("statement", row.id)
        self._undo.push(FinalCommand(
            f"borttagning av {self._what(row).lower()}", self._operations,
            apply=lambda reg, version: statements.delete_statement(
                reg, ref.id, expected_version=version, discard_received=True),
            reason="Borttagningen av en inkommen text kan inte ångras.",
            widget=self._widget, target=ref, read_version=row.version))
