# SPDX-License-Identifier: EUPL-1.2
"""PDF/A: the archival form of the minutes, extracts and bilagor (ISO 19005-1 and -2, level B).

    to_pdfa(pdf, info, part=2) -> bytes          a PDF kraftdesk rendered, as PDF/A-1b or -2b
    convert_received(pdf, part=2) -> bytes        a received PDF, or PdfaConversionError

ReportLab writes neither XMP metadata nor an output intent. pikepdf adds both (the sRGB
profile of resources/icc, with its licence), declares the PDF/A part, keeps the document
information and the XMP packet in step, writes a classic cross-reference table (PDF/A-1
allows no object streams) with an end of line before every `endstream`, and validates the
bytes it wrote with its own PDF/A validator (pikepdf.pdfa, an allowlist derived from
veraPDF's rules): a file that does not pass is never returned. The fonts are embedded by
the renderer (kraftdesk.documents.fonts); nothing is encrypted.

The XMP packet carries the document's title, author (the body), subject, keywords (the
diarienummer), dates, and the register's identifiers in xmp:Identifier (a bag of text
that PDF/A predefines, so no extension schema is needed): the meeting, the paragraphs, and
for final minutes the hash of the composed document and the audit trail's head
(kraftdesk.register.seal).

PDFBox Preflight, an independent validator, checks the results in the test suite.
"""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from kraftdesk.domain.errors import UserError
from kraftdesk.paths import resource

#: The PDF/A parts kraftdesk writes: 2 (PDF/A-2b, the default) and 1 (PDF/A-1b).
PARTS = (1, 2)
_OUTPUT_CONDITION = "sRGB IEC61966-2.1"


class PdfaConversionError(UserError):
    """A PDF could not be made PDF/A (its `findings` say why, in the validator's words)."""

    def __init__(self, message: str, findings: tuple[str, ...] = ()) -> None:
        super().__init__(message, field="PDF/A")
        self.findings = findings


@dataclass(frozen=True)
class ArchiveInfo:
    """What the XMP packet says about a document besides what ReportLab already wrote."""

    created: datetime  # aware; the document's date (justering, or when it was written)
    identifiers: tuple[str, ...] = ()  # xmp:Identifier, e.g. "kraftdesk:meeting=KS:2026-01-07"
    identifier: str | None = None  # dc:identifier, e.g. "KS:2026-01-07"
    extra_keywords: tuple[str, ...] = field(default_factory=tuple)


@cache
def srgb_profile() -> bytes:
    """The ICC profile of the output intent (resources/icc/sRGB.icc)."""
    return resource("icc", "sRGB.icc").read_bytes()


def flavour(part: int) -> str:
    if part not in PARTS:
        raise UserError(f"PDF/A-del {part} stöds inte; välj 1 (PDF/A-1b) eller 2 (PDF/A-2b).",
                        field="PDF/A")
    return f"{part}b"


def to_pdfa(pdf: bytes, info: ArchiveInfo, part: int = 2) -> bytes:
    """`pdf` (rendered by kraftdesk.documents) as PDF/A-`part`b, validated before returned."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        _write_metadata(document, info)
        return _save(document, part, what="dokumentet")


@dataclass(frozen=True)
class Converted:
    pdf: bytes
    as_images: bool  # the pages became images (with their text laid over them invisibly)


def with_metadata(pdf: bytes, info: ArchiveInfo) -> bytes:
    """`pdf` with the XMP packet and document information of `info`, not declared PDF/A:
    for a document that cannot be made PDF/A, so that its anchors are still there."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        _write_metadata(document, info)
        out = io.BytesIO()
        document.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable)
        return out.getvalue()


def convert_received(pdf: bytes, part: int = 2) -> Converted:
    """A received PDF made PDF/A-`part`b, or PdfaConversionError when it cannot be.

    First as it is, repaired where that does not change how a page looks (output intent,
    metadata, annotation flags, font encodings, CIDSet). A file that still does not conform
    (fonts not embedded, transparency in PDF/A-1, colours without a profile …) has its
    pages drawn as images at 200 dpi (PDFium) in a new PDF/A file: they look the same, but
    their text is laid over them invisibly. A file PDFium cannot draw either (encrypted,
    damaged) raises PdfaConversionError, and the caller marks the bilaga instead.

    The text PDFium finds on a page drawn as an image is laid over it invisibly (text
    render mode 3, as scanned documents carry their recognised text), in Liberation Sans,
    so that it can still be searched and copied; characters the font lacks are left out.
    """
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            return Converted(_save(document, part, what="den inkomna PDF-filen"), False)
    except PdfaConversionError:
        pass
    except pikepdf.PasswordError as exc:
        raise PdfaConversionError("Den inkomna PDF-filen är lösenordsskyddad.",
                                  (str(exc),)) from exc
    except pikepdf.PdfError as exc:
        raise PdfaConversionError("Den inkomna PDF-filen går inte att läsa som PDF.",
                                  (str(exc),)) from exc
    return Converted(_as_images(pdf, part), True)


#: Resolution of received pages drawn as images.
IMAGE_DPI = 200


