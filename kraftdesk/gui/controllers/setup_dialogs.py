# SPDX-License-Identifier: EUPL-1.2
"""The set-up dialogs: a body (with its decision formula previewed), a person, a party, a
seat, a date (retire, end a seat) and the organisation's settings. Each save is one service
call through Operations; a refusal is shown and the dialog stays open on the field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QWidget

from kraftdesk.domain import case_numbers
from kraftdesk.domain.enums import BodyKind, NumberingScheme, Role, TakeDownRule
from kraftdesk.domain.errors import ChangedError, UserError
from kraftdesk.domain.normalise import shorten
from kraftdesk.gui.errors import show_user_error
from kraftdesk.gui.forms.ui_body_dialog import Ui_BodyDialog
from kraftdesk.gui.forms.ui_date_dialog import Ui_DateDialog
from kraftdesk.gui.forms.ui_membership_dialog import Ui_MembershipDialog
from kraftdesk.gui.forms.ui_organisation_dialog import Ui_OrganisationDialog
from kraftdesk.gui.forms.ui_party_dialog import Ui_PartyDialog
from kraftdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.services import bodies, memberships, organisation, people
from kraftdesk.services.bodies import BodyDetails, BodyDraft
from kraftdesk.services.input_files import read_input
from kraftdesk.services.memberships import MembershipDraft
from kraftdesk.services.organisation import OrganisationSettings
from kraftdesk.services.people import PartyRow, PersonDraft, PersonRow
from kraftdesk.text.standard_bodies import KIND_WORDS
from kraftdesk.text.vocabulary import SEAT

LOGO_FILTER = "Bilder (*.png *.svg);;Alla filer (*)"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def set_current(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


class _SavingDialog(QDialog):
    """A dialog whose Spara/OK runs one service call; fields named by the service get focus."""

    fields: dict[str, QWidget]

    def _setup_buttons(self, box: QDialogButtonBox) -> None:
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        for button in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
            if box.button(button) is not None:
                box.button(button).setDefault(True)

    def _run(self, operations: Operations, op: Callable[[Any], Any]) -> bool:
        outcome = operations.run(op, parent=self)
        if isinstance(outcome.error, ChangedError):
            # Someone changed it since the dialog read it: show the current values (the
            # message has said so); the secretary makes the change again on those.
            self.reload()
            return False
        if not outcome.ok:
            widget = self.fields.get(getattr(outcome.error, "field", None) or "")
            if widget is not None:
                widget.setFocus()
            return False
        self.result_value = outcome.value
        self.accept()
        return True

    def save(self) -> None:  # pragma: no cover - every dialog overrides
        raise NotImplementedError

    def reload(self) -> None:
        """Show the register's current values (after a save based on older ones)."""


