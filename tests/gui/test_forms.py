# SPDX-License-Identifier: EUPL-1.2
"""The generated forms match ui/*.ui, and the forms follow the house rules."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "build_qt_assets.py"
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def test_generated_forms_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_mode_notices_a_drifted_form(tmp_path: Path, monkeypatch) -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import build_qt_assets as assets
    finally:
        sys.path.pop(0)
    outputs = assets.expected_outputs()
    form = next(p for p in outputs if p.name == "ui_main_window.py")
    drifted = {**outputs, form: outputs[form] + "# edited by hand\n"}
    assert assets.stale_outputs(outputs) == []
    assert form in assets.stale_outputs(drifted)


def test_every_generated_form_says_do_not_edit() -> None:
    for ui in UI_FILES:
        text = (ROOT / "kraftdesk" / "gui" / "forms" / f"ui_{ui.stem}.py").read_text("utf-8")
        assert text.startswith("# SPDX-License-Identifier: EUPL-1.2\n# Generated from ")
        assert "do not edit" in text.splitlines()[1]


def test_object_names_are_snake_case_and_texts_swedish() -> None:
    english = re.compile(r"\b(Cancel|Save|Open|Close|File|Edit|Search|Delete|Add)\b")
    for ui in UI_FILES:
        tree = ET.parse(ui)
        for element in tree.iter():
            name = element.get("name")
            if element.tag in ("widget", "layout", "action", "spacer") and name:
                assert re.fullmatch(r"[a-z][a-z0-9_]*", name), f"{ui.name}: {name}"
        for string in tree.iter("string"):
            if string.get("notr") != "true" and string.text:
                assert not english.search(string.text), f"{ui.name}: {string.text}"


def test_shortcuts_are_set_without_setshortcut() -> None:
    """uic's `setShortcut(text)` makes PySide6 build its Qt namespace before the first paint
    (kraftdesk.gui.roles); the forms set the same single shortcut through setShortcuts."""
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import build_qt_assets as assets
    finally:
        sys.path.pop(0)
    line = ('        self.action_quit.setShortcut(QCoreApplication.translate("MainWindow", '
            'u"Ctrl+Q", None))')
    assert assets.shortcuts_as_sequences(line) == (
        '        self.action_quit.setShortcuts([QKeySequence(QCoreApplication.translate('
        '"MainWindow", u"Ctrl+Q", None))])')
    forms = sorted((ROOT / "kraftdesk" / "gui" / "forms").glob("ui_*.py"))
    assert [f.name for f in forms if ".setShortcut(" in f.read_text(encoding="utf-8")] == []
    assert "setShortcuts([QKeySequence(" in (forms[0].parent / "ui_main_window.py").read_text(
        encoding="utf-8")
