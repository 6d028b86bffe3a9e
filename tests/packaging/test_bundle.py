# SPDX-License-Identifier: EUPL-1.2
"""The desktop bundle: built once with `packaging/build_bundle.py --dist DIR`, then run as a
kommun's IT would run it, with an empty environment (no Python, no uv, no PATH): the demo
register, the minutes as PDF, verify, and the window offscreen to its first paint. Also
what is in it and what is left out, and the Swedish messages for a missing display, an
unwritable data folder and registers from other versions.

The build takes about half a minute here (printed with -s); PyInstaller's cache of analysed
binaries makes later builds on the same machine faster.
"""

from __future__ import annotations

import ctypes.util
import os
import sqlite3
import subprocess
import sys
import tarfile
import time
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from kraftdesk.cli.main import command_modules
from kraftdesk.gui.preflight import NO_DISPLAY
from kraftdesk.register.migrate import schema_version
from kraftdesk.register.revision import HEAD_REVISION
from tests.databases import PostgresForTests
from tests.gui.test_register_upgrade import downgrade_one

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build_bundle  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"),
                       reason="the bundle is tested on Linux; Windows is not tested here"),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py"),
                             "--dist", str(folder)], cwd=ROOT, capture_output=True, text=True,
                            timeout=900, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    print(f"\nbundle built in {time.monotonic() - started:.0f} s: {result.stdout.strip()}")
    return folder


@pytest.fixture(scope="module")
def program(dist: Path) -> Path:
    return build_bundle.executable(dist)


@pytest.fixture(scope="module")
def internal(dist: Path) -> Path:
    return build_bundle.app_dir(dist) / "_internal"


