# SPDX-License-Identifier: EUPL-1.2
"""PDF files as they arrive from a party group: ordinary ones, and hostile or broken ones."""

from __future__ import annotations

import io
import zlib

import pikepdf
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas


def plain_pdf(*lines: str, pages: int = 1) -> bytes:
    """An ordinary PDF with a line of text per page (the same bytes every time)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for page in range(pages):
        canvas.setFont("Helvetica", 12)
        for row, line in enumerate(lines or (f"Särskilt yttrande, sida {page + 1}",)):
            canvas.drawString(72, 760 - 16 * row, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _edited(data: bytes, edit: object) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        edit(pdf)  # type: ignore[operator]
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def javascript_pdf() -> bytes:
    """Opens by running JavaScript; a link launches a program; a file is embedded."""
    def edit(pdf: pikepdf.Pdf) -> None:
        pdf.Root.OpenAction = pikepdf.Dictionary(
            Type=pikepdf.Name.Action, S=pikepdf.Name.JavaScript,
            JS=pikepdf.String("app.alert('hej'); this.exportDataObject({cName: 'x'});"))
        pdf.Root.Names = pikepdf.Dictionary(JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([
            pikepdf.String("init"), pdf.make_indirect(pikepdf.Dictionary(
                S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.launchURL('x')")))])))
        page = pdf.pages[0]
        page.obj.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(
            S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.beep(0)")))
        launch = pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("cmd.exe"))
        link = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                  Rect=[72, 700, 300, 720], A=launch)
        uri = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                 Rect=[72, 650, 300, 670],
                                 A=pikepdf.Dictionary(S=pikepdf.Name.URI,
                                                      URI=pikepdf.String("http://x.invalid")))
        page.obj.Annots = pdf.make_indirect(pikepdf.Array([link, uri]))
        pdf.attachments["program.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ not really")

    return _edited(plain_pdf("Ett yttrande med skript i"), edit)


def zero_size_page_pdf() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        pdf.pages[0].obj.MediaBox = pikepdf.Array([0, 0, 0, 0])

    return _edited(plain_pdf(), edit)


def bomb_pdf(unpacked: int = 120_000_000) -> bytes:
    """A page whose content stream unpacks to `unpacked` bytes (about 0.1 % of it packed)."""
    packed = zlib.compress(b" " * unpacked, 9)

    def edit(pdf: pikepdf.Pdf) -> None:
        stream = pikepdf.Stream(pdf, packed)
        stream.Filter = pikepdf.Name.FlateDecode
        pdf.pages[0].obj.Contents = pdf.make_indirect(stream)

    with pikepdf.open(io.BytesIO(plain_pdf())) as pdf:
        edit(pdf)
        out = io.BytesIO()
        # Written as it is: qpdf must not unpack the stream to write it.
        pdf.save(out, stream_decode_level=pikepdf.StreamDecodeLevel.none,
                 recompress_flate=False, deterministic_id=True)
    return out.getvalue()
