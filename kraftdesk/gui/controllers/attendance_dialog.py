# SPDX-License-Identifier: EUPL-1.2
"""Record who attended a meeting: serving members, serving substitutes and in whose place,
for which paragraphs and when, and whether the närvarolista is a bilaga."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kraftdesk.gui.delegates.choice_delegate import ChoiceDelegate
from kraftdesk.gui.forms.ui_attendance_dialog import Ui_AttendanceDialog
from kraftdesk.gui.models.attendance_edit_model import AttendanceEditModel
from kraftdesk.gui.operations import Operations
from kraftdesk.services import meetings
from kraftdesk.services.meetings import MeetingView


class AttendanceDialog(QDialog):
    def __init__(self, operations: Operations, view: MeetingView, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AttendanceDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Närvaro vid {view.reference}")
        self._operations = operations
        self._meeting_id = view.id
        roster = meetings.body_roster(operations.register, view.body.id,
                                      view.plan.starts_at.date())
        numbers = [p.number for p in view.paragraphs if p.number is not None]
        self.model = AttendanceEditModel(roster, view.attendance, self, numbers=numbers,
                                         day=view.plan.starts_at.date())
        self.ui.attendance_table.setModel(self.model)
        self.ui.attendance_table.setItemDelegate(ChoiceDelegate(self.ui.attendance_table))
        header = self.ui.attendance_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.appendix_check.setChecked(view.attendance_appendix)
        self.ui.add_period_button.clicked.connect(self.add_period)
        self.ui.remove_period_button.clicked.connect(self.remove_period)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

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
        entries = self.model.entries()
        meeting_id = self._meeting_id
        appendix = self.ui.appendix_check.isChecked()
        outcome = self._operations.run(
            lambda reg: meetings.set_attendance(reg, meeting_id, entries,
                                                attendance_appendix=appendix), parent=self)
        if outcome.ok:
            self.accept()
