# SPDX-License-Identifier: EUPL-1.2
"""Opening the register while the first screen is already on show.

Start-up is the time to a window with the secretary's meetings in it. Qt starts in about
0.15 s; SQLAlchemy, the models and the services the window uses take five times that.
So the app reads its first screen without them (kraftdesk.services.first_screen), shows
the window, and meanwhile a thread imports what the window needs to be ready. When it is
done the register is opened on the GUI thread, as always (migration check, the same
Register object), and the window attaches it; then the thread imports the other services.
Anything the user asks of the register before then waits for it (`RegisterLoader.open`,
`RegisterLoader.finish`), so nothing behaves differently, it only comes later.

Only Qt-free modules are imported in the thread; Qt classes are made on the GUI thread.
The thread also sets up the log file (kraftdesk.gui.errors.configure_logging), which
would otherwise delay the first paint by its imports.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kraftdesk.gui.errors import configure_logging

if TYPE_CHECKING:
    from kraftdesk.services.registers import Register


#: The services the window's pages use: what `MainWindow` imports through the GUI's modules
#: when every page has been built (tests/gui/test_startup.py checks that it needs no other).
#: Not the demo, backup or verification services, which bring JSON Schema and more and are
#: rarely used.
SERVICES = tuple(f"kraftdesk.services.{name}" for name in (
    "registers", "browse", "organisation", "meetings", "paragraphs", "proceedings",
    "statements", "justering", "ledger", "search", "composition", "exports", "marks",
    "watching", "cases", "templates", "notices", "appendices", "dispatch", "reminders",
    "input_files"))

#: The ones the window needs to be ready (`MainWindow.attach`: the register open, the
#: Sammanträden list reading it, the watch for others' writes): SQLAlchemy's Core, not its
#: ORM nor the mapped models (Register.read_rows, kraftdesk.register.core_tables). The rest
#: are imported by the same thread once the window is ready (`RegisterLoader.load_the_rest`),
#: and the models prepared; the other pages are built, with their modules, when first used
#: or when the event loop is idle (MainWindow.build_pages_when_idle).
READY_SERVICES = tuple(f"kraftdesk.services.{name}" for name in (
    "registers", "changes", "browse", "watching"))


def release_collector() -> None:
    """Let Python's cyclic garbage collector run again, if the `kraftdesk` command held it
    for the start-up (kraftdesk.launcher). What start-up made is frozen first: it lives as
    long as the program, and later collections need not traverse it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


class RegisterLoader(QObject):
    """Imports the service layer in a thread, then opens the register at `url` on demand.

    The thread imports what the window needs to be ready (READY_SERVICES), says so, and
    waits; once the window is ready (`load_the_rest`) it imports the other SERVICES, so
    that they are there when the user first opens a meeting, a paragraph or another page.

    Signals:
        imported(): the imports are done (or failed: `open` then raises the error).
        all_imported(): the other services too, and SQLAlchemy has configured the mappers
            (the window builds its other pages then: MainWindow.build_pages_when_idle).
    """

    imported = Signal()
    all_imported = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._started = False
        self._error: BaseException | None = None
        self._first_done = threading.Event()
        self._rest_wanted = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kraftdesk-start", daemon=True)

    def start(self) -> None:
        """Start the imports in the thread (nothing to do if `open` came first)."""
        if not self._started:
            self._started = True
            self._thread.start()

    def load_the_rest(self) -> None:
        """The window is ready: let the thread import the other services."""
        self._rest_wanted.set()

    def finish(self) -> None:
        """Every service imported, if the thread was started (a page is about to be built:
        its modules import the services, and are not imported on two threads at once)."""
        self._rest_wanted.set()
        if self._started and self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        self._load()
        self._first_done.set()
        self.imported.emit()
        self._rest_wanted.wait()
        try:
            for name in SERVICES:
                importlib.import_module(name)
            from kraftdesk.services.registers import prepare_models

            prepare_models()
        except Exception:  # noqa: BLE001 - imported again, and said, where it is used
            return
        with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
            self.all_imported.emit()

    def _load(self) -> None:
        try:
            configure_logging()
            for name in READY_SERVICES:
                importlib.import_module(name)
        except BaseException as error:  # re-raised on the GUI thread by open()  # noqa: BLE001
            self._error = error

    def open(self) -> Register:
        """The opened register (waits for the imports; a RegisterError says why not)."""
        if self._started:
            self._first_done.wait()
        else:  # asked for before the thread was started: load here and now
            self._started = True
            self._load()
            self._first_done.set()
        if self._error is not None:
            raise self._error
        from kraftdesk.services.registers import open_register

        return open_register(self.url)
