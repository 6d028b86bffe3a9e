# SPDX-License-Identifier: EUPL-1.2
"""The Qt-free core and the layers hold (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_kept() -> None:
    lint = shutil.which("lint-imports")
    assert lint, "import-linter is a dev dependency"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    count = len(contracts["tool"]["importlinter"]["contracts"])
    assert count >= 5
    assert f"Contracts: {count} kept, 0 broken." in result.stdout
