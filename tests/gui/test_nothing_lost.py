# SPDX-License-Identifier: EUPL-1.2
"""Issue 13 in the window: undo never deletes what came in (the issue's own case), a second
window's save never silently reverts the first's, what is typed is checked as it is typed,
and an 800-character rubrik does not widen the window."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk.domain.enums import StatementKind, StatementState
from kraftdesk.domain.errors import CHANGED_MESSAGE
from kraftdesk.gui.controllers.announce_dialog import AnnounceDialog
from kraftdesk.gui.controllers.meeting_dialog import MeetingDialog
from kraftdesk.gui.controllers.people import check
from kraftdesk.gui.controllers.setup_dialogs import OrganisationDialog
from kraftdesk.gui.controllers.statement_actions import RECEIVED_IS_FINAL, ReceiveDialog
from kraftdesk.gui.main_window import CHANGED_ELSEWHERE, MainWindow
from kraftdesk.gui.settings import UiSettings
from kraftdesk.register.database import Register
from kraftdesk.services import meetings, organisation, paragraphs, statements
from kraftdesk.services.registers import open_file
from tests.gui.conftest import World
from tests.gui.helpers import fill, type_text
from tests.nothing_lost.world import export

LONG_TEXT = ("Vi, Moderaterna och Centerpartiet, lämnar följande särskilda yttrande. "
             * 700)[:45_000]


def paragraph_ids(register: Register, world: World) -> list[int]:
    return [p.id for p in meetings.meeting_view(register, world.meetings["ks-jan"]).paragraphs]


def undo_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Z, as pressed outside a text field (a text field undoes its own typing first):
    through the window's own shortcut."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    target = window.paragraph_editor.ui.section_tabs
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_undo_never_deletes_a_received_text(qtbot: QtBot, window: MainWindow,
                                            register: Register, world: World,
                                            register_path: Path) -> None:
    """The issue's case: a särskilt yttrande announced, then received with 45,000
    characters; later, in another paragraph, Ctrl+Z twice: the text is still there."""
    first, second = paragraph_ids(register, world)[:2]
    window.open_meeting(world.meetings["ks-jan"])
    window.open_paragraph(first)
    editor = window.paragraph_editor
    editor.focus_section("statements_tab")
    qtbot.mouseClick(editor.ui.announce_button, Qt.MouseButton.LeftButton)
    announce = editor.findChild(AnnounceDialog)
    check(announce.ui.authors_list, "John Eklöf (M)")
    check(announce.ui.authors_list, "Anton Sauer (C)")
    announce.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    editor.statements.select_row(0)
    qtbot.mouseClick(editor.ui.statement_receive_button, Qt.MouseButton.LeftButton)
    receive = editor.findChild(ReceiveDialog)
    fill(receive.ui.received_edit, "2026-01-07 15:30")
    receive.ui.text_edit.setPlainText(LONG_TEXT)  # pasted
    receive.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    [row] = statements.statements_view(register, first)
    assert row.state is StatementState.RECEIVED and row.text == LONG_TEXT.strip()
    assert window.action_undo.text().startswith("Ångra inkommen text")
    received = export(register_path)

    # Later, in another paragraph.
    window.open_paragraph(second)
    original = paragraphs.paragraph_view(register, second).title
    editor.ui.title_edit.selectAll()
    type_text(editor.ui.title_edit, "Budget 2027, reviderad")
    qtbot.keyClick(editor.ui.title_edit, Qt.Key.Key_Return)
    assert paragraphs.paragraph_view(register, second).title == "Budget 2027, reviderad"

    undo_by_keyboard(qtbot, window)  # takes back the rubrik
    assert paragraphs.paragraph_view(register, second).title == original
    undo_by_keyboard(qtbot, window)  # would take back the receipt: refused, said why
    refused = window.findChild(QMessageBox, "user_error_box")
    assert refused is not None and refused.text() == RECEIVED_IS_FINAL
    refused.close()
    undo_by_keyboard(qtbot, window)  # and again: the stack stays, nothing is undone past it
    [row] = statements.statements_view(register, first)
    assert row.state is StatementState.RECEIVED and len(row.text or "") == 45_000
    assert export(register_path) == received
    assert window.action_undo.text().startswith("Ångra inkommen text")
    window.action_redo.trigger()  # the rubrik again; redo never touches the statement
    assert paragraphs.paragraph_view(register, second).title == "Budget 2027, reviderad"
    assert statements.statements_view(register, first)[0].text == LONG_TEXT.strip()


def test_undoing_an_announcement_another_window_received_is_refused(
        qtbot: QtBot, window: MainWindow, register: Register, world: World,
        register_path: Path) -> None:
    first = paragraph_ids(register, world)[0]
    window.open_meeting(world.meetings["ks-jan"])
    window.open_paragraph(first)
    editor = window.paragraph_editor
    editor.focus_section("statements_tab")
    qtbot.mouseClick(editor.ui.announce_button, Qt.MouseButton.LeftButton)
    announce = editor.findChild(AnnounceDialog)
    check(announce.ui.authors_list, "John Eklöf (M)")
    announce.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    [row] = statements.statements_view(register, first)
    other = open_file(register_path)  # another secretary receives the text meanwhile
    try:
        statements.receive(other, row.id, received_at=row.deadline.replace(hour=15),
                           text="Det särskilda yttrandet.")
    finally:
        other.close()
    received = export(register_path)
    window.action_undo.trigger()
    refused = window.findChild(QMessageBox, "user_error_box")
    assert refused is not None and refused.text().startswith(CHANGED_MESSAGE)
    assert export(register_path) == received
    assert window.undo_stack.canUndo()  # still there: the stack did not move


def test_a_second_window_does_not_silently_revert_the_first(
        qtbot: QtBot, window: MainWindow, register: Register, world: World,
        register_path: Path, settings: UiSettings) -> None:
    """Window A shows a meeting; window B (its own register connection, as another
    process) saves a new place; A saves another change from its open dialog: refused, and
    A's dialog shows B's place. A notices B's write by itself and reads the meeting anew."""
    meeting_id = world.meetings["ks-jan"]
    window.open_meeting(meeting_id)
    page = window.meeting_page
    qtbot.mouseClick(page.ui.edit_meeting_button, Qt.MouseButton.LeftButton)
    mine = page.findChild(MeetingDialog)
    other_register = open_file(register_path)
    other = MainWindow(register=other_register, settings=settings)
    qtbot.addWidget(other)
    try:
        other.show()
        other.open_meeting(meeting_id)
        qtbot.mouseClick(other.meeting_page.ui.edit_meeting_button, Qt.MouseButton.LeftButton)
        theirs = other.meeting_page.findChild(MeetingDialog)
        theirs.ui.place_edit.clear()
        type_text(theirs.ui.place_edit, "Stadshuset, sal B")
        theirs.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        assert meetings.meeting_view(register, meeting_id).plan.place == "Stadshuset, sal B"
        saved = export(register_path)

        fill(mine.ui.approval_edit, "2026-01-09 10:00")
        mine.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        refused = mine.findChild(QMessageBox, "user_error_box")
        assert refused is not None and refused.text() == (
            f"{CHANGED_MESSAGE} (sammanträdet KS:2026-01-07). Din ändring är inte sparad; läs "
            "de nuvarande uppgifterna och gör ändringen igen.")
        refused.close()
        assert export(register_path) == saved
        assert mine.isVisible() and mine.ui.place_edit.text() == "Stadshuset, sal B"
        assert mine.ui.approval_edit.text() == "2026-01-07 16:00"  # the current values
        fill(mine.ui.approval_edit, "2026-01-09 10:00")
        mine.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
        view = meetings.meeting_view(register, meeting_id)
        assert view.plan.place == "Stadshuset, sal B"
        assert f"{view.plan.approval_due_at:%Y-%m-%d %H:%M}" == "2026-01-09 10:00"

        # Window B did not write this: it notices on its own cheap check and reads anew.
        assert other.meeting_page.ui.approval_value.text() == "2026-01-07 16:00"
        assert other.check_others() is True
        assert other.meeting_page.ui.approval_value.text() == "2026-01-09 10:00"
        assert other.statusBar().currentMessage() == CHANGED_ELSEWHERE
        assert other.check_others() is False  # once
    finally:
        other.close()
        other_register.close()


