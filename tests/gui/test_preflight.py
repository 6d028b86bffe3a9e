# SPDX-License-Identifier: EUPL-1.2
"""Before Qt starts: no display, a missing X11 library, a display that does not answer and
an unwritable data folder each give a Swedish message and exit code 1, not Qt's English
abort about the xcb platform plugin."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kraftdesk.gui import preflight
from kraftdesk.paths import check_data_dir

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")


@linux_only
@pytest.mark.parametrize("environ", [
    {"QT_QPA_PLATFORM": "offscreen"},
    {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
    {"QT_QPA_PLATFORM": "vnc:size=800x600"},
])
def test_another_platform_is_qts_own_business(environ: dict[str, str]) -> None:
    assert preflight.display_problem(environ) is None


@pytest.mark.parametrize("environ", [{}, {"QT_QPA_PLATFORM": "xcb"},
                                     {"QT_QPA_PLATFORM": "xcb:nomitshm", "DISPLAY": ""}])
def test_no_display_is_said_in_swedish(environ: dict[str, str]) -> None:
    assert preflight.display_problem(environ, "linux") == preflight.NO_DISPLAY
    assert preflight.NO_DISPLAY.startswith("Kraftdesk kan inte öppna sitt fönster: det finns "
                                           "ingen skärm att visa det på")


def test_windows_and_macos_are_not_checked() -> None:
    assert preflight.display_problem({}, "win32") is None
    assert preflight.display_problem({}, "darwin") is None


@pytest.fixture
def plugin_needing_a_missing_library(tmp_path: Path) -> Path:
    """A shared library that links to libkraftdesk-saknas.so.7, which is then removed."""
    if shutil.which("gcc") is None:
        pytest.skip("gcc builds the stand-in plugin")
    missing = tmp_path / "libkraftdesk-saknas.so.7"
    subprocess.run(["gcc", "-shared", "-fPIC", "-x", "c", "-", "-o", str(missing),
                    "-Wl,-soname,libkraftdesk-saknas.so.7"], input="int saknas(void){return 1;}",
                   text=True, check=True, capture_output=True, timeout=60)
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-x", "c", "-", "-x", "none", str(missing),
                    "-o", str(plugin)], input="int saknas(void); int f(void){return saknas();}",
                   text=True, check=True, capture_output=True, timeout=60)
    missing.unlink()
    return plugin


@linux_only
def test_a_missing_library_is_named_with_what_to_install(
        plugin_needing_a_missing_library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preflight, "plugin_file", lambda name="xcb": (
        plugin_needing_a_missing_library if name == "xcb" else None))
    message = preflight.display_problem({"DISPLAY": ":0"})
    assert message == (
        "Kraftdesk kan inte öppna sitt fönster: systembiblioteket libkraftdesk-saknas.so.7 "
        "saknas på datorn. Qt:s fönstersystem för X11 behöver det. På Debian och Ubuntu "
        "installeras det som behövs med: sudo apt install libxcb-cursor0 libxcb-icccm4 "
        "libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 "
        "libxcb-xkb1 libxkbcommon-x11-0 libgl1 libegl1 libfontconfig1. Kommandona utan "
        "fönster fungerar ändå (kraftdesk --help visar dem).")


def test_a_known_library_is_named_with_its_package() -> None:
    assert "systembiblioteket libxcb-cursor.so.0 (paketet libxcb-cursor0) saknas" in (
        preflight.missing_library_message("libxcb-cursor.so.0"))


@linux_only
@pytest.mark.skipif(ctypes.util.find_library("xcb") is None, reason="libxcb is not installed")
def test_a_display_that_does_not_answer_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preflight, "missing_library", lambda _plugin: None)
    assert preflight.display_problem({"DISPLAY": ":187"}) == preflight.NO_ANSWER.format(
        display=":187")


def test_an_empty_environment_gets_a_utf8_locale_for_qt() -> None:
    environ: dict[str, str] = {}
    preflight.prefer_utf8_locale(environ)
    assert environ == ({"LC_CTYPE": "C.UTF-8"} if sys.platform.startswith("linux") else {})
    chosen = {"LANG": "sv_SE.UTF-8"}
    preflight.prefer_utf8_locale(chosen)
    assert chosen == {"LANG": "sv_SE.UTF-8"}


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this user cannot write in: read-only for others, below /proc for root."""
    if os.name == "posix" and os.geteuid() == 0:
        return Path("/proc/self/fdinfo")
    folder = tmp_path / "skrivskyddad"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def test_an_unwritable_data_folder_is_named(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = unwritable_folder(tmp_path)
    monkeypatch.setenv("KRAFTDESK_DATA_DIR", str(folder))
    with pytest.raises(Exception) as raised:
        check_data_dir()
    assert str(raised.value).startswith(
        f"Kraftdesk kan inte skriva i sin datamapp {folder} (")
    assert preflight.data_folder_problem() == str(raised.value)
    assert list(folder.glob(".skrivprov-*")) == []


def run_window(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`python -m kraftdesk` (the window) with this environment and nothing of Qt's."""
    base = {k: v for k, v in os.environ.items()
            if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"}}
    base["KRAFTDESK_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run([sys.executable, "-m", "kraftdesk"], env={**base, **env},
                          capture_output=True, text=True, timeout=120, check=False)


@linux_only
@pytest.mark.slow
def test_the_window_without_a_display_says_so_and_exits(tmp_path: Path) -> None:
    result = run_window({}, tmp_path)
    assert result.returncode == 1
    assert result.stderr == f"kraftdesk: {preflight.NO_DISPLAY}\n"
    assert result.stdout == ""


@pytest.mark.slow
def test_the_window_without_a_writable_data_folder_says_so(tmp_path: Path) -> None:
    folder = unwritable_folder(tmp_path)
    result = run_window({"QT_QPA_PLATFORM": "offscreen", "KRAFTDESK_DATA_DIR": str(folder)},
                        tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"kraftdesk: Kraftdesk kan inte skriva i sin datamapp "
                                    f"{folder} (")
    assert "Traceback" not in result.stderr
