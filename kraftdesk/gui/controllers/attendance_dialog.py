# SPDX-License-Identifier: EUPL-1.2
"""Record who attended a meeting: serving members, serving substitutes and in whose place."""

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
        self.model = AttendanceEditModel(roster, view.attendance, self)
        self.ui.attendance_table.setModel(self.model)
        self.ui.attendance_table.setItemDelegate(ChoiceDelegate(self.ui.attendance_table))
        header = self.ui.attendance_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def save(self) -> None:
        entries = self.model.entries()
        meeting_id = self._meeting_id
        outcome = self._operations.run(
            lambda reg: meetings.set_attendance(reg, meeting_id, entries), parent=self)
        if outcome.ok:
            self.accept()