def test_dates_are_checked_as_typed_and_never_rewritten(qtbot: QtBot, window: MainWindow,
                                                        world: World, register_path: Path,
                                                        tmp_path: Path) -> None:
    before = export(register_path)
    window.ui.action_new_meeting.trigger()
    dialog = window.findChild(MeetingDialog)
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    fill(dialog.ui.starts_edit, "2026-13-45 25:99")
    assert dialog.ui.starts_edit.text() == "2026-13-45 25:99"  # as typed, not rewritten
    assert dialog.ui.starts_edit.message.isVisible()
    assert dialog.ui.starts_edit.message.text() == "Månaden 13 finns inte (01–12) i «2026-13-45»."
    assert not save.isEnabled()
    fill(dialog.ui.starts_edit, "2026-02-30 13:00")
    assert dialog.ui.starts_edit.message.text() == (
        "Dagen 30 finns inte i februari 2026 (1–28) i «2026-02-30».")
    fill(dialog.ui.starts_edit, "2026-03-04 25:99")
    assert dialog.ui.starts_edit.message.text() == "Timmen 25 finns inte (00–23) i «25:99»."
    dialog.resize(dialog.sizeHint())
    dialog.grab().save(str(tmp_path / "screenshot-datumkontroll.png"))
    qtbot.keyClick(dialog.ui.starts_edit.edit, Qt.Key.Key_Return)  # Save is not pressed
    assert dialog.isVisible() and export(register_path) == before
    fill(dialog.ui.starts_edit, "2026-03-04 13:00")
    assert not dialog.ui.starts_edit.message.isVisible() and save.isEnabled()
    dialog.reject()


