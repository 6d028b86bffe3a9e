# SPDX-License-Identifier: EUPL-1.2
"""The Organisation page: bodies with their current members, people with their seats,
parties; the organisation's settings, member lists and new terms.

Every change goes through a dialog and one service call; the page refreshes from the
Changes signal like every other view.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QWidget

from kraftdesk.gui.controllers.member_import import MemberImportDialog, TermDialog
from kraftdesk.gui.controllers.setup_dialogs import (
    BodyDialog,
    DateDialog,
    MembershipDialog,
    OrganisationDialog,
    PartyDialog,
    PersonDialog,
)
from kraftdesk.gui.dialogs import confirm
from kraftdesk.gui.forms.ui_setup_page import Ui_SetupPage
from kraftdesk.gui.operations import Operations
from kraftdesk.services import bodies, memberships, organisation, people, terms
from kraftdesk.services.changes import Changes


def fill(table: QTableWidget, rows: Sequence[tuple[int | None, Sequence[str]]]) -> None:
    """Rows of text; the id of each row is kept in its first cell."""
    table.setSortingEnabled(False)
    selected = selected_id(table)
    table.setRowCount(len(rows))
    for row, (row_id, cells) in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(row, column, item)
        if row_id is not None and row_id == selected:
            table.selectRow(row)
    table.resizeColumnsToContents()
    if table.currentRow() < 0 and rows:
        table.selectRow(0)


def selected_id(table: QTableWidget) -> int | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return int(value) if value is not None else None


class SetupPage(QWidget):
    """Signals:
        status_message(str): a short confirmation for the status bar.
    """

    status_message = Signal(str)

    def __init__(self, operations: Operations, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupPage()
        self.ui.setupUi(self)
        self._operations = operations
        self._today = today
        ui = self.ui
        ui.settings_button.clicked.connect(self.edit_settings)
        ui.import_button.clicked.connect(self.import_members)
        ui.term_button.clicked.connect(self.new_term)
        ui.add_body_button.clicked.connect(lambda: self._open(BodyDialog(operations, parent=self)))
        ui.edit_body_button.clicked.connect(self.edit_body)
        ui.bodies_table.itemDoubleClicked.connect(lambda _i: self.edit_body())
        ui.retire_body_button.clicked.connect(self.retire_body)
        ui.add_membership_button.clicked.connect(self.add_membership)
        ui.end_membership_button.clicked.connect(self.end_membership)
        ui.add_person_button.clicked.connect(
            lambda: self._open(PersonDialog(operations, parent=self)))
        ui.edit_person_button.clicked.connect(self.edit_person)
        ui.people_table.itemDoubleClicked.connect(lambda _i: self.edit_person())
        ui.delete_person_button.clicked.connect(self.delete_person)
        ui.add_party_button.clicked.connect(
            lambda: self._open(PartyDialog(operations, parent=self)))
        ui.edit_party_button.clicked.connect(self.edit_party)
        ui.delete_party_button.clicked.connect(self.delete_party)
        ui.bodies_table.itemSelectionChanged.connect(self.show_members)
        ui.people_table.itemSelectionChanged.connect(self.show_seats)
        operations.changes_applied.connect(self.on_changes)
        self.loaded = False  # read when first shown

    @property
    def today(self) -> date:
        return self._today or date.today()

    # Reading --------------------------------------------------------------------------------

    def reload(self) -> None:
        self.loaded = True
        register = self._operations.register
        settings = organisation.settings(register)
        self.ui.heading_label.setText(f"<h2>{settings.name}</h2>")
        known = terms.terms(register)
        current = [t for t in known if t.period.contains(self.today)]
        self.ui.terms_label.setText(
            "Mandatperiod: " + (current[0].name if current else "ingen registrerad för i dag")
            + (f" (registrerade: {', '.join(t.name for t in known)})" if known else ""))
        fill(self.ui.bodies_table, [
            (b.id, (b.short_name, b.name + (f" (avvecklat {b.retired_on.isoformat()})"
                                            if b.retired_on else ""),
                    b.proposes_to_short_name or "–",
                    b.default_secretary.picker if b.default_secretary else "–", b.formula))
            for b in bodies.bodies(register)])
        fill(self.ui.people_table, [
            (p.ref.id, (p.ref.label, p.ref.note or "", p.title or "", p.email or "",
                        p.phone or "")) for p in people.people(register)])
        fill(self.ui.parties_table, [
            (p.id, (p.abbreviation, p.name, str(p.people))) for p in people.parties(register)])
        self.show_members()
        self.show_seats()

    def show_members(self) -> None:
        body_id = selected_id(self.ui.bodies_table)
        rows = memberships.memberships(self._operations.register, body_id=body_id,
                                       on=self.today) if body_id is not None else []
        self.ui.members_label.setText(f"Ledamöter och ersättare {self.today.isoformat()}")
        fill(self.ui.members_table, [
            (m.id, (m.person.picker, m.role_text + (f" {m.position}" if m.position else ""),
                    m.period.text())) for m in rows])

    def show_seats(self) -> None:
        person_id = selected_id(self.ui.people_table)
        rows = memberships.memberships(self._operations.register, person_id=person_id) \
            if person_id is not None else []
        fill(self.ui.seats_table, [
            (m.id, (m.body_short_name, m.role_text, m.period.text())) for m in rows])

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if self.loaded and (changes.register or changes.persons):
            self.reload()

    # Actions --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_settings(self) -> QDialog:
        return self._open(OrganisationDialog(self._operations, parent=self))

    def import_members(self) -> QDialog:
        return self._open(MemberImportDialog(self._operations, parent=self))

    def new_term(self) -> QDialog:
        return self._open(TermDialog(self._operations, today=self.today, parent=self))

    def edit_body(self) -> QDialog | None:
        body_id = selected_id(self.ui.bodies_table)
        if body_id is None:
            return None
        details = bodies.body(self._operations.register, body_id)
        return self._open(BodyDialog(self._operations, body=details, parent=self))

    def retire_body(self) -> QDialog | None:
        body_id = selected_id(self.ui.bodies_table)
        if body_id is None:
            return None
        details = bodies.body(self._operations.register, body_id)
        return self._open(DateDialog(
            self._operations, title=f"Avveckla {details.name}",
            question=f"Sista dagen {details.name} finns. Pågående uppdrag slutar den dagen; "
                     "protokoll och historik finns kvar.",
            op=lambda reg, day: bodies.retire_body(reg, body_id, day,
                                                   expected_version=details.version),
            day=self.today,
            parent=self))

    def add_membership(self) -> QDialog:
        return self._open(MembershipDialog(
            self._operations, body_id=selected_id(self.ui.bodies_table), starts_on=self.today,
            parent=self))

    def end_membership(self) -> QDialog | None:
        seat_id = selected_id(self.ui.members_table)
        if seat_id is None:
            return None
        label = self.ui.members_table.item(self.ui.members_table.currentRow(), 0).text()
        return self._open(DateDialog(
            self._operations, title="Avsluta uppdrag",
            question=f"Uppdragets sista dag för {label}. Uppdraget finns kvar i historiken och "
                     "i protokollen.",
            op=lambda reg, day: memberships.end_membership(reg, seat_id, day), day=self.today,
            parent=self))

    def edit_person(self) -> QDialog | None:
        person_id = selected_id(self.ui.people_table)
        row = next((p for p in people.people(self._operations.register)
                    if p.ref.id == person_id), None)
        if row is None:
            return None
        return self._open(PersonDialog(self._operations, person=row, parent=self))

    def delete_person(self) -> None:
        person_id = selected_id(self.ui.people_table)
        if person_id is None:
            return
        label = self.ui.people_table.item(self.ui.people_table.currentRow(), 0).text()
        version = next((p.version for p in people.people(self._operations.register)
                        if p.ref.id == person_id), None)
        confirm(self, title="Ta bort person", text=f"Ta bort {label} ur registret?",
                informative="Bara en person som lagts in av misstag kan tas bort; avsluta "
                            "annars personens uppdrag.",
                accept_text="Ta bort", destructive=True, name="delete_person_box",
                on_accept=lambda: self._operations.run(
                    lambda reg: people.delete_person(reg, person_id, expected_version=version),
                    parent=self))

    def edit_party(self) -> QDialog | None:
        party_id = selected_id(self.ui.parties_table)
        row = next((p for p in people.parties(self._operations.register) if p.id == party_id),
                   None)
        if row is None:
            return None
        return self._open(PartyDialog(self._operations, party=row, parent=self))

    def delete_party(self) -> None:
        party_id = selected_id(self.ui.parties_table)
        if party_id is None:
            return
        version = next((p.version for p in people.parties(self._operations.register)
                        if p.id == party_id), None)
        self._operations.run(lambda reg: people.delete_party(reg, party_id,
                                                             expected_version=version),
                             parent=self)
