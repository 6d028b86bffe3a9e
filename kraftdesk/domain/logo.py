# SPDX-License-Identifier: EUPL-1.2
"""What a logo file must be for the organisation's letterhead: the one rule for every way in
(the settings in the app and on the command line, the import of a register file).

    media_type_of(data) -> "image/png" | "image/svg+xml"     or a Swedish UserError
    png_image(data) -> the PNG decoded whole (Pillow)        or a Swedish UserError
    svg_drawing(data) -> the SVG as a ReportLab drawing      or a Swedish UserError

A PNG is decoded whole when it is checked: a file cut short has a header that reads well
and fails only when the picture is drawn, which would make every PDF fail. One of more than
MAX_PIXELS is refused from its header, before it is decoded. An SVG is read by svglib,
which resolves no XML entities and fetches nothing.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from kraftdesk.domain.errors import UserError

PNG = "image/png"
SVG = "image/svg+xml"
MAX_LOGO_BYTES = 2 * 1024 * 1024
#: Pixels a PNG logo may have at most (8,000 × 8,000: a two-colour logo exported at print
#: resolution fits in a small file; decoded, it is at most 256 MB of memory for a moment).
MAX_PIXELS = 64_000_000
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def media_type_of(data: bytes) -> str:
    """What the logo file is, after checking that it can be drawn."""
    if not data:
        raise UserError("Logotypfilen är tom.", field="logo")
    if len(data) > MAX_LOGO_BYTES:
        raise UserError(f"Logotypen är för stor ({len(data) // 1024} kB); högst "
                        f"{MAX_LOGO_BYTES // (1024 * 1024)} MB.", field="logo")
    if data.startswith(_PNG_MAGIC):
        png_image(data).close()
        return PNG
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and b"<svg" in data[:65536].lower():
        svg_drawing(data)
        return SVG
    raise UserError("Logotypen ska vara en PNG- eller SVG-fil.", field="logo")


def png_image(data: bytes) -> Any:
    """The PNG decoded (a PIL image), its size checked from its header first."""
    from PIL import Image

    # The size from the PNG's header (IHDR, the first chunk), before anything is decoded.
    if len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        if width * height > MAX_PIXELS:
            raise UserError(f"Logotypen har för många bildpunkter ({_grouped(width)} × "
                            f"{_grouped(height)}; högst {MAX_PIXELS // 1_000_000} miljoner). "
                            "Spara den i lägre upplösning; i sidhuvudet räcker 1\u00a0000 "
                            "bildpunkter i bredd.", field="logo")
    try:
        image = Image.open(io.BytesIO(data), formats=["PNG"])
        image.load()
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a damaged image
        raise UserError("PNG-filen med logotypen är skadad och kan inte läsas.",
                        field="logo") from None
    if image.width <= 0 or image.height <= 0:
        raise UserError("PNG-filen med logotypen har ingen bild.", field="logo")
    return image


def svg_drawing(data: bytes) -> Any:
    """The SVG as a ReportLab drawing (svglib)."""
    from svglib.svglib import svg2rlg

    logger = logging.getLogger("svglib")
    level = logger.level
    logger.setLevel(logging.CRITICAL)  # its English warnings are replaced by ours
    try:
        drawing = svg2rlg(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - lxml and svglib raise many kinds for bad SVG
        drawing = None
    finally:
        logger.setLevel(level)
    if drawing is None or not drawing.width or not drawing.height:
        raise UserError("SVG-filen med logotypen kan inte läsas (den är skadad eller har "
                        "ingen storlek).", field="logo")
    return drawing


def _grouped(number: int) -> str:
    """12 000 (digits in groups of three, a no-break space between, as Swedish writes)."""
    return f"{number:,}".replace(",", "\u00a0")
