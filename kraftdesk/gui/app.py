# SPDX-License-Identifier: EUPL-1.2
"""Composition root of the desktop app: QApplication, Swedish translations, register, window.

Which register opens follows kraftdesk.config's one rule, the same as the command line's:
`--db` (or KRAFTDESK_DB) if given; otherwise the last one opened here (remembered where the
command line reads it too); otherwise the default register file if it exists. When none of
these gives a register with an organisation, the first-start wizard offers to set up a new
one, open a file or try the demo.

`main()` shows the window as soon as it can: when the register is an SQLite file that can be
read as it is, the Sammanträden list is painted from its first screen and the register is
opened while it is on show (kraftdesk.gui.startup). This module therefore imports only what
that needs, where it is used, and nothing of Qt above: all of it comes after `main()` has put
kraftdesk.gui.pyside_features in place (until then each import statement costs PySide6 a
read of the imported module's source). Start-up is over when the window is ready or a dialog
waits for the user: then, and only there, the cyclic garbage collector that the `kraftdesk`
command held (kraftdesk.launcher) runs again (Application.start_up_over).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kraftdesk import APP_DISPLAY_NAME, APP_NAME, ORG_NAME
from kraftdesk.domain.errors import UserError
from kraftdesk.gui import pyside_features

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from kraftdesk.gui.main_window import MainWindow
    from kraftdesk.gui.settings import UiSettings
    from kraftdesk.services.registers import Register

__all__ = ["Application", "main"]

#: Told how the start went, for benchmarks and tests: ("shown", window) once the window has
#: been drawn for the first time, ("ready", window) once the register is open in it.
StartObserver = Callable[[str, "MainWindow"], None]

#: Set (unless the user set it) before Qt's image thread pool is first used: see main().
NO_GUI_THREADPOOL = "QT_NO_GUI_THREADPOOL"

#: The start-up thread starts after the first paint, or after this long if none comes.
LOADER_AT_THE_LATEST_MS = 1000


def _organisation(register: Register, seen: dict[str, str] | None = None) -> str | None:
    from kraftdesk.services.registers import organisation_name

    name = organisation_name(register)
    if name is not None and seen is not None:
        seen[register.url] = name
    return name


class Application:
    """Owns the settings and the window of the open register; switches registers."""

    def __init__(self, settings: UiSettings | None = None) -> None:
        from kraftdesk.gui.settings import UiSettings

        self.settings = settings or UiSettings()
        self.window: MainWindow | None = None
        self._organisations: dict[str, str] = {}  # read once while choosing the register

    def start(self, db: str | None = None, *, quick: bool = False) -> MainWindow | None:
        """Open the register to work in, asking when needed; None if the user gave up.

        `quick`: show the window with the register's first screen and open the register
        while it is on show, when the register allows it (see the module docstring).
        """
        if quick:
            window = self._start_with_first_screen(db)
            if window is not None:
                return window
        register, notice, empty = self.initial_register(db)
        if register is None:
            register = self._ask(notice=notice, empty=empty)
        if register is None:
            return None
        return self._open_window(register)

    def _start_with_first_screen(self, db: str | None) -> MainWindow | None:
        from PySide6.QtCore import QTimer

        from kraftdesk.config import DB_ENV, register_url
        from kraftdesk.gui.main_window import MEETINGS, MainWindow
        from kraftdesk.gui.startup import RegisterLoader
        from kraftdesk.services.first_screen import read_first_screen

        if self.settings.current_view != MEETINGS:
            return None  # the first screen is the Sammanträden list
        explicit = db or os.environ.get(DB_ENV)
        candidates = [register_url(explicit)] if explicit else self._remembered_urls()
        url = candidates[0] if candidates else None
        first = read_first_screen(url) if url else None
        if first is None:
            return None
        loader = RegisterLoader(url)
        window = MainWindow(settings=self.settings, first_screen=first, loader=loader)
        loader.setParent(window)
        window.attach_failed.connect(lambda message: self._attach_failed(window, message))
        # After the first paint, and after anything else told of it: the thread's imports
        # would hold the interpreter while the window is drawn. A window that is not
        # drawn soon (hidden, minimised) does not hold the register back either.
        window.painted.connect(lambda: QTimer.singleShot(0, loader.start))
        window.ready.connect(loader.load_the_rest)
        QTimer.singleShot(LOADER_AT_THE_LATEST_MS, loader, loader.start)
        self._show(window, url)
        return window

    def _attach_failed(self, window: MainWindow, message: str) -> None:
        """The register of the first screen would not open: choose another, or quit."""
        register = self._ask(notice=message, parent=window)
        if register is not None:
            self._open_window(register)
        self._close(window)

    def initial_register(self, db: str | None) -> tuple[Register | None, str, Register | None]:
        """(register to use, notice for the dialog, empty register to fill)."""
        from kraftdesk.config import DB_ENV, register_url
        from kraftdesk.gui.register_upgrade import open_register

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

    def _remembered_urls(self) -> list[str]:
        """The last register used, then the default register file if it exists."""
        from kraftdesk import paths
        from kraftdesk.config import sqlite_url

        urls = [self.settings.last_register] if self.settings.last_register else []
        if paths.default_register_path().exists():
            urls.append(sqlite_url(paths.default_register_path()))
        return urls

    def _remembered_register(self) -> tuple[Register | None, str, Register | None]:
        from kraftdesk.gui.errors import log
        from kraftdesk.gui.register_upgrade import open_register

        notice = ""
        for url in self._remembered_urls():
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
        from PySide6.QtWidgets import QDialog

        from kraftdesk.gui.controllers.first_start import FirstStartDialog

        self.start_up_over()  # the user chooses at leisure

        dialog = FirstStartDialog(empty_register=empty, notice=notice, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if empty is not None:
                empty.close()
            return None
        return dialog.register

    def _open_window(self, register: Register) -> MainWindow:
        from kraftdesk.gui.main_window import MainWindow

        window = MainWindow(register=register, settings=self.settings,
                            organisation=self._organisations.get(register.url))
        self._show(window, register.url)
        return window

    def _show(self, window: MainWindow, url: str) -> None:
        self.settings.remember_register(url)
        window.ready.connect(self.start_up_over)
        window.show_register_choice()
        window.switch_register_requested.connect(self.switch_register)
        window.show()
        self.window = window

    @staticmethod
    def start_up_over() -> None:
        """The window is ready, or a dialog waits for the user: let the collector run again
        (the one place; nothing to do after the first time or if it was not held)."""
        from kraftdesk.gui.startup import release_collector

        release_collector()

    def switch_register(self) -> None:
        old = self.window
        register = self._ask(parent=old)
        if register is None:
            return
        self._open_window(register)
        if old is not None:
            self._close(old)

    @staticmethod
    def _close(window: MainWindow) -> None:
        window.close()
        close_register(window)
        window.deleteLater()


def close_register(window: MainWindow) -> None:
    """Close the window's register; first, when something was written through the window, a
    rotating automatic backup (kraftdesk.services.backups.backup_on_close: SQLite registers;
    a database server has its own). A failed backup never keeps the program from closing: it
    is logged."""
    register = window.register
    if register is None:
        return
    if window.wrote:
        import logging

        from kraftdesk.services import backups

        try:
            backups.backup_on_close(register)
        except (UserError, OSError) as exc:
            logging.getLogger(__name__).warning("Säkerhetskopian när programmet stängdes "
                                                "misslyckades: %s", exc)
    register.close()


def configure(app: QApplication) -> None:
    from kraftdesk.gui.i18n import install_swedish
    from kraftdesk.gui.icons import icon

    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setWindowIcon(icon("kraftdesk"))
    install_swedish(app)


def show_start_problem(message: str) -> None:
    """Why the program cannot start: on standard error, and in a box where a screen shows it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    print(f"kraftdesk: {message}", file=sys.stderr)
    if QApplication.platformName() in {"offscreen", "minimal"}:
        return  # nobody would see the box, and it would wait for ever
    QMessageBox.critical(None, APP_DISPLAY_NAME, message)


