# SPDX-License-Identifier: EUPL-1.2
"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and register."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's real data folder, register or settings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("KRAFTDESK_DATA_DIR", str(data))
    monkeypatch.delenv("KRAFTDESK_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    return data


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


@pytest.fixture
def register(register_path: Path) -> Iterator[Register]:
    """An empty register at the newest schema, in a temporary file."""
    reg = open_register(f"sqlite:///{register_path}", create=True)
    yield reg
    reg.close()
