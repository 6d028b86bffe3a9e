# SPDX-License-Identifier: EUPL-1.2
"""The shipped fonts: licences beside them, every letter of a name in the main font."""

from __future__ import annotations

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from kraftdesk.documents.fonts import BOLD, REGULAR, fallbacks, register_fonts, to_unicode_cmap
from kraftdesk.documents.styles import stylesheet
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


def test_only_the_upright_faces_are_registered_and_italic_maps_to_them() -> None:
    register_fonts()
    registered = set(pdfmetrics.getRegisteredFontNames())
    assert {REGULAR, BOLD} <= registered
    assert not {"LiberationSans-Italic", "LiberationSans-BoldItalic"} & registered
    assert (tt2ps(REGULAR, 0, 1), tt2ps(REGULAR, 1, 1)) == (REGULAR, BOLD)
    assert (ps2tt(REGULAR), ps2tt(BOLD)) == (("liberationsans", 0, 0), ("liberationsans", 1, 0))
    italic = Paragraph("<i>kursiv</i> <b><i>fet</i></b>", stylesheet()["body"])
    assert [frag.fontName for frag in italic.frags] == [REGULAR, REGULAR, BOLD]


def test_the_fallbacks_draw_symbols_and_emoji() -> None:
    dejavu, symbola = fallbacks()
    assert {"→", "∑", "★", "✓"} <= dejavu.covers
    assert {"😀", "👍", "🏽", "❤"} <= symbola.covers


def test_to_unicode_map_writes_utf16_surrogate_pairs_beyond_the_bmp() -> None:
    cmap = to_unicode_cmap("X", [0x41, 0xE5, 0x1F600])
    assert "<00> <0041>" in cmap
    assert "<01> <00E5>" in cmap
    assert "<02> <D83DDE00>" in cmap
