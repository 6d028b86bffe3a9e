# SPDX-License-Identifier: EUPL-1.2
"""One meeting: its header, the agenda (reorder by drag), attendance, and the minutes' state
with the legal calendar. Justerade minutes are shown read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from kraftdesk.domain.calendar import LegalCalendar
from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.normalise import shorten
from kraftdesk.gui import labels
from kraftdesk.gui.controllers.attendance_dialog import AttendanceDialog
from kraftdesk.gui.controllers.meeting_dialog import MeetingDialog
from kraftdesk.gui.controllers.new_paragraph import NewParagraphDialog
from kraftdesk.gui.dialogs import confirm
from kraftdesk.gui.elide import set_elided
from kraftdesk.gui.forms.ui_meeting_page import Ui_MeetingPage
from kraftdesk.gui.icons import icon
from kraftdesk.gui.models.agenda_model import AgendaModel
from kraftdesk.gui.models.attendance_model import AttendanceModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo import (
    AddParagraphCommand,
    CallCommand,
    FinalCommand,
    IdRefs,
    MoveParagraphCommand,
)
from kraftdesk.services import justering, meetings, paragraphs
from kraftdesk.services.changes import Changes
from kraftdesk.services.meetings import MeetingView
from kraftdesk.text import vocabulary
from kraftdesk.text.checks import finding_line


class MeetingPage(QWidget):
    """Signals:
        back_requested(): back to the list of meetings.
        paragraph_requested(int): open the paragraph editor on this paragraph.
        justering_requested(int), posting_requested(int): the meeting's id.
        export_requested(str, int): "minutes" | "extract" | "appendices", the meeting's id.
    """

    back_requested = Signal()
    paragraph_requested = Signal(int)
    justering_requested = Signal(int)
    posting_requested = Signal(int)
    export_requested = Signal(str, int)

    def __init__(self, operations: Operations, undo_stack: QUndoStack, refs: IdRefs,
                 settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingPage()
        self.ui.setupUi(self)
        self._operations = operations
        self._undo = undo_stack
        self._refs = refs
        self._settings = settings
        self.view: MeetingView | None = None
        self.agenda = AgendaModel(self)
        self.attendance = AttendanceModel(self)
        self._setup_views()
        self._connect()

    def _setup_views(self) -> None:
        ui = self.ui
        ui.back_button.setIcon(icon("back"))
        ui.move_up_button.setIcon(icon("up"))
        ui.move_down_button.setIcon(icon("down"))
        ui.add_paragraph_button.setIcon(icon("new"))
        ui.delete_paragraph_button.setIcon(icon("delete"))
        ui.justera_button.setIcon(icon("justera"))
        for button in (ui.export_minutes_button, ui.export_extract_button,
                       ui.export_appendices_button):
            button.setIcon(icon("pdf"))
        ui.agenda_view.setModel(self.agenda)
        ui.attendance_view.setModel(self.attendance)
        header = ui.agenda_view.horizontalHeader()
        header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (AgendaModel.NUMBER, AgendaModel.CASE, AgendaModel.PROMISES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._settings.restore_splitter("meeting", ui.splitter)
        if not ui.splitter.sizes() or min(ui.splitter.sizes()) == 0:
            ui.splitter.setSizes([560, 440])

    def _connect(self) -> None:
        ui = self.ui
        ui.back_button.clicked.connect(self.back_requested)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.back_requested.emit)
        QShortcut(QKeySequence("Ctrl+Up"), ui.agenda_view, activated=lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Ctrl+Down"), ui.agenda_view,
                  activated=lambda: self.move_selected(1))
        ui.agenda_view.activated.connect(self._open_index)
        ui.open_paragraph_button.clicked.connect(self._open_current)
        ui.add_paragraph_button.clicked.connect(self.add_paragraph)
        ui.move_up_button.clicked.connect(lambda: self.move_selected(-1))
        ui.move_down_button.clicked.connect(lambda: self.move_selected(1))
        ui.delete_paragraph_button.clicked.connect(self.delete_selected)
        ui.edit_meeting_button.clicked.connect(self.edit_meeting)
        ui.edit_attendance_button.clicked.connect(self.edit_attendance)
        ui.send_for_approval_button.clicked.connect(self.send_for_justering)
        ui.justera_button.clicked.connect(lambda: self.justering_requested.emit(self.meeting_id))
        ui.record_posting_button.clicked.connect(
            lambda: self.posting_requested.emit(self.meeting_id))
        for button, kind in ((ui.export_minutes_button, "minutes"),
                             (ui.export_extract_button, "extract"),
                             (ui.export_appendices_button, "appendices")):
            button.clicked.connect(lambda _c=False, k=kind: self.export_requested.emit(
                k, self.meeting_id))
        self.agenda.move_requested.connect(self.move_paragraph)

    # Loading --------------------------------------------------------------------------------

    @property
    def meeting_id(self) -> int:
        assert self.view is not None
        return self.view.id

    def load(self, meeting_id: int) -> None:
        register = self._operations.register
        selected = self.selected_paragraph_ids()
        self.view = view = meetings.meeting_view(register, meeting_id)
        self.agenda.load(view)
        self.attendance.load(view.attendance)
        self._show_header(view)
        self._show_minutes(view, justering.meeting_calendar(register, meeting_id,
                                                             today=date.today()))
        self._show_locking(view)
        for paragraph_id in selected:
            row = self.agenda.row_of(paragraph_id)
            if row is not None:
                self.ui.agenda_view.selectRow(row)

    def _show_header(self, view: MeetingView) -> None:
        ui, plan = self.ui, view.plan
        set_elided(ui.title_label, f"{view.body.name} {view.date_text}")
        ui.body_value.setText(f"{view.body.name} ({view.body.short_name})")
        when = f"{labels.day(plan.starts_at.date())} kl. {plan.starts_at:%H:%M}"
        if plan.ends_at:
            when += f"–{plan.ends_at:%H:%M}"
        ui.time_value.setText(", ".join(x for x in (plan.place, when) if x))
        ui.chair_value.setText(view.chair.label if view.chair else "–")
        ui.approvers_value.setText(", ".join(p.label for p in view.approvers) or "–")
        approval = ", ".join(x for x in (plan.approval_place,
                                         labels.day_and_time(plan.approval_due_at)) if x)
        ui.approval_value.setText(approval or "–")
        ui.secretary_value.setText(view.secretary.label if view.secretary else "–")

    def _show_minutes(self, view: MeetingView, calendar: LegalCalendar) -> None:
        ui = self.ui
        state = vocabulary.MINUTES_STATE[view.minutes_state]
        if view.sent_for_approval_on and view.minutes_state is MinutesState.SENT_FOR_APPROVAL:
            state += f" {labels.day(view.sent_for_approval_on)}"
        ui.state_label.setText(state)
        ui.minutes_state_value.setText(state)
        ui.approval_deadline_value.setText(labels.weekday_and_day(calendar.approval_deadline))
        ui.approved_value.setText(labels.day(view.approved_on) or "–")
        ui.posting_value.setText(labels.weekday_and_day(calendar.posting_deadline) or "–")
        ui.posted_value.setText(labels.day(view.posted_on) or "–")
        ui.appeal_value.setText(labels.weekday_and_day(calendar.appeal_last_day) or "–")
        ui.take_down_value.setText(labels.weekday_and_day(calendar.take_down_earliest) or "–")
        ui.calendar_warnings_label.setText("\n".join(calendar.warnings))
        ui.calendar_warnings_label.setVisible(bool(calendar.warnings))

    def _show_locking(self, view: MeetingView) -> None:
        ui = self.ui
        draft = view.minutes_state is MinutesState.DRAFT
        ui.locked_label.setVisible(view.locked)
        for widget in (ui.add_paragraph_button, ui.move_up_button, ui.move_down_button,
                       ui.delete_paragraph_button):
            widget.setEnabled(draft)
        ui.agenda_hint_label.setText(
            "Dra paragraferna för att ändra ordningen; numren följer med." if draft else
            "Ordningen och numren är fastlagda sedan protokollet skickades för justering.")
        ui.edit_meeting_button.setEnabled(not view.locked)
        ui.edit_attendance_button.setEnabled(not view.locked)
        ui.send_for_approval_button.setEnabled(draft)
        ui.justera_button.setEnabled(view.minutes_state is MinutesState.SENT_FOR_APPROVAL)
        ui.record_posting_button.setEnabled(view.locked and view.posted_on is None)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if self.view is None:
            return
        ids = {row.id for row in self.view.paragraphs}
        if (changes.register or self.view.id in changes.meetings
                or ids & changes.paragraphs or changes.statements or changes.persons):
            self.load(self.view.id)

    def save_state(self) -> None:
        self._settings.save_splitter("meeting", self.ui.splitter)

    # Agenda ---------------------------------------------------------------------------------

    def selected_paragraph_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.agenda_view.selectionModel().selectedRows()})
        return [self.agenda.paragraph_id(r) for r in rows if r < self.agenda.rowCount()]

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.paragraph_requested.emit(self.agenda.paragraph_id(index.row()))

    def _open_current(self) -> None:
        self._open_index(self.ui.agenda_view.currentIndex())

    def add_paragraph(self) -> None:
        if self.view is None:
            return
        dialog = NewParagraphDialog(self._operations, self._undo, self._refs, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        meeting_id = self.view.id

        def push() -> None:
            case = self._refs.ref("case", dialog.case_id) if dialog.case_id else None
            command = AddParagraphCommand(self._operations, self._refs, meeting_id,
                                          title=dialog.title, case=case, widget=self)
            self._undo.push(command)
            if command.ref is not None:
                row = self.agenda.row_of(command.ref.id)
                if row is not None:
                    self.ui.agenda_view.selectRow(row)

        dialog.accepted.connect(push)
        dialog.open()

    def move_paragraph(self, paragraph_id: int, position: int) -> None:
        row = self.agenda.row_of(paragraph_id)
        if row is None or self.view is None:
            return
        label = self.view.paragraphs[row].label
        self._undo.push(MoveParagraphCommand(
            self._operations, self._refs.ref("paragraph", paragraph_id), row + 1, position,
            label, widget=self))
        new_row = self.agenda.row_of(paragraph_id)
        if new_row is not None:
            self.ui.agenda_view.selectRow(new_row)

    def move_selected(self, step: int) -> None:
        ids = self.selected_paragraph_ids()
        if len(ids) != 1:
            return
        row = self.agenda.row_of(ids[0])
        if row is not None and 0 <= row + step < self.agenda.rowCount():
            self.move_paragraph(ids[0], row + 1 + step)

    def delete_selected(self) -> None:
        ids = self.selected_paragraph_ids()
        if len(ids) != 1 or self.view is None:
            return
        row = self.view.paragraphs[self.agenda.row_of(ids[0]) or 0]
        ref = self._refs.ref("paragraph", row.id)

        def push() -> None:
            self._undo.push(FinalCommand(
                f"borttagning av {row.label}", self._operations,
                apply=lambda reg, _version: paragraphs.delete_paragraph(reg, ref.id),
                reason=f"Borttagningen av {row.label} {shorten(row.title, 60)} kan inte "
                       "ångras.", widget=self))

        confirm(self, title="Ta bort paragraf",
                text=shorten(f"Ta bort {row.label} {row.title} från föredragningslistan?",
                             200),
                informative="Allt som har registrerats under paragrafen tas bort, och det går "
                            "inte att ångra.",
                accept_text="Ta bort", destructive=True, on_accept=push)

    # Header, attendance, minutes ------------------------------------------------------------

    def edit_meeting(self) -> None:
        dialog = MeetingDialog(self._operations, self._undo, self._refs, view=self.view,
                               parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_attendance(self) -> None:
        if self.view is None:
            return
        dialog = AttendanceDialog(self._operations, self._undo, self._refs, self.view,
                                  parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def send_for_justering(self) -> None:
        if self.view is None:
            return
        view, today = self.view, date.today()
        ref = self._refs.ref("meeting", view.id)
        findings = justering.check(self._operations.register, view.id)
        listed = "\n".join(f"• {finding_line(f)}" for f in findings)
        informative = ("Paragraf- och bilagenumren låses då. Texten kan fortfarande rättas "
                       "fram till justeringen.")
        if findings:
            informative += ("\n\nKontrollen av protokollet hittade följande, som ska åtgärdas "
                            f"(fel) eller bekräftas (varningar) före justeringen:\n{listed}")

        def push() -> None:
            self._undo.push(CallCommand(
                f"skickat för justering ({view.reference})", self._operations,
                apply=lambda reg, version: justering.send_for_justering(
                    reg, ref.id, on=today, expected_version=version),
                revert=lambda reg, version: justering.recall_from_justering(
                    reg, ref.id, expected_version=version),
                widget=self, target=ref, read_version=view.version))

        confirm(self, title="Skicka för justering",
                text=shorten(f"Skicka protokollet {view.reference} för justering?", 200),
                informative=informative, accept_text="Skicka för justering", on_accept=push)
