# SPDX-License-Identifier: EUPL-1.2
"""The shipped fonts: licences beside them, every letter of a name in the main font."""

from __future__ import annotations

from kraftdesk.documents.fonts import fallbacks, register_fonts, to_unicode_cmap
from kraftdesk.paths import resource

NAME_LETTERS = ("åäöÅÄÖéèêëÉüÜøØæÆłŁşŞćĆčČšŠžŽńŃśŚźŹżŻğĞıİçÇñÑßõÕãÃâîûôàùìòáíóúýÿőűŐŰ"
                "ąęĄĘřŘťŤďĎňŇľĽĺĹŕŔ§–—’“”…•")


def test_every_font_file_ships_with_its_licence() -> None:
    folder = resource("fonts")
    fonts = sorted(p.name for p in folder.glob("*.ttf"))
    assert fonts == ["DejaVuSans-Bold.ttf", "DejaVuSans.ttf", "LiberationSans-Bold.ttf",
                     "LiberationSans-BoldItalic.ttf", "LiberationSans-Italic.ttf",
                     "LiberationSans-Regular.ttf", "Symbola.ttf"]
    assert "SIL OPEN FONT LICENSE Version 1.1" in \
        (folder / "LICENSE-LiberationSans-OFL.txt").read_text()
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text()
    assert "free for any use" in (folder / "LICENSE-Symbola.txt").read_text()


def test_liberation_sans_draws_every_letter_of_a_name_itself() -> None:
    missing = [c for c in NAME_LETTERS if c not in register_fonts()]
    assert missing == []


def test_the_fallbacks_draw_symbols_and_emoji() -> None:
    dejavu, symbola = fallbacks()
    assert {"→", "∑", "★", "✓"} <= dejavu.covers
    assert {"😀", "👍", "🏽", "❤"} <= symbola.covers


def test_to_unicode_map_writes_utf16_surrogate_pairs_beyond_the_bmp() -> None:
    cmap = to_unicode_cmap("X", [0x41, 0xE5, 0x1F600])
    assert "<00> <0041>" in cmap
    assert "<01> <00E5>" in cmap
    assert "<02> <D83DDE00>" in cmap
