# SPDX-License-Identifier: EUPL-1.2
"""The UI settings file is written when something changed, not at every start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from kraftdesk.gui.settings import UiSettings


def _settings(path: Path) -> UiSettings:
    return UiSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_a_start_in_the_same_register_and_view_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "kraftdesk-gui.ini"
    first = _settings(path)
    first.remember_register("sqlite:////data/malmo.sqlite3")
    first.current_view = 2
    first.sync()
    written = path.read_bytes(), path.stat().st_mtime_ns

    again = _settings(path)  # the next start: the same register, the same view
    again.remember_register("sqlite:////data/malmo.sqlite3")
    again.current_view = 2
    again.sync()
    assert (path.read_bytes(), path.stat().st_mtime_ns) == written

    again.remember_register("sqlite:////data/lund.sqlite3")
    again.current_view = 0
    again.sync()
    latest = _settings(path)
    assert latest.recent_registers == ["sqlite:////data/lund.sqlite3",
                                       "sqlite:////data/malmo.sqlite3"]
    assert (latest.last_register, latest.current_view) == ("sqlite:////data/lund.sqlite3", 0)
