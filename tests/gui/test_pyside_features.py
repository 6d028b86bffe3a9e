# SPDX-License-Identifier: EUPL-1.2
"""kraftdesk.gui.pyside_features gives PySide6 the same answers, cheaper."""

from __future__ import annotations

import sys

import kraftdesk.gui  # noqa: F401  (installs the cheaper function)


def test_the_cheaper_answer_is_pysides_answer_for_every_module_loaded() -> None:
    feature = sys.modules["shibokensupport.feature"]
    ours = feature._mod_uses_pyside
    original = ours.__wrapped__  # installed, and PySide6's own kept
    modules = [module for module in list(sys.modules.values()) if module is not None]
    assert len(modules) > 300
    assert [m.__name__ for m in modules if ours(m) != original(m)] == []
    assert ours(sys.modules["kraftdesk.gui.main_window"]) is True
    assert ours(sys.modules["kraftdesk.domain.enums"]) is False
    assert ours(sys) is False  # a built-in module: PySide6's own function answers
