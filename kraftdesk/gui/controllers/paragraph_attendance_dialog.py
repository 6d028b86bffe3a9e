# SPDX-License-Identifier: EUPL-1.2
"""Attendance in one paragraph beyond jäv: who is away, which ersättare serves for whom in
this paragraph only, and the tjänstgörande ordförande (the chair jävig or away)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from kraftdesk.domain.enums import ParagraphAttendanceKind
from kraftdesk.gui.forms.ui_paragraph_attendance_dialog import Ui_ParagraphAttendanceDialog
from kraftdesk.services.meetings import (
    ParagraphAttendanceEntry,
    ParagraphAttendanceView,
    PersonRef,
)

ABSENT, SERVING = ParagraphAttendanceKind.ABSENT, ParagraphAttendanceKind.SERVING


class ParagraphAttendanceDialog(QDialog):
    """Attributes after accept(): `entries` (the paragraph's exceptions, jäv kept as it was)
    and `acting_chair_id`."""

    def __init__(self, view: ParagraphAttendanceView, label: str, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParagraphAttendanceDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Närvaro under {label}")
        self._view = view
        self.entries: tuple[ParagraphAttendanceEntry, ...] = ()
        self.acting_chair_id: int | None = view.acting_chair.id if view.acting_chair else None
        people: dict[int, PersonRef] = {}
        for person in (*view.present, *view.voters, *view.recused,
                       *(r.person for r in view.exceptions),
                       *(r.replaces for r in view.exceptions if r.replaces)):
            people.setdefault(person.id, person)
        self._people = people
        ui = self.ui
        ui.acting_chair_combo.addItem("(sammanträdets ordförande)", None)
        for person in view.voters:
            ui.acting_chair_combo.addItem(person.label, person.id)
        found = ui.acting_chair_combo.findData(self.acting_chair_id)
        ui.acting_chair_combo.setCurrentIndex(max(0, found))
        away = {r.person.id for r in view.exceptions if r.kind is ABSENT}
        serving = [(r.person.id, r.replaces.id) for r in view.exceptions
                   if r.kind is SERVING and r.replaces]
        substitutes = {s for s, _ in serving} | {p.id for p in view.available_substitutes}
        for person in people.values():
            if person.id in {r.id for r in view.recused} or person.id in substitutes:
                continue
            item = QListWidgetItem(person.label, ui.absent_list)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in away
                               else Qt.CheckState.Unchecked)
        for pid in substitutes:
            ui.substitute_combo.addItem(people[pid].label if pid in people else str(pid), pid)
        for person in people.values():
            if person.id not in substitutes:
                ui.member_combo.addItem(person.label, person.id)
        for pair in serving:
            self._add_pair(*pair)
        ui.add_serving_button.clicked.connect(
            lambda: self._add_pair(ui.substitute_combo.currentData(),
                                   ui.member_combo.currentData()))
        ui.remove_serving_button.clicked.connect(self._remove_pair)
        ui.button_box.accepted.connect(self._accept)
        ui.button_box.rejected.connect(self.reject)

    def _add_pair(self, substitute: int | None, member: int | None) -> None:
        if substitute is None or member is None:
            return
        for i in range(self.ui.serving_list.count()):
            if self.ui.serving_list.item(i).data(Qt.ItemDataRole.UserRole)[0] == substitute:
                return
        sub, mem = self._people.get(substitute), self._people.get(member)
        text = f"{sub.label if sub else substitute} för {mem.label if mem else member}"
        item = QListWidgetItem(text, self.ui.serving_list)
        item.setData(Qt.ItemDataRole.UserRole, (substitute, member))

    def _remove_pair(self) -> None:
        row = self.ui.serving_list.currentRow()
        if row >= 0:
            self.ui.serving_list.takeItem(row)

    def _accept(self) -> None:
        ui = self.ui
        kept = [ParagraphAttendanceEntry(r.person.id, r.kind) for r in self._view.exceptions
                if r.kind is ParagraphAttendanceKind.RECUSED]
        absent = [ParagraphAttendanceEntry(int(item.data(Qt.ItemDataRole.UserRole)), ABSENT)
                  for item in (ui.absent_list.item(i) for i in range(ui.absent_list.count()))
                  if item.checkState() == Qt.CheckState.Checked]
        serving = [ParagraphAttendanceEntry(sub, SERVING, member) for sub, member in (
            ui.serving_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.serving_list.count()))]
        self.entries = (*kept, *absent, *serving)
        self.acting_chair_id = ui.acting_chair_combo.currentData()
        self.accept()
