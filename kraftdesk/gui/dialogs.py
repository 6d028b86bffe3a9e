# SPDX-License-Identifier: EUPL-1.2
"""Non-blocking confirmations: the question opens window-modal and the answer calls back.

Nothing here blocks the event loop, so a confirmation never freezes a background export's
progress, and tests drive the real buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def open_deleting(dialog: QDialog) -> None:
    """Open `dialog` window-modal; it is deleted once closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def confirm(parent: QWidget, *, title: str, text: str, accept_text: str,
            on_accept: Callable[[], object], informative: str = "",
            destructive: bool = False, name: str = "confirm_box") -> QMessageBox:
    """Ask; `on_accept()` runs only if the user presses `accept_text`. "Avbryt" cancels."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    box.setObjectName(name)
    if informative:
        box.setInformativeText(informative)
    role = (QMessageBox.ButtonRole.DestructiveRole if destructive
            else QMessageBox.ButtonRole.AcceptRole)
    accept = box.addButton(accept_text, role)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if destructive else accept)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.buttonClicked.connect(lambda button: on_accept() if button is accept else None)
    box.open()
    return box
