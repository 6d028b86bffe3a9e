# SPDX-License-Identifier: EUPL-1.2
"""Swedish everywhere: the default locale and Qt's own translation of its standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

SWEDISH = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def install_swedish(app: QApplication) -> list[QTranslator]:
    """Make Swedish the default locale and install Qt's qtbase_sv.qm (standard buttons).

    Returns the installed translators (kept alive by their parent, the application).
    """
    QLocale.setDefault(SWEDISH)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators = []
    for catalogue in ("qtbase_sv",):
        translator = QTranslator(app)
        if translator.load(catalogue, path):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def swedish_collator() -> QCollator:
    """A collator that puts Å, Ä, Ö after Z whatever the machine's locale (PITFALLS)."""
    from PySide6.QtCore import Qt  # not above: see kraftdesk.gui.roles

    collator = QCollator(SWEDISH)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    return collator
