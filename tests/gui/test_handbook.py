# SPDX-License-Identifier: EUPL-1.2
"""Hjälp ▸ Handbok and F1: the handbook opens at the chapter and heading for what is on
screen, renders its Markdown and pictures, and follows its links."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kraftdesk.gui.handbook import TOPICS
from kraftdesk.gui.handbook_window import MAX_IMAGE_WIDTH, HandbookWindow, handbook_window
from kraftdesk.gui.main_window import CASES, LEDGER, MEETINGS, SEARCH, MainWindow
from tests.gui.conftest import World


def shown() -> HandbookWindow:
    window = handbook_window()
    assert window.isVisible()
    return window


def at_heading(window: HandbookWindow, heading: str) -> bool:
    """Whether `heading` is at the top of the browser (or as near as the chapter's end lets
    it come: a heading near the end cannot be scrolled up to the top)."""
    document = window.browser.document()
    bar = window.browser.verticalScrollBar()
    block = document.begin()
    while block.isValid() and not (block.blockFormat().headingLevel() and
                                   block.text() == heading):
        block = block.next()
    assert block.isValid(), heading
    top = document.documentLayout().blockBoundingRect(block).top()
    if bar.value() < bar.maximum():
        return abs(top - bar.value()) < 2
    return bar.value() <= top < bar.value() + window.browser.viewport().height()


def test_the_help_menu_has_the_handbook_with_f1(window: MainWindow) -> None:
    actions = [a for a in window.ui.menu_help.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["&Handbok", "&Om Kraftdesk"]
    assert window.action_handbook.shortcut().toString() == "F1"


def test_f1_opens_the_chapter_of_each_view(qtbot: QtBot, window: MainWindow,
                                           world: World) -> None:
    for view, name in ((MEETINGS, "meetings_page"), (CASES, "cases_page"),
                       (LEDGER, "ledger_page"), (SEARCH, "search_page")):
        window.show_view(view)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        handbook = shown()
        chapter, heading = TOPICS[name]
        assert handbook.current_chapter() == chapter
        assert heading is not None and at_heading(handbook, heading)
    window.open_meeting(world.meetings["ks-jan"])
    window.action_handbook.trigger()
    chapter, heading = TOPICS["meeting_page"]
    assert shown().current_chapter() == chapter
    assert at_heading(shown(), heading)


def test_the_chapter_is_rendered_markdown_with_its_pictures(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    window.action_handbook.trigger()  # the Sammanträden list
    handbook = shown()
    document = handbook.browser.document()
    text = document.toPlainText()
    assert "Ett sammanträde från kallelse till expediering" in text
    assert "**" not in text and "![" not in text  # Markdown, not shown as source
    picture = handbook.browser.source().resolved(QUrl("bilder/sammantraden.png"))
    image = document.resource(QTextDocument.ResourceType.ImageResource.value, picture)
    assert image is not None and not image.isNull()
    assert image.width() == MAX_IMAGE_WIDTH  # 1100 pixels wide in the file


def test_links_lead_between_chapters_and_back(qtbot: QtBot, window: MainWindow) -> None:
    window.action_handbook.trigger()
    handbook = shown()
    handbook.contents_button.click()
    assert handbook.current_chapter() == "index.md"
    handbook.browser.setSource(handbook.browser.source().resolved(QUrl("05-lagens-datum.md")))
    assert handbook.current_chapter() == "05-lagens-datum.md"
    assert "lag (1930:173)" in handbook.browser.document().toPlainText()
    assert handbook.back_button.isEnabled()
    handbook.back_button.click()
    assert handbook.current_chapter() == "index.md"


def test_f1_in_a_dialog_opens_its_part_beside_it(qtbot: QtBot, window: MainWindow,
                                                world: World) -> None:
    window.open_meeting(world.meetings["ks-jan"])
    dialog = window.justera(world.meetings["ks-jan"])
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    handbook = shown()
    assert handbook.current_chapter() == "04-justering.md"
    assert at_heading(handbook, "Justera protokollet")
    assert handbook.parent() is None  # not blocked by the window-modal dialog
    assert dialog.isVisible()
