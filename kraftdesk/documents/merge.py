# SPDX-License-Identifier: EUPL-1.2
"""Received PDF bilagor: read them, and merge their pages into the reserved pages.

ReportLab lays the minutes out with one reserved page per received page, already the
received page's size and carrying the stamp ("Bilaga N", the page number and, in a draft,
the draft mark) in a band at the top. pypdf then draws each received page underneath its
stamp, scaled down just enough to leave that band free, so the stamp never covers any of
the received text. pypdf is imported only when a document has received PDF bilagor.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from kraftdesk.documents.styles import GEOMETRY
from kraftdesk.domain.document import AppendixDoc
from kraftdesk.domain.errors import UserError

if TYPE_CHECKING:
    from pypdf import PageObject


class ReceivedPdf(NamedTuple):
    number: int
    pages: tuple[PageObject, ...]
    sizes: tuple[tuple[float, float], ...]  # (width, height) as displayed


def read_received(appendices: tuple[AppendixDoc, ...]) -> dict[int, ReceivedPdf]:
    """The received PDF bilagor by number (an empty dict without any: pypdf not loaded)."""
    if not any(a.pdf_bytes is not None for a in appendices):
        return {}
    return {a.number: _read(a.number, a.pdf_bytes) for a in appendices
            if a.pdf_bytes is not None}


def _read(number: int, data: bytes) -> ReceivedPdf:
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserError(
                f"Bilaga {number} är en lösenordsskyddad PDF-fil och kan inte fogas in i "
                "protokollet. Be avsändaren om en fil utan lösenord.",
                field=f"bilaga {number}",
            )
        # A writer's copy: pages there may have their rotation turned into their content.
        pages = tuple(PdfWriter(clone_from=reader).pages)
        for page in pages:
            page.transfer_rotation_to_content()
        sizes = tuple((float(p.cropbox.width), float(p.cropbox.height)) for p in pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            f"Bilaga {number}: den mottagna PDF-filen går inte att läsa ({exc}).",
            field=f"bilaga {number}",
        ) from exc
    if not pages:
        raise UserError(f"Bilaga {number}: den mottagna PDF-filen har inga sidor.",
                        field=f"bilaga {number}")
    return ReceivedPdf(number, pages, sizes)


def merge_received(laid_out: bytes, reserved: dict[int, int],
                   received: dict[int, ReceivedPdf], out: BinaryIO) -> None:
    """Fill the reserved pages (page index → bilaga number) and write the result to `out`."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(laid_out))
    taken: dict[int, int] = {}
    for index in sorted(reserved):
        number = reserved[index]
        position = taken.get(number, 0)
        taken[number] = position + 1
        _place(writer.pages[index], received[number].pages[position])
    writer.write(out)


def _place(target: Any, source: Any) -> None:
    from pypdf import Transformation

    box = source.cropbox
    left, bottom = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    band = min(GEOMETRY.stamp_band, height * 0.12)
    scale = (height - band) / height
    shift = (width - width * scale) / 2
    ctm = (Transformation().translate(-left, -bottom).scale(scale, scale)
           .translate(shift, 0))
    target.merge_transformed_page(source, ctm, over=False)
