# SPDX-License-Identifier: EUPL-1.2
"""The paragraph editor's marks: a personnummer is flagged, a selection is marked, listed,
highlighted, removed; locked minutes cannot be marked."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from kraftdesk.domain.enums import MarkKind
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.register.database import Register
from kraftdesk.services import marks, paragraphs
from tests.gui.conftest import World
from tests.gui.test_paragraph_editor import open_editor

SUMMARY = "Sökande är Kalle Karlsson, 811218-9876, Storgatan 1 i Malmö."


def test_a_personnummer_is_flagged_and_a_selection_marked(
        qtbot: QtBot, window: MainWindow, register: Register, world: World) -> None:
    paragraph_id = open_editor(window, register, world)
    paragraphs.update_paragraph(register, paragraph_id, summary=SUMMARY)
    editor = window.paragraph_editor
    editor.load(paragraph_id)
    panel = editor.marks
    assert panel.warning_label.text() == ("«811218-9876» i Sammanfattning ser ut som ett "
                                          "personnummer och är inte markerat.")
    edit = editor.ui.summary_edit
    # The unmarked number has its own background in the field.
    assert [s.cursor.selectedText() for s in edit.extraSelections()] == ["811218-9876"]
    cursor = edit.textCursor()
    start = SUMMARY.index("Kalle")
    cursor.setPosition(start)
    cursor.setPosition(SUMMARY.index("Storgatan") - 2, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    with qtbot.waitSignal(window.operations.changes_applied, timeout=3000):
        panel.mark_selection("paragraph.summary", edit, MarkKind.PERSONAL_DATA)
    assert [m.text for m in marks.paragraph_marks(register, paragraph_id)] == [
        "Kalle Karlsson, 811218-9876"]
    assert panel.warning_label.isHidden()
    assert panel.marks_list.item(0).text() == (
        "§ 1, Sammanfattning (text), personuppgift: «Kalle Karlsson, 811218-9876»")
    assert [s.cursor.selectedText() for s in edit.extraSelections()] == [
        "Kalle Karlsson, 811218-9876"]
    editor.ui.section_tabs.setCurrentWidget(panel)
    target = os.environ.get("KRAFTDESK_SCREENSHOTS")
    if target:
        window.resize(1280, 800)
        window.grab().save(str(Path(target) / "screenshot-markeringar.png"))
    panel.marks_list.setCurrentRow(0)
    with qtbot.waitSignal(window.operations.changes_applied, timeout=3000):
        panel.remove_button.click()
    assert marks.paragraph_marks(register, paragraph_id) == []
