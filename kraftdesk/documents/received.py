# SPDX-License-Identifier: EUPL-1.2
"""A received PDF, checked and cleaned when it arrives, before the register stores it.

    clean_received_pdf(data, *, max_bytes, what=None) -> CleanedPdf(data, pages)

What a party group sends is copied into the sealed, justerade minutes and kept for ever, so
it is taken in only when it is harmless and usable:

1. Its size: at most `max_bytes` (the organisation's setting, 25 MB unless changed); an
   empty file is refused.
2. It is read by qpdf (pikepdf), which parses without decompressing anything; a file qpdf
   cannot read, one with a password, one without pages, or a page without a usable size
   (a zero-size box) is refused.
3. Active content is removed: JavaScript (document, page, field and annotation actions,
   the document's JavaScript name tree), the action run on opening (OpenAction) and every
   other action but a plain jump within the document (Launch, URI, SubmitForm, ImportData,
   GoToR, GoToE, Rendition, Movie, Sound …), additional actions (AA), the interactive form
   with its scripts and XFA, embedded and associated files, and annotations that carry
   files or media (FileAttachment, Sound, Movie, Screen, RichMedia, 3D).
4. The cleaned file is written again by qpdf without decompressing a stream, and then
   everything the minutes will do with it is tried (kraftdesk.documents.merge: read every
   page with pypdf's limits, draw it as in the minutes, a page's content at most 20 MB when
   unpacked), so a decompression bomb or a broken page is refused now, at receipt, and
   `pdf minutes` and justering never meet it.

Every refusal is a UserError in Swedish; pypdf's and pikepdf's English warnings are kept
from the user. Only the cleaned file is stored: its SHA-256 is the file's identity.
"""

from __future__ import annotations

import io
from typing import Any, NamedTuple

from kraftdesk.documents.merge import check_mergeable, quiet_pdf_libraries, unreadable
from kraftdesk.domain.errors import UserError

#: The first bytes of a PDF may come after some junk; qpdf looks this far.
PDF_HEADER_WITHIN = 1024
MAX_PAGES = 2_000
MEGABYTE = 1_000_000

#: Actions kept: a jump within the document itself.
SAFE_ACTIONS = frozenset({"/GoTo"})
#: Annotations that carry files, sound, video or other active media: removed with their page
#: entry.
ACTIVE_ANNOTATIONS = frozenset({"/FileAttachment", "/Sound", "/Movie", "/Screen",
                                "/RichMedia", "/3D"})
#: Keys removed wherever they are: additional actions, associated and embedded files.
REMOVED_KEYS = ("/AA", "/AF", "/EmbeddedFiles", "/JS", "/JavaScript")


class CleanedPdf(NamedTuple):
    data: bytes
    pages: int


def clean_received_pdf(data: bytes, *, max_bytes: int, what: str | None = None) -> CleanedPdf:
    """The file as it may be stored (see the module docstring), or a Swedish UserError.
    `what` names the file in messages ("Filen x.pdf för …"); default "PDF-filen"."""
    quiet_pdf_libraries()
    name = what or "PDF-filen"
    if not data:
        raise unreadable(name, "filen är tom (0 byte)")
    if len(data) > max_bytes:
        raise UserError(
            f"{name} är {_megabytes(len(data))} MB; registret tar emot PDF-filer på högst "
            f"{_megabytes(max_bytes)} MB (en inställning för organisationen).", field="pdf")
    if b"%PDF-" not in data[:PDF_HEADER_WITHIN]:
        raise UserError(f"{name} är ingen PDF.", field="pdf")
    cleaned = _cleaned(data, name)
    pages = check_mergeable(cleaned, name)
    return CleanedPdf(cleaned, pages)


def _megabytes(size: int) -> str:
    value = size / MEGABYTE
    return f"{value:.1f}".replace(".", ",") if value < 10 else f"{value:.0f}"


def _cleaned(data: bytes, name: str) -> bytes:
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise UserError(f"{name} är lösenordsskyddad och kan inte fogas in i protokollet. "
                        "Be avsändaren om en fil utan lösenord.", field="pdf") from None
    except (pikepdf.PdfError, ValueError, RuntimeError, OverflowError) as exc:
        raise unreadable(name, "den är skadad eller inte en riktig PDF") from exc
    with pdf:
        try:
            _check_pages(pdf, name)
            _strip_active_content(pdf)
            out = io.BytesIO()
            pdf.save(out, stream_decode_level=pikepdf.StreamDecodeLevel.none,
                     recompress_flate=False, deterministic_id=True, encryption=False,
                     fix_metadata_version=False)
        except UserError:
            raise
        except (pikepdf.PdfError, ValueError, RuntimeError, TypeError, KeyError,
                AttributeError, IndexError, OverflowError, RecursionError) as exc:
            raise unreadable(name, "den är skadad eller inte en riktig PDF") from exc
    return out.getvalue()


def _check_pages(pdf: Any, name: str) -> None:
    count = len(pdf.pages)
    if count == 0:
        raise unreadable(name, "den har inga sidor")
    if count > MAX_PAGES:
        raise unreadable(name, f"den har {count} sidor; högst {MAX_PAGES} tas emot")
    for number, page in enumerate(pdf.pages, start=1):
        left, bottom, right, top = (float(v) for v in page.cropbox)
        width, height = abs(right - left), abs(top - bottom)
        if not (1 <= width <= 14_400 and 1 <= height <= 14_400):
            raise unreadable(name, f"sida {number} har ingen användbar storlek "
                                   f"({width:.0f} × {height:.0f} punkter)")


def _strip_active_content(pdf: Any) -> None:
    import pikepdf

    root = pdf.Root
    for key in ("/OpenAction", "/AcroForm", "/AA", "/URI"):
        if key in root:
            del root[key]
    names = root.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        for key in ("/JavaScript", "/EmbeddedFiles"):
            if key in names:
                del names[key]
    seen: set[tuple[int, int]] = set()
    for obj in pdf.objects:
        _clean_object(obj, seen, pikepdf)


def _clean_object(obj: Any, seen: set[tuple[int, int]], pikepdf: Any) -> None:
    """Remove active content from `obj` and everything directly inside it."""
    if obj.is_indirect:
        if obj.objgen in seen:
            return
        seen.add(obj.objgen)
    if isinstance(obj, pikepdf.Array):
        for item in obj:
            if isinstance(item, (pikepdf.Dictionary, pikepdf.Array)) and not item.is_indirect:
                _clean_object(item, seen, pikepdf)
        return
    if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        return
    for key in REMOVED_KEYS:
        if key in obj:
            del obj[key]
    if "/A" in obj and not _safe_action(obj["/A"], pikepdf):
        del obj["/A"]
    if "/Annots" in obj and isinstance(obj["/Annots"], pikepdf.Array):
        kept = [a for a in obj["/Annots"] if not (
            isinstance(a, pikepdf.Dictionary) and a.get("/Subtype") in ACTIVE_ANNOTATIONS)]
        if len(kept) != len(obj["/Annots"]):
            obj["/Annots"] = pikepdf.Array(kept)
    for key in list(obj.keys()):
        value = obj[key]
        if isinstance(value, (pikepdf.Dictionary, pikepdf.Array)) and not value.is_indirect:
            _clean_object(value, seen, pikepdf)


def _safe_action(action: Any, pikepdf: Any) -> bool:
    """A plain jump within the document, with nothing chained after it."""
    if not isinstance(action, pikepdf.Dictionary) or action.get("/S") not in SAFE_ACTIONS:
        return False
    if "/Next" in action:
        del action["/Next"]
    return True
