# SPDX-License-Identifier: EUPL-1.2
"""Received PDF bilagor: read them, and merge their pages into the reserved pages.

ReportLab lays the minutes out with one reserved page per received page, already the
received page's size and carrying the stamp ("Bilaga N", the page number and, in a draft,
the draft mark) in a band at the top. pypdf then draws each received page underneath its
stamp, scaled down just enough to leave that band free, so the stamp never covers any of
the received text. pypdf is imported only when a document has received PDF bilagor.

Received files are checked and cleaned when they arrive (kraftdesk.documents.received), but
a register may hold files stored before that, or altered since: any of them that cannot be
read or placed (no pages, a page without size, a decompression bomb, a broken stream) is
refused here with a Swedish message naming the bilaga, never a traceback. pypdf's own
warnings (English) are kept from the user (quiet_pdf_libraries).
"""

from __future__ import annotations

import io
import logging
import warnings
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


#: A page's content stream may expand to at most this many bytes (a text page is a few
#: kilobytes; anything near this is a decompression bomb).
MAX_CONTENT_BYTES = 20_000_000
#: The sides of a page, in points (PDF's own limit is 14,400).
MIN_SIDE, MAX_SIDE = 1.0, 14_400.0


def quiet_pdf_libraries() -> None:
    """Keep pypdf's and pikepdf's English warnings from the user's terminal or window."""
    for name in ("pypdf", "pikepdf"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False
    warnings.filterwarnings("ignore", module=r"pypdf(\.|$)")
    warnings.filterwarnings("ignore", module=r"pikepdf(\.|$)")


def unreadable(what: str | int | None, reason: str) -> UserError:
    """Why a received PDF cannot be used. `what` names the file ("Filen x.pdf för …"), or
    is the number of its bilaga, or None ("PDF-filen")."""
    field = f"bilaga {what}" if isinstance(what, int) else "pdf"
    if isinstance(what, int):
        what = f"Bilaga {what}: den mottagna PDF-filen"
    return UserError(f"{what or 'PDF-filen'} går inte att använda: {reason}. Ta emot texten "
                     "på nytt, som text eller som en läsbar PDF-fil.", field=field)


def is_encrypted(data: bytes) -> bool:
    """A PDF that opens only with a password (False for anything unreadable)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    quiet_pdf_libraries()
    try:
        reader = PdfReader(io.BytesIO(data))
        return bool(reader.is_encrypted) and not reader.decrypt("")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            ZeroDivisionError, OverflowError, RecursionError, MemoryError, NotImplementedError):
        return False


def read_received(appendices: tuple[AppendixDoc, ...]) -> dict[int, ReceivedPdf]:
    """The received PDF bilagor by number (an empty dict without any: pypdf not loaded)."""
    if not any(a.pdf_bytes is not None for a in appendices):
        return {}
    return {a.number: _read(a.number, a.pdf_bytes) for a in appendices
            if a.pdf_bytes is not None}


def _read(number: int | str | None, data: bytes) -> ReceivedPdf:
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import LimitReachedError, PyPdfError

    quiet_pdf_libraries()
    if not data:
        raise unreadable(number, "filen är tom")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            what = f"Bilaga {number} är" if isinstance(number, int) else f"{number or 'Filen'} är"
            raise UserError(
                f"{what} en lösenordsskyddad PDF-fil och kan inte fogas in i "
                "protokollet. Be avsändaren om en fil utan lösenord.",
                field=f"bilaga {number}" if isinstance(number, int) else "pdf",
            )
        # A writer's copy: pages there may have their rotation turned into their content.
        pages = tuple(PdfWriter(clone_from=reader).pages)
        for page in pages:
            page.transfer_rotation_to_content()
        sizes = tuple((float(p.cropbox.width), float(p.cropbox.height)) for p in pages)
    except UserError:
        raise
    except LimitReachedError as exc:
        raise unreadable(number, "den packas upp till mer än programmet tillåter (den kan "
                                 "vara gjord för att överbelasta datorn)") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            ZeroDivisionError, OverflowError, RecursionError, MemoryError) as exc:
        raise unreadable(number, f"den är skadad eller inte en riktig PDF ({type(exc).__name__})"
                         ) from exc
    if not pages:
        raise unreadable(number, "den har inga sidor")
    for index, (width, height) in enumerate(sizes, start=1):
        if not (MIN_SIDE <= abs(width) <= MAX_SIDE and MIN_SIDE <= abs(height) <= MAX_SIDE):
            raise unreadable(number, f"sida {index} har ingen användbar storlek "
                                     f"({abs(width):.0f} × {abs(height):.0f} punkter)")
    return ReceivedPdf(number if isinstance(number, int) else 0, pages, sizes)


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
        placed(number, writer.pages[index], received[number].pages[position])
    writer.write(out)


def placed(number: int | str | None, target: Any, source: Any) -> None:
    """Draw `source` on `target` (see _place); a page that cannot be drawn is refused."""
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        contents = source.get_contents()
        if contents is not None and len(contents.get_data()) > MAX_CONTENT_BYTES:
            raise unreadable(number, "en sida packas upp till mer än programmet tillåter "
                                     "(den kan vara gjord för att överbelasta datorn)")
        _place(target, source)
    except UserError:
        raise
    except LimitReachedError as exc:
        raise unreadable(number, "den packas upp till mer än programmet tillåter (den kan "
                                 "vara gjord för att överbelasta datorn)") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            ZeroDivisionError, OverflowError, RecursionError, MemoryError) as exc:
        raise unreadable(number, f"en sida kan inte återges ({type(exc).__name__})") from exc


def check_mergeable(data: bytes, what: str | None = None) -> int:
    """Everything the minutes will do with a received PDF, tried now: read it, and draw
    each page as the minutes will. Returns the number of pages; UserError if any fails.
    `what` names the file in messages ("Filen x.pdf för …"; default "PDF-filen")."""
    from pypdf import PdfWriter

    received = _read(what, data)
    writer = PdfWriter()
    for page, (width, height) in zip(received.pages, received.sizes, strict=True):
        placed(what, writer.add_blank_page(abs(width), abs(height)), page)
    return len(received.pages)


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
