# SPDX-License-Identifier: EUPL-1.2
"""Composition root of the desktop app: QApplication, Swedish translations, register, window.

Which register opens: `--db` (or KRAFTDESK_DB) if given; otherwise the last register used;
otherwise the default register file if it exists. When none of these gives a register with
an organisation, the first-start dialog offers to create one, open a file or try the demo.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kraftdesk import APP_DISPLAY_NAME, APP_NAME, ORG_NAME, paths
from kraftdesk.config import DB_ENV
from kraftdesk.domain.errors import UserError
from kraftdesk.gui.controllers.first_start import FirstStartDialog
from kraftdesk.gui.errors import install_excepthook, log
from kraftdesk.gui.i18n import install_swedish
from kraftdesk.gui.icons import icon
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.gui.settings import UiSettings
from kraftdesk.services.organisation import overview
from kraftdesk.services.registers import Register, open_register, register_url, sqlite_url

__all__ = ["Application", "install_swedish", "main"]


def _organisation(register: Register, seen: dict[str, str] | None = None) -> str | None:
    name = overview(register).organisation
    if name is not None and seen is not None:
        seen[register.url] = name
    return name


class Application:
    """Owns the settings and the window of the open register; switches registers."""

    def __init__(self, settings: UiSettings | None = None) -> None:
        self.settings = settings or UiSettings()
        self.window: MainWindow | None = None
        self._organisations: dict[str, str] = {}  # read once while choosing the register

    def start(self, db: str | None = None) -> MainWindow | None:
        """Open the register to work in, asking when needed; None if the user gave up."""
        register, notice, empty = self.initial_register(db)
        if register is None:
            register = self._ask(notice=notice, empty=empty)
        if register is None:
            return None
        return self._open_window(register)

    def initial_register(self, db: str | None) -> tuple[Register | None, str, Register | None]:
        """(register to use, notice for the dialog, empty register to fill)."""
        explicit = db or os.environ.get(DB_ENV)
        if explicit:
            try:
                register = open_register(register_url(explicit), create=True)
            except UserError as error:
                return None, error.message, None
            if _organisation(register, self._organisations) is not None:
                return register, "", None
            return None, "", register
        return self._remembered_register()

    def _remembered_register(self) -> tuple[Register | None, str, Register | None]:
        candidates = [self.settings.last_register] if self.settings.last_register else []
        if paths.default_register_path().exists():
            candidates.append(sqlite_url(paths.default_register_path()))
        notice = ""
        for url in candidates:
            try:
                register = open_register(url)
            except UserError as error:
                log.warning("Registret %s kunde inte öppnas: %s", url, error.message)
                notice = f"Det senast använda registret kunde inte öppnas. {error.message}"
                continue
            if _organisation(register, self._organisations) is not None:
                return register, "", None
            register.close()
        return None, notice, None

    def _ask(self, *, notice: str = "", empty: Register | None = None,
             parent: QWidget | None = None) -> Register | None:
        dialog = FirstStartDialog(empty_register=empty, notice=notice, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if empty is not None:
                empty.close()
            return None
        return dialog.register

    def _open_window(self, register: Register) -> MainWindow:
        self.settings.remember_register(register.url)
        window = MainWindow(register=register, settings=self.settings,
                            organisation=self._organisations.get(register.url))
        window.switch_register_requested.connect(self.switch_register)
        window.show()
        self.window = window
        return window

    def switch_register(self) -> None:
        old = self.window
        register = self._ask(parent=old)
        if register is None:
            return
        self._open_window(register)
        if old is not None:
            old.close()
            old.register.close()
            old.deleteLater()


def configure(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setWindowIcon(icon("kraftdesk"))
    install_swedish(app)


def main(db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure(app)
    install_excepthook()
    application = Application()
    window = application.start(db)
    if window is None:
        return 0
    status = app.exec()
    if application.window is not None:
        application.window.register.close()
    return status
