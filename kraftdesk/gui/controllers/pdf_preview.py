# SPDX-License-Identifier: EUPL-1.2
"""The in-app PDF preview (QtPdf), with printing and "open in the system's PDF reader".

The document is read from a QBuffer, never from the file (PITFALLS: QPdfDocument keeps a
file open, which on Windows blocks exporting the same PDF again).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kraftdesk.gui.forms.ui_pdf_preview import Ui_PdfPreview
from kraftdesk.gui.icons import icon

ZOOM_STEP = 1.2


class PdfPreviewDialog(QDialog):
    """Attributes:
        document: the loaded QPdfDocument.
    """

    def __init__(self, path: Path, *, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreview()
        self.ui.setupUi(self)
        self.path = path
        self.setWindowTitle(title)
        self.ui.file_label.setText(str(path))
        self._bytes = QByteArray(path.read_bytes())
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.statusChanged.connect(self._on_status)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.view_layout.addWidget(self.view)
        self.ui.print_button.setIcon(icon("print"))
        self.ui.open_external_button.setIcon(icon("open-external"))
        self.ui.print_button.clicked.connect(self.print_document)
        self.ui.open_external_button.clicked.connect(self.open_external)
        self.ui.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.ui.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.zoom(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self,
                  activated=lambda: self.zoom(1 / ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        self.ui.button_box.rejected.connect(self.reject)
        self._show_pages()

    @Slot(QPdfDocument.Status)
    def _on_status(self, _status: QPdfDocument.Status) -> None:
        self._show_pages()

    def _show_pages(self) -> None:
        count = self.document.pageCount()
        self.ui.pages_label.setText("" if count <= 0 else
                                    ("1 sida" if count == 1 else f"{count} sidor"))

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def open_external(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Skriv ut")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.render_to(printer)

    def render_to(self, printer: QPrinter) -> None:
        """Each page as an image at the printer's resolution, scaled to fit the page."""
        painter = QPainter(printer)
        try:
            target = printer.pageLayout().paintRectPixels(printer.resolution()).size()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page).toSize()
                fitted = size.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(page, fitted)
                painter.drawImage(QRect(0, 0, fitted.width(), fitted.height()), image)
        finally:
            painter.end()
