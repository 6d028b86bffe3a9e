# SPDX-License-Identifier: EUPL-1.2
"""The meeting page's Kallelse, Bilagor and Expediering tabs, driven offscreen, from an empty
register built through the services."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from kraftdesk.domain.enums import DispatchMeans, MinutesState
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.gui.settings import UiSettings
from kraftdesk.register.database import Register
from kraftdesk.services import dispatch, notices, paragraphs
from tests.gui.helpers import column_texts
from tests.services import world as w

DAY = date.today() + timedelta(days=30)


@pytest.fixture
def world(register: Register) -> w.World:
    return w.build(register)


@pytest.fixture
def meeting(world: w.World) -> int:
    reg = world.register
    meeting = world.meeting(f"{DAY.isoformat()} 13:00")
    for title, recipients in (("Budget 2027", ["Stadskontoret", "Kommunfullmäktige"]),
                              ("Bidrag till föreningar", ["Stadskontoret"])):
        pid = world.paragraph(meeting, title)
        paragraphs.set_distribution(reg, pid, recipients)
    notices.set_notice_days(reg, world.body["KS"], 7)
    return meeting


@pytest.fixture
def window(qtbot: QtBot, register: Register, meeting: int) -> Iterator[MainWindow]:
    win = MainWindow(register=register, settings=UiSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.open_meeting(meeting)
    yield win
    win.operations.wait_for_background()


def _pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_kallelse_previewed_sent_then_a_tillaggskallelse(
        qtbot: QtBot, window: MainWindow, register: Register, meeting: int,
        tmp_path: Path) -> None:
    page = window.meeting_page
    ui = page.ui
    assert ui.notice_rule_value.text() == "Minst 7 dagar före sammanträdet."
    assert ui.notice_sent_value.text() == "Ingen kallelse är skickad."
    assert ui.notice_send_button.text() == "&Skicka kallelse…"
    draft = tmp_path / "utkast.pdf"
    dialog = page.notice.write_draft(draft)
    assert dialog is not None and dialog.windowTitle() == "Kallelse (utkast)"
    assert "1. Budget 2027" in _pdf_text(draft)
    final = tmp_path / "kallelse.pdf"
    page.notice.confirm_send(final, today=DAY - timedelta(days=10))
    box = page.findChild(QMessageBox, "send_notice_box")
    assert box.text() == (f"Registrera kallelsen till KS:{DAY.isoformat()} som skickad "
                          f"{(DAY - timedelta(days=10)).isoformat()}?")
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Registrera som skickad"),
                     Qt.MouseButton.LeftButton)
    assert ui.notice_sent_value.text() == (
        f"Kallelse skickad {(DAY - timedelta(days=10)).isoformat()}")
    assert not ui.notice_send_button.isEnabled()
    assert "Skickad" in _pdf_text(final)
    paragraphs.add_paragraph(register, meeting, title="Avsägelse av uppdrag")
    window.refresh()
    assert ui.notice_added_value.text() == "Avsägelse av uppdrag"
    assert ui.notice_send_button.isEnabled()
    assert ui.notice_send_button.text() == "&Skicka tilläggskallelse…"
    assert "har tillkommit efter kallelsen" in ui.notice_warnings_label.text()


def _pdf_file(folder: Path) -> Path:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 760, "Ekonomisk redovisning")
    canvas.showPage()
    canvas.save()
    path = folder / "redovisning.pdf"
    path.write_bytes(buffer.getvalue())
    return path


def test_a_document_bilaga_added_numbered_and_undone(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    page = window.meeting_page
    view = page.view
    dialog = page.appendices.add_document(selected=view.paragraphs[1].id)
    dialog.ui.file_edit.setText(str(_pdf_file(tmp_path)))
    dialog.ui.title_edit.setText("Ekonomisk redovisning 2026")
    assert dialog.ui.target_combo.currentText() == "§ 2 Bidrag till föreningar"
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    table = page.ui.appendices_view
    assert column_texts(table, 0) == ["1"]
    assert column_texts(table, 2) == ["§ 2"]
    assert column_texts(table, 3) == ["Ekonomisk redovisning 2026"]
    window.undo_stack.undo()
    assert column_texts(table, 0) == []
    # Not a PDF: a Swedish message, nothing added.
    bad = tmp_path / "anteckning.pdf"
    bad.write_text("text", encoding="utf-8")
    dialog = page.appendices.add_document()
    dialog.ui.file_edit.setText(str(bad))
    dialog.ui.title_edit.setText("Anteckning")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    box = page.findChild(QMessageBox, "user_error_box")
    assert box is not None and box.text() == "Filen anteckning.pdf är ingen PDF-fil."
    assert column_texts(table, 0) == []


def test_expediering_recorded_and_the_eml_opened(qtbot: QtBot, window: MainWindow,
                                                 world: w.World, meeting: int,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.meeting_page
    ui = page.ui
    assert ui.dispatch_summary_label.text() == (
        "Protokollet är inte justerat; justerade utdrag skickas efter justeringen.")
    world.set_state(meeting, MinutesState.APPROVED)
    window.refresh()
    assert ui.dispatch_summary_label.text() == "3 utdrag återstår att skicka."
    assert column_texts(ui.dispatch_view, 3) == ["Att skicka"] * 3
    ui.dispatch_view.selectRow(0)
    assert page.dispatch.set_address("Stadskontoret", "stadskontoret@malmo.se").ok
    ui.dispatch_view.selectRow(0)
    dialog = page.dispatch.record()
    assert dialog.ui.what_label.text() == "Utdrag av § 1 till Stadskontoret"
    dialog.ui.means_combo.setCurrentIndex(dialog.ui.means_combo.findData(DispatchMeans.POST))
    sent = DAY + timedelta(days=8)
    dialog.ui.date_edit.setDate(QDate(sent.year, sent.month, sent.day))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert column_texts(ui.dispatch_view, 3)[0] == f"Skickat {sent.isoformat()} med brev"
    assert ui.dispatch_summary_label.text() == "2 utdrag återstår att skicka."

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(page.dispatch.export(tmp_path, on=DAY).done, timeout=30_000):
        pass
    files = page.dispatch.dialog
    names = [files.ui.files_list.item(i).text() for i in range(files.ui.files_list.count())]
    ref = f"KS {DAY.isoformat()}"
    assert names == [f"{ref} utdrag Stadskontoret.eml", f"{ref} utdrag Stadskontoret.pdf",
                     f"{ref} utdrag Kommunfullmäktige.pdf"]
    assert files.ui.missing_label.text() == "E-postadress saknas för: Kommunfullmäktige."
    files.ui.files_list.setCurrentRow(0)
    assert files.ui.open_mail_button.isEnabled()
    files.ui.open_mail_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / names[0])]
    assert dispatch.dispatch_overview(window.register, meeting).to_send == 2


def test_the_models_pass_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    qtmodeltester.check(window.meeting_page.appendices.model)
    qtmodeltester.check(window.meeting_page.dispatch.model)


def test_paragraph_editor_presenter_deferral_reported_items_and_text_blocks(
        qtbot: QtBot, window: MainWindow, register: Register, meeting: int) -> None:
    from kraftdesk.services import templates

    templates.save_text_block(register, "Standardsammanfattning", "Ärendet i korthet.")
    templates.save_text_block(register, "Lägga till handlingarna",
                              "Informationen läggs till handlingarna.")
    paragraph_id = window.meeting_page.view.paragraphs[0].id
    window.open_paragraph(paragraph_id)
    editor = window.paragraph_editor
    ui = editor.ui
    ui.presenter_edit.setText("Lena Ström, ekonomidirektör")
    ui.presenter_edit.editingFinished.emit()
    ui.deferral_combo.setCurrentIndex(ui.deferral_combo.findText("Bordlagt"))
    ui.deferral_combo.activated.emit(ui.deferral_combo.currentIndex())
    view = paragraphs.paragraph_view(register, paragraph_id)
    assert (view.presenter, view.deferral.value) == ("Lena Ström, ekonomidirektör", "tabled")
    assert "Kommunstyrelsen beslutar att bordlägga ärendet." in \
        ui.preview_browser.toPlainText()
    window.undo_stack.undo()
    assert paragraphs.paragraph_view(register, paragraph_id).deferral is None

    # A delegationsbeslut typed in the table.
    qtbot.mouseClick(ui.add_delegation_button, Qt.MouseButton.LeftButton)
    table = ui.reported_table
    row = table.rowCount() - 1
    for column, text in ((1, "2026-11-12"), (2, "Stadsdirektören"), (4, "KS 2026/14"),
                         (3, "Beslut om tillförordnad förvaltningschef")):
        table.item(row, column).setText(text)
    (item,) = paragraphs.paragraph_view(register, paragraph_id).reported_items
    assert (item.decided_on, item.decided_by, item.what, item.case_number) == (
        date(2026, 11, 12), "Stadsdirektören", "Beslut om tillförordnad förvaltningschef",
        "KS 2026/14")
    assert ui.reported_hint_label.text() == (
        "Beslutet blir: «Kommunstyrelsen lägger anmälan av delegationsbesluten till "
        "handlingarna.»")
    table.item(row, 1).setText("12 november")
    box = editor.findChild(QMessageBox, "user_error_box")
    assert box.text().startswith("«12 november» på rad 1 är inget datum")

    # Text blocks: into the sammanfattning at the cursor, and as a beslutspunkt.
    menu = editor.blocks.summary_menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["Lägga till handlingarna",
                                                  "Standardsammanfattning"]
    menu.actions()[1].trigger()
    assert ui.summary_edit.toPlainText() == "Ärendet i korthet."
    points = editor.blocks.points_menu
    points.aboutToShow.emit()
    points.actions()[0].trigger()
    assert [p.text for p in paragraphs.paragraph_view(register, paragraph_id)
            .decision_points] == ["Informationen läggs till handlingarna."]


def test_text_blocks_and_standard_items_dialogs(qtbot: QtBot, window: MainWindow,
                                                register: Register, world: w.World) -> None:
    from kraftdesk.services import meetings, templates
    from kraftdesk.services.meetings import MeetingPlan

    dialog = window.edit_text_blocks()
    dialog.new()
    dialog.ui.name_edit.setText("Återremiss")
    dialog.ui.text_edit.setPlainText("Ärendet återremitteras för komplettering.")
    assert dialog.save()
    assert [b.name for b in templates.text_blocks(register)] == ["Återremiss"]
    dialog.ui.name_edit.setText("")
    assert not dialog.save()  # "Textblocket saknar namn." shown
    assert dialog.findChild(QMessageBox, "user_error_box").text() == "Textblocket saknar namn."

    template = window.edit_agenda_template()
    assert template.ui.body_combo.currentText() == "Kommunstyrelsen (KS)"
    assert template.ui.notice_days_spin.value() == 7
    template.fill_standard()
    template.ui.notice_days_spin.setValue(10)
    assert template.save_body()
    template.ui.reported_decision_edit.setText("lägger anmälan till handlingarna.")
    assert template.save_texts()
    assert templates.standard_texts(register).reported_items_decision == \
        "lägger anmälan till handlingarna"
    assert notices.notice_days(register, world.body["KS"]) == 10
    new = meetings.plan_meeting(register, MeetingPlan(
        body_id=world.body["KS"], starts_at=datetime(2027, 3, 3, 13))).id
    assert [p.title for p in meetings.meeting_view(register, new).paragraphs] == [
        "Upprop", "Val av justerare", "Fastställande av föredragningslistan",
        "Anmälningsärenden", "Delegationsbeslut"]


def test_a_reminder_written_as_an_eml_and_opened(qtbot: QtBot, window: MainWindow,
                                                 world: w.World, meeting: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from kraftdesk.domain.enums import StatementKind
    from kraftdesk.gui.controllers.statement_actions import REMINDER_FOLDER
    from kraftdesk.paths import data_dir
    from kraftdesk.services import people, statements

    reg = world.register
    budget = dispatch.dispatch_overview(reg, meeting).rows[0].paragraph_id
    statements.announce(reg, budget, kind=StatementKind.RESERVATION,
                        author_ids=[world.person["Dan Berg"], world.person["Eva Ek"]])
    people.update_person(reg, world.person["Dan Berg"], people.PersonDraft(
        "Dan Berg", next(p.party_id for p in people.people(reg)
                         if p.ref.id == world.person["Dan Berg"]), email="dan.berg@malmo.se"))
    page = window.ledger_page
    window.show_page(page)
    page.reload()
    page.ui.ledger_view.selectRow(0)
    assert page.ui.reminder_mail_button.isEnabled()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    with qtbot.waitSignal(page.status_message) as shown:
        page.ui.reminder_mail_button.click()
    expected = data_dir() / REMINDER_FOLDER / f"KS {DAY.isoformat()} påminnelse § 1 reservation.eml"
    assert [u.toLocalFile() for u in opened] == [str(expected)]
    assert expected.read_bytes().count(b"To: Dan Berg <dan.berg@malmo.se>") == 1
    assert shown.args == [
        "Påminnelsen är öppnad i e-postprogrammet; kontrollera den och skicka den. "
        "E-postadress saknas för Eva Ek; lägg in den under Organisation, fliken Personer."]