def run(program: Path, *args: str, env: Mapping[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The bundle's program with exactly `env` (empty unless given): `env -i`."""
    return subprocess.run([str(program), *args], env=dict(env or {}), cwd=cwd,
                          capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def demo(program: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.sqlite3"
    result = run(program, "--db", str(db), "demo", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Demoregistret är inläst i {db}.\n")
    return db


def test_the_cli_runs_with_an_empty_environment(program: Path, demo: Path,
                                                tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    result = run(program, "--db", str(demo), "pdf", "minutes", "KS:2026-01-07", "-o", str(pdf),
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Protokollet KS:2026-01-07 är skrivet till {pdf} (5 sidor).\n"
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Sammanträdesprotokoll" in text and "Malmö stad" in text
    assert "Återrapportering kring kraftsamlande insatser" in text
    verified = run(program, "--db", str(demo), "verify", cwd=tmp_path)
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("Allt stämmer: 4 förseglade protokoll")
    assert result.stderr == verified.stderr == ""


def test_the_frozen_program_works_on_postgresql(program: Path, demo: Path, tmp_path: Path,
                                                postgres: PostgresForTests) -> None:
    database = postgres.fresh()
    try:
        copied = run(program, "--db", str(demo), "copy", "--to", database.url, cwd=tmp_path)
        assert copied.returncode == 0, copied.stderr
        verified = run(program, "--db", database.url, "verify", cwd=tmp_path)
        assert verified.returncode == 0, verified.stderr
        assert verified.stdout.startswith("Allt stämmer: 4 förseglade protokoll")
    finally:
        postgres.drop(database)


def test_the_frozen_cli_finds_every_command(program: Path) -> None:
    result = run(program, "--help")
    assert result.returncode == 0
    listed = [line.split()[0] for line in result.stdout.split("KOMMANDO\n", 1)[1].splitlines()
              if line.startswith("    ") and not line.startswith("     ")]
    assert listed == [module.NAME for module in command_modules()]


def test_the_window_paints_offscreen(program: Path, demo: Path, tmp_path: Path) -> None:
    picture = tmp_path / "fönstret.png"
    home = tmp_path / "home"
    home.mkdir()
    # HOME only so that the window's settings and log go to a folder of the test's own.
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "KRAFTDESK_SCREENSHOT_AND_QUIT": str(picture)}
    result = run(program, "--db", str(demo), env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (f"Fönstret visar Malmö stad: 5 sammanträden i listan; bilden är "
                             f"sparad i {picture}.\n")
    assert picture.stat().st_size > 20_000
    assert (home / ".local" / "share" / "kraftdesk" / "kraftdesk-gui.ini").is_file()


def test_without_a_display_the_window_says_so_in_swedish(program: Path) -> None:
    result = run(program)
    assert result.returncode == 1
    assert result.stderr == f"kraftdesk: {NO_DISPLAY}\n"
    assert "platform plugin" not in result.stderr


def test_without_a_writable_data_folder_the_folder_is_named(program: Path) -> None:
    folder = "/proc/kraftdesk-test"
    result = run(program, env={"QT_QPA_PLATFORM": "offscreen", "KRAFTDESK_DATA_DIR": folder})
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"kraftdesk: Kraftdesk kan inte skriva i sin datamapp {folder} (den kan inte skapas "
        "där).")


def test_an_old_register_is_upgraded_with_notice_a_newer_refused_untouched(
        program: Path, demo: Path, tmp_path: Path) -> None:
    old = tmp_path / "gammalt.kraftdesk"
    old.write_bytes(demo.read_bytes())
    downgrade_one(old)  # as an older kraftdesk left it: Alembic reads the files in the bundle
    result = run(program, "--db", str(old), "info", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == (f"kraftdesk: Registret uppgraderas till version "
                             f"{schema_version(HEAD_REVISION)}; en säkerhetskopia sparas i "
                             f"{tmp_path / 'backups'}.\n")
    assert f"Databasversion:              {HEAD_REVISION}" in result.stdout

    newer = tmp_path / "nyare.kraftdesk"
    newer.write_bytes(demo.read_bytes())
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_framtid'")
    before = newer.read_bytes()
    refused = run(program, "--db", str(newer), "info", cwd=tmp_path)
    assert refused.returncode == 1
    assert "är skapat av en nyare version av kraftdesk" in refused.stderr
    assert newer.read_bytes() == before


def test_what_is_in_the_bundle(internal: Path) -> None:
    assert (internal / "handbok" / "index.md").is_file()
    assert (internal / "handbok" / "bilder" / "sammantraden.png").is_file()
    assert (internal / "resources" / "fonts" / "LiberationSans-Regular.ttf").is_file()
    assert (internal / "resources" / "demo" / "demo-register.json").is_file()
    assert (internal / "ui" / "main_window.ui").is_file()
    migrations = internal / "kraftdesk" / "register" / "migrations"
    assert (migrations / "env.py").is_file()
    assert sorted(p.name for p in (migrations / "versions").glob("0*.py")) == sorted(
        p.name for p in (ROOT / "kraftdesk/register/migrations/versions").glob("0*.py"))
    assert [p.name for p in internal.rglob("*.qm")] == ["qtbase_sv.qm"]
    platforms = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    assert sorted(p.name for p in platforms.iterdir()) == ["libqoffscreen.so", "libqxcb.so"]
    assert sorted(p.name for p in (internal / "babel" / "locale-data").glob("*.dat")) == [
        "root.dat", "sv.dat", "sv_SE.dat"]


def test_what_is_left_out(internal: Path) -> None:
    names = [path.name for path in internal.rglob("*")]
    for unused in ("WebEngine", "Qt6Qml", "Qt6Quick", "Wayland", "libgtk", "libqgtk3",
                   "pytest", "hypothesis", "libfontconfig", "libcups.so", "libqvnc", "tkinter"):
        assert [name for name in names if unused in name] == [], unused


def test_every_qt_library_a_bundled_library_needs_is_bundled(internal: Path) -> None:
    """ldd in the bundle: no Qt library missing (the system's would not match)."""
    present = {path.name for path in internal.rglob("*.so*")}
    missing = set()
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                                timeout=60, check=False)
        for line in result.stdout.splitlines():
            name = line.split()[0] if line.strip() else ""
            if name.startswith("libQt6") and name not in present:
                missing.add((path.name, name))
    assert missing == set()


def test_the_xcb_libraries_of_the_build_machine_are_in_the_bundle(internal: Path) -> None:
    present = {path.name for path in internal.rglob("*.so*")}
    expected = {name for name in build_bundle.XCB_LIBRARIES
                if ctypes.util.find_library(name.removeprefix("lib").split(".so")[0])}
    assert expected - present == set()


def test_the_tarball_holds_the_program_and_its_desktop_files(dist: Path) -> None:
    with tarfile.open(dist / build_bundle.archive_name()) as archive:
        names = set(archive.getnames())
        program = archive.getmember("kraftdesk/kraftdesk")
    assert program.mode & 0o111
    for name in ("kraftdesk/se.kraftdesk.Kraftdesk.desktop", "kraftdesk/se.kraftdesk.Kraftdesk.svg",
                 "kraftdesk/se.kraftdesk.Kraftdesk.xml", "kraftdesk/install.sh",
                 "kraftdesk/_internal/handbok/index.md"):
        assert name in names, name


def test_install_sh_installs_the_menu_entry_and_the_file_type(dist: Path,
                                                              tmp_path: Path) -> None:
    root = tmp_path / "root"
    result = subprocess.run(["sh", str(build_bundle.app_dir(dist) / "install.sh")],
                            env={"DESTDIR": str(root), "PATH": os.defpath}, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert (root / "opt/kraftdesk/kraftdesk").is_file()
    assert os.readlink(root / "usr/local/bin/kraftdesk") == "/opt/kraftdesk/kraftdesk"
    desktop = (root / "usr/local/share/applications/se.kraftdesk.Kraftdesk.desktop").read_text(
        encoding="utf-8")
    assert "Exec=/opt/kraftdesk/kraftdesk %f\n" in desktop
    assert "MimeType=application/x-kraftdesk-register;\n" in desktop
    mime = root / "usr/local/share/mime/packages/se.kraftdesk.Kraftdesk.xml"
    assert '<glob pattern="*.kraftdesk"/>' in mime.read_text(encoding="utf-8")
    assert (root / "usr/local/share/icons/hicolor/scalable/apps/se.kraftdesk.Kraftdesk.svg"
            ).read_bytes() == (ROOT / "resources/icons/kraftdesk.svg").read_bytes()
