# SPDX-License-Identifier: EUPL-1.2
"""Logo files as a secretary gets them: a graphic profile's PNG thousands of pixels wide, a
file cut short on its way, an SVG with XML entities, a picture of a hundred million pixels.
Each is taken as print needs it or refused in Swedish, by the settings and by the import
alike, and no PDF fails because of a logo."""

from __future__ import annotations

import base64
import io
import json
import sqlite3
from pathlib import Path

from PIL import Image

from kraftdesk.documents.logo import MAX_HEIGHT, MAX_WIDTH, PRINT_DPI
from kraftdesk.domain.logo import MAX_PIXELS
from tests.cli.test_setup_commands import Cli
from tests.documents.pdftext import page_lines, reader


def _cut(data: bytes) -> bytes:
    """The file cut short: its header reads well, its picture ends early."""
    return data[: len(data) // 2]


def _png(width: int, height: int, mode: str = "RGBA") -> bytes:
    """A picture with detail in it (stripes), so a scaled one is told from the original."""
    image = Image.new(mode, (width, height), 0)
    image.paste(Image.linear_gradient("L").resize((width, height)).convert(mode))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _images(pdf: bytes) -> list[tuple[int, int]]:
    """The size in pixels of each picture on the first page."""
    page = reader(pdf).pages[0]
    return [(image.image.width, image.image.height) for image in page.images]


def _logo_row(kommun: Cli) -> dict[str, object]:
    return json.loads(kommun.export())["organisation"]


def test_a_large_logo_is_kept_as_large_as_print_needs(kommun: Cli, tmp_path: Path) -> None:
    logo = tmp_path / "profil.png"
    logo.write_bytes(_png(4200, 1260))
    kommun.ok("organisation", "set", "--logo", str(logo))
    kept = base64.b64decode(_logo_row(kommun)["logo"])  # type: ignore[arg-type]
    # 30 mm wide at 600 dots per inch; the height as the picture's proportions give it.
    width = round(MAX_WIDTH / 72 * PRINT_DPI)
    assert Image.open(io.BytesIO(kept)).size == (width, round(1260 * width / 4200)) \
        == (709, 213)
    pdf = tmp_path / "p.pdf"
    kommun.ok("pdf", "minutes", "KS:2027-01-13", "-o", str(pdf))
    assert _images(pdf.read_bytes()) == [(709, 213)]
    assert "Sammanträdesprotokoll" in page_lines(pdf.read_bytes())[0][:8]


def test_a_logo_that_fits_is_kept_as_it_is(kommun: Cli, tmp_path: Path) -> None:
    data = _png(600, 300, "RGB")
    assert round(MAX_HEIGHT / 72 * PRINT_DPI) == 354  # at most 354 pixels high are needed
    logo = tmp_path / "liten.png"
    logo.write_bytes(data)
    kommun.ok("organisation", "set", "--logo", str(logo))
    assert base64.b64decode(_logo_row(kommun)["logo"]) == data  # type: ignore[arg-type]


def test_bad_logo_files_are_refused_and_change_nothing(kommun: Cli, tmp_path: Path) -> None:
    kommun.snapshot()
    cut = tmp_path / "avbruten.png"
    cut.write_bytes(_cut(_png(900, 300)))
    assert kommun.fails("organisation", "set", "--logo", str(cut)) == (
        "PNG-filen med logotypen är skadad och kan inte läsas.")
    huge = tmp_path / "jätte.png"
    huge.write_bytes(_png(2, 2)[:16] + (12_000).to_bytes(4, "big") * 2 + _png(2, 2)[24:])
    assert MAX_PIXELS < 12_000 * 12_000
    assert kommun.fails("organisation", "set", "--logo", str(huge)) == (
        "Logotypen har för många bildpunkter (12\u00a0000 × 12\u00a0000; högst 64 miljoner). "
        "Spara den i lägre upplösning; i sidhuvudet räcker 1\u00a0000 bildpunkter i bredd.")


def test_an_svg_logo_reads_no_file_it_names(kommun: Cli, tmp_path: Path) -> None:
    secret = tmp_path / "hemligt.txt"
    secret.write_text("Lösenordet är hemligt", encoding="utf-8")
    logo = tmp_path / "entitet.svg"
    logo.write_text(
        f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50">'
        '<rect width="200" height="50" fill="#234"/><text x="5" y="30">&x;</text></svg>',
        encoding="utf-8")
    kommun.ok("organisation", "set", "--logo", str(logo))
    pdf = tmp_path / "p.pdf"
    kommun.ok("pdf", "minutes", "KS:2027-01-13", "-o", str(pdf))
    assert "hemligt" not in reader(pdf.read_bytes()).pages[0].extract_text()
    assert b"hemligt" not in pdf.read_bytes()


def test_a_damaged_logo_already_in_the_register_stops_a_pdf_in_swedish(
        kommun: Cli, tmp_path: Path) -> None:
    # A logo chosen before it was checked whole: every PDF failed with an internal error.
    with sqlite3.connect(kommun.db) as connection:
        connection.execute("UPDATE organisation SET logo = ?, logo_media_type = 'image/png'",
                           (_cut(_png(900, 300)),))
    connection.close()
    pdf = tmp_path / "p.pdf"
    assert kommun.fails("pdf", "minutes", "KS:2027-01-13", "-o", str(pdf)) == (
        "Organisationens logotyp kan inte skrivas ut: PNG-filen med logotypen är skadad och "
        "kan inte läsas. Välj logotypen på nytt i organisationens inställningar (i appen, "
        "eller med kraftdesk organisation set --logo FIL).")
    assert not pdf.exists()


def test_a_large_logo_kept_before_logos_were_fitted_prints_fitted(kommun: Cli,
                                                                 tmp_path: Path) -> None:
    with sqlite3.connect(kommun.db) as connection:
        connection.execute("UPDATE organisation SET logo = ?, logo_media_type = 'image/png'",
                           (_png(4200, 1260),))
    connection.close()
    pdf = tmp_path / "p.pdf"
    kommun.ok("pdf", "minutes", "KS:2027-01-13", "-o", str(pdf))
    assert _images(pdf.read_bytes()) == [(709, 213)]


def test_the_import_takes_the_same_logos_as_the_settings(kommun: Cli, tmp_path: Path) -> None:
    document = json.loads(kommun.export())
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"/>'
    for logo, media_type, line in (
        (_cut(_png(900, 300)), "image/png",
         "$.organisation.logo: PNG-filen med logotypen är skadad och kan inte läsas."),
        (svg, "image/png",
         "$.organisation.logo_media_type: logotypen är av typen «image/svg+xml», inte "
         "«image/png».")):
        document["organisation"].update(logo=base64.b64encode(logo).decode("ascii"),
                                        logo_media_type=media_type)
        source = tmp_path / "register.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        new = Cli(tmp_path / "ny.sqlite3")
        code, _out, err = new("import", str(source))
        assert code == 1 and err.splitlines()[1:] == [f"  {line}"], err
        assert not new.db.exists()
