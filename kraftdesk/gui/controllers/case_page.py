# SPDX-License-Identifier: EUPL-1.2
"""The ärende page: diarienummer, ärendemening and status, the case's handlings in every body
in meeting order (decision, statements, bordlagt / återremitterat), and what to do with it:
put it on an agenda, open a paragraph, export the extracts, rename it, close it."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QLineEdit, QWidget

from kraftdesk.domain.enums import CaseStatus, MinutesState
from kraftdesk.domain.errors import UserError
from kraftdesk.gui.dialogs import confirm, open_deleting
from kraftdesk.gui.forms.ui_agenda_choice_dialog import Ui_AgendaChoiceDialog
from kraftdesk.gui.forms.ui_case_page import Ui_CasePage
from kraftdesk.gui.icons import icon
from kraftdesk.gui.models.handling_model import HandlingModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo import AddParagraphCommand, CallCommand, IdRefs
from kraftdesk.services import cases, meetings
from kraftdesk.services.cases import CaseHandling, CaseView
from kraftdesk.services.changes import Changes


def handling_html(row: CaseHandling) -> str:
    """The selected handling as the detail pane shows it."""
    e = html.escape
    parts = [f"<h3>{e(row.body_name)} {e(row.meeting_date.isoformat())} {e(row.label)} "
             f"{e(row.title)}</h3>"]
    if row.decision:
        parts.append("<p><b>Beslut</b><br/>" + "<br/>".join(
            e(line) for line in row.decision.split("\n")) + "</p>")
    if row.statements:
        parts.append(f"<p><b>Reservationer och yttranden</b><br/>{e(row.statements)}</p>")
    if row.deferral_text:
        parts.append(f"<p><b>{e(row.deferral_text)}</b>: ärendet ska tas upp igen.</p>")
    if row.minutes_state is not MinutesState.APPROVED:
        parts.append("<p><i>Protokollet är inte justerat ännu.</i></p>")
    return "".join(parts)


class AgendaChoiceDialog(QDialog):
    """Which draft meeting to put the ärende on, and under which heading.

    Attributes (after accept()): meeting_id, title.
    """

    def __init__(self, operations: Operations, view: CaseView, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AgendaChoiceDialog()
        self.ui.setupUi(self)
        self.meeting_id: int | None = None
        self.title = ""
        rows = [m for m in meetings.list_meetings(operations.register)
                if m.minutes_state is MinutesState.DRAFT]
        rows.sort(key=lambda m: m.starts_at)
        today = date.today()
        current = 0
        for index, m in enumerate(rows):
            self.ui.meeting_combo.addItem(
                f"{m.reference} {m.body_name} {m.starts_at:%H:%M}", m.id)
            if m.starts_at.date() < today:
                current = index + 1
        self.ui.meeting_combo.setCurrentIndex(min(current, max(len(rows) - 1, 0)))
        self.ui.title_edit.setText(view.title)
        self.ui.hint_label.setText(
            "Bara sammanträden vars protokoll är utkast kan få nya ärenden." if rows else
            "Det finns inget sammanträde med ett protokoll som är utkast. Planera ett "
            "sammanträde först.")
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _accept(self) -> None:
        meeting_id = self.ui.meeting_combo.currentData()
        if meeting_id is None:
            return
        self.meeting_id, self.title = int(meeting_id), self.ui.title_edit.text().strip()
        self.accept()


class CasePage(QWidget):
    """Signals:
        back_requested(): back to the list of ärenden.
        paragraph_requested(int): open the paragraph editor on this paragraph.
        meeting_requested(int): open a meeting (after putting the case on its agenda).
        extracts_requested(object): export the extracts of these paragraph ids (a tuple).
    """

    back_requested = Signal()
    paragraph_requested = Signal(int)
    meeting_requested = Signal(int)
    extracts_requested = Signal(object)

    def __init__(self, operations: Operations, undo_stack: QUndoStack, refs: IdRefs,
                 settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CasePage()
        self.ui.setupUi(self)
        self._operations, self._undo, self._refs = operations, undo_stack, refs
        self._settings = settings
        self.view: CaseView | None = None
        self.handlings = HandlingModel(self)
        self.dialog: AgendaChoiceDialog | None = None
        self._setup()

    def _setup(self) -> None:
        ui = self.ui
        ui.back_button.setIcon(icon("back"))
        ui.agenda_button.setIcon(icon("new"))
        ui.extracts_button.setIcon(icon("pdf"))
        ui.handlings_view.setModel(self.handlings)
        header = ui.handlings_view.horizontalHeader()
        header.setSectionResizeMode(HandlingModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (HandlingModel.DATE, HandlingModel.MEETING, HandlingModel.LABEL,
                       HandlingModel.DEFERRAL):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.back_button.clicked.connect(self.back_requested)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back_requested.emit)
        ui.handlings_view.selectionModel().currentRowChanged.connect(self._show_detail)
        ui.handlings_view.activated.connect(self._open_index)
        ui.open_paragraph_button.clicked.connect(
            lambda: self._open_index(ui.handlings_view.currentIndex()))
        ui.agenda_button.clicked.connect(self.put_on_agenda)
        ui.extracts_button.clicked.connect(self._extracts)
        ui.rename_button.clicked.connect(self.rename)
        ui.close_button.clicked.connect(self.toggle_closed)
        self._settings.restore_splitter("case", ui.splitter)
        if not ui.splitter.sizes() or min(ui.splitter.sizes()) == 0:
            ui.splitter.setSizes([360, 240])

    # Loading --------------------------------------------------------------------------------

    @property
    def case_id(self) -> int:
        assert self.view is not None
        return self.view.id

    def load(self, case_id: int) -> None:
        self.view = view = cases.case_view(self._operations.register, case_id)
        ui = self.ui
        ui.number_label.setText(view.number)
        ui.title_label.setText(view.title)
        ui.details_label.setText(view.details)
        ui.details_label.setVisible(bool(view.details))
        ui.status_label.setText(view.status_text)
        ui.follow_up_label.setText(view.follow_up)
        ui.follow_up_label.setVisible(bool(view.follow_up))
        ui.close_button.setText("&Öppna ärendet igen…" if view.status is CaseStatus.CLOSED
                                else "&Avsluta ärendet…")
        current = self.selected_handling()
        self.handlings.load(view.handlings)
        ui.empty_label.setVisible(not view.handlings)
        numbered = [h for h in view.handlings if h.reference is not None]
        ui.extracts_button.setEnabled(bool(numbered))
        row = self.handlings.row_of(current.paragraph_id) if current else None
        if row is None and view.handlings:
            row = len(view.handlings) - 1  # the latest handling
        if row is not None:
            ui.handlings_view.selectRow(row)
        self._show_detail(ui.handlings_view.currentIndex())

    def selected_handling(self) -> CaseHandling | None:
        index = self.ui.handlings_view.currentIndex()
        return self.handlings.at(index.row()) if index.isValid() else None

    def _show_detail(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        ok = index.isValid()
        self.ui.open_paragraph_button.setEnabled(ok)
        self.ui.detail_browser.setHtml(handling_html(self.handlings.at(index.row())) if ok
                                       else "")

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if self.view is None:
            return
        ids = {h.paragraph_id for h in self.view.handlings}
        if changes.register or self.view.id in changes.cases or ids & changes.paragraphs \
                or changes.statements or changes.meetings:
            try:
                self.load(self.view.id)
            except UserError:  # the ärende is gone (another register was read in)
                self.view = None
                if self.isVisible():
                    self.back_requested.emit()

    def save_state(self) -> None:
        self._settings.save_splitter("case", self.ui.splitter)

    # Actions --------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.paragraph_requested.emit(self.handlings.at(index.row()).paragraph_id)

    def _extracts(self) -> None:
        if self.view is not None:
            self.extracts_requested.emit(tuple(h.paragraph_id for h in self.view.handlings
                                               if h.reference is not None))

    def put_on_agenda(self) -> AgendaChoiceDialog | None:
        """Choose a draft meeting; a closed ärende is asked about first (it opens again)."""
        if self.view is None:
            return None
        view = self.view
        self.dialog = dialog = AgendaChoiceDialog(self._operations, view, parent=self)

        def add() -> None:
            meeting_id = dialog.meeting_id
            if meeting_id is None:
                return
            reopen = view.status is CaseStatus.CLOSED
            command = AddParagraphCommand(self._operations, self._refs, meeting_id,
                                          title=dialog.title,
                                          case=self._refs.ref("case", view.id),
                                          reopen_closed_case=reopen, widget=self)

            def push() -> None:
                self._undo.push(command)
                if command.last_outcome is not None and command.last_outcome.ok:
                    self.meeting_requested.emit(meeting_id)

            if reopen:
                confirm(self, title="Avslutat ärende",
                        text=f"Ärendet {view.number} är avslutat. Ska det ändå tas upp på "
                             "föredragningslistan?",
                        informative="Ärendet öppnas då igen.", accept_text="Ta upp ärendet",
                        on_accept=push, name="closed_case_box")
            else:
                push()

        dialog.accepted.connect(add)
        open_deleting(dialog)
        return dialog

    def rename(self) -> None:
        if self.view is None:
            return
        view = self.view
        title, ok = QInputDialog.getText(self, "Byt ärendemening",
                                         f"Ny ärendemening för {view.number}:",
                                         QLineEdit.EchoMode.Normal, view.title)
        if ok and title.strip() and title.strip() != view.title:
            self.rename_to(title.strip())

    def _on_case(self) -> dict[str, Any]:
        """The undo step's target: the case at the version shown (kraftdesk.gui.undo)."""
        assert self.view is not None
        return {"target": self._refs.ref("case", self.view.id),
                "read_version": self.view.version}

    def rename_to(self, title: str) -> None:
        assert self.view is not None
        case_id, before = self.view.id, self.view.title
        self._undo.push(CallCommand(
            "byte av ärendemening", self._operations,
            apply=lambda reg, v: cases.rename_case(reg, case_id, title, expected_version=v),
            revert=lambda reg, v: cases.rename_case(reg, case_id, before, expected_version=v),
            **self._on_case(), widget=self))

    def toggle_closed(self) -> None:
        if self.view is None:
            return
        case_id, number = self.view.id, self.view.number
        if self.view.status is CaseStatus.CLOSED:
            self._undo.push(CallCommand(
                "öppnande av ärendet", self._operations,
                apply=lambda reg, v: cases.reopen_case(reg, case_id, expected_version=v),
                revert=lambda reg, v: cases.close_case(reg, case_id, expected_version=v),
                **self._on_case(), widget=self))
            return
        informative = "Ett avslutat ärende kan öppnas igen."
        if self.view.awaiting_return:
            informative = ("Ärendet är bordlagt eller återremitterat och försvinner ur "
                           "bevakningen när det avslutas. " + informative)
        confirm(self, title="Avsluta ärendet", text=f"Avsluta ärendet {number}?",
                informative=informative, accept_text="Avsluta ärendet",
                on_accept=lambda: self._undo.push(CallCommand(
                    "avslutande av ärendet", self._operations,
                    apply=lambda reg, v: cases.close_case(reg, case_id, expected_version=v),
                    revert=lambda reg, v: cases.reopen_case(reg, case_id, expected_version=v),
                    **self._on_case(), widget=self)),
                name="close_case_box")
