# SPDX-License-Identifier: EUPL-1.2
"""Headless Chromium (Debian's chromium) for the site tests: axe-core and screenshots.

Locally the browser tests skip when no Chromium is installed; in CI (CI=true) they fail
instead, so a missing install step in .ci/run shows. axe-core is vendored in tests/
publication/axe (from the npm registry, MPL-2.0, its licence beside it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parent / "axe" / "axe.min.js"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--allow-file-access-from-files", "--hide-scrollbars"]
_RESULT = re.compile(r'<pre id="axe-result"[^>]*>(.*?)</pre>', re.S)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium is missing in CI: .ci/run installs Debian's chromium")
    pytest.skip("Chromium is not installed (apt-get install chromium)")


def _run(args: list[str], profile: Path) -> str:
    done = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=120, check=False)
    return done.stdout


def axe_violations(page: Path, profile: Path) -> list[dict[str, object]]:
    """axe-core's violations on `page` (every rule it runs by default, WCAG 2.1 AA and the
    best practices), run in Chromium on a copy of the page with axe injected."""
    probe = page.with_name(f".axe-{page.name}")
    source = page.read_text(encoding="utf-8")
    script = (f'<script src="{AXE.as_uri()}"></script><script>'
              "axe.run(document, {exclude: [['#axe-result']]}).then(function (r) {"
              "var p = document.createElement('pre'); p.id = 'axe-result'; p.hidden = true;"
              "p.textContent = JSON.stringify(r.violations.map(function (v) { return {"
              "id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) {"
              "return n.target.join(' '); })}; })); document.body.appendChild(p); });"
              "</script>")
    probe.write_text(source.replace("</body>", script + "</body>"), encoding="utf-8")
    try:
        dom = _run(["--virtual-time-budget=15000", "--dump-dom", probe.as_uri()], profile)
    finally:
        probe.unlink()
    found = _RESULT.search(dom)
    assert found, f"axe-core did not run on {page}"
    import html

    return json.loads(html.unescape(found.group(1)))


def screenshot(page: Path, out: Path, profile: Path, size: str = "1000,1000") -> None:
    _run([f"--window-size={size}", f"--screenshot={out}", page.as_uri()], profile)
    assert out.is_file() and out.stat().st_size > 1000
