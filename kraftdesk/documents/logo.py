# SPDX-License-Identifier: EUPL-1.2
"""The organisation's logo in the PDF header: PNG (ReportLab with Pillow) or SVG (svglib).

    media_type_of(data) -> "image/png" | "image/svg+xml"     or a Swedish UserError
    Logo(data, media_type).draw(canvas, x, top, max_width, max_height) -> width drawn

SVG is drawn as vectors (svglib turns it into a ReportLab drawing), so the logo stays sharp
at any zoom. A logo is read once per document and drawn into the page header form.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from kraftdesk.domain.errors import UserError

PNG = "image/png"
SVG = "image/svg+xml"
MAX_LOGO_BYTES = 2 * 1024 * 1024
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def media_type_of(data: bytes) -> str:
    """What the logo file is, after checking that it can be drawn."""
    if not data:
        raise UserError("Logotypfilen är tom.", field="logo")
    if len(data) > MAX_LOGO_BYTES:
        raise UserError(f"Logotypen är för stor ({len(data) // 1024} kB); högst "
                        f"{MAX_LOGO_BYTES // (1024 * 1024)} MB.", field="logo")
    if data.startswith(_PNG_MAGIC):
        _png_size(data)
        return PNG
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and b"<svg" in data[:65536].lower():
        _svg_drawing(data)
        return SVG
    raise UserError("Logotypen ska vara en PNG- eller SVG-fil.", field="logo")


def _png_size(data: bytes) -> tuple[int, int]:
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a damaged image
        raise UserError("PNG-filen med logotypen är skadad och kan inte läsas.",
                        field="logo") from None
    if width <= 0 or height <= 0:
        raise UserError("PNG-filen med logotypen har ingen bild.", field="logo")
    return width, height


def _svg_drawing(data: bytes) -> Any:
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


class Logo:
    """A logo ready to draw; the aspect ratio is kept."""

    def __init__(self, data: bytes, media_type: str) -> None:
        self.media_type = media_type
        if media_type == SVG:
            self._drawing = _svg_drawing(data)
            self.width, self.height = float(self._drawing.width), float(self._drawing.height)
        else:
            from reportlab.lib.utils import ImageReader

            self._image = ImageReader(io.BytesIO(data))
            width, height = self._image.getSize()
            self.width, self.height = float(width), float(height)

    def size_within(self, max_width: float, max_height: float) -> tuple[float, float]:
        scale = min(max_width / self.width, max_height / self.height)
        return self.width * scale, self.height * scale

    def draw(self, canvas: Any, x: float, top: float, max_width: float,
             max_height: float) -> float:
        """Draw with its top-left corner at (x, top); the width drawn."""
        width, height = self.size_within(max_width, max_height)
        if self.media_type == SVG:
            from reportlab.graphics import renderPDF

            canvas.saveState()
            canvas.translate(x, top - height)
            canvas.scale(width / self.width, height / self.height)
            renderPDF.draw(self._drawing, canvas, 0, 0)
            canvas.restoreState()
        else:
            canvas.drawImage(self._image, x, top - height, width, height, mask="auto")
        return width
