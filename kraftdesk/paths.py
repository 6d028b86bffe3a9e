# SPDX-License-Identifier: EUPL-1.2
"""The only place that finds the user data folder, ui/ and resources/.

Three cases: an installed wheel (ui/ and resources/ are inside the package as _ui and
_resources), a source checkout (the top-level folders beside the package), and a frozen
bundle (PyInstaller's sys._MEIPASS).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from platformdirs import user_data_dir

from kraftdesk import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent

#: Environment variable that moves the whole data folder (tests, portable installs).
DATA_DIR_ENV = "KRAFTDESK_DATA_DIR"


@cache  # the installation does not move while the program runs
def _asset_dir(name: str) -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates.append(_PACKAGE_DIR / f"_{name}")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / name)  # source checkout / editable install
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kraftdesk: mappen {name}/ saknas i installationen")


def resources_dir() -> Path:
    """resources/: fonts, icons, demo register, translations."""
    return _asset_dir("resources")


def ui_dir() -> Path:
    """ui/: the Qt Designer forms."""
    return _asset_dir("ui")


def resource(*parts: str) -> Path:
    """A file below resources/."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's local (non-roaming) data folder; created on first use."""
    override = os.environ.get(DATA_DIR_ENV)
    path = (Path(override) if override
            else Path(user_data_dir(APP_NAME, appauthor=False, roaming=False)))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_register_path() -> Path:
    return data_dir() / "register.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
