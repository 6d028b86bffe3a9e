# SPDX-License-Identifier: EUPL-1.2
"""Composition root of the desktop app: QApplication, Swedish translations, register, window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from kraftdesk import APP_DISPLAY_NAME, APP_NAME, ORG_NAME
from kraftdesk.domain.errors import UserError
from kraftdesk.services.organisation import overview
from kraftdesk.services.registers import open_register, register_url


def install_swedish(app: QApplication) -> list[QTranslator]:
    """Qt's own Swedish strings for standard buttons and dialogs (qtbase_sv.qm)."""
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    translators = []
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load("qtbase_sv", path):
        app.installTranslator(translator)
        translators.append(translator)
    return translators


def main(db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    install_swedish(app)
    try:
        register = open_register(register_url(db), create=True)
    except UserError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, exc.message)
        return 1
    facts = overview(register)
    window = QMainWindow()
    window.setWindowTitle(f"{APP_DISPLAY_NAME} – {facts.organisation or 'nytt register'}")
    window.setCentralWidget(QLabel(
        f"Register: {register.url}\nSammanträden: {facts.meetings}\nParagrafer: {facts.paragraphs}"
    ))
    window.resize(900, 600)
    window.show()
    return app.exec()
