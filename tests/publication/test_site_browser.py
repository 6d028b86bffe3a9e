# SPDX-License-Identifier: EUPL-1.2
"""The public web pages in a real browser: axe-core reports no violation on any page type.

Set KRAFTDESK_SCREENSHOTS=docs to also write the screenshots of docs/ again.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.publication.browser import axe_violations, screenshot
from tests.publication.conftest import cli, mark_all
from tests.publication.scenario import Scenario, justera

pytestmark = pytest.mark.slow

PAGE_TYPES = {
    "webb-startsida": "index.html",
    "webb-ar": "KS/2026/index.html",
    "webb-sammantrade": "KS/2026/2026-02-04/index.html",
    "webb-paragraf": "KS/2026/2026-02-04/paragraf-1.html",
    "webb-paragraf-sekretess": "KS/2026/2026-02-04/paragraf-2.html",
    "webb-paragraf-omrostning": "KS/2026/2026-02-04/paragraf-3.html",
    "webb-arende": "KS/2026/arenden/ks-2025-301.html",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kraftdesk.register.migrate import open_register
    from tests.publication.scenario import build_scenario

    folder = tmp_path_factory.mktemp("site")
    path = folder / "register.sqlite3"
    register = open_register(f"sqlite:///{path}", create=True)
    scenario: Scenario = build_scenario(register)
    mark_all(scenario)
    justera(scenario)
    register.close()
    out = folder / "webb"
    assert cli(path, "publish", "KS", "2026", "-o", str(out))[0] == 0
    return out


@pytest.mark.parametrize("name", sorted(PAGE_TYPES))
def test_no_axe_violations(site: Path, name: str, tmp_path: Path) -> None:
    assert axe_violations(site / PAGE_TYPES[name], tmp_path / "profile") == []


def test_screenshots_of_every_page_type(site: Path, tmp_path: Path) -> None:
    target = os.environ.get("KRAFTDESK_SCREENSHOTS")
    for name, page in PAGE_TYPES.items():
        out = tmp_path / f"screenshot-{name}.png"
        screenshot(site / page, out, tmp_path / "profile")
        if target:
            shutil.copy(out, Path(target) / out.name)


def test_axe_finds_a_violation_when_there_is_one(tmp_path: Path) -> None:
    page = tmp_path / "dålig.html"
    page.write_text('<!DOCTYPE html><html><head><title>x</title></head><body>'
                    '<img src="bild.png"></body></html>', encoding="utf-8")
    found = {v["id"] for v in axe_violations(page, tmp_path / "profile")}
    assert {"image-alt", "html-has-lang"} <= found