class BodyDialog(_SavingDialog):
    """A new body, or a change of one (rename included)."""

    def __init__(self, operations: Operations, *, body: BodyDetails | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BodyDialog()
        self.ui.setupUi(self)
        self._operations, self._body = operations, body
        register = operations.register
        ui = self.ui
        for kind, word in KIND_WORDS.items():
            ui.kind_combo.addItem(word, kind)
        others = [b for b in bodies.bodies(register) if body is None or b.id != body.id]
        for combo, empty in ((ui.parent_combo, "(inget)"),
                             (ui.proposes_to_combo, "(beslutar själv)")):
            combo.addItem(empty, None)
            for other in others:
                combo.addItem(f"{other.name} ({other.short_name})", other.id)
        for text, scheme in (("som organisationen", None), ("per år", NumberingScheme.PER_YEAR),
                             ("per protokoll", NumberingScheme.PER_MINUTES)):
            ui.numbering_combo.addItem(text, scheme)
        ui.secretary_combo.addItem("(ingen)", None)
        for person in people.people(register):
            ui.secretary_combo.addItem(person.ref.picker, person.ref.id)
        self.fields = {"short_name": ui.short_name_edit, "name": ui.name_edit,
                       "proposes_to_id": ui.proposes_to_combo, "parent_id": ui.parent_combo,
                       "default_start_time": ui.time_edit,
                       "justering_days": ui.justering_days_spin,
                       "justering_time": ui.justering_time_edit}
        if body is not None:
            self._load(body)
        else:
            ui.justering_days_spin.setValue(-1)
        for edit in (ui.short_name_edit, ui.name_edit, ui.running_name_edit,
                     ui.genitive_name_edit):
            edit.textChanged.connect(self.update_preview)
        ui.proposes_to_combo.currentIndexChanged.connect(self.update_preview)
        ui.kind_combo.currentIndexChanged.connect(self.update_preview)
        self._kind_chosen = body is not None
        ui.kind_combo.activated.connect(lambda _i: setattr(self, "_kind_chosen", True))
        ui.name_edit.textChanged.connect(self._guess_kind)
        self._setup_buttons(ui.button_box)
        self.update_preview()

    def _load(self, body: BodyDetails) -> None:
        ui = self.ui
        self.setWindowTitle(f"{body.name} ({body.short_name})")
        ui.short_name_edit.setText(body.short_name)
        ui.name_edit.setText(body.name)
        set_current(ui.kind_combo, body.kind)
        set_current(ui.parent_combo, body.parent_id)
        set_current(ui.proposes_to_combo, body.proposes_to_id)
        ui.running_name_edit.setText(body.running_name if body.running_name_set else "")
        ui.genitive_name_edit.setText(body.genitive_name if body.genitive_name_set else "")
        ui.running_name_edit.setPlaceholderText(body.running_name)
        ui.genitive_name_edit.setPlaceholderText(body.genitive_name)
        set_current(ui.numbering_combo, body.numbering_scheme)
        ui.place_edit.setText(body.default_place or "")
        ui.time_edit.setText(body.default_start_time or "")
        ui.justering_days_spin.setValue(-1 if body.justering_days is None
                                        else body.justering_days)
        ui.justering_time_edit.setText(body.justering_time or "")
        set_current(ui.secretary_combo,
                    body.default_secretary.id if body.default_secretary else None)
        ui.approvers_spin.setValue(body.approver_count)

    def _guess_kind(self, name: str) -> None:
        if not self._kind_chosen:
            from kraftdesk.text.standard_bodies import guess_kind

            set_current(self.ui.kind_combo, guess_kind(name))

    def draft(self) -> BodyDraft:
        ui = self.ui
        days = ui.justering_days_spin.value()
        return BodyDraft(
            ui.short_name_edit.text(), ui.name_edit.text(),
            ui.kind_combo.currentData() or BodyKind.COMMITTEE, ui.parent_combo.currentData(),
            ui.proposes_to_combo.currentData(), ui.running_name_edit.text(),
            ui.genitive_name_edit.text(), ui.numbering_combo.currentData(),
            ui.place_edit.text(), ui.time_edit.text(), None if days < 0 else days,
            ui.justering_time_edit.text(), ui.secretary_combo.currentData(),
            ui.approvers_spin.value())

    def update_preview(self) -> None:
        """The decision formula as it will print, from the forms as typed."""
        try:
            text = bodies.preview_formula(self._operations.register, self.draft())
        except UserError as error:
            text = error.message
        self.ui.formula_label.setText(f"»{text}«")

    def save(self) -> None:
        draft, body = self.draft(), self._body
        if body is None:
            self._run(self._operations, lambda reg: bodies.add_body(reg, draft))
        else:
            self._run(self._operations, lambda reg: bodies.update_body(
                reg, body.id, draft, expected_version=body.version))

    def reload(self) -> None:
        if self._body is not None:
            self._body = bodies.body(self._operations.register, self._body.id)
            self._load(self._body)


class PersonDialog(_SavingDialog):
    def __init__(self, operations: Operations, *, person: PersonRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._operations, self._person = operations, person
        ui = self.ui
        ui.party_combo.addItem("(inget parti)", None)
        for party in people.parties(operations.register):
            ui.party_combo.addItem(f"{party.abbreviation} – {party.name}", party.id)
        for text in ("", "hon", "han", "hen"):
            ui.pronoun_combo.addItem(text or "(inget)", text or None)
        self.fields = {"name": ui.name_edit, "note": ui.note_edit, "email": ui.email_edit,
                       "party": ui.party_combo}
        if person is not None:
            self._load(person)
        self._setup_buttons(ui.button_box)

    def _load(self, person: PersonRow) -> None:
        ui = self.ui
        self.setWindowTitle(shorten(person.ref.picker, 80))
        ui.name_edit.setText(person.ref.name)
        set_current(ui.party_combo, person.party_id)
        ui.note_edit.setText(person.ref.note or "")
        ui.title_edit.setText(person.title or "")
        ui.email_edit.setText(person.email or "")
        ui.phone_edit.setText(person.phone or "")
        set_current(ui.pronoun_combo, person.pronoun)

    def reload(self) -> None:
        if self._person is not None:
            person_id = self._person.ref.id
            self._person = next((p for p in people.people(self._operations.register)
                                 if p.ref.id == person_id), self._person)
            self._load(self._person)

    def draft(self) -> PersonDraft:
        ui = self.ui
        return PersonDraft(ui.name_edit.text(), ui.party_combo.currentData(),
                           ui.note_edit.text(), ui.title_edit.text(), ui.email_edit.text(),
                           ui.phone_edit.text(), ui.pronoun_combo.currentData())

    def save(self) -> None:
        draft, person = self.draft(), self._person
        if person is None:
            self._run(self._operations, lambda reg: people.add_person(reg, draft))
        else:
            self._run(self._operations, lambda reg: people.update_person(
                reg, person.ref.id, draft, expected_version=person.version))


class PartyDialog(_SavingDialog):
    def __init__(self, operations: Operations, *, party: PartyRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartyDialog()
        self.ui.setupUi(self)
        self._operations, self._party = operations, party
        self.fields = {"abbreviation": self.ui.abbreviation_edit,
                       "party_name": self.ui.name_edit}
        if party is not None:
            self._load(party)
        self._setup_buttons(self.ui.button_box)

    def _load(self, party: PartyRow) -> None:
        self.ui.abbreviation_edit.setText(party.abbreviation)
        self.ui.name_edit.setText(party.name)

    def reload(self) -> None:
        if self._party is not None:
            party_id = self._party.id
            self._party = next((p for p in people.parties(self._operations.register)
                                if p.id == party_id), self._party)
            self._load(self._party)

    def save(self) -> None:
        abbreviation, name = self.ui.abbreviation_edit.text(), self.ui.name_edit.text()
        party = self._party
        if party is None:
            self._run(self._operations, lambda reg: people.add_party(reg, abbreviation, name))
        else:
            self._run(self._operations, lambda reg: people.update_party(
                reg, party.id, abbreviation, name, expected_version=party.version))


class MembershipDialog(_SavingDialog):
    """A new seat: person, body, role, from and to, the order of an ersättare."""

    def __init__(self, operations: Operations, *, body_id: int | None = None,
                 person_id: int | None = None, starts_on: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MembershipDialog()
        self.ui.setupUi(self)
        self._operations = operations
        ui = self.ui
        for person in people.people(operations.register):
            ui.person_combo.addItem(person.ref.picker, person.ref.id)
        for body in bodies.bodies(operations.register):
            if body.retired_on is None:
                ui.body_combo.addItem(f"{body.name} ({body.short_name})", body.id)
        for role, word in SEAT.items():
            ui.role_combo.addItem(word, role)
        set_current(ui.role_combo, Role.MEMBER)
        set_current(ui.person_combo, person_id)
        set_current(ui.body_combo, body_id)
        ui.from_edit.setDate(to_qdate(starts_on or date.today()))
        ui.to_edit.setDate(to_qdate(date(ui.from_edit.date().year() + 3, 12, 31)))
        ui.to_edit.setEnabled(False)
        ui.to_check.toggled.connect(ui.to_edit.setEnabled)
        self.fields = {"starts_on": ui.from_edit, "ends_on": ui.to_edit,
                       "person": ui.person_combo, "body": ui.body_combo}
        self._setup_buttons(ui.button_box)

    def draft(self) -> MembershipDraft | None:
        ui = self.ui
        if ui.person_combo.currentData() is None or ui.body_combo.currentData() is None:
            return None
        return MembershipDraft(
            int(ui.person_combo.currentData()), int(ui.body_combo.currentData()),
            ui.role_combo.currentData(), from_qdate(ui.from_edit.date()),
            from_qdate(ui.to_edit.date()) if ui.to_check.isChecked() else None,
            ui.position_spin.value() or None)

    def save(self) -> None:
        draft = self.draft()
        if draft is not None:
            self._run(self._operations, lambda reg: memberships.add_membership(reg, draft))


class DateDialog(_SavingDialog):
    """Ask for a day, then run `op(register, day)`: retire a body, end a seat."""

    def __init__(self, operations: Operations, *, title: str, question: str,
                 op: Callable[[Any, date], Any], day: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DateDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.question_label.setText(question)
        self.ui.date_edit.setDate(to_qdate(day or date.today()))
        self._operations, self._op = operations, op
        self.fields = {"ends_on": self.ui.date_edit, "retired_on": self.ui.date_edit}
        self._setup_buttons(self.ui.button_box)

    def save(self) -> None:
        day, op = from_qdate(self.ui.date_edit.date()), self._op
        self._run(self._operations, lambda reg: op(reg, day))


class OrganisationDialog(_SavingDialog):
    """Name, diarienummer format as an example, address line, logo, standard wordings."""

    def __init__(self, operations: Operations, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self._operations = operations
        ui = self.ui
        self._logo: bytes | None = None
        self._logo_changed = False
        for text, scheme in (("per organ och år", NumberingScheme.PER_YEAR),
                             ("från § 1 i varje protokoll", NumberingScheme.PER_MINUTES)):
            ui.numbering_combo.addItem(text, scheme)
        for text, rule in (("nästa vardag efter sista överklagandedag",
                            TakeDownRule.NEXT_WEEKDAY),
                           ("sista dagen för överklagande", TakeDownRule.LAST_APPEAL_DAY)):
            ui.take_down_combo.addItem(text, rule)
        ui.pdf_limit_spin.setRange(organisation.MIN_RECEIVED_PDF_MB,
                                   organisation.MAX_RECEIVED_PDF_MB)
        self._load(organisation.settings(operations.register))
        ui.example_edit.textChanged.connect(self._show_format)
        ui.choose_logo_button.clicked.connect(self.choose_logo)
        ui.remove_logo_button.clicked.connect(self.remove_logo)
        self.fields = {"organisation": ui.name_edit, "case_number_example": ui.example_edit,
                       "distribution_heading": ui.distribution_edit,
                       "special_statement_not_received_text": ui.special_text_edit,
                       "reservation_not_received_text": ui.reservation_text_edit,
                       "reservation_received_text": ui.reservation_received_edit,
                       "received_pdf_max_mb": ui.pdf_limit_spin}
        stored = organisation.logo(operations.register)
        self._show_logo(stored[0] if stored else None)
        self._show_format(ui.example_edit.text())
        self._setup_buttons(ui.button_box)

    def _load(self, current: OrganisationSettings) -> None:
        ui = self.ui
        self._settings = current
        ui.name_edit.setText(current.name)
        ui.example_edit.setText(current.case_number_example or "")
        ui.address_edit.setText(current.address or "")
        ui.kept_at_edit.setText(current.minutes_kept_at or "")
        set_current(ui.numbering_combo, current.numbering_scheme)
        set_current(ui.take_down_combo, current.take_down_rule)
        ui.distribution_edit.setText(current.distribution_heading)
        ui.special_text_edit.setPlainText(current.special_statement_not_received_text)
        ui.reservation_text_edit.setPlainText(current.reservation_not_received_text)
        ui.reservation_received_edit.setText(current.reservation_received_text)
        ui.pdf_limit_spin.setValue(current.received_pdf_max_mb)

    def reload(self) -> None:
        self._load(organisation.settings(self._operations.register))
        if not self._logo_changed:
            stored = organisation.logo(self._operations.register)
            self._show_logo(stored[0] if stored else None)

    def _show_format(self, example: str) -> None:
        self.ui.format_label.setText(format_text(example))

    def _show_logo(self, data: bytes | None) -> None:
        ui = self.ui
        ui.remove_logo_button.setEnabled(data is not None)
        if data is None:
            ui.logo_view.setPixmap(QPixmap())
            ui.logo_view.setText("(ingen)")
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(QByteArray(data)):
            ui.logo_view.setPixmap(
                pixmap.scaledToHeight(48, Qt.TransformationMode.SmoothTransformation))
        else:
            ui.logo_view.setText("(vald; visas i PDF:erna)")

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, "Välj logotyp", "", LOGO_FILTER)
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> None:
        """Take the file as the logo to save, shown as it will be kept; a file that cannot
        be the logo is said at once, and the logo stays as it was."""
        try:
            data = read_input(path, "en bild")
            preview = organisation.logo_preview(data)
        except UserError as error:
            show_user_error(self, error)
            return
        self._logo, self._logo_changed = data, True
        self._show_logo(preview)

    def remove_logo(self) -> None:
        self._logo, self._logo_changed = None, True
        self._show_logo(None)

    def settings(self) -> OrganisationSettings:
        ui = self.ui
        return replace(
            self._settings, name=ui.name_edit.text(), case_number_example=ui.example_edit.text(),
            address=ui.address_edit.text(), minutes_kept_at=ui.kept_at_edit.text(),
            numbering_scheme=ui.numbering_combo.currentData(),
            take_down_rule=ui.take_down_combo.currentData(),
            distribution_heading=ui.distribution_edit.text(),
            special_statement_not_received_text=ui.special_text_edit.toPlainText(),
            reservation_not_received_text=ui.reservation_text_edit.toPlainText(),
            reservation_received_text=ui.reservation_received_edit.text(),
            received_pdf_max_mb=ui.pdf_limit_spin.value())

    def save(self) -> None:
        new, logo, changed = self.settings(), self._logo, self._logo_changed
        version = self._settings.version
        if changed:
            self._run(self._operations, lambda reg: organisation.update_settings(
                reg, new, logo=logo, expected_version=version))
        else:
            self._run(self._operations, lambda reg: organisation.update_settings(
                reg, new, expected_version=version))


def format_text(example: str) -> str:
    """The format an example gives, in words; never the pattern behind it."""
    if not example.strip():
        return "fritt format (inget exempel)"
    try:
        case_numbers.check_example(example)
    except UserError as error:
        return error.message
    return case_numbers.describe(example)
