# SPDX-License-Identifier: EUPL-1.2
"""The organisation's logo in the PDF header: PNG (ReportLab with Pillow) or SVG (svglib).

    chosen(data) -> (bytes to keep, media type)          or a Swedish UserError
    fitted(data, media_type) -> the bytes to keep: a PNG no larger than print needs
    Logo(data, media_type).draw(canvas, x, top, max_width, max_height) -> width drawn

What a logo file must be is kraftdesk.domain.logo's rule (media_type_of). SVG is drawn as
vectors (svglib turns it into a ReportLab drawing), so the logo stays sharp at any zoom. A
logo is read once per document and drawn into the page header form.

The header prints the logo within MAX_WIDTH × MAX_HEIGHT points (30 × 15 mm). A PNG of more
pixels than that needs at PRINT_DPI (600 dots per inch, twice what a printer resolves) is
kept scaled down to it (`fitted`, when the logo is chosen; a logo kept before that is fitted
for each document): a logo from a graphic profile is often thousands of pixels wide, and was
embedded whole in every PDF (a five-page protocol of 48 kB became 2.9 MB and took twice as
long).
"""

from __future__ import annotations

import io
from typing import Any

from kraftdesk.domain.errors import UserError
from kraftdesk.domain.logo import PNG, SVG, media_type_of, png_image, svg_drawing

#: The box the header prints the logo in, in points (kraftdesk.documents.templates).
MAX_WIDTH = 30 * 2.835
MAX_HEIGHT = 15 * 2.835
#: Pixels per inch a kept PNG logo has at most, printed at its size in the header.
PRINT_DPI = 600
#: What a secretary can do about a logo that cannot be drawn (chosen before it was checked).
_CHOOSE_AGAIN = ("Välj logotypen på nytt i organisationens inställningar (i appen, eller med "
                 "kraftdesk organisation set --logo FIL).")


def chosen(data: bytes) -> tuple[bytes, str]:
    """A logo file as the settings keep it: its bytes (`fitted`) and media type, or a Swedish
    UserError saying why it cannot be the logo (kraftdesk.domain.logo.media_type_of)."""
    media_type = media_type_of(data)
    return fitted(data, media_type), media_type


def fitted(data: bytes, media_type: str) -> bytes:
    """The logo as it is kept: an SVG as it is; a PNG scaled down, aspect kept, to what the
    header's box needs at PRINT_DPI, if it has more pixels than that (otherwise as it is)."""
    if media_type != PNG:
        return data
    from PIL import Image

    with png_image(data) as image:
        width, height = image.size
        scale = min(MAX_WIDTH / 72 * PRINT_DPI / width, MAX_HEIGHT / 72 * PRINT_DPI / height)
        if scale >= 1:
            return data
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        if image.mode not in ("1", "L", "LA", "RGB", "RGBA"):  # a palette, 16 bits, CMYK
            image = image.convert("RGBA")  # the same picture, resampled next
        elif image.mode == "1":
            image = image.convert("L")
        smaller = image.resize(size, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    smaller.save(out, format="PNG", optimize=True)
    return out.getvalue()


class Logo:
    """A logo ready to draw; the aspect ratio is kept."""

    def __init__(self, data: bytes, media_type: str) -> None:
        self.media_type = media_type
        try:
            if media_type == SVG:
                self._drawing = svg_drawing(data)
            else:  # a damaged one fails here, not inside the PDF; one chosen before logos
                data = fitted(data, media_type)  # were fitted is fitted for each document
        except UserError as error:
            raise UserError(f"Organisationens logotyp kan inte skrivas ut: {error.message} "
                            f"{_CHOOSE_AGAIN}", field="logo") from None
        if media_type == SVG:
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
