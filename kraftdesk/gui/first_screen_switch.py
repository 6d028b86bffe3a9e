# SPDX-License-Identifier: EUPL-1.2
"""The main window's switch-over from the first screen to the open register.

A window started with the first screen (kraftdesk.gui.startup) shows the Sammanträden list
from it: the first page in the first order, and the count. Anything else (another order, a
filter, a later page, another page of the window) needs the register: `ensure_attached`
waits for the start-up thread and attaches the register, or says why it could not be opened
(`MainWindow.attach_failed`). Once it is attached the list reads the register, and is redrawn
only if the register gives other rows than the first screen did.

A window made with its register open has nothing to switch: the list reads the register
from the start. Either way `MainWindow.ready` is emitted once the window has been painted
with its register attached, which is when start-up is over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

from kraftdesk.domain.errors import UserError
from kraftdesk.gui.controllers.pages import MEETINGS_QUERY
from kraftdesk.gui.models.paged import Query
from kraftdesk.services.list_rows import MeetingOrder, MeetingRow

if TYPE_CHECKING:
    from kraftdesk.gui.controllers.list_page import ListPage
    from kraftdesk.gui.startup import RegisterLoader
    from kraftdesk.services.first_screen import FirstScreen
    from kraftdesk.services.registers import Register


class Window(Protocol):
    """What the switch-over uses of kraftdesk.gui.main_window.MainWindow."""

    register: Register | None
    meetings_page: ListPage
    painted: SignalInstance
    ready: SignalInstance
    attach_failed: SignalInstance

    def attach(self, register: Register) -> None: ...

    def is_loaded(self, page: QWidget) -> bool: ...


class FirstScreenSwitch(QObject):
    """The source of the window's Sammanträden list, and the attaching of its register."""

    def __init__(self, window: Window, first_screen: FirstScreen | None = None,
                 loader: RegisterLoader | None = None) -> None:
        super().__init__()
        self._window = window
        self._first_screen = first_screen
        self._loader = loader
        self._reading = False  # the list is reading (read_meetings)
        self._painted = self._attached = self._ready = False
        window.painted.connect(self._on_painted)
        if loader is not None:
            loader.imported.connect(self.ensure_attached)

    @property
    def showing_first_screen(self) -> bool:
        return self._first_screen is not None

    # The list's source -------------------------------------------------------------------

    def read_meetings(self, query: Query, offset: int, limit: int) -> list[MeetingRow]:
        first = self._first_screen
        if first is not None and query == MEETINGS_QUERY and offset == 0:
            return list(first.meetings[:limit])
        self._reading = True
        try:
            attached = self.ensure_attached()
        finally:
            self._reading = False
        if not attached:
            return []
        from kraftdesk.services import browse

        return browse.meetings_page(self._window.register, text=query.text,
                                    order=MeetingOrder(query.order),
                                    descending=query.descending, offset=offset, limit=limit)

    def count_meetings(self, text: str) -> int:
        first = self._first_screen
        if first is not None and not text:
            return first.meeting_count
        if not self.ensure_attached():
            return 0
        from kraftdesk.services import browse

        return browse.count_meetings(self._window.register, text=text)

    # Attaching -----------------------------------------------------------------------------

    def ensure_attached(self) -> bool:
        """Attach the register of the first screen now if it is not yet (waiting for it to
        load); False if it could not be opened (attach_failed has said why)."""
        window = self._window
        if window.register is not None:
            return True
        loader, self._loader = self._loader, None
        if loader is None:
            return False
        try:
            register = loader.open()
        except UserError as error:
            message = error.message
            # Told from the event loop: this may run inside a list's fetch.
            QTimer.singleShot(0, lambda: window.attach_failed.emit(message))
            return False
        window.attach(register)
        return True

    def switch_over(self) -> None:
        """The register is attached (MainWindow.attach): from now on the list reads it."""
        window, page = self._window, self._window.meetings_page
        if self._first_screen is not None:
            self._first_screen = None
            if window.is_loaded(page) and not self._reading:
                # (Attached while the list reads, for a sort or a filter the first screen
                # cannot answer: that read goes on from the register, and is all it needs.)
                page.model.rebind(self.read_meetings)
                page.update_count()
            header = page.ui.table_view.horizontalHeader()
            if window.is_loaded(page) and header.sortIndicatorSection() != page.model.sort_column():
                # (The first screen's arrow is the first order's, as saved (ListPage.save_state):
                # setting it again would build PySide6's Qt namespace before the window is
                # ready, kraftdesk.gui.roles.)
                page.show_sort_order()
        self._attached = True
        self._ready_when_both()

    def _on_painted(self) -> None:
        self._painted = True
        self._ready_when_both()

    def _ready_when_both(self) -> None:
        if self._painted and self._attached and not self._ready:
            self._ready = True
            self._window.ready.emit()
