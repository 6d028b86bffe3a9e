# SPDX-License-Identifier: EUPL-1.2
"""Hjälp ▸ Handbok and F1: the Swedish handbook (docs/handbok, Markdown) inside the program.

The handbook is the Markdown in docs/handbok (packaged with the wheel and the bundle, found
through kraftdesk.paths.handbook_dir), shown by a QTextBrowser, which renders Markdown
(QTextDocument's Markdown reader) and follows the links between chapters. F1 opens the
chapter, at its heading, for what is on screen: `TOPICS` below is the one place that ties
the program's views and dialogs to the handbook (tests/gui/test_handbook.py checks that
every entry names a chapter and a heading that exist).

The window itself is kraftdesk.gui.handbook_window, imported when it is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from kraftdesk.paths import HANDBOOK_INDEX

if TYPE_CHECKING:
    from kraftdesk.gui.handbook_window import HandbookWindow

INDEX = HANDBOOK_INDEX
HELP_SHORTCUT = "help_shortcut"

#: What F1 opens: for a page of the main window (by its attribute name on MainWindow) or a
#: dialog (by class name), the chapter file and the heading in it (None: its beginning).
TOPICS: dict[str, tuple[str, str | None]] = {
    "meetings_page": ("02-sammantradet.md", "Sammanträdena"),
    "meeting_page": ("02-sammantradet.md", "Sammanträdet"),
    "paragraph_editor": ("02-sammantradet.md", "Paragrafen"),
    "cases_page": ("08-arenden-och-sok.md", "Ärenden"),
    "search_page": ("08-arenden-och-sok.md", "Sök"),
    "ledger_page": ("03-yttranden-och-bevakning.md", "Bevakning"),
    "MeetingDialog": ("02-sammantradet.md", "Nytt sammanträde"),
    "AttendanceDialog": ("02-sammantradet.md", "Närvaro"),
    "NewParagraphDialog": ("02-sammantradet.md", "Paragrafen"),
    "ProposalDialog": ("02-sammantradet.md", "Yrkanden, omröstning och jäv"),
    "VoteDialog": ("02-sammantradet.md", "Yrkanden, omröstning och jäv"),
    "AnnounceDialog": ("03-yttranden-och-bevakning.md", "Anmäla vid sammanträdet"),
    "ReceiveDialog": ("03-yttranden-och-bevakning.md", "När texten kommer in"),
    "JusteringDialog": ("04-justering.md", "Justera protokollet"),
    "PostingDialog": ("04-justering.md", "Anslaget"),
    "PdfPreviewDialog": ("06-pdf.md", "Förhandsgranskning och utskrift"),
    "setup_page": ("01-kom-igang.md", "Organisationen, organen och personerna"),
    "FirstStartDialog": ("01-kom-igang.md", "Första start"),
    "OrganisationDialog": ("01-kom-igang.md", "Organisationen, organen och personerna"),
    "BodyDialog": ("01-kom-igang.md", "Organisationen, organen och personerna"),
    "PersonDialog": ("01-kom-igang.md", "Organisationen, organen och personerna"),
    "PartyDialog": ("01-kom-igang.md", "Organisationen, organen och personerna"),
    "MembershipDialog": ("01-kom-igang.md", "Organisationen, organen och personerna"),
    "MemberImportDialog": ("01-kom-igang.md", "Ledamotslistan från Excel"),
    "TermDialog": ("01-kom-igang.md", "En ny mandatperiod"),
    "case_page": ("08-arenden-och-sok.md", "Ärendets sida"),
    "AgendaChoiceDialog": ("08-arenden-och-sok.md", "Ärendets sida"),
    "CaseImportDialog": ("08-arenden-och-sok.md", "Ärenden från diariet"),
    "AppendixDialog": ("02-sammantradet.md", "Bilagor"),
    "DispatchDialog": ("02-sammantradet.md", "Expediering"),
    "WrittenFilesDialog": ("02-sammantradet.md", "Expediering"),
    "TextBlocksDialog": ("02-sammantradet.md", "Standardpunkter och textblock"),
    "AgendaTemplateDialog": ("02-sammantradet.md", "Standardpunkter och textblock"),
}


def show_handbook(chapter: str = INDEX, heading: str | None = None) -> HandbookWindow:
    """Show the handbook at `chapter` and `heading`, in its one window."""
    from kraftdesk.gui.handbook_window import handbook_window

    window = handbook_window()
    window.show()  # first: the chapter is laid out at the window's width, then scrolled
    if QApplication.platformName() != "offscreen":  # which cannot raise, and warns
        window.raise_()
    window.activateWindow()
    window.show_topic(chapter, heading)
    return window


def topic_for(main_window: QMainWindow) -> tuple[str, str | None]:
    """The chapter and heading for what is on screen: the dialog in front, else the page."""
    front = QApplication.activeModalWidget() or QApplication.activeWindow()
    if isinstance(front, QDialog) and type(front).__name__ in TOPICS:
        return TOPICS[type(front).__name__]
    page = main_window.current_page()  # type: ignore[attr-defined]
    for name, topic in TOPICS.items():
        # Built pages only: a page is built when first used (MainWindow.built_page).
        if page is not None and main_window.built_page(name) is page:  # type: ignore[attr-defined]
            return topic
    return INDEX, None


def help_for(widget: QWidget) -> None:
    """F1 in a dialog: its chapter if it has one, else the handbook's contents."""
    show_handbook(*TOPICS.get(type(widget).__name__, (INDEX, None)))


def add_help_key(dialog: QDialog) -> None:
    """F1 in `dialog` opens its part of the handbook (once per dialog)."""
    from PySide6.QtGui import QShortcut

    if dialog.findChild(QShortcut, HELP_SHORTCUT) is not None:
        return
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    shortcut.setObjectName(HELP_SHORTCUT)
    shortcut.activated.connect(lambda: help_for(dialog))


def _help_key_for_active_dialog() -> None:
    """Every dialog gets F1 when it first comes to the front (the main window's F1 is
    blocked while a window-modal dialog is open)."""
    window = QApplication.activeWindow()
    if isinstance(window, QDialog) and window.objectName() != "handbook_window":
        add_help_key(window)


def install_help(main_window: QMainWindow, menu: object, before: QAction) -> QAction:
    """Hjälp ▸ Handbok (F1) in `menu`, above `before`; F1 opens the part for the view."""
    action = QAction("&Handbok", main_window)
    action.setObjectName("action_handbook")
    action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])
    action.setStatusTip("Handboken; F1 visar avsnittet om det du arbetar med")
    action.triggered.connect(lambda: show_handbook(*topic_for(main_window)))
    menu.insertAction(before, action)  # type: ignore[attr-defined]
    menu.insertSeparator(before)  # type: ignore[attr-defined]
    app = QApplication.instance()
    if app is not None and not app.property(HELP_SHORTCUT):
        app.setProperty(HELP_SHORTCUT, True)
        app.focusWindowChanged.connect(lambda _window: _help_key_for_active_dialog())
    return action