def main(db: str | None = None, *, observer: StartObserver | None = None) -> int:
    # Before the window's modules are imported: each import after PySide6's asks it a question
    # that kraftdesk.gui.pyside_features answers cheaper.
    pyside_features.install()
    from PySide6.QtWidgets import QApplication

    from kraftdesk.gui.errors import configure_logging, install_excepthook
    from kraftdesk.gui.preflight import data_folder_problem, display_problem, prefer_utf8_locale
    from kraftdesk.gui.smoke import observer_from_environment

    # Qt's image thread pool would start two threads in the first paint to fill the list's
    # scroll bar, and the window waited for them (10 ms on a busy two-core machine); the
    # app's images are small, and are drawn as fast on the GUI thread.
    os.environ.setdefault(NO_GUI_THREADPOOL, "1")
    problem = display_problem()  # before Qt tries, and aborts in English
    if problem:
        print(f"kraftdesk: {problem}", file=sys.stderr)
        return 1
    prefer_utf8_locale()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure(app)
    problem = data_folder_problem()
    if problem:
        show_start_problem(problem)
        return 1
    install_excepthook()
    observer = observer or observer_from_environment()
    application = Application()
    window = application.start(db, quick=True)
    if window is None:
        return 0
    if window.register is not None:
        configure_logging()  # else the start-up thread does (kraftdesk.gui.startup)
    if observer is not None:
        _observe(window, observer)
    status = app.exec()
    if application.window is not None:
        close_register(application.window)
    return status


def _observe(window: MainWindow, observer: StartObserver) -> None:
    from PySide6.QtCore import QTimer

    window.painted.connect(lambda: observer("shown", window))
    window.ready.connect(lambda: QTimer.singleShot(0, lambda: observer("ready", window)))
