# SPDX-License-Identifier: EUPL-1.2
"""kraftdesk.gui.pyside_features gives PySide6 the same answers, cheaper."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kraftdesk.gui import pyside_features

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_gui_installs_nothing_and_app_main_installs_it() -> None:
    script = ("import sys, kraftdesk.gui.app, kraftdesk.gui.main_window\n"
              "feature = sys.modules['shibokensupport.feature']\n"
              "print(hasattr(feature._mod_uses_pyside, '__wrapped__'))\n"
              "from kraftdesk.gui import pyside_features\n"
              "print(pyside_features.install(), pyside_features.install(),\n"
              "      hasattr(feature._mod_uses_pyside, '__wrapped__'))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    assert done.stdout.splitlines() == ["False", "True True True"]
    # That kraftdesk.gui.app.main() installs it: tests/gui/test_startup.py (a real start).


def test_the_cheaper_answer_is_pysides_answer_for_every_module_loaded() -> None:
    assert pyside_features.install()
    import kraftdesk.gui.main_window  # noqa: F401  (among the modules compared)

    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    original = ours.__wrapped__  # installed, and PySide6's own kept
    modules = [module for module in list(sys.modules.values()) if module is not None]
    assert len(modules) > 300
    assert [m.__name__ for m in modules if ours(m) != original(m)] == []
    assert ours(sys.modules["kraftdesk.gui.main_window"]) is True
    assert ours(sys.modules["kraftdesk.domain.enums"]) is False
    assert ours(sys) is False  # a built-in module: PySide6's own function answers
