# SPDX-License-Identifier: EUPL-1.2
"""Record who attended a meeting: serving members, serving substitutes and in whose place,
for which paragraphs and when, and whether the närvarolista is a bilaga.

A step on the undo stack, based on the meeting's version as read: a save after someone else
changed the meeting is refused and the dialog shows the attendance as it now is."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kraftdesk.domain.errors import ChangedError
from kraftdesk.domain.normalise import shorten
from kraftdesk.gui.delegates.choice_delegate import ChoiceDelegate
from kraftdesk.gui.forms.ui_attendance_dialog import Ui_AttendanceDialog
from kraftdesk.gui.models.attendance_edit_model import AttendanceEditModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.undo import CallCommand, IdRefs
from kraftdesk.services import meetings
from kraftdesk.services.meetings import AttendanceEntry, MeetingView


class AttendanceDialog(QDialog):
    def __init__(self, operations: Operations, undo: QUndoStack, refs: IdRefs,
                 view: MeetingView, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttendanceDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(shorten(f"Närvaro vid {view.reference}", 80))
        self._operations, self._undo, self._refs = operations, undo, refs
        self.ui.attendance_table.setItemDelegate(ChoiceDelegate(self.ui.attendance_table))
        header = self.ui.attendance_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._load(view)
        self.ui.add_period_button.clicked.connect(self.add_period)
        self.ui.remove_period_button.clicked.connect(self.remove_period)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def _load(self, view: MeetingView) -> None:
        self._view = view
        day = view.plan.starts_at.date()
        roster = meetings.body_roster(self._operations.register, view.body.id, day)
        numbers = [p.number for p in view.paragraphs if p.number is not None]
        self.model = AttendanceEditModel(roster, view.attendance, self, numbers=numbers,
                                         day=day)
        self.ui.attendance_table.setModel(self.model)
        self.ui.appendix_check.setChecked(view.attendance_appendix)

    def _current_row(self) -> int | None:
        index = self.ui.attendance_table.currentIndex()
        return index.row() if index.isValid() else None

    def add_period(self) -> None:
        row = self._current_row()
        if row is not None:
            added = self.model.add_period(row)
            self.ui.attendance_table.setCurrentIndex(
                self.model.index(added, AttendanceEditModel.KIND))

    def remove_period(self) -> None:
        row = self._current_row()
        if row is not None:
            self.model.remove_period(row)

    def save(self) -> None:
        view, entries = self._view, self.model.entries()
        appendix, appendix_before = self.ui.appendix_check.isChecked(), view.attendance_appendix
        before = tuple(AttendanceEntry(a.person.id, a.kind,
                                       a.replaces.id if a.replaces else None, a.note,
                                       a.from_number, a.to_number, a.arrived_at, a.left_at)
                       for a in view.attendance)
        ref = self._refs.ref("meeting", view.id)
        command = CallCommand(
            f"ändring av närvaron vid {view.reference}", self._operations,
            apply=lambda reg, version: meetings.set_attendance(
                reg, ref.id, entries, attendance_appendix=appendix,
                expected_version=version),
            revert=lambda reg, version: meetings.set_attendance(
                reg, ref.id, before, attendance_appendix=appendix_before,
                expected_version=version),
            widget=self, target=ref, read_version=view.version)
        self._undo.push(command)
        outcome = command.last_outcome
        if outcome is not None and outcome.ok:
            self.accept()
        elif outcome is not None and isinstance(outcome.error, ChangedError):
            self._load(meetings.meeting_view(self._operations.register, view.id))
