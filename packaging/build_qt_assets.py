# SPDX-License-Identifier: EUPL-1.2
"""Compile the Designer forms ui/*.ui to kraftdesk/gui/forms/ui_<name>.py with pyside6-uic.

The generated modules are committed (so `uv run pytest` needs no build step). Run

    uv run python packaging/build_qt_assets.py           # regenerate
    uv run python packaging/build_qt_assets.py --check   # exit 1 if a form drifted

uic's own header carries the Qt version; it is replaced by a fixed header so that the
output depends only on the .ui file, and --check does not fail on a Qt patch release.

uic imports some thirty Qt classes in every form whether it uses them or not. PySide6 sets
a class up the first time it is imported, so those imports cost the app's start-up several
milliseconds per form; `prune_imports` keeps only the names a form uses.

uic gives an action its shortcut with `setShortcut(text)`. PySide6 resolves that call by
building its whole `Qt` namespace, which the main window is painted without (28 ms, see
kraftdesk.gui.roles); `shortcuts_as_sequences` makes it `setShortcuts([QKeySequence(text)])`,
the same single shortcut.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "kraftdesk" / "gui" / "forms"

HEADER = """\
# SPDX-License-Identifier: EUPL-1.2
# Generated from ui/{name}.ui by packaging/build_qt_assets.py (pyside6-uic) – do not edit.
# ruff: noqa
from __future__ import annotations

"""

FORMS_INIT = """\
# SPDX-License-Identifier: EUPL-1.2
\"\"\"Forms generated from ui/*.ui by packaging/build_qt_assets.py – do not edit by hand.\"\"\"
"""


def _uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic")
    if exe is None:
        candidate = Path(sys.executable).with_name("pyside6-uic")
        if not candidate.exists():
            raise SystemExit("build_qt_assets: pyside6-uic saknas (PySide6-Essentials)")
        exe = str(candidate)
    return [exe]


def compile_form(ui_file: Path) -> str:
    """The Python source uic makes of one form, with our fixed header."""
    result = subprocess.run([*_uic_command(), "--generator", "python", str(ui_file)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"build_qt_assets: uic misslyckades för {ui_file.name}:\n"
                         f"{result.stderr}")
    lines = result.stdout.splitlines()
    # Drop uic's banner (comment lines and the encoding line before the first import).
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    source = prune_imports(shortcuts_as_sequences("\n".join(lines)))
    return HEADER.format(name=ui_file.stem) + source.rstrip() + "\n"


_SET_SHORTCUT = re.compile(r"^(\s*[\w.]+)\.setShortcut\((QCoreApplication\.translate\(.*\))\)$",
                           re.MULTILINE)


def shortcuts_as_sequences(source: str) -> str:
    """`source` with `x.setShortcut(text)` written `x.setShortcuts([QKeySequence(text)])`."""
    return _SET_SHORTCUT.sub(r"\1.setShortcuts([QKeySequence(\2)])", source)


def prune_imports(source: str) -> str:
    """`source` with its `from … import (…)` statements cut down to the names it uses."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines()
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    for node in reversed(imports):  # from the end, so earlier line numbers stay valid
        names = [alias.name for alias in node.names if alias.name in used]
        statement = (textwrap.fill(f"from {node.module} import ({', '.join(names)})",
                                   width=88, subsequent_indent="    ") if names else "")
        assert node.end_lineno is not None
        lines[node.lineno - 1:node.end_lineno] = statement.splitlines()
    return "\n".join(lines)


def expected_outputs() -> dict[Path, str]:
    outputs = {FORMS_DIR / "__init__.py": FORMS_INIT}
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        outputs[FORMS_DIR / f"ui_{ui_file.stem}.py"] = compile_form(ui_file)
    return outputs


def stale_outputs(outputs: dict[Path, str]) -> list[Path]:
    """Generated files that differ from what uic makes now, and orphans without a .ui."""
    drifted = [path for path, text in outputs.items()
               if not path.exists() or path.read_text(encoding="utf-8") != text]
    orphans = [path for path in FORMS_DIR.glob("ui_*.py") if path not in outputs]
    return drifted + orphans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the committed forms match ui/*.ui")
    args = parser.parse_args(argv)
    outputs = expected_outputs()
    if args.check:
        stale = stale_outputs(outputs)
        for path in stale:
            print(f"inaktuell: {path.relative_to(ROOT)}")
        if stale:
            print("Kör: uv run python packaging/build_qt_assets.py")
        return 1 if stale else 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for orphan in FORMS_DIR.glob("ui_*.py"):
        if orphan not in outputs:
            orphan.unlink()
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    print(f"{len(outputs) - 1} formulär genererade i {FORMS_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
