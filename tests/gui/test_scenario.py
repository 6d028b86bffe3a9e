# SPDX-License-Identifier: EUPL-1.2
"""Issue 6's scenario, driven through the real widgets from planning to the justerade PDF:
plan a meeting, record attendance, add a paragraph, announce a särskilt yttrande for two
authors, see it in Bevakning, mark it received by dropping a PDF on its row, send the
minutes for justering, justera, find the minutes locked, export them, and find the bilaga's
text in the PDF."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QTableView
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from kraftdesk.gui.controllers.announce_dialog import AnnounceDialog
from kraftdesk.gui.controllers.attendance_dialog import AttendanceDialog
from kraftdesk.gui.controllers.justering_dialog import JusteringDialog, PostingDialog
from kraftdesk.gui.controllers.meeting_dialog import MeetingDialog
from kraftdesk.gui.controllers.new_paragraph import NewParagraphDialog
from kraftdesk.gui.controllers.pdf_preview import PdfPreviewDialog
from kraftdesk.gui.controllers.people import check
from kraftdesk.gui.main_window import LEDGER, MainWindow
from tests.gui.conftest import World
from tests.gui.helpers import column_texts, double_click_row, fill, type_text

STATEMENT_TEXT = "Vi vill betona vikten av ett levande kulturliv i hela kommunen."


def make_pdf(path: Path, text: str) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 760, "Särskilt yttrande")
    canvas.drawString(72, 730, text)
    canvas.save()
    return path


def drop_file(view: QTableView, row: int, path: Path) -> None:
    """Drag a file from outside the app onto a row, as the file manager would."""
    QApplication.processEvents()  # the page was just shown: let its layout settle
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = view.visualRect(view.model().index(row, 1)).center()
    assert view.indexAt(pos).row() == row
    point = QPointF(pos)
    action, button, none = (Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    target = view.viewport()
    for event in (QDragEnterEvent(point, action, mime, button, none),
                  QDragMoveEvent(point, action, mime, button, none),
                  QDropEvent(point, action, mime, button, none)):
        QApplication.sendEvent(target, event)


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def plan_meeting(qtbot: QtBot, window: MainWindow, world: World, starts: datetime) -> None:
    window.ui.action_new_meeting.trigger()
    dialog = window.findChild(MeetingDialog)
    dialog.ui.body_combo.setCurrentIndex(dialog.ui.body_combo.findData(world.ks))
    fill(dialog.ui.starts_edit, f"{starts:%Y-%m-%d %H:%M}")
    fill(dialog.ui.approval_edit, f"{starts + timedelta(days=7):%Y-%m-%d %H:%M}")
    type_text(dialog.ui.place_edit, "Rådhuset")
    check(dialog.ui.approvers_list, "John Eklöf (M), ledamot")
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))


def record_attendance(qtbot: QtBot, window: MainWindow) -> None:
    page = window.meeting_page
    click(qtbot, page.ui.edit_attendance_button)
    dialog = page.findChild(AttendanceDialog)
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert page.attendance.rowCount() == 3


def add_paragraph(qtbot: QtBot, window: MainWindow) -> None:
    click(qtbot, window.meeting_page.ui.add_paragraph_button)
    dialog = window.meeting_page.findChild(NewParagraphDialog)
    type_text(dialog.ui.case_number_edit, "KS 2026/10")
    type_text(dialog.ui.title_edit, "Kulturstrategi för Malmö")
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))
    assert column_texts(window.meeting_page.ui.agenda_view, 1) == ["Kulturstrategi för Malmö"]


def announce_special_statement(qtbot: QtBot, window: MainWindow) -> None:
    double_click_row(qtbot, window.meeting_page.ui.agenda_view, 0)
    editor = window.paragraph_editor
    assert window.current_page() is editor
    editor.focus_section("decision_tab")  # a paragraph without a decision is not justerad
    click(qtbot, editor.ui.add_point_button)
    editor.ui.points_list.currentItem().setText("Kulturstrategin antas.")
    editor.focus_section("statements_tab")
    click(qtbot, editor.ui.announce_button)
    dialog = editor.findChild(AnnounceDialog)
    check(dialog.ui.authors_list, "John Eklöf (M)")
    check(dialog.ui.authors_list, "Anton Sauer (C)")
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))
    assert editor.statements.model.index(0, 0).data() == "Särskilt yttrande"

    assert "gemensamt särskilt yttrande" in editor.ui.preview_browser.toPlainText()
    click(qtbot, editor.ui.back_button)


def receive_by_dropping_a_pdf(qtbot: QtBot, window: MainWindow, pdf: Path) -> None:
    window.show_view(LEDGER)
    ledger = window.ledger_page
    view = ledger.ui.ledger_view
    assert column_texts(view, 2) == ["Särskilt yttrande"]
    assert column_texts(view, 3) == ["Anton Sauer (C) och John Eklöf (M)"]
    assert column_texts(view, 4)[0].endswith("§ 6 Kulturstrategi för Malmö")
    assert ledger.ui.summary_label.text() == "1 utlovad text väntar"
    drop_file(view, 0, pdf)
    assert view.model().rowCount() == 0
    assert ledger.ui.summary_label.text() == "Inget utlovat väntar"
    assert window.statusBar().currentMessage() == \
        "sarskilt-yttrande.pdf är registrerad som inkommen text."


def send_and_justera(qtbot: QtBot, window: MainWindow, meeting_id: int) -> JusteringDialog:
    window.open_meeting(meeting_id)
    page = window.meeting_page
    click(qtbot, page.ui.send_for_approval_button)
    box = page.findChild(QMessageBox, "confirm_box")
    send = next(b for b in box.buttons() if b.text() == "Skicka för justering")
    click(qtbot, send)
    assert page.ui.state_label.text().startswith("Skickat för justering")
    click(qtbot, page.ui.justera_button)
    dialog = window.findChild(JusteringDialog)
    # The protocol checker's list: the one warning is confirmed, then justering may go on.
    assert [dialog.ui.blockers_list.item(i).text()
            for i in range(dialog.ui.blockers_list.count())] == [
        "Varning – Protokollet, Sekreterare: Sekreterare är inte angiven för sammanträdet."]
    assert not dialog.justera_button.isEnabled()
    dialog.ui.confirm_check.setChecked(True)
    click(qtbot, dialog.justera_button)
    assert dialog.ui.result_label.text() == \
        f"Protokollet är justerat {date.today().isoformat()} och låst."
    assert dialog.ui.appeal_value.text()
    return dialog


def record_posting(qtbot: QtBot, window: MainWindow) -> None:
    page = window.meeting_page
    page.ui.detail_tabs.setCurrentWidget(page.ui.minutes_tab)
    click(qtbot, page.ui.record_posting_button)
    dialog = window.findChild(PostingDialog)
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save))
    assert page.ui.posted_value.text() == date.today().isoformat()
    assert not page.ui.record_posting_button.isEnabled()  # once only
    assert page.ui.appeal_value.text()


def check_read_only(qtbot: QtBot, window: MainWindow) -> None:
    """Justerade minutes: nothing can be edited, and undo cannot reopen them."""
    page = window.meeting_page
    assert page.ui.state_label.text() == "Justerat"
    assert page.ui.locked_label.isVisible()
    assert not page.ui.add_paragraph_button.isEnabled()
    assert not page.ui.edit_meeting_button.isEnabled()
    double_click_row(qtbot, page.ui.agenda_view, 0)
    editor = window.paragraph_editor
    assert editor.ui.locked_label.isVisible()
    assert editor.ui.title_edit.isReadOnly() and not editor.ui.announce_button.isEnabled()
    # Every step was on the undo stack, the anslag last; it cannot be undone, nor can
    # anything be undone past it: the stack stays where it is and says why.
    assert window.action_undo.text() == "Ångra anslag"
    index = window.undo_stack.index()
    window.action_undo.trigger()
    refused = window.findChild(QMessageBox, "user_error_box")
    assert refused is not None and refused.text() == (
        "Anslaget kan inte ångras: anslagsdagen registreras en gång och kan inte ändras.")
    assert window.undo_stack.index() == index and window.action_undo.text() == "Ångra anslag"
    assert editor.statements.model.rowCount() == 1
    refused.close()
    click(qtbot, editor.ui.back_button)


def export_minutes(qtbot: QtBot, window: MainWindow, out: Path, monkeypatch) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(out), "PDF-filer (*.pdf)"))
    with qtbot.waitSignal(window.exports.previewed, timeout=30_000):
        click(qtbot, window.meeting_page.ui.export_minutes_button)
    preview = window.findChild(PdfPreviewDialog)
    assert preview.windowTitle() == "Justerat protokoll"
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)


def test_a_secretarys_meeting_from_plan_to_justerad_pdf(
        qtbot: QtBot, window: MainWindow, world: World, tmp_path: Path,
        monkeypatch) -> None:
    starts = datetime.combine(date.today() - timedelta(days=2), time(13, 0))
    plan_meeting(qtbot, window, world, starts)
    meeting_id = window.meeting_page.meeting_id
    record_attendance(qtbot, window)
    add_paragraph(qtbot, window)
    announce_special_statement(qtbot, window)
    receive_by_dropping_a_pdf(qtbot, window, make_pdf(tmp_path / "sarskilt-yttrande.pdf",
                                                      STATEMENT_TEXT))
    justering = send_and_justera(qtbot, window, meeting_id)
    click(qtbot, justering.ui.button_box.button(QDialogButtonBox.StandardButton.Close))
    record_posting(qtbot, window)
    check_read_only(qtbot, window)
    text = export_minutes(qtbot, window, tmp_path / "protokoll.pdf", monkeypatch)
    assert STATEMENT_TEXT in text
    assert "Kulturstrategi för Malmö" in text
