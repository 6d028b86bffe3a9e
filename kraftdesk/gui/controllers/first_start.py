# SPDX-License-Identifier: EUPL-1.2
"""The first start: set up a new register, open an existing file, or try the demo register.

Setting up is a short wizard in two steps: the organisation's name, its diarienummer format
given as an example the secretary recognises ("KS 2027/12", shown back in words, never as
a pattern), the current mandatperiod and the file; then which bodies of the Swedish
standard set to create, each name editable. Everything is written in one transaction
(kraftdesk.services.organisation.set_up).

Shown when there is no register yet (or the last one cannot be opened), and from
Arkiv ▸ Byt register. On success `register` holds the opened register, which has an
organisation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableWidgetItem, QWidget

from kraftdesk import paths
from kraftdesk.domain import case_numbers
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.setup import Period, standard_term
from kraftdesk.gui.controllers.setup_dialogs import format_text, from_qdate, to_qdate
from kraftdesk.gui.errors import show_program_error, show_user_error
from kraftdesk.gui.forms.ui_first_start_dialog import Ui_FirstStartDialog
from kraftdesk.gui.icons import icon
from kraftdesk.gui.register_upgrade import open_file
from kraftdesk.services.organisation import STANDARD_BODIES, SetUp, StandardBody, overview, set_up
from kraftdesk.services.registers import Register

REGISTER_FILTER = "Kraftdesk-register (*.kraftdesk *.sqlite3 *.sqlite *.db);;Alla filer (*)"
DEMO_FILE = "exempelregister.sqlite3"

CHOICE_PAGE, CREATE_PAGE, BODIES_PAGE = range(3)
CHOSEN, SHORT_NAME, NAME = range(3)  # the columns of the bodies table


def suggested_register_path() -> Path:
    """The default register file, or a numbered one beside it if that is taken."""
    path = paths.default_register_path()
    number = 2
    while path.exists():
        path = path.with_name(f"register-{number}.sqlite3")
        number += 1
    return path


def _remove_sqlite_files(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        candidate.unlink(missing_ok=True)


class FirstStartDialog(QDialog):
    """Attributes:
        register: the register chosen, created or loaded (after accept()).
    """

    def __init__(self, *, empty_register: Register | None = None, notice: str = "",
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        self.register: Register | None = None
        self._empty = empty_register
        self.setWindowIcon(icon("kraftdesk"))
        self.ui.notice_label.setText(notice)
        self.ui.notice_label.setVisible(bool(notice))
        self.ui.create_button.clicked.connect(self.show_create_page)
        self.ui.open_button.clicked.connect(self.open_existing)
        self.ui.demo_button.clicked.connect(self.try_demo)
        self.ui.choice_buttons.rejected.connect(self.reject)
        self.ui.back_button.clicked.connect(
            lambda: self.ui.page_stack.setCurrentIndex(CHOICE_PAGE))
        self.ui.browse_button.clicked.connect(self._browse_for_new_file)
        self.ui.next_button.clicked.connect(self.show_bodies_page)
        self.ui.bodies_back_button.clicked.connect(
            lambda: self.ui.page_stack.setCurrentIndex(CREATE_PAGE))
        self.ui.confirm_create_button.clicked.connect(self.create_register)
        self.ui.example_edit.textChanged.connect(
            lambda text: self.ui.format_label.setText(format_text(text)))
        term = standard_term(today or date.today())
        self.ui.term_from_edit.setDate(to_qdate(term.starts_on))
        self.ui.term_to_edit.setDate(to_qdate(term.ends_on or term.starts_on))
        self._fill_bodies(STANDARD_BODIES)
        self._show_target()

    def _show_target(self) -> None:
        """With an empty register given (--db), the new organisation goes into it."""
        if self._empty is not None:
            self.ui.file_edit.setText(self._empty.url)
            self.ui.file_edit.setReadOnly(True)
            self.ui.browse_button.setEnabled(False)
            self.ui.demo_button.setDescription(
                "Påhittade sammanträden och ärenden läses in i det tomma registret.")
        else:
            self.ui.file_edit.setText(str(suggested_register_path()))

    # Create ---------------------------------------------------------------------------------

    def show_create_page(self) -> None:
        self.ui.page_stack.setCurrentIndex(CREATE_PAGE)
        self.ui.organisation_edit.setFocus()

    def show_bodies_page(self) -> None:
        """Step 2, once the name and the example of step 1 are usable."""
        try:
            if not self.ui.organisation_edit.text().strip():
                raise UserError("Organisationens namn saknas.", field="organisation")
            if self.ui.example_edit.text().strip():
                case_numbers.check_example(self.ui.example_edit.text())
        except UserError as error:
            show_user_error(self, error)
            field = (self.ui.organisation_edit if error.field == "organisation"
                     else self.ui.example_edit)
            field.setFocus()
            return
        self.ui.page_stack.setCurrentIndex(BODIES_PAGE)
        self.ui.bodies_table.setFocus()

    def _fill_bodies(self, choices: tuple[StandardBody, ...]) -> None:
        table = self.ui.bodies_table
        table.setRowCount(len(choices))
        for row, choice in enumerate(choices):
            chosen = QTableWidgetItem()
            chosen.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                            | Qt.ItemFlag.ItemIsSelectable)
            chosen.setCheckState(Qt.CheckState.Checked if choice.chosen
                                 else Qt.CheckState.Unchecked)
            chosen.setData(Qt.ItemDataRole.UserRole, choice.short_name)
            table.setItem(row, CHOSEN, chosen)
            table.setItem(row, SHORT_NAME, QTableWidgetItem(choice.short_name))
            table.setItem(row, NAME, QTableWidgetItem(choice.name))
        table.resizeColumnsToContents()

    def chosen_bodies(self) -> tuple[StandardBody, ...]:
        """The ticked bodies as edited; links follow a renamed short name."""
        table = self.ui.bodies_table
        renamed: dict[str, str] = {}
        rows = []
        for row, standard in enumerate(STANDARD_BODIES[:table.rowCount()]):
            short = table.item(row, SHORT_NAME).text().strip()
            renamed[standard.short_name] = short
            if table.item(row, CHOSEN).checkState() == Qt.CheckState.Checked:
                rows.append((standard, short, table.item(row, NAME).text()))
        chosen = {short for _standard, short, _name in rows}

        def link(target: str | None) -> str | None:
            name = renamed.get(target or "")
            return name if name in chosen else None

        return tuple(StandardBody(short, name, standard.kind, link(standard.parent),
                                  link(standard.proposes_to), True, standard.approver_count)
                     for standard, short, name in rows)

    def set_up_plan(self) -> SetUp:
        term = Period(from_qdate(self.ui.term_from_edit.date()),
                      from_qdate(self.ui.term_to_edit.date()))
        return SetUp(self.ui.organisation_edit.text(), self.ui.example_edit.text() or None,
                     self.chosen_bodies(), term)

    def _browse_for_new_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, "Spara registret som", self.ui.file_edit.text(), REGISTER_FILTER)
        if path:
            self.ui.file_edit.setText(path if Path(path).suffix else f"{path}.sqlite3")

    def create_register(self) -> None:
        plan = self.set_up_plan()
        if self._empty is not None:
            self._fill(self._empty, lambda reg: set_up(reg, plan), created=None)
            return
        path = Path(self.ui.file_edit.text().strip()).expanduser()
        created = not path.exists()
        register = self._open(lambda: open_file(path, create=True))
        if register is not None:
            self._fill(register, lambda reg: set_up(reg, plan),
                       created=path if created else None)

    # Open -----------------------------------------------------------------------------------

    def open_existing(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Öppna register", str(paths.data_dir()), REGISTER_FILTER)
        if not path:
            return
        register = self._open(lambda: open_file(Path(path), parent=self))
        if register is None:
            return
        if overview(register).organisation is None:
            self._empty = register
            self._show_target()
            self.ui.notice_label.setText(
                "Registret är tomt. Ange organisationens namn för att börja använda det.")
            self.ui.notice_label.setVisible(True)
            self.show_create_page()
            return
        self._accept(register)

    # Demo -----------------------------------------------------------------------------------

    def try_demo(self) -> None:
        if self._empty is not None:
            self._fill(self._empty, _load_demo, created=None)
            return
        path = paths.data_dir() / DEMO_FILE
        register = self._open(lambda: open_file(path, create=True))
        if register is None:
            return
        if overview(register).organisation is not None:
            self._accept(register)
        else:
            self._fill(register, _load_demo, created=path)

    # Helpers --------------------------------------------------------------------------------

    def _open(self, opener: Callable[[], Register]) -> Register | None:
        try:
            return opener()
        except UserError as error:
            show_user_error(self, error)
        except Exception as error:  # noqa: BLE001 - shown and logged; the dialog stays open
            show_program_error(self, error)
        return None

    def _fill(self, register: Register, action: Callable[[Register], object], *,
              created: Path | None) -> None:
        """Run `action(register)`; on failure close and remove a file made just now."""
        try:
            action(register)
        except Exception as error:  # noqa: BLE001 - shown below, dialog stays open
            if created is not None:
                register.close()
                _remove_sqlite_files(created)
            if isinstance(error, UserError):
                show_user_error(self, error)
            else:
                show_program_error(self, error)
            return
        self._accept(register)

    def _accept(self, register: Register) -> None:
        if self._empty is not None and self._empty is not register:
            self._empty.close()
        self.register = register
        self.accept()


def _load_demo(register: Register) -> object:
    from kraftdesk.services.demo import load_demo

    return load_demo(register)
