# SPDX-License-Identifier: EUPL-1.2
"""The only place that finds the user data folder, ui/, resources/ and the handbook.

Three cases: an installed wheel (ui/, resources/ and docs/handbok/ are inside the package as
_ui, _resources and _handbok), a source checkout (the top-level folders beside the package),
and a frozen bundle (PyInstaller's sys._MEIPASS, see packaging/bundle_contents.py).
"""

from __future__ import annotations

import errno
import os
import sys
from functools import cache
from pathlib import Path

from platformdirs import user_data_dir

from kraftdesk import APP_NAME
from kraftdesk.domain.errors import DataFolderError, os_reason

_PACKAGE_DIR = Path(__file__).resolve().parent

#: Environment variable that moves the whole data folder (tests, portable installs).
DATA_DIR_ENV = "KRAFTDESK_DATA_DIR"


@cache  # the installation does not move while the program runs
def _asset_dir(name: str, checkout: str | None = None) -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates.append(_PACKAGE_DIR / f"_{name}")  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / (checkout or name))  # checkout, editable install
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


#: The handbook's first page, with its table of contents.
HANDBOOK_INDEX = "index.md"

#: The data folder holds the register (personal data): its owner only, on POSIX.
PRIVATE_FOLDER_MODE = 0o700


def handbook_dir() -> Path:
    """The handbook (docs/handbok in the repository): Markdown chapters and their pictures."""
    return _asset_dir("handbok", checkout="docs/handbok")


def data_dir() -> Path:
    """The user's local (non-roaming) data folder; created on first use (0700 on POSIX).

    A DataFolderError names the folder when it cannot be created."""
    path = _data_dir_path()
    try:
        path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    except OSError as error:
        raise _data_folder_error(path, error) from error
    return path


def check_data_dir() -> Path:
    """The data folder, once a file could be written in it; else a DataFolderError naming it."""
    path = data_dir()
    probe = path / f".skrivprov-{os.getpid()}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        probe.unlink()
    except OSError as error:
        raise _data_folder_error(path, error, creating=False) from error
    return path


def _data_dir_path() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(
        user_data_dir(APP_NAME, appauthor=False, roaming=False))


#: Why a data folder could not be made, where it says more than os_reason's words.
_NOT_MADE = {
    errno.ENOENT: "den kan inte skapas där",
    errno.ENOTDIR: "en fil står i vägen för den",
    errno.EEXIST: "en fil med samma namn finns redan",
}


def _data_folder_error(path: Path, error: OSError, *, creating: bool = True) -> DataFolderError:
    if creating and error.errno in _NOT_MADE:
        why = _NOT_MADE[error.errno]
    elif error.errno == errno.ENOENT:  # there, but not to be written in
        why = "den går inte att skriva i"
    else:
        why = os_reason(error, otherwise="den går inte att skriva i")
    return DataFolderError(
        f"Kraftdesk kan inte skriva i sin datamapp {path} ({why}). Där sparas registret, "
        "inställningarna och loggen. Be IT om skrivrätt till mappen, eller välj en annan "
        f"mapp med miljövariabeln {DATA_DIR_ENV}.",
        field=str(path),
    )


def default_register_path() -> Path:
    return data_dir() / "register.sqlite3"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    return path
