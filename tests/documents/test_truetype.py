# SPDX-License-Identifier: EUPL-1.2
"""CachingTTFont: ReportLab's widths and subset codes, remembered, never different."""

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


class Doc:
    """Stands in for a PDF document: the key of a font's subsetting state."""


def fonts(filename: str) -> tuple[CachingTTFont, TTFont]:
    path = str(resource("fonts", filename))
    return CachingTTFont("caching", path), TTFont("reportlab", path)


def texts(alphabet: str, count: int, seed: int) -> list[str]:
    chance = random.Random(seed)
    return ["".join(chance.choice(alphabet) for _ in range(chance.randint(0, 60)))
            for _ in range(count)]


@pytest.mark.parametrize("filename", ["LiberationSans-Regular.ttf", "Symbola.ttf"])
@pytest.mark.parametrize("ascii_readable", [1, 0])
def test_subset_codes_are_reportlabs_whatever_the_text(filename: str,
                                                       ascii_readable: int) -> None:
    ours, theirs = fonts(filename)
    ours._asciiReadable = theirs._asciiReadable = ascii_readable
    ours_doc, their_doc = Doc(), Doc()
    common = texts(LETTERS, 300, seed=1)
    mixed = texts(LETTERS + RARE + MANY, 300, seed=2)
    for text in [*common, *mixed, *common, b"x", "å".encode()]:
        assert ours.splitString(text, ours_doc) == theirs.splitString(text, their_doc), text
    assert ours.state[ours_doc].subsets == theirs.state[their_doc].subsets
    assert ours.state[ours_doc].assignments == theirs.state[their_doc].assignments


def test_edge_characters_among_known_ones_get_reportlabs_codes() -> None:
    ours, theirs = fonts("LiberationSans-Regular.ttf")
    ours_doc, their_doc = Doc(), Doc()
    for text in (LETTERS, *(f"ab{char}cd" for char in "\u0000\ufffe\u00a0\u00ad\uffff\x7f")):
        assert ours.splitString(text, ours_doc) == theirs.splitString(text, their_doc), text


def test_known_text_is_encoded_without_reportlabs_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    ours, _ = fonts("LiberationSans-Regular.ttf")
    doc = Doc()
    first = ours.splitString("Sammanträdesprotokoll för kommunstyrelsen", doc)

    def loop(*args: object, **kwargs: object) -> None:
        raise AssertionError("ReportLab's splitString was called for known characters")

    monkeypatch.setattr(TTFont, "splitString", loop)
    assert ours.splitString("Kommunstyrelsen\u00a0för protokoll", doc) == [
        (0, b"Kommunstyrelsen f\x02r protokoll")]
    assert ours.splitString("Sammanträdesprotokoll för kommunstyrelsen", doc) == first
    with pytest.raises(AssertionError):
        ours.splitString("Ny bokstav: ł", doc)


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