def test_a_received_time_in_the_future_is_refused_as_typed(qtbot: QtBot, window: MainWindow,
                                                           register: Register, world: World,
                                                           register_path: Path) -> None:
    first = paragraph_ids(register, world)[0]
    statement_id = statements.announce(register, first, kind=StatementKind.SPECIAL_STATEMENT,
                                       author_ids=[world.people["John Eklöf"]]).id
    window.open_meeting(world.meetings["ks-jan"])
    window.open_paragraph(first)
    editor = window.paragraph_editor
    editor.focus_section("statements_tab")
    editor.statements.select_row(0)
    qtbot.mouseClick(editor.ui.statement_receive_button, Qt.MouseButton.LeftButton)
    dialog = editor.findChild(ReceiveDialog)
    before = export(register_path)
    fill(dialog.ui.received_edit, "2999-01-01 10:00")
    assert dialog.ui.received_edit.message.text().startswith(
        "Tidpunkten 2999-01-01 10:00 ligger i framtiden; ange när texten kom in")
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    type_text(dialog.ui.text_edit, "Yttrandet")
    dialog.save()
    assert dialog.isVisible() and export(register_path) == before
    assert statements.statement_view(register, statement_id).state is StatementState.PROMISED


def test_one_line_fields_stay_on_one_line_and_long_ones_do_not_widen_the_window(
        qtbot: QtBot, window: MainWindow, register: Register, world: World,
        tmp_path: Path) -> None:
    first = paragraph_ids(register, world)[0]
    window.open_meeting(world.meetings["ks-jan"])
    window.open_paragraph(first)
    editor = window.paragraph_editor
    pasted = "Örnäsets skola,\r\nombyggnad\tetapp\u200b 2"
    editor.ui.title_edit.setText(pasted)  # as a paste into the line
    editor.ui.title_edit.editingFinished.emit()
    assert paragraphs.paragraph_view(register, first).title == "Örnäsets skola, ombyggnad etapp 2"
    width = window.width()
    # as long as a title can be (500 characters; longer is refused, test_text_lengths.py)
    long_title = ("Återrapportering kring kraftsamlande insatser i stadsdelarna " * 14)[:500]
    paragraphs.update_paragraph(register, first, title=long_title)
    window.refresh()
    window.open_meeting(world.meetings["ks-jan"])
    window.open_paragraph(first)
    qtbot.wait(50)
    assert window.width() <= max(width, 1400)
    shown = editor.ui.heading_label.text()
    assert shown.endswith("…") and len(shown) < 400
    assert editor.ui.heading_label.toolTip() == f"§ 1 {long_title.strip()}"
    window.grab().save(str(tmp_path / "screenshot-lang-rubrik.png"))



