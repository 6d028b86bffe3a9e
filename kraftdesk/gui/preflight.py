# SPDX-License-Identifier: EUPL-1.2
"""Before Qt starts: can the window open here? A Swedish answer instead of Qt's English abort.

Qt ends the program with "Could not load the Qt platform plugin "xcb"" (in English, with no
way for Python to catch it) when there is no display, or when a system library its X11
platform plugin needs is missing (on a fresh Debian/Ubuntu, libxcb-cursor0 and friends).
`display_problem` finds these without Qt: the environment says whether there is a display,
loading the plugin with the system's loader (as Qt itself would a moment later) says which
library is missing, and libxcb whether the display answers. Only on Linux, and only when
Qt would use X11: another platform asked for with QT_QPA_PLATFORM (offscreen, wayland, vnc)
is Qt's own business.

`data_folder_problem` checks that the data folder (register, settings, log) can be written.
"""

from __future__ import annotations

import _ctypes
import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from kraftdesk.domain.errors import UserError

#: The system libraries Qt's X11 plugin loads, with the Debian/Ubuntu packages that hold them
#: (README names them; the desktop bundle carries the xcb ones its build machine had).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

#: What to install on Debian/Ubuntu for Qt's window (the first nine are the ones a fresh
#: desktop lacks most often).
DEBIAN_PACKAGES = (
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0", "libgl1",
    "libegl1", "libfontconfig1",
)

NO_DISPLAY = (
    "Kraftdesk kan inte öppna sitt fönster: det finns ingen skärm att visa det på "
    "(miljövariabeln DISPLAY är inte satt). Starta Kraftdesk från skrivbordet, eller "
    "använd kommandona utan fönster (kraftdesk --help visar dem)."
)

NO_ANSWER = (
    "Kraftdesk kan inte öppna sitt fönster: skärmen {display} svarar inte (miljövariabeln "
    "DISPLAY pekar på en X-server som inte går att nå). Starta Kraftdesk från skrivbordet, "
    "eller använd kommandona utan fönster (kraftdesk --help visar dem)."
)


def plugin_file(name: str = "xcb") -> Path | None:
    """Qt's platform plugin `name` as PySide6 ships it (in a checkout, a wheel or the bundle)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent / "Qt" / "plugins" / "platforms"
    path = folder / f"libq{name}.so"
    return path if path.is_file() else None


def missing_library(plugin: Path) -> str | None:
    """The first library `plugin` cannot load ("libxcb-cursor.so.0"), or None if it loads."""
    try:
        # The loader itself: in the desktop bundle PyInstaller replaces ctypes.CDLL's error
        # by its own, which no longer names the library that is missing.
        _ctypes.dlopen(str(plugin), ctypes.DEFAULT_MODE)
    except OSError as error:
        text = str(error)
        library = text.split(":", 1)[0].strip()
        return library if library and library != str(plugin) else text
    return None


def missing_library_message(library: str) -> str:
    package = XCB_LIBRARIES.get(library)
    where = f" (paketet {package})" if package else ""
    return (
        f"Kraftdesk kan inte öppna sitt fönster: systembiblioteket {library}{where} saknas "
        "på datorn. Qt:s fönstersystem för X11 behöver det. På Debian och Ubuntu installeras "
        f"det som behövs med: sudo apt install {' '.join(DEBIAN_PACKAGES)}. Kommandona utan "
        "fönster fungerar ändå (kraftdesk --help visar dem)."
    )


def _uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt would start its X11 platform plugin with this environment.

    As Qt chooses: QT_QPA_PLATFORM if set; else Wayland first on a Wayland desktop (when
    its plugin is there: the desktop bundle leaves it out), then X11."""
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    return not (wayland and plugin_file("wayland") is not None)


def display_problem(environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> str | None:
    """Why Qt's window cannot open here (Swedish), or None when it can as far as we know."""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux") or not _uses_xcb(environ):
        return None
    if not environ.get("DISPLAY"):
        return NO_DISPLAY
    plugin = plugin_file("xcb")
    if plugin is None:
        return None  # Qt finds its plugins elsewhere (QT_PLUGIN_PATH): let it say
    library = missing_library(plugin)
    if library:
        return missing_library_message(library)
    if not display_answers(environ["DISPLAY"]):
        return NO_ANSWER.format(display=environ["DISPLAY"])
    return None


def display_answers(display: str) -> bool:
    """Whether the X server of `display` accepts a connection (libxcb, as Qt connects)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # not ours to say: Qt's plugin loaded, so it finds its libxcb
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def prefer_utf8_locale(environ: dict[str, str] | None = None) -> None:
    """With no locale set at all (an empty environment), tell Qt to use C.UTF-8, which it
    would otherwise switch to itself with a warning in English on standard error."""
    environ = os.environ if environ is None else environ  # type: ignore[assignment]
    if sys.platform.startswith("linux") and not any(
            environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        environ["LC_CTYPE"] = "C.UTF-8"


def data_folder_problem() -> str | None:
    """Why the data folder cannot be written (Swedish, naming it), or None."""
    from kraftdesk.paths import check_data_dir

    try:
        check_data_dir()
    except UserError as error:
        return error.message
    return None
