# SPDX-License-Identifier: EUPL-1.2
"""UI state only, in QSettings: window geometry and state, splitters, column widths,
the recent registers and the last folders. Register-level settings live in the register;
the register last opened is kept by kraftdesk.config (the command line uses it too).

The file is an INI file in the user's local data folder (kraftdesk.paths.data_dir), so a
portable install or a test that moves the data folder moves the UI state with it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter

from kraftdesk import config
from kraftdesk.paths import data_dir

#: Bumped when a stored value changes meaning; older values are then dropped.
SETTINGS_VERSION = 1
MAX_RECENT = 8


class UiSettings:
    """Typed access to the stored UI state; every key is declared here once."""

    def __init__(self, store: QSettings | None = None) -> None:
        if store is None:
            path = data_dir() / "kraftdesk-gui.ini"
            store = QSettings(str(path), QSettings.Format.IniFormat)
        self._store = store
        self._upgrade()

    def _upgrade(self) -> None:
        if int(self._store.value("version", 0) or 0) != SETTINGS_VERSION:
            self._store.clear()
            self._store.setValue("version", SETTINGS_VERSION)

    def sync(self) -> None:
        self._store.sync()

    # Registers -----------------------------------------------------------------------------

    @property
    def last_register(self) -> str | None:
        """The register last opened: kept by kraftdesk.config, where the command line's
        choice of register reads it too (one rule for both)."""
        return config.remembered_register()

    def remember_register(self, url: str) -> None:
        config.remember_register(url)
        recent = ([url] + [u for u in self.recent_registers if u != url])[:MAX_RECENT]
        if recent == self.recent_registers:
            return  # as it was: nothing to write (QSettings would rewrite the file at start)
        self._store.setValue("register/recent", recent)

    @property
    def recent_registers(self) -> list[str]:
        value = self._store.value("register/recent") or []
        return [str(v) for v in ([value] if isinstance(value, str) else value)]

    # Window, splitters, tables -------------------------------------------------------------

    def save_window(self, window: QMainWindow) -> None:
        self._store.setValue("window/geometry", window.saveGeometry())
        self._store.setValue("window/state", window.saveState())

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self._bytes("window/geometry")
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        state = self._bytes("window/state")
        if state is not None:
            window.restoreState(state)
        return True

    def save_splitter(self, name: str, splitter: QSplitter) -> None:
        self._store.setValue(f"splitters/{name}", splitter.saveState())

    def restore_splitter(self, name: str, splitter: QSplitter) -> None:
        state = self._bytes(f"splitters/{name}")
        if state is not None:
            splitter.restoreState(state)

    def save_header(self, name: str, header: QHeaderView) -> None:
        """Column widths and order of a table, by the table's name."""
        self._store.setValue(f"columns/{name}", header.saveState())

    def restore_header(self, name: str, header: QHeaderView) -> bool:
        state = self._bytes(f"columns/{name}")
        return state is not None and header.restoreState(state)

    # Views and folders ---------------------------------------------------------------------

    @property
    def current_view(self) -> int:
        return int(self._store.value("view/current", 0) or 0)

    @current_view.setter
    def current_view(self, index: int) -> None:
        if index != self.current_view:  # set at every start: write only a change
            self._store.setValue("view/current", index)

    def last_folder(self, purpose: str) -> str:
        return str(self._store.value(f"folders/{purpose}", "") or "")

    def remember_folder(self, purpose: str, folder: str) -> None:
        self._store.setValue(f"folders/{purpose}", folder)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
