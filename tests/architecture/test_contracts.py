# SPDX-License-Identifier: EUPL-1.2
"""The Qt-free core and the layers hold (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_kept() -> None:
    lint = shutil.which("lint-imports")
    assert lint, "import-linter is a dev dependency"
    result = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout
