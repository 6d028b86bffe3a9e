# SPDX-License-Identifier: EUPL-1.2
"""The handbook (docs/handbok): every chapter reachable from the index, every link and
picture there, every heading F1 points at present, and packaged where the program looks."""

from __future__ import annotations

import re
from pathlib import Path

from kraftdesk.paths import handbook_dir

ROOT = Path(__file__).resolve().parents[2]
HANDBOOK = ROOT / "docs" / "handbok"
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")


def links(chapter: Path) -> list[tuple[bool, str]]:
    """(is a picture, target) of every Markdown link in `chapter`, code blocks left out."""
    text = re.sub(r"```.*?```", "", chapter.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [(bang == "!", target) for bang, target in LINK.findall(text)]


def headings(chapter: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", chapter.read_text(encoding="utf-8"), flags=re.DOTALL)
    return {line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")}


def test_the_program_finds_the_handbook_in_the_checkout() -> None:
    assert handbook_dir() == HANDBOOK
    assert (handbook_dir() / "index.md").is_file()


def test_every_chapter_is_reachable_from_the_index() -> None:
    seen, todo = set(), ["index.md"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += [target for picture, target in links(HANDBOOK / name)
                 if not picture and target.endswith(".md")]
    chapters = {path.name for path in HANDBOOK.glob("*.md")}
    assert chapters - seen == set()
    assert len(chapters) >= 9


def test_every_link_and_picture_exists() -> None:
    missing = [(chapter.name, target) for chapter in HANDBOOK.glob("*.md")
               for _picture, target in links(chapter)
               if "://" not in target and not (HANDBOOK / target).is_file()]
    assert missing == []


def test_every_picture_in_the_folder_is_shown_and_every_chapter_has_a_title() -> None:
    shown = {target for chapter in HANDBOOK.glob("*.md")
             for picture, target in links(chapter) if picture}
    assert {f"bilder/{path.name}" for path in (HANDBOOK / "bilder").glob("*.png")} == shown
    for chapter in HANDBOOK.glob("*.md"):
        assert chapter.read_text(encoding="utf-8").startswith("# "), chapter.name


def test_f1_points_at_chapters_and_headings_that_exist() -> None:
    from kraftdesk.gui.handbook import TOPICS

    wrong = [(view, chapter, heading) for view, (chapter, heading) in TOPICS.items()
             if not (HANDBOOK / chapter).is_file()
             or (heading is not None and heading not in headings(HANDBOOK / chapter))]
    assert wrong == []


def test_the_legal_chapter_names_the_rules_it_explains() -> None:
    text = " ".join((HANDBOOK / "05-lagens-datum.md").read_text(encoding="utf-8").split())
    for rule in ("(1930:173)", "8 kap. 12 §", "13 kap. 5 §", "5 kap. 69 §", "4 kap. 27 §"):
        assert rule in text, rule
