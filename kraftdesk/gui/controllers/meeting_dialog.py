# SPDX-License-Identifier: EUPL-1.2
"""Plan a new meeting, or change the header of one (body, time, place, justering, justerare).

Both are steps on the undo stack (a new meeting is removed again by Ångra while it has no
paragraphs; a change is based on the meeting's version as the dialog read it: if someone
changed the meeting meanwhile the save is refused, and the dialog shows the current values).
The date and time fields check what is typed (kraftdesk.gui.widgets.date_fields)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from kraftdesk.domain.enums import Role
from kraftdesk.domain.errors import ChangedError, UserError
from kraftdesk.domain.normalise import shorten
from kraftdesk.gui.errors import show_user_error
from kraftdesk.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.undo import CallCommand, CreateCommand, IdRefs
from kraftdesk.services import bodies, meetings, people
from kraftdesk.services.meetings import MeetingPlan, MeetingView
from kraftdesk.text import vocabulary


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

    def __init__(self, operations: Operations, undo: QUndoStack, refs: IdRefs, *,
                 view: MeetingView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        self._operations, self._undo, self._refs = operations, undo, refs
        self._view = view
        self.meeting_id: int | None = view.id if view else None
        self._fields = {"body_id": self.ui.body_combo, "ends_at": self.ui.ends_edit,
                        "approval_due_at": self.ui.approval_edit, "chair_id": self.ui.chair_combo,
                        "approver_ids": self.ui.approvers_list, "starts_at": self.ui.starts_edit,
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
        self.ui.starts_edit.changed.connect(self._on_start_changed)
        for field in (self.ui.starts_edit, self.ui.ends_edit, self.ui.approval_edit):
            field.changed.connect(self._update_save)
        self.ui.ends_check.toggled.connect(lambda _c: self._update_save())
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        if view is None:
            self._set_start(default_start())
            self._body_changed()
        else:
            self._load(view)
        self._update_save()

    def _body_changed(self) -> None:
        """A new meeting takes the body's defaults: time, place, justering, secretary."""
        body_id = self.ui.body_combo.currentData()
        if self._view is None and body_id is not None:
            day = (self.ui.starts_edit.value() or default_start()).date()
            plan = meetings.default_plan(self._operations.register, int(body_id), day)
            self.ui.starts_edit.setValue(plan.starts_at)
            if plan.place:
                self.ui.place_edit.setText(plan.place)
                self.ui.approval_place_edit.setText(plan.approval_place or plan.place)
            if plan.approval_due_at is not None:
                self.ui.approval_edit.setValue(plan.approval_due_at)
            self.ui.secretary_combo.setCurrentIndex(
                max(0, self.ui.secretary_combo.findData(plan.secretary_id)))
        self._load_roster()

    def _set_start(self, start: datetime) -> None:
        self.ui.starts_edit.setValue(start)
        self.ui.approval_edit.setValue(datetime.combine(start.date() + timedelta(days=7),
                                                        time(10, 0)))
        self.ui.ends_edit.setValue(time(16, 0))

    def _on_start_changed(self) -> None:
        starts, approval = self.ui.starts_edit.value(), self.ui.approval_edit.value()
        if self._view is None and starts is not None and approval is not None \
                and approval < starts:
            self.ui.approval_edit.setValue(starts + timedelta(days=7))

    def _update_save(self) -> None:
        """Save only what can be read: a field being typed wrong says why, under it."""
        fields = [self.ui.starts_edit, self.ui.approval_edit]
        if self.ui.ends_check.isChecked():
            fields.append(self.ui.ends_edit)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            all(f.value() is not None for f in fields))

    def _load(self, view: MeetingView) -> None:
        self.setWindowTitle(shorten(f"Sammanträdet {view.reference}", 80))
        plan = view.plan
        self.ui.body_combo.setCurrentIndex(self.ui.body_combo.findData(plan.body_id))
        self.ui.body_combo.setEnabled(False)
        self.ui.starts_edit.setValue(plan.starts_at)
        self.ui.ends_check.setChecked(plan.ends_at is not None)
        if plan.ends_at is not None:
            self.ui.ends_edit.setValue(plan.ends_at.time())
        self.ui.place_edit.setText(plan.place or "")
        if plan.approval_due_at is not None:
            self.ui.approval_edit.setValue(plan.approval_due_at)
        self.ui.approval_place_edit.setText(plan.approval_place or "")
        self.ui.secretary_combo.setCurrentIndex(
            max(0, self.ui.secretary_combo.findData(plan.secretary_id)))
        self._load_roster(chair=plan.chair_id, approvers=plan.approver_ids)

    def _load_roster(self, *, chair: int | None = None, approvers: tuple[int, ...] = ()) -> None:
        body_id = self.ui.body_combo.currentData()
        self.ui.chair_combo.clear()
        self.ui.approvers_list.clear()
        self.ui.chair_combo.addItem("(inte angiven)", None)
        starts = self.ui.starts_edit.value()
        if body_id is None or starts is None:
            return
        for row in meetings.body_roster(self._operations.register, body_id, starts.date()):
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

    def plan(self) -> MeetingPlan | None:
        """The plan as filled in; None while a date or time cannot be read."""
        starts, approval = self.ui.starts_edit.value(), self.ui.approval_edit.value()
        end = self.ui.ends_edit.value() if self.ui.ends_check.isChecked() else None
        if starts is None or approval is None or (self.ui.ends_check.isChecked()
                                                  and end is None):
            return None
        approvers = tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.ui.approvers_list.item(i)
                         for i in range(self.ui.approvers_list.count()))
            if item.checkState() == Qt.CheckState.Checked)
        return MeetingPlan(
            body_id=int(self.ui.body_combo.currentData()), starts_at=starts,
            ends_at=datetime.combine(starts.date(), end) if end is not None else None,
            place=self.ui.place_edit.text(), approval_due_at=approval,
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
        if plan is None:
            field = next(f for f in (self.ui.starts_edit, self.ui.ends_edit,
                                     self.ui.approval_edit) if f.isEnabled() and f.value() is None)
            field.setFocus()
            return
        command = self._command(plan)
        self._undo.push(command)
        outcome = command.last_outcome
        if outcome is None or not outcome.ok:
            error = outcome.error if outcome is not None else None
            if isinstance(error, ChangedError) and self._view is not None:
                self._view = meetings.meeting_view(self._operations.register, self._view.id)
                self._load(self._view)  # the current values, to change again
            field = getattr(error, "field", None)
            if field in self._fields:
                self._fields[field].setFocus()
            return
        if self.meeting_id is None and outcome.value is not None:
            self.meeting_id = next(iter(outcome.value.meetings))
        self.accept()

    def _command(self, plan: MeetingPlan) -> CallCommand | CreateCommand:
        if self._view is None:
            return CreateCommand(
                "nytt sammanträde", self._operations, self._refs, "meeting",
                create=lambda reg: meetings.plan_meeting(reg, plan),
                delete=meetings.delete_meeting, widget=self)
        view = self._view
        ref = self._refs.ref("meeting", view.id)
        return CallCommand(
            f"ändring av sammanträdet {view.reference}", self._operations,
            apply=lambda reg, version: meetings.update_meeting(reg, ref.id, plan,
                                                               expected_version=version),
            revert=lambda reg, version: meetings.update_meeting(reg, ref.id, view.plan,
                                                                expected_version=version),
            widget=self, target=ref, read_version=view.version)

