# SPDX-License-Identifier: EUPL-1.2
"""What goes into the desktop bundle and what is left out (used by packaging/kraftdesk.spec).

In: every kraftdesk module (the CLI discovers its commands with pkgutil), resources/ (fonts,
icons, the demo register), ui/, the handbook (docs/handbok), the Alembic migrations as files
(Alembic reads them from disk), the interchange schema, Qt's Swedish translation of its own
dialogs, the platform plugins xcb (the desktop) and offscreen (servers, tests), and the
plugins the window uses (SVG icons, JPEG images, printing, dead keys and input methods).

Out: what kraftdesk does not use. Qt: QML and Quick, WebEngine, Wayland (Qt runs the window
through X11, which Wayland desktops provide with XWayland), the console and embedded
platforms, GTK and portal themes, TLS, network information, SQL drivers and every other
language's translation. Python: Tk, the test tools, and every locale of Babel's CLDR data
but Swedish.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: Python packages the analysis may find through optional imports but the app never uses.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "pytestqt", "importlinter",
    "grimp", "rich", "pygments", "markdown_it", "IPython", "numpy", "PyInstaller", "readline",
    "curses",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtNetwork",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDBus", "PySide6.QtTest",
    "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtSql", "PySide6.QtConcurrent",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
]

#: The Qt plugins kept, by folder below Qt's plugins folder; any other plugin is left out.
QT_PLUGINS = {
    "platforms": {"qxcb", "qoffscreen", "qwindows"},
    "xcbglintegrations": None,  # all: the xcb plugin picks one when it needs OpenGL
    "imageformats": {"qsvg", "qjpeg", "qico"},
    "iconengines": {"qsvgicon"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "printsupport": None,
    "styles": None,  # Windows: the native look (qmodernwindowsstyle)
}

#: Qt libraries no kept plugin or module needs (they come with plugins that are left out).
QT_LIBRARIES_LEFT_OUT = re.compile(
    r"Qt6(Qml|Quick|Wayland|WlShell|VirtualKeyboard|EglFS|SvgWidgets|OpenGL|Sql|Test|Designer"
    r"|WebEngine|Multimedia|PdfQuick)", re.IGNORECASE)

#: Libraries left to the system: every Linux desktop has them; a copy from the build machine
#: can clash with the system's font configuration, and CUPS brings Kerberos, GnuTLS and
#: Avahi with it (without it Qt lists no printers, and nothing else changes).
SYSTEM_LIBRARIES = re.compile(r"^lib(fontconfig|freetype|cups)\.so")

#: Qt's own translations kept: the Swedish one of its standard dialogs (kraftdesk.gui.i18n).
QT_TRANSLATIONS = {"qtbase_sv.qm"}

#: Babel's CLDR data kept: Swedish and the root it inherits from (kraftdesk.text.formats).
BABEL_LOCALES = {"root.dat", "sv.dat", "sv_SE.dat"}


def is_bundled_module(name: str) -> bool:
    """Every kraftdesk module but the migrations, which Alembic loads as files."""
    return not name.startswith("kraftdesk.register.migrations")


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source, folder in the bundle) for everything kraftdesk reads as a file."""
    migrations = root / "kraftdesk" / "register" / "migrations"
    entries = [
        (str(root / "resources"), "resources"),
        (str(root / "ui"), "ui"),
        (str(root / "docs" / "handbok"), "handbok"),
        (str(root / "kraftdesk" / "interchange" / "schema.json"), "kraftdesk/interchange"),
    ]
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".mako"} and "__pycache__" not in path.parts:
            folder = path.parent.relative_to(root).as_posix()
            entries.append((str(path), folder))
    return entries


def _wanted(dest: str) -> bool:
    """Whether a file at `dest` (its path inside the bundle) belongs in it."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) == index + 3:  # plugins/<kind>/<file>
            kind = parts[index + 1]
            if kind not in QT_PLUGINS:
                return False
            wanted = QT_PLUGINS[kind]
            stem = re.sub(r"^lib|\.(so|dll|dylib)$", "", name)
            return wanted is None or stem in wanted
    if "translations" in parts and name.endswith(".qm"):
        return name in QT_TRANSLATIONS
    if "locale-data" in parts and name.endswith(".dat"):
        return name in BABEL_LOCALES
    return not (QT_LIBRARIES_LEFT_OUT.search(name) or SYSTEM_LIBRARIES.search(name))


def keep(toc: list) -> list:
    """The entries of a PyInstaller TOC (dest, source, kind) that belong in the bundle."""
    kept = [entry for entry in toc if _wanted(entry[0])]
    return _linked_only(kept) if sys.platform.startswith("linux") else kept


def _linked_only(toc: list) -> list:
    """Leave out the shared libraries that only plugins left out above linked to.

    PyInstaller collects the libraries of every plugin before `keep` leaves plugins out (the
    GTK theme alone brings GTK, Pango and Cairo). What stays: the Python extensions, the Qt
    plugins kept, libpython, and every library these load (ldd, so transitively)."""
    from PyInstaller.depend.bindepend import get_imports

    def is_root(dest: str, kind: str) -> bool:
        name = Path(dest).name
        return (kind == "EXTENSION" or "/plugins/" in dest.replace("\\", "/")
                or name.startswith("libpython"))

    needed: set[str] = set()
    for dest, source, kind in toc:
        if kind in {"BINARY", "EXTENSION"} and is_root(dest, kind):
            needed.update(Path(name).name for name, _path in get_imports(source))
    return [(dest, source, kind) for dest, source, kind in toc
            if kind != "BINARY" or is_root(dest, kind) or Path(dest).name in needed]