def _invisible_text(canvas: object, page: object, covered: frozenset[str]) -> None:
    """The page's text runs, each over its own box, not drawn (text render mode 3)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from kraftdesk.documents.fonts import REGULAR

    assert isinstance(canvas, Canvas)
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        for index in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(index)
            text = "".join(c for c in textpage.get_text_bounded(left, bottom, right, top)
                           if c in covered and c not in "\r\n")
            size = top - bottom
            if not text.strip() or size <= 0:
                continue
            natural = stringWidth(text, REGULAR, size)
            run = canvas.beginText(left, bottom + size * 0.2)
            run.setTextRenderMode(3)
            run.setFont(REGULAR, size)
            if natural > 0:
                run.setHorizScale(100 * (right - left) / natural)
            run.textOut(text)
            canvas.drawText(run)
    finally:
        textpage.close()


def _as_images(pdf: bytes, part: int) -> bytes:
    import pikepdf
    import pypdfium2
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    try:
        document = pypdfium2.PdfDocument(pdf)
    except pypdfium2.PdfiumError as exc:
        raise PdfaConversionError("Den inkomna PDF-filen går inte att läsa (den är "
                                  "lösenordsskyddad eller skadad).", (str(exc),)) from exc
    from kraftdesk.documents.fonts import REGULAR, register_fonts

    # ReportLab names a font on every page: our embedded one, never a bare Helvetica.
    covered = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, initialFontName=REGULAR)
    try:
        for page in document:
            width, height = page.get_size()
            image = page.render(scale=IMAGE_DPI / 72).to_pil().convert("RGB")
            jpeg = io.BytesIO()
            image.save(jpeg, format="JPEG", quality=85)
            canvas.setPageSize((width, height))
            canvas.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, width, height)
            _invisible_text(canvas, page, covered)
            canvas.showPage()
    finally:
        document.close()
    canvas.save()
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as images:
        return _save(images, part, what="den inkomna PDF-filen")


def _write_metadata(document: object, info: ArchiveInfo) -> None:
    import pikepdf

    assert isinstance(document, pikepdf.Pdf)
    docinfo = document.docinfo
    if "/Trapped" in docinfo:
        del docinfo["/Trapped"]  # no XMP equivalent in PDF/A-1
    if info.extra_keywords:
        keywords = [str(docinfo.get("/Keywords", "")), *info.extra_keywords]
        docinfo["/Keywords"] = ", ".join(k for k in keywords if k)
    stamp = info.created.replace(microsecond=0).isoformat()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pikepdf's notes on DocInfo keys it converts
        with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=True) as xmp:
            xmp.load_from_docinfo(docinfo)
            xmp["xmp:CreateDate"] = stamp
            xmp["xmp:ModifyDate"] = stamp
            if info.identifiers:
                xmp["xmp:Identifier"] = set(info.identifiers)
            if info.identifier:
                xmp["dc:identifier"] = info.identifier


def _save(document: object, part: int, *, what: str) -> bytes:
    import pikepdf
    from pikepdf import pdfa

    assert isinstance(document, pikepdf.Pdf)
    for page in document.pages:
        # A page transition (/Trans: a slide show's effect; ReportLab writes an empty one on
        # every page) is allowed in PDF/A, but pikepdf's allowlist does not know it and
        # would refuse the file. It changes nothing on paper or screen: left out.
        if "/Trans" in page.obj:
            del page.obj["/Trans"]
    out = io.BytesIO()
    logger = logging.getLogger("pikepdf")
    level = logger.level
    logger.setLevel(logging.ERROR)  # its notes on what it repaired are English and for us
    try:
        pdfa.save(document, out, flavour(part), output_intent=srgb_profile(),
                  output_condition_identifier=_OUTPUT_CONDITION,
                  object_stream_mode=pikepdf.ObjectStreamMode.disable)
    except pdfa.PdfaError as exc:
        findings = tuple(f"{f.rule} {f.where}: {f.message}" for f in exc.report.findings)
        count = len(findings)
        raise PdfaConversionError(
            f"Det gick inte att göra {what} till PDF/A-{flavour(part)}: "
            f"{count} {'avvikelse' if count == 1 else 'avvikelser'} från standarden som inte "
            "kan rättas utan att innehållet ändras.", findings) from exc
    finally:
        logger.setLevel(level)
    return out.getvalue()


def declared_part(pdf: bytes) -> int | None:
    """The PDF/A part a PDF declares in its XMP packet (pdfaid:part), or None."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf)) as document, document.open_metadata() as xmp:
            value = xmp.get("pdfaid:part")
    except (pikepdf.PdfError, ValueError):
        return None
    return int(value) if value and str(value).isdigit() else None


def identifiers(pdf: bytes) -> dict[str, tuple[str, ...]]:
    """The register's identifiers in a PDF's XMP packet: {"meeting": ("KS:2026-01-07",), …}.

    Read from the last revision's metadata; {} when the PDF has none or cannot be read.
    """
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf)) as document, document.open_metadata() as xmp:
            values = xmp.get("xmp:Identifier") or set()
    except (pikepdf.PdfError, ValueError):
        return {}
    found: dict[str, list[str]] = {}
    for value in sorted(str(v) for v in values):
        key, sep, rest = value.partition("=")
        if sep and key.startswith(IDENTIFIER_PREFIX):
            found.setdefault(key[len(IDENTIFIER_PREFIX):], []).append(rest)
    return {key: tuple(values) for key, values in found.items()}


IDENTIFIER_PREFIX = "kraftdesk:"


def identifier(key: str, value: str) -> str:
    """ "kraftdesk:meeting=KS:2026-01-07"."""
    return f"{IDENTIFIER_PREFIX}{key}={value}"
