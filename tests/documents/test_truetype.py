# SPDX-License-Identifier: EUPL-1.2
"""CachingTTFont: ReportLab's widths, remembered, never different."""

from __future__ import annotations

import random

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from kraftdesk.documents import truetype
from kraftdesk.documents.truetype import CachingTTFont
from kraftdesk.paths import resource

LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéÅÄÖ §–—…”(),.0123456789\u00a0łŁşćøüß"
RARE = "→∑★✓😀👍\u0000\u0001\u001f\ufffe\ufffdΩЖ"  # fallback symbols, emoji, controls, Greek
MANY = "".join(chr(code) for code in range(0x100, 0x400))  # more than one subset's worth


def fonts(filename: str) -> tuple[CachingTTFont, TTFont]:
    path = str(resource("fonts", filename))
    return CachingTTFont("caching", path), TTFont("reportlab", path)


def texts(alphabet: str, count: int, seed: int) -> list[str]:
    chance = random.Random(seed)
    return ["".join(chance.choice(alphabet) for _ in range(chance.randint(0, 60)))
            for _ in range(count)]


@pytest.mark.parametrize("filename", ["LiberationSans-Regular.ttf", "Symbola.ttf"])
def test_widths_of_any_text_are_reportlabs(filename: str) -> None:
    ours, theirs = fonts(filename)
    for text in texts(LETTERS + RARE + MANY, 300, seed=3) * 2:  # the second time remembered
        assert ours.stringWidth(text, 11) == theirs.stringWidth(text, 11), text


def test_widths_are_reportlabs_and_remembered_per_size() -> None:
    ours, theirs = fonts("LiberationSans-Regular.ttf")
    words = ["Kommunstyrelsen", "§", "1\u00a0100\u00a0000", "", "Łukasz", "😀"]
    for size in (11, 11.0, 9.5):
        assert [ours.stringWidth(word, size) for word in words] == \
            [theirs.stringWidth(word, size) for word in words]
        assert ours.word_widths(words, size) == [theirs.stringWidth(w, size) for w in words]
    assert ours.stringWidth("å".encode(), 11) == theirs.stringWidth("å".encode(), 11)
    assert set(ours._widths) == {11, 9.5}
    assert set(ours._widths[11]) == set(words)


def test_the_table_of_widths_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(truetype, "MAX_WIDTHS", 3)
    ours, theirs = fonts("LiberationSans-Regular.ttf")
    for word in ("ett", "två", "tre", "fyra", "fem"):
        assert ours.stringWidth(word, 10) == theirs.stringWidth(word, 10)
    assert set(ours._widths[10]) == {"fyra", "fem"}
