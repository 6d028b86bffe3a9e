# SPDX-License-Identifier: EUPL-1.2
"""The built wheel carries ui/ and resources/ and finds them once installed.

Builds the wheel with `uv build`, lists it, installs it (without dependencies) into a fresh
virtual environment whose only other packages are the project's dependencies, reached
through a .pth file, and runs the installed kraftdesk from outside the checkout.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("uv") is None, reason="uv is needed to build the wheel"),
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(["uv", "build", "--wheel", "-o", str(out)], cwd=ROOT, check=True,
                   capture_output=True, timeout=180)
    (built,) = out.glob("kraftdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh venv with the wheel installed; dependencies from this venv."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run(["uv", "venv", "--python", sys.executable, str(venv)], check=True,
                   capture_output=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(["uv", "pip", "install", "--python", str(python), "--no-deps", str(wheel)],
                   check=True, capture_output=True, timeout=120)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], check=True, capture_output=True, text=True,
                          timeout=60).stdout.strip()
    # Added after the venv's own site-packages, so the installed kraftdesk comes first.
    Path(site, "project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n",
                                                      encoding="utf-8")
    return python


def test_the_wheel_holds_ui_resources_schema_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = [
        "kraftdesk/_resources/demo/demo-register.json",
        "kraftdesk/interchange/schema.json",
        "kraftdesk/register/migrations/env.py",
        "kraftdesk/register/migrations/versions/0001_initial_register_schema.py",
        "kraftdesk/_handbok/index.md",
        "kraftdesk/_handbok/bilder/sammantraden.png",
    ]
    assert [name for name in expected if name not in names] == []
    assert any(n.startswith("kraftdesk/_resources/fonts/") and n.endswith(".ttf") for n in names)
    assert any(n.startswith("kraftdesk/_ui/") and n.endswith(".ui") for n in names)
    assert (ROOT / "resources/demo/demo-register.json").read_bytes() == zipfile.ZipFile(
        wheel).read("kraftdesk/_resources/demo/demo-register.json")


def test_the_installed_package_finds_its_resources(installed: Path, tmp_path: Path) -> None:
    script = ("import kraftdesk, kraftdesk.paths as p; from kraftdesk.services.demo import "
              "demo_file; print(kraftdesk.__file__); print(p.resources_dir()); "
              "print(p.ui_dir()); print(demo_file().is_file()); print(p.handbook_dir())")
    result = subprocess.run([str(installed), "-I", "-c", script], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    package, resources, ui, demo_found, handbook = result.stdout.splitlines()
    package_dir = Path(package).parent
    assert package_dir != ROOT / "kraftdesk"
    assert Path(resources) == package_dir / "_resources"
    assert Path(ui) == package_dir / "_ui"
    assert demo_found == "True"
    assert Path(handbook) == package_dir / "_handbok"
    assert (Path(handbook) / "index.md").is_file()


def test_the_installed_command_creates_the_demo_register(installed: Path,
                                                         tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    env = {**os.environ, "KRAFTDESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([str(installed), "-I", "-m", "kraftdesk", "--db", str(db), "demo"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120,
                            check=False, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Demoregistret är inläst i {db}.\n")
