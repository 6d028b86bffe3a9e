# SPDX-License-Identifier: EUPL-1.2
"""ReportLab's platypus imported by the renderer, its unused patterns compiled on first use."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from kraftdesk.documents.reportlab_import import LazyPattern

ROOT = Path(__file__).resolve().parents[2]

# Run in a new interpreter: in this one, another test may have imported ReportLab first.
FRESH_IMPORT = """
import json, re, sys
compile_before = re.compile
import kraftdesk.documents
from tests.documents.samples import seed_minutes
quiet = {"compile_kept": re.compile is compile_before,
         "reportlab": sorted(m for m in sys.modules if m.startswith("reportlab"))}
kraftdesk.documents.render_minutes_bytes(seed_minutes())
from reportlab.lib import textsplit
from reportlab.platypus import paragraph
uri = "https://malmo.se/kommun/protokoll/ks-2026-01-07.pdf"
lazy = {"uri": type(paragraph.uri_pat).__name__, "cjk": type(textsplit.rx).__name__}
print(json.dumps({
    "quiet": quiet,
    "lazy": lazy,
    "compile_restored": re.compile is compile_before,
    "pairs": paragraph._uri_split_pairs(uri),
    "cjk": textsplit.rx.sub(r"[\\1]", "Malmö 漢字"),
    "uri_compiled": type(paragraph.uri_pat.match(uri)).__name__,
}))
"""


def test_importing_changes_nothing_and_rendering_leaves_the_unused_patterns_lazy() -> None:
    """Importing kraftdesk.documents neither loads ReportLab nor touches re.compile; the
    renderer imports platypus when it is called, with the two patterns left lazy."""
    done = subprocess.run([sys.executable, "-c", FRESH_IMPORT], cwd=ROOT, check=True,
                          capture_output=True, text=True)
    result = json.loads(done.stdout)
    assert result["quiet"] == {"compile_kept": True, "reportlab": []}
    assert result["lazy"] == {"uri": "LazyPattern", "cjk": "LazyPattern"}
    assert result["compile_restored"] is True
    assert result["pairs"] == [
        ["https://malmo.se/kommun/protokoll/", "ks-2026-01-07.pdf"],
        ["https://malmo.se/kommun/", "protokoll/ks-2026-01-07.pdf"],
        ["https://malmo.se/", "kommun/protokoll/ks-2026-01-07.pdf"],
        ["https://", "malmo.se/kommun/protokoll/ks-2026-01-07.pdf"],
    ]
    assert result["cjk"] == "Malmö [漢][字]"
    assert result["uri_compiled"] == "Match"


def test_a_lazy_pattern_compiles_once_on_first_use_and_behaves_as_compiled() -> None:
    calls = []

    def compile_counted(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return re.compile(pattern, flags)

    lazy = LazyPattern("(^[a-z]+)://", re.I, compile_counted)
    assert calls == []
    assert lazy.match("HTTPS://x").group(1) == "HTTPS"
    assert lazy.pattern == "(^[a-z]+)://"
    assert lazy.flags == re.compile("(^[a-z]+)://", re.I).flags
    assert lazy.match("nej") is None
    assert calls == ["(^[a-z]+)://"]
