# SPDX-License-Identifier: EUPL-1.2
"""A meeting: plan it in the dialog, put items on the agenda, reorder them, record attendance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk.domain.enums import AttendanceKind
from kraftdesk.gui.controllers.attendance_dialog import AttendanceDialog
from kraftdesk.gui.controllers.meeting_dialog import MeetingDialog
from kraftdesk.gui.controllers.new_paragraph import NewParagraphDialog
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.gui.models.attendance_edit_model import AttendanceEditModel
from kraftdesk.register.database import Register
from kraftdesk.services import meetings
from tests.gui.conftest import World
from tests.gui.helpers import column_texts, double_click_row, fill, type_text


def open_meeting(window: MainWindow, world: World, key: str = "ks-jan") -> None:
    window.open_meeting(world.meetings[key])
    assert window.current_page() is window.meeting_page


def agenda_titles(window: MainWindow) -> list[str]:
    return column_texts(window.meeting_page.ui.agenda_view, 1)


def test_plan_a_meeting_in_the_dialog_and_open_it(qtbot: QtBot, window: MainWindow,
                                                  world: World) -> None:
    window.ui.action_new_meeting.trigger()
    dialog = window.findChild(MeetingDialog)
    assert dialog is not None and dialog.windowTitle() == "Nytt sammanträde"
    save = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Spara"
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    dialog.ui.body_combo.setCurrentIndex(dialog.ui.body_combo.findData(world.ks))
    fill(dialog.ui.starts_edit, "2026-03-04 13:00")
    fill(dialog.ui.approval_edit, "2026-03-11 10:00")
    dialog.ui.place_edit.setFocus()
    type_text(dialog.ui.place_edit, "Rådhuset, Malmö")
    assert dialog.ui.chair_combo.currentText() == "Anna Svensson (S), ordförande"
    eklof = dialog.ui.approvers_list.findItems("John Eklöf (M), ledamot",
                                               Qt.MatchFlag.MatchExactly)[0]
    eklof.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.meeting_page
    page = window.meeting_page
    assert page.ui.title_label.text() == "Kommunstyrelsen 4 mars 2026"
    assert page.ui.chair_value.text() == "Anna Svensson (S)"
    assert page.ui.approvers_value.text() == "John Eklöf (M)"
    assert page.ui.approval_value.text() == "2026-03-11 10:00"
    assert page.ui.state_label.text() == "Utkast"
    assert page.ui.approval_deadline_value.text() == "onsdag 2026-03-18"
    assert window.meetings_page.ui.count_label.text() == "4 sammanträden"


def test_a_refused_plan_names_the_field(qtbot: QtBot, window: MainWindow, world: World) -> None:
    window.ui.action_new_meeting.trigger()
    dialog = window.findChild(MeetingDialog)
    fill(dialog.ui.starts_edit, "2026-03-04 13:00")
    fill(dialog.ui.approval_edit, "2026-03-03 10:00")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "user_error_box")
    assert box is not None and box.isVisible()
    assert box.text().startswith("Justeringen (2026-03-03 10:00) kan inte planeras före")
    assert box.informativeText() == "Gäller: justeringens tid"
    assert dialog.isVisible() and dialog.focusWidget() is dialog.ui.approval_edit.edit


def test_add_paragraph_with_a_new_case(qtbot: QtBot, window: MainWindow, world: World) -> None:
    open_meeting(window, world, "ks-feb")
    qtbot.mouseClick(window.meeting_page.ui.add_paragraph_button, Qt.MouseButton.LeftButton)
    dialog = window.meeting_page.findChild(NewParagraphDialog)
    type_text(dialog.ui.case_number_edit, "KS 2026/9")
    type_text(dialog.ui.title_edit, "Översyn av färdtjänsten")
    dialog.ui.case_number_edit.editingFinished.emit()
    assert dialog.ui.case_label.text().startswith("KS 2026/9 finns inte i registret")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert agenda_titles(window) == ["Översyn av färdtjänsten"]
    assert column_texts(window.meeting_page.ui.agenda_view, 0) == ["§ 6"]
    assert column_texts(window.meeting_page.ui.agenda_view, 2) == ["KS 2026/9"]
    assert window.action_undo.text() == "Ångra ny paragraf"
    window.action_undo.trigger()
    assert agenda_titles(window) == []
    window.action_redo.trigger()
    assert agenda_titles(window) == ["Översyn av färdtjänsten"]


def test_drag_reorders_the_agenda_and_undo_restores_it(window: MainWindow, world: World) -> None:
    open_meeting(window, world)
    before = agenda_titles(window)
    model = window.meeting_page.agenda
    mime = model.mimeData([model.index(4, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert agenda_titles(window) == [before[4], *before[:4]]
    assert column_texts(window.meeting_page.ui.agenda_view, 0) == [
        "§ 1", "§ 2", "§ 3", "§ 4", "§ 5"]
    assert window.action_undo.text() == "Ångra flytt av § 5"
    window.action_undo.trigger()
    assert agenda_titles(window) == before
    window.action_redo.trigger()
    assert agenda_titles(window)[0] == before[4]


def test_keyboard_moves_a_paragraph_down(qtbot: QtBot, window: MainWindow, world: World) -> None:
    open_meeting(window, world)
    before = agenda_titles(window)
    view = window.meeting_page.ui.agenda_view
    view.selectRow(0)
    qtbot.mouseClick(window.meeting_page.ui.move_down_button, Qt.MouseButton.LeftButton)
    assert agenda_titles(window) == [before[1], before[0], *before[2:]]


def test_record_attendance_with_a_serving_substitute(qtbot: QtBot, window: MainWindow,
                                                      world: World, register: Register,
                                                      qtmodeltester) -> None:
    open_meeting(window, world)
    qtmodeltester.check(window.meeting_page.agenda)
    window.meeting_page.ui.detail_tabs.setCurrentWidget(window.meeting_page.ui.attendance_tab)
    qtbot.mouseClick(window.meeting_page.ui.edit_attendance_button, Qt.MouseButton.LeftButton)
    dialog = window.meeting_page.findChild(AttendanceDialog)
    model = dialog.model
    qtmodeltester.check(model)
    table = dialog.ui.attendance_table
    assert column_texts(table, AttendanceEditModel.KIND) == ["Tjänstgörande ledamot"] * 3
    row = model.row_of(world.people["Anton Sauer"])
    model.setData(model.index(row, AttendanceEditModel.KIND), None)
    assert column_texts(table, AttendanceEditModel.KIND)[row] == "Frånvarande"
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    view = meetings.meeting_view(register, world.meetings["ks-jan"])
    assert [(a.person.name, a.kind) for a in view.attendance] == [
        ("Anna Svensson", AttendanceKind.MEMBER), ("John Eklöf", AttendanceKind.MEMBER)]
    assert column_texts(window.meeting_page.ui.attendance_view, 0) == [
        "Anna Svensson (S)", "John Eklöf (M)"]


def test_double_click_opens_a_meeting_from_the_list(qtbot: QtBot, window: MainWindow,
                                                    world: World) -> None:
    double_click_row(qtbot, window.meetings_page.ui.table_view, 2)
    assert window.current_page() is window.meeting_page
    assert window.meeting_page.ui.title_label.text() == "Kommunstyrelsen 7 januari 2026"
    assert window.ui.action_new_paragraph.isEnabled()
    qtbot.mouseClick(window.meeting_page.ui.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.meetings_page
    assert not window.ui.action_new_paragraph.isEnabled()
    assert QApplication.activeModalWidget() is None


def test_the_meeting_menu_follows_the_state_of_the_minutes(window: MainWindow, world: World,
                                                            register: Register) -> None:
    from datetime import date

    from kraftdesk.services import justering

    open_meeting(window, world)
    assert window.ui.action_new_paragraph.isEnabled()
    assert not window.ui.action_justera.isEnabled()  # not yet sent for justering
    justering.send_for_justering(register, world.meetings["ks-jan"], on=date(2026, 1, 8))
    window.on_changes(meetings_changed(world), None)
    assert not window.ui.action_new_paragraph.isEnabled()
    assert window.ui.action_justera.isEnabled()
    assert window.ui.action_export_minutes.isEnabled()


def meetings_changed(world: World):
    from kraftdesk.services.changes import Changes

    return Changes(meetings=frozenset({world.meetings["ks-jan"]}))
