# SPDX-License-Identifier: EUPL-1.2
"""Build the desktop bundle: a PyInstaller one-folder program, with no Python needed to run it.

    uv run python packaging/build_bundle.py --dist DIR

gives DIR/kraftdesk/ with the executable `kraftdesk` (`kraftdesk.exe` and the windowless
`kraftdesk-gui.exe` on Windows) and an archive of that folder beside it:
DIR/kraftdesk-VERSION-linux-x86_64.tar.gz on Linux, DIR/kraftdesk-VERSION-windows-AMD64.zip
on Windows. The Linux folder also holds the .desktop file, the MIME type of register files
and the icon (packaging/linux/); on Windows, packaging/windows/kraftdesk.iss makes an
installer of the folder (Inno Setup). What goes in and what is left out:
packaging/bundle_contents.py.

On Linux the xcb libraries Qt's window needs are copied from the build machine; those it
lacks are listed at the end (install them there first: README).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "kraftdesk.spec"
APP_FOLDER = "kraftdesk"

#: The libraries Qt's xcb platform plugin loads (besides libc, libGL and libX11, which every
#: desktop has and PyInstaller leaves to the system), with their Debian/Ubuntu packages.
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
}


def app_dir(dist: Path) -> Path:
    return dist / APP_FOLDER


def executable(dist: Path) -> Path:
    return app_dir(dist) / ("kraftdesk.exe" if os.name == "nt" else "kraftdesk")


def archive_name() -> str:
    from kraftdesk import __version__

    system = "windows" if os.name == "nt" else platform.system().lower()
    suffix = ".zip" if os.name == "nt" else ".tar.gz"
    return f"kraftdesk-{__version__}-{system}-{platform.machine()}{suffix}"


def write_icon(folder: Path) -> Path:
    """The app's icon as a Windows .ico (several sizes), drawn from resources/icons."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([])
    svg = QIcon(str(ROOT / "resources" / "icons" / "kraftdesk.svg"))
    path = folder / "kraftdesk.ico"
    if not svg.pixmap(QSize(256, 256)).toImage().save(str(path), "ICO"):
        raise SystemExit(f"build_bundle: could not write {path} (Qt's ico plugin missing?)")
    del app
    return path


def run_pyinstaller(dist: Path, work: Path, icon: Path) -> None:
    import PyInstaller.__main__

    os.environ["KRAFTDESK_BUNDLE_ICON"] = str(icon)
    PyInstaller.__main__.run([
        str(SPEC), "--distpath", str(dist), "--workpath", str(work), "--noconfirm",
        "--log-level", os.environ.get("KRAFTDESK_BUNDLE_LOG", "WARN"),
    ])


def add_desktop_files(dist: Path) -> None:
    """Linux: the .desktop file, the MIME type, the icon and install.sh beside the program."""
    if os.name == "nt":
        return  # packaging/windows/kraftdesk.iss makes the installer of the folder
    for path in sorted((PACKAGING / "linux").iterdir()):
        if path.is_file():
            shutil.copy2(path, app_dir(dist) / path.name)


def missing_xcb_libraries(dist: Path) -> list[str]:
    """The xcb libraries that did not get into the bundle (the build machine lacks them)."""
    if not sys.platform.startswith("linux"):
        return []
    present = {path.name for path in app_dir(dist).rglob("*.so*")}
    return [package for name, package in XCB_LIBRARIES.items() if name not in present]


def make_archive(dist: Path) -> Path:
    target = dist / archive_name()
    target.unlink(missing_ok=True)
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(app_dir(dist).rglob("*")):
                archive.write(path, path.relative_to(dist).as_posix())
    else:
        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            archive.add(app_dir(dist), arcname=APP_FOLDER)
    return target


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def build(dist: Path, work: Path | None = None, *, archive: bool = True) -> Path:
    """Build the bundle into `dist`; returns its executable."""
    dist = dist.resolve()
    with tempfile.TemporaryDirectory(prefix="kraftdesk-build-") as scratch:
        work = (work or Path(scratch) / "work").resolve()
        icon = write_icon(Path(scratch))
        shutil.rmtree(app_dir(dist), ignore_errors=True)
        run_pyinstaller(dist, work, icon)
        if os.name == "nt":
            shutil.copy2(icon, app_dir(dist) / "kraftdesk.ico")
    add_desktop_files(dist)
    if archive:
        make_archive(dist)
    return executable(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, required=True,
                        help="folder for the bundle (DIST/kraftdesk) and its archive")
    parser.add_argument("--work", type=Path,
                        help="PyInstaller's work folder (default: a temporary folder)")
    parser.add_argument("--no-archive", action="store_true",
                        help="leave out the tarball or zip file")
    args = parser.parse_args(argv)
    started = time.monotonic()
    program = build(args.dist, args.work, archive=not args.no_archive)
    size = folder_size(app_dir(args.dist.resolve()))
    print(f"Built {program} in {time.monotonic() - started:.0f} s: "
          f"{size / 1e6:.0f} MB in {app_dir(args.dist.resolve())}")
    if not args.no_archive:
        archive = args.dist.resolve() / archive_name()
        print(f"Archive: {archive} ({archive.stat().st_size / 1e6:.0f} MB)")
    missing = missing_xcb_libraries(args.dist)
    if missing:
        print("Warning: the build machine lacks libraries Qt's window needs; they are not in "
              f"the bundle. Install them and build again: apt install {' '.join(missing)}",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
