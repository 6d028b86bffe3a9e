# SPDX-License-Identifier: EUPL-1.2
"""Plan a new meeting, or change the header of one (body, time, place, justering, justerare)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from kraftdesk.domain.enums import Role
from kraftdesk.domain.errors import UserError
from kraftdesk.gui.errors import show_user_error
from kraftdesk.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.services import bodies, meetings, people
from kraftdesk.services.meetings import MeetingPlan, MeetingView
from kraftdesk.text import vocabulary


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(value.date(), value.time())


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.combine(value.date().toPython(), value.time().toPython()).replace(
        second=0, microsecond=0)


def default_start(now: datetime | None = None) -> datetime:
    """The next weekday at 13:00: a usual time for a nämnd to meet."""
    day = (now or datetime.now()).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(13, 0))


class MeetingDialog(QDialog):
    """Attributes:
        meeting_id: the planned (or changed) meeting, after accept().
    """

    def __init__(self, operations: Operations, *, view: MeetingView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self._operations = operations
        self._view = view
        self.meeting_id: int | None = view.id if view else None
        self._fields = {"body_id": self.ui.body_combo, "ends_at": self.ui.ends_edit,
                        "approval_due_at": self.ui.approval_edit, "chair_id": self.ui.chair_combo,
                        "approver_ids": self.ui.approvers_list,
                        "secretary_id": self.ui.secretary_combo}
        for body in bodies.bodies(operations.register):
            if body.retired_on is None or (view is not None and view.body.id == body.id):
                self.ui.body_combo.addItem(f"{body.name} ({body.short_name})", body.id)
        # The secretary keeps the minutes and need not be a member: anyone in the register.
        self.ui.secretary_combo.addItem("(inte angiven)", None)
        for person in people.people(operations.register):
            self.ui.secretary_combo.addItem(person.ref.picker, person.ref.id)
        self.ui.ends_check.toggled.connect(self.ui.ends_edit.setEnabled)
        self.ui.body_combo.currentIndexChanged.connect(lambda _i: self._body_changed())
        self.ui.starts_edit.dateTimeChanged.connect(self._on_start_changed)
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        if view is None:
            self._set_start(default_start())
            self._body_changed()
        else:
            self._load(view)

    def _body_changed(self) -> None:
        """A new meeting takes the body's defaults: time, place, justering, secretary."""
        body_id = self.ui.body_combo.currentData()
        if self._view is None and body_id is not None:
            day = from_qdatetime(self.ui.starts_edit.dateTime()).date()
            plan = meetings.default_plan(self._operations.register, int(body_id), day)
            self.ui.starts_edit.setDateTime(to_qdatetime(plan.starts_at))
            if plan.place:
                self.ui.place_edit.setText(plan.place)
                self.ui.approval_place_edit.setText(plan.approval_place or plan.place)
            if plan.approval_due_at is not None:
                self.ui.approval_edit.setDateTime(to_qdatetime(plan.approval_due_at))
            self.ui.secretary_combo.setCurrentIndex(
                max(0, self.ui.secretary_combo.findData(plan.secretary_id)))
        self._load_roster()

    def _set_start(self, start: datetime) -> None:
        self.ui.starts_edit.setDateTime(to_qdatetime(start))
        self.ui.approval_edit.setDateTime(
            to_qdatetime(datetime.combine(start.date() + timedelta(days=7), time(10, 0))))
        self.ui.ends_edit.setTime(QTime(16, 0))

    def _on_start_changed(self, value: QDateTime) -> None:
        if self._view is None and from_qdatetime(self.ui.approval_edit.dateTime()) < \
                from_qdatetime(value):
            self.ui.approval_edit.setDateTime(value.addDays(7))

    def _load(self, view: MeetingView) -> None:
        self.setWindowTitle(f"Sammanträdet {view.reference}")
        plan = view.plan
        self.ui.body_combo.setCurrentIndex(self.ui.body_combo.findData(plan.body_id))
        self.ui.body_combo.setEnabled(False)
        self.ui.starts_edit.setDateTime(to_qdatetime(plan.starts_at))
        self.ui.ends_check.setChecked(plan.ends_at is not None)
        if plan.ends_at is not None:
            self.ui.ends_edit.setTime(plan.ends_at.time())
        self.ui.place_edit.setText(plan.place or "")
        if plan.approval_due_at is not None:
            self.ui.approval_edit.setDateTime(to_qdatetime(plan.approval_due_at))
        self.ui.approval_place_edit.setText(plan.approval_place or "")
        self.ui.secretary_combo.setCurrentIndex(
            max(0, self.ui.secretary_combo.findData(plan.secretary_id)))
        self._load_roster(chair=plan.chair_id, approvers=plan.approver_ids)

    def _load_roster(self, *, chair: int | None = None, approvers: tuple[int, ...] = ()) -> None:
        body_id = self.ui.body_combo.currentData()
        self.ui.chair_combo.clear()
        self.ui.approvers_list.clear()
        self.ui.chair_combo.addItem("(inte angiven)", None)
        if body_id is None:
            return
        on = from_qdatetime(self.ui.starts_edit.dateTime()).date()
        for row in meetings.body_roster(self._operations.register, body_id, on):
            text = f"{row.person.picker}, {vocabulary.ROLE[row.role]}"
            self.ui.chair_combo.addItem(text, row.person.id)
            if chair is None and row.role is Role.CHAIR and self._view is None:
                self.ui.chair_combo.setCurrentIndex(self.ui.chair_combo.count() - 1)
            item = QListWidgetItem(text, self.ui.approvers_list)
            item.setData(Qt.ItemDataRole.UserRole, row.person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.person.id in approvers
                               else Qt.CheckState.Unchecked)
        if chair is not None:
            self.ui.chair_combo.setCurrentIndex(max(0, self.ui.chair_combo.findData(chair)))

    def plan(self) -> MeetingPlan:
        """The plan as filled in."""
        starts = from_qdatetime(self.ui.starts_edit.dateTime())
        ends = (datetime.combine(starts.date(), self.ui.ends_edit.time().toPython())
                if self.ui.ends_check.isChecked() else None)
        approvers = tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.ui.approvers_list.item(i)
                         for i in range(self.ui.approvers_list.count()))
            if item.checkState() == Qt.CheckState.Checked)
        return MeetingPlan(
            body_id=int(self.ui.body_combo.currentData()), starts_at=starts, ends_at=ends,
            place=self.ui.place_edit.text(),
            approval_due_at=from_qdatetime(self.ui.approval_edit.dateTime()),
            approval_place=self.ui.approval_place_edit.text(),
            chair_id=self.ui.chair_combo.currentData(),
            secretary_id=self.ui.secretary_combo.currentData(),
            approver_ids=approvers)

    def save(self) -> None:
        if self.ui.body_combo.currentData() is None:
            show_user_error(self, UserError(
                "Registret har inga organ ännu. Lägg till organ under Organisation först.",
                field="body_id"))
            return
        plan = self.plan()
        if self._view is None:
            outcome = self._operations.run(lambda reg: meetings.plan_meeting(reg, plan),
                                           parent=self)
        else:
            meeting_id = self._view.id
            outcome = self._operations.run(
                lambda reg: meetings.update_meeting(reg, meeting_id, plan), parent=self)
        if not outcome.ok:
            field = getattr(outcome.error, "field", None)
            if field in self._fields:
                self._fields[field].setFocus()
            return
        if self.meeting_id is None and outcome.value is not None:
            self.meeting_id = next(iter(outcome.value.meetings))
        self.accept()