def test_the_organisation_page_refuses_a_save_based_on_old_values(
        qtbot: QtBot, window: MainWindow, register: Register, register_path: Path) -> None:
    """The settings dialog (issue 12's Organisation page) reads the organisation's version;
    another secretary saves first: the save is refused in Swedish, nothing changes, the
    dialog shows their values, and the size limit of received PDFs is one of them."""
    window.ui.action_organisation_settings.trigger()
    dialog = next(d for d in window.findChildren(OrganisationDialog) if d.isVisible())
    assert dialog.ui.pdf_limit_spin.value() == 25
    other = open_file(register_path)
    try:
        current = organisation.settings(other)
        organisation.update_settings(
            other, dataclasses.replace(current, address="Deras adress", received_pdf_max_mb=40),
            expected_version=current.version)
    finally:
        other.close()
    saved = export(register_path)
    type_text(dialog.ui.kept_at_edit, "Mitt arkiv")
    dialog.ui.pdf_limit_spin.setValue(10)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    refused = dialog.findChild(QMessageBox, "user_error_box")
    assert refused is not None and refused.text().startswith(CHANGED_MESSAGE)
    refused.close()
    assert export(register_path) == saved
    assert dialog.isVisible()
    assert dialog.ui.address_edit.text() == "Deras adress"
    assert dialog.ui.pdf_limit_spin.value() == 40
    dialog.ui.pdf_limit_spin.setValue(10)
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert organisation.settings(register).received_pdf_max_mb == 10
    assert organisation.settings(register).address == "Deras adress"


def test_a_text_block_saved_in_another_window_is_not_reverted(
        qtbot: QtBot, window: MainWindow, register: Register, register_path: Path) -> None:
    """Redigera ▸ Textblock… reads each block's version: another secretary saves the same
    block first; Spara here is refused in Swedish, nothing changes, and the dialog shows the
    text saved meanwhile."""
    from kraftdesk.gui.controllers.reuse_dialogs import TextBlocksDialog
    from kraftdesk.services import templates

    templates.save_text_block(register, "Återremiss", "Ärendet återremitteras.")
    window.action_text_blocks.trigger()
    dialog = next(d for d in window.findChildren(TextBlocksDialog) if d.isVisible())
    assert dialog.ui.text_edit.toPlainText() == "Ärendet återremitteras."
    other = open_file(register_path)
    try:
        (theirs,) = templates.text_blocks(other)
        templates.save_text_block(other, theirs.name, "Deras text.", block_id=theirs.id,
                                  expected_version=theirs.version)
    finally:
        other.close()
    saved = export(register_path)
    dialog.ui.text_edit.setPlainText("Min text.")
    dialog.ui.save_button.click()
    refused = dialog.findChild(QMessageBox, "user_error_box")
    assert refused is not None and refused.text().startswith(CHANGED_MESSAGE)
    refused.close()
    assert export(register_path) == saved
    assert dialog.ui.text_edit.toPlainText() == "Deras text."
    dialog.ui.text_edit.setPlainText("Min text.")
    dialog.ui.save_button.click()
    assert [b.text for b in templates.text_blocks(register)] == ["Min text."]
