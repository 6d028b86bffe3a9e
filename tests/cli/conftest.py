# SPDX-License-Identifier: EUPL-1.2
"""The kommun of issue 12's acceptance check, built from nothing by the command line
(tests/cli/test_setup_commands.py), for every command test that needs a real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.test_setup_commands import Cli, build


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kommun of `kommun`, built once; each test works in a copy of the file."""
    folder = tmp_path_factory.mktemp("byggd")
    build(Cli(folder / "kommun.sqlite3"), folder)
    return folder / "kommun.sqlite3"


@pytest.fixture
def kommun(built: Path, tmp_path: Path) -> Cli:
    """A kommun built from nothing with exactly the commands of point 9 (a copy)."""
    copy = tmp_path / "kommun.sqlite3"
    shutil.copyfile(built, copy)
    return Cli(copy)
