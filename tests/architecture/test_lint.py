# SPDX-License-Identifier: EUPL-1.2
"""ruff, with the rule set chosen in pyproject.toml, finds nothing."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ["kraftdesk", "tests", "benchmarks", "packaging"]


def test_rule_set_is_chosen() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    selected = set(config["tool"]["ruff"]["lint"]["select"])
    assert {"F", "E", "I", "B", "UP", "SIM", "RUF"} <= selected


def test_ruff_finds_nothing() -> None:
    ruff = shutil.which("ruff")
    assert ruff, "ruff is a dev dependency"
    result = subprocess.run([ruff, "check", "--no-cache", *CHECKED], cwd=ROOT,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
