# SPDX-License-Identifier: EUPL-1.2
"""Opening the register while the first screen is already on show.

Start-up is the time to a window with the secretary's meetings in it. Qt starts in about
0.15 s; SQLAlchemy, the models and the services the window uses take five times that.
So the app reads its first screen without them (kraftdesk.services.first_screen), shows
the window, and meanwhile a thread imports the service layer. When it is done the register
is opened on the GUI thread, as always (migration check, the same Register object), and the
window attaches it. Anything the user asks of the register before then waits for it
(`RegisterLoader.open`), so nothing behaves differently, it only comes later.

Only Qt-free modules are imported in the thread; Qt classes are made on the GUI thread.
The thread also sets up the log file (kraftdesk.gui.errors.configure_logging), which
would otherwise delay the first paint by its imports.
"""

from __future__ import annotations

import gc
import importlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kraftdesk.gui.errors import configure_logging

if TYPE_CHECKING:
    from kraftdesk.services.registers import Register


#: The services the window's pages use: what `MainWindow.attach` imports through the GUI's
#: modules (tests/gui/test_startup.py checks that attaching needs no other). Not the demo,
#: backup or verification services, which bring JSON Schema and more and are rarely used.
SERVICES = tuple(f"kraftdesk.services.{name}" for name in (
    "registers", "browse", "organisation", "meetings", "paragraphs", "proceedings",
    "statements", "justering", "ledger", "search", "composition", "exports", "marks",
    "watching"))


def release_collector() -> None:
    """Let Python's cyclic garbage collector run again, if the `kraftdesk` command held it
    for the start-up (kraftdesk.launcher). What start-up made is frozen first: it lives as
    long as the program, and later collections need not traverse it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class RegisterLoader(QObject):
    """Imports the service layer in a thread, then opens the register at `url` on demand.

    Signals:
        imported(): the imports are done (or failed: `open` then raises the error).
    """

    imported = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._started = False
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kraftdesk-start", daemon=True)

    def start(self) -> None:
        """Start the imports in the thread (nothing to do if `open` came first)."""
        if not self._started:
            self._started = True
            self._thread.start()

    def _run(self) -> None:
        self._load()
        self.imported.emit()

    def _load(self) -> None:
        try:
            configure_logging()
            for name in SERVICES:
                importlib.import_module(name)
        except BaseException as error:  # re-raised on the GUI thread by open()  # noqa: BLE001
            self._error = error

    def open(self) -> Register:
        """The opened register (waits for the imports; a RegisterError says why not)."""
        if self._started:
            self._thread.join()
        else:  # asked for before the thread was started: load here and now
            self._started = True
            self._load()
        if self._error is not None:
            raise self._error
        from kraftdesk.services.registers import open_register

        return open_register(self.url)
