# SPDX-License-Identifier: EUPL-1.2
"""The handbook's window: a QTextBrowser over the Markdown chapters of docs/handbok.

QTextBrowser reads a chapter as Markdown (QTextDocument's Markdown reader, chosen by the
file ending), finds its pictures beside it and follows the links between chapters. The
window has no parent: a dialog open over the main window (window-modal) does not block it,
so F1 in the Justera dialog shows the chapter beside the dialog. Opened through
kraftdesk.gui.handbook.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kraftdesk.gui.icons import icon
from kraftdesk.paths import HANDBOOK_INDEX, handbook_dir

#: Pictures wider than this are shown scaled down to it (the files keep their size).
MAX_IMAGE_WIDTH = 760

_IMAGE = QTextDocument.ResourceType.ImageResource.value

_window: HandbookWindow | None = None


def chapter_path(name: str) -> Path:
    return handbook_dir() / name


class HandbookBrowser(QTextBrowser):
    """Scales wide pictures down to the reading width."""

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802
        resource = super().loadResource(kind, url)
        if int(getattr(kind, "value", kind)) != _IMAGE or resource is None:
            return resource
        image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
        if not image.isNull() and image.width() > MAX_IMAGE_WIDTH:
            return image.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        return image


class HandbookWindow(QDialog):
    """The handbook: a browser over the chapters, with Tillbaka, Framåt and Innehåll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handbook_window")
        self.setWindowTitle("Kraftdesk – handbok")
        self.setWindowIcon(icon("kraftdesk"))
        self.browser = HandbookBrowser(self)
        self.browser.setObjectName("handbook_browser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(handbook_dir())])
        self.back_button = QPushButton(icon("back"), "&Tillbaka", self)
        self.forward_button = QPushButton("&Framåt", self)
        self.contents_button = QPushButton("&Innehåll", self)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button.clicked.connect(lambda: self.show_topic(HANDBOOK_INDEX))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser)
        self.resize(880, 720)

    def show_topic(self, chapter: str, heading: str | None = None) -> None:
        """Show `chapter` (a file name in the handbook), scrolled to `heading` if given."""
        self.browser.setSource(QUrl.fromLocalFile(str(chapter_path(chapter))))
        self.scroll_to(heading)

    def current_chapter(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def scroll_to(self, heading: str | None) -> bool:
        """Scroll so that `heading` is at the top; False if the chapter has no such heading."""
        bar = self.browser.verticalScrollBar()
        if heading is None:
            bar.setValue(0)
            return True
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == heading:
                bar.setValue(int(document.documentLayout().blockBoundingRect(block).top()))
                return True
            block = block.next()
        return False


def handbook_window() -> HandbookWindow:
    """The one handbook window of the program (made on first use, kept while it lives)."""
    global _window
    if _window is None:
        _window = HandbookWindow()
        _window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        _window.destroyed.connect(_forget_window)
        QApplication.instance().aboutToQuit.connect(_window.deleteLater)
    return _window


def _forget_window() -> None:
    global _window
    _window = None
