# SPDX-License-Identifier: EUPL-1.2
"""Is this a PDF the minutes can carry as a bilaga? Read it as the renderer will.

    page_count(data, *, what) -> int     or UserError naming `what` ("filen rapport.pdf")

Refused: anything that does not start as a PDF, a file pypdf cannot read (damaged,
truncated, a decompression bomb, a zero-size page), a password-protected one, and one
without pages. The same reading (kraftdesk.documents.merge) merges it into the minutes.
"""

from __future__ import annotations

import io
import logging

from kraftdesk.domain.errors import UserError


def page_count(data: bytes, *, what: str) -> int:
    if not data.lstrip(b"\x00\t\n\r ").startswith(b"%PDF-"):
        raise UserError(f"{what} är ingen PDF-fil.", field="pdf")
    from pypdf import PdfReader

    # pypdf reports repairs of a damaged file in English on its logger: not for the user.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UserError(f"{what} är lösenordsskyddad och kan inte bli en bilaga till "
                            "protokollet. Be om en fil utan lösenord.", field="pdf")
        pages = reader.pages
        count = len(pages)
        for page in pages:
            box = page.cropbox
            if float(box.width) <= 0 or float(box.height) <= 0:
                raise UserError(f"{what} har en sida utan storlek och går inte att läsa.",
                                field="pdf")
            page.get_contents()  # decompress: a damaged or bombed stream shows here
    except UserError:
        raise
    except Exception as exc:  # pypdf raises many kinds on hostile input
        raise UserError(f"{what} är skadad och går inte att läsa som PDF.",
                        field="pdf") from exc
    if count == 0:
        raise UserError(f"{what} har inga sidor.", field="pdf")
    return count
