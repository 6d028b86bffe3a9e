# SPDX-License-Identifier: EUPL-1.2
"""Issue 12's end to end: a kommun that is not the demo, from an EMPTY register, through
the real widgets. The first-start wizard (name, diarienummer as an example, the standard
bodies), the organisation's settings with a logo, parties and the secretary, the body's
defaults, a member list read from a CSV file with a preview; then a meeting planned with the
body's secretary, a paragraph with a reservation and a promised särskilt yttrande that never
arrives, justering, and the minutes exported: the secretary's name, the members and the
bilaga's text are in the PDF."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kraftdesk.cli.context import CliContext
from kraftdesk.domain.enums import StatementKind
from kraftdesk.gui.app import Application
from kraftdesk.gui.controllers.announce_dialog import AnnounceDialog
from kraftdesk.gui.controllers.attendance_dialog import AttendanceDialog
from kraftdesk.gui.controllers.first_start import BODIES_PAGE, CREATE_PAGE, FirstStartDialog
from kraftdesk.gui.controllers.justering_dialog import JusteringDialog
from kraftdesk.gui.controllers.meeting_dialog import MeetingDialog
from kraftdesk.gui.controllers.member_import import MemberImportDialog
from kraftdesk.gui.controllers.new_paragraph import NewParagraphDialog
from kraftdesk.gui.controllers.people import check
from kraftdesk.gui.controllers.setup_dialogs import (
    BodyDialog,
    MembershipDialog,
    OrganisationDialog,
    PartyDialog,
    PersonDialog,
)
from kraftdesk.gui.main_window import ORGANISATION, MainWindow
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo import IdRefs
from kraftdesk.services import people
from kraftdesk.services.organisation import create_organisation, overview
from kraftdesk.services.people import PersonDraft
from kraftdesk.services.registers import open_file
from tests.gui.helpers import column_texts, double_click_row, type_text

T = TypeVar("T")

SVG_LOGO = (b'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60">'
            b'<rect width="120" height="60" fill="#2f4a5f"/></svg>')


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown(parent: QWidget, kind: type[T]) -> T:
    """The dialog of that kind now open (closed ones may not be deleted yet)."""
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def save(qtbot: QtBot, box: QDialogButtonBox) -> None:
    button = box.button(QDialogButtonBox.StandardButton.Save) or \
        box.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, button)


def member_list(path: Path, starts: date) -> Path:
    """As Swedish Excel saves "CSV (semikolonavgränsad)": Windows-1252, semicolons."""
    ends = date(starts.year + 3, 12, 31)
    rows = ["organ;namn;parti;uppdrag;från;till",
            f"KS;Åsa Öberg;S;ordförande;{starts};{ends}",
            f"KS;Björn Ärlig;M;1:e vice ordförande;{starts};{ends}",
            f"KS;Cecilia Lund;V;ledamot;{starts};{ends}",
            f"KS;David Holm;M;ledamot;{starts};{ends}",
            f"KS;Erik Sjö;S;ersättare;{starts};{ends}",
            f"KF;Åsa Öberg;S;ledamot;{starts};{ends}"]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def wizard(qtbot: QtBot) -> FirstStartDialog:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.ui.create_button)
    assert dialog.ui.page_stack.currentIndex() == CREATE_PAGE
    type_text(dialog.ui.organisation_edit, "Härnösands kommun")
    type_text(dialog.ui.example_edit, "KS 2027/12")
    # The format is shown back in words; no pattern anywhere.
    assert dialog.ui.format_label.text() == (
        "bokstäver, mellanslag, årtal (fyra siffror), «/» och ett löpnummer")
    click(qtbot, dialog.ui.next_button)
    assert dialog.ui.page_stack.currentIndex() == BODIES_PAGE
    table = dialog.ui.bodies_table
    names = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert names[:3] == ["Kommunfullmäktige", "Kommunstyrelsen",
                         "Kommunstyrelsens arbetsutskott"]
    table.item(names.index("Socialnämnden"), 2).setText("Vård- och omsorgsnämnden")
    table.item(names.index("Socialnämnden"), 1).setText("VON")
    click(qtbot, dialog.ui.confirm_create_button)
    assert dialog.register is not None
    assert overview(dialog.register).organisation == "Härnösands kommun"
    return dialog


def organisation_settings(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.ui.action_organisation_settings.trigger()
    dialog = shown(window, OrganisationDialog)
    type_text(dialog.ui.address_edit, "Stadshuset, Järnvägsgatan 2, Härnösand")
    logo = tmp_path / "logotyp.svg"
    logo.write_bytes(SVG_LOGO)
    dialog.set_logo_file(logo)
    save(qtbot, dialog.ui.button_box)
    assert not dialog.isVisible()


def add_party(qtbot: QtBot, window: MainWindow, abbreviation: str, name: str) -> None:
    click(qtbot, window.setup_page.ui.add_party_button)
    dialog = shown(window.setup_page, PartyDialog)
    type_text(dialog.ui.abbreviation_edit, abbreviation)
    type_text(dialog.ui.name_edit, name)
    save(qtbot, dialog.ui.button_box)


def add_secretary(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.setup_page.ui.add_person_button)
    dialog = shown(window.setup_page, PersonDialog)
    type_text(dialog.ui.name_edit, "Maria Skrivare")
    type_text(dialog.ui.title_edit, "Kommunsekreterare")
    save(qtbot, dialog.ui.button_box)


def set_body_defaults(qtbot: QtBot, window: MainWindow) -> None:
    page = window.setup_page
    shorts = column_texts(page.ui.bodies_table, 0)
    page.ui.bodies_table.selectRow(shorts.index("KS"))
    click(qtbot, page.ui.edit_body_button)
    dialog = shown(page, BodyDialog)
    assert dialog.ui.formula_label.text() == "»Kommunstyrelsen föreslår kommunfullmäktige besluta«"
    type_text(dialog.ui.place_edit, "Sessionssalen, stadshuset")
    dialog.ui.secretary_combo.setCurrentIndex(
        dialog.ui.secretary_combo.findText("Maria Skrivare"))
    save(qtbot, dialog.ui.button_box)
    row = column_texts(page.ui.bodies_table, 0).index("KS")
    assert page.ui.bodies_table.item(row, 3).text() == "Maria Skrivare"


def import_members(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    window.ui.action_import_members.trigger()
    dialog = shown(window.setup_page, MemberImportDialog)
    dialog.load_file(path)
    assert dialog.ui.summary_label.text().startswith(
        "6 uppdrag i 2 organ; 5 nya personer (Windows-1252).")
    assert dialog.ui.preview_table.item(4, 4).text() == "Erik Sjö (S) (ny)"
    assert dialog.ui.preview_table.item(4, 2).text() == "ersättare 1"
    assert overview(window.register).bodies == 7  # nothing written before "Läs in"
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))
    page = window.setup_page
    page.ui.bodies_table.selectRow(column_texts(page.ui.bodies_table, 0).index("KS"))
    assert column_texts(page.ui.members_table, 0) == [
        "Åsa Öberg (S)", "Björn Ärlig (M)", "Cecilia Lund (V)", "David Holm (M)", "Erik Sjö (S)"]


def plan_meeting(qtbot: QtBot, window: MainWindow, starts: datetime) -> None:
    window.ui.action_new_meeting.trigger()
    dialog = shown(window, MeetingDialog)
    dialog.ui.body_combo.setCurrentIndex(dialog.ui.body_combo.findText("Kommunstyrelsen (KS)"))
    dialog.ui.starts_edit.setValue(starts)
    dialog.ui.approval_edit.setValue(starts + timedelta(days=1))
    assert dialog.ui.place_edit.text() == "Sessionssalen, stadshuset"  # the body's default
    assert dialog.ui.secretary_combo.currentText() == "Maria Skrivare"
    assert dialog.ui.chair_combo.currentText() == "Åsa Öberg (S), ordförande"
    check(dialog.ui.approvers_list, "Björn Ärlig (M), vice ordförande")
    save(qtbot, dialog.ui.button_box)


def draft_paragraph(qtbot: QtBot, window: MainWindow) -> None:
    page = window.meeting_page
    click(qtbot, page.ui.edit_attendance_button)
    attendance = shown(page, AttendanceDialog)
    save(qtbot, attendance.ui.button_box)
    click(qtbot, page.ui.add_paragraph_button)
    dialog = shown(page, NewParagraphDialog)
    type_text(dialog.ui.case_number_edit, "KS 2027/12")
    type_text(dialog.ui.title_edit, "Detaljplan för Kanaludden")
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))
    double_click_row(qtbot, page.ui.agenda_view, 0)
    editor = window.paragraph_editor
    editor.focus_section("decision_tab")  # a paragraph without a decision is not justerad
    click(qtbot, editor.ui.add_point_button)
    editor.ui.points_list.currentItem().setText("Detaljplanen antas.")
    editor.focus_section("statements_tab")
    for kind, authors, promised in (
            (StatementKind.RESERVATION, ["Cecilia Lund (V)"], False),
            (StatementKind.SPECIAL_STATEMENT, ["Björn Ärlig (M)", "David Holm (M)"], True)):
        click(qtbot, editor.ui.announce_button)
        announce = shown(editor, AnnounceDialog)
        announce.ui.kind_combo.setCurrentIndex(announce.ui.kind_combo.findData(kind))
        for author in authors:
            check(announce.ui.authors_list, author)
        announce.ui.promised_check.setChecked(promised)
        click(qtbot, announce.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))
    preview = editor.ui.preview_browser.toPlainText()
    assert "Cecilia Lund (V) reserverar sig mot beslutet." in preview
    assert "Kommunstyrelsen föreslår kommunfullmäktige besluta" in preview
    click(qtbot, editor.ui.back_button)


def justera(qtbot: QtBot, window: MainWindow) -> None:
    page = window.meeting_page
    click(qtbot, page.ui.send_for_approval_button)
    box = page.findChild(QMessageBox, "confirm_box")
    click(qtbot, next(b for b in box.buttons() if b.text() == "Skicka för justering"))
    click(qtbot, page.ui.justera_button)
    dialog = shown(window, JusteringDialog)
    assert not dialog.justera_button.isEnabled()  # a promised text is still open
    dialog.ui.confirm_check.setChecked(True)
    click(qtbot, dialog.justera_button)
    assert dialog.ui.result_label.text() == \
        f"Protokollet är justerat {date.today().isoformat()} och låst."
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Close))


def export(qtbot: QtBot, window: MainWindow, out: Path, monkeypatch) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(out), "PDF-filer (*.pdf)"))
    with qtbot.waitSignal(window.exports.previewed, timeout=30_000):
        click(qtbot, window.meeting_page.ui.export_minutes_button)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def test_a_new_kommun_from_an_empty_register_to_justerade_minutes(
        qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    dialog = wizard(qtbot)
    window = MainWindow(register=dialog.register, settings=UiSettings())
    qtbot.addWidget(window)
    window.show()
    window.show_view(ORGANISATION)
    assert window.setup_page.ui.heading_label.text() == "<h2>Härnösands kommun</h2>"
    assert "VON" in column_texts(window.setup_page.ui.bodies_table, 0)
    organisation_settings(qtbot, window, tmp_path)
    for abbreviation, name in (("S", "Socialdemokraterna"), ("M", "Moderaterna"),
                               ("V", "Vänsterpartiet")):
        add_party(qtbot, window, abbreviation, name)
    assert column_texts(window.setup_page.ui.parties_table, 0) == ["M", "S", "V"]
    add_secretary(qtbot, window)
    set_body_defaults(qtbot, window)
    starts = datetime.combine(date.today() - timedelta(days=2), time(13, 0))
    import_members(qtbot, window, member_list(tmp_path / "ledamöter.csv",
                                              starts.date() - timedelta(days=30)))
    plan_meeting(qtbot, window, starts)
    draft_paragraph(qtbot, window)
    justera(qtbot, window)
    text = export(qtbot, window, tmp_path / "protokoll.pdf", monkeypatch)
    squashed = " ".join(text.split())
    assert "Stadshuset, Järnvägsgatan 2, Härnösand" in squashed  # the address line
    assert "Sekreterare" in squashed and "Maria Skrivare" in squashed
    for member in ("Åsa Öberg (S), ordförande", "Björn Ärlig (M)", "Cecilia Lund (V)",
                   "David Holm (M)"):
        assert member in squashed
    assert "Cecilia Lund (V) reserverar sig mot beslutet." in squashed
    assert "Särskilt yttrande har inte inkommit vid tidpunkt för justering." in squashed
    assert "Maria Skrivare Kommunsekreterare" in squashed  # signs the placeholder bilaga
    window.close()


def test_the_status_bar_names_the_register_the_command_line_uses(
        qtbot: QtBot, tmp_path: Path) -> None:

    path = tmp_path / "härnösand.sqlite3"
    register = open_file(path, create=True)
    create_organisation(register, "Härnösands kommun")
    application = Application(UiSettings())
    window = application._open_window(register)
    qtbot.addWidget(window)
    assert window.register_label.text() == \
        f"Register: {path} (samma som kommandoraden använder)"
    assert CliContext().choice.url == register.url  # `kraftdesk info` without --db
    assert CliContext().choice.reason == "senast öppnat i kraftdesk"
    window.close()
    register.close()


def test_namesakes_are_told_apart_in_pickers(qtbot: QtBot, tmp_path: Path) -> None:

    register = open_file(tmp_path / "r.sqlite3", create=True)
    create_organisation(register, "Ånge kommun")
    party = people.add_party(register, "VF", "Vår framtid").id
    people.add_person(register, PersonDraft("Per Gran", party, note="Ånge"))
    people.add_person(register, PersonDraft("Per Gran", party, note="Fränsta"))
    dialog = MembershipDialog(Operations(register))
    qtbot.addWidget(dialog)
    combo = dialog.ui.person_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Per Gran (VF), Fränsta", "Per Gran (VF), Ånge"]
    register.close()


def test_planning_without_bodies_says_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    register = open_file(tmp_path / "tomt.sqlite3", create=True)
    create_organisation(register, "Ånge kommun")
    dialog = MeetingDialog(Operations(register), QUndoStack(), IdRefs())
    qtbot.addWidget(dialog)
    dialog.show()
    save(qtbot, dialog.ui.button_box)
    box = dialog.findChild(QMessageBox, "user_error_box")
    assert box.text() == ("Registret har inga organ ännu. Lägg till organ under Organisation "
                          "först.")
    assert dialog.isVisible()
    register.close()
