# SPDX-License-Identifier: EUPL-1.2
"""Text a secretary saves from Excel or Word, read by one rule: the lists
(kraftdesk.interchange.csv_table) and a received text given as a file
(kraftdesk.services.input_files).

    binary_kind(data) -> "en PDF-fil" | BINARY_DATA | None       what a file that is no text is
    decode(data) -> (text, "UTF-8" | "Windows-1252")              or TextFileError

UTF-8, with or without a byte-order mark; else Windows-1252, which Swedish Excel and Word
write as "CSV (semikolonavgränsad)" or "Oformaterad text" (Windows calls it ANSI). Every
byte sequence decodes as Windows-1252 but five, so a file that is neither is rare: its first
such byte is named.
"""

from __future__ import annotations

#: Bytes that a text file never has; their presence means a binary file, said so.
BINARY_MARKERS = (b"\x00",)
BINARY_DATA = "binära data"
#: The start of an Excel workbook (a zip file), a PDF or an old Office file, named.
KNOWN_BINARIES = ((b"PK\x03\x04", "en Excel-arbetsbok eller annan zip-fil"),
                  (b"%PDF", "en PDF-fil"),
                  (b"\xd0\xcf\x11\xe0", "en äldre Office-fil (.xls eller .doc)"))


class TextFileError(ValueError):
    """The bytes are neither UTF-8 nor Windows-1252; `position` is the first bad byte's
    (counted from 1)."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


def binary_kind(data: bytes) -> str | None:
    """What a file that is not text is ("en PDF-fil", BINARY_DATA); None for text."""
    for magic, what in KNOWN_BINARIES:
        if data.startswith(magic):
            return what
    if any(marker in data for marker in BINARY_MARKERS):
        return BINARY_DATA
    return None


def decode(data: bytes) -> tuple[str, str]:
    """(text, the encoding's name): UTF-8 (byte-order mark or not), else Windows-1252."""
    try:
        return data.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise TextFileError(exc.start + 1) from None
