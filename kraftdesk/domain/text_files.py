# SPDX-License-Identifier: EUPL-1.2
"""Text a secretary saves from Excel or Word, read by one rule: the lists
(kraftdesk.interchange.csv_table) and a received text given as a file
(kraftdesk.services.input_files).

    binary_kind(data) -> "en PDF-fil" | "ett Word-dokument" | … | BINARY_DATA | None
                                                                  what a file that is no text is
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
#: The start of a zip file (a workbook or a document: named by its parts, ZIPPED_DOCUMENTS,
#: when it can be read whole), a PDF or an old Office file, named.
ZIP_MAGIC = b"PK\x03\x04"
KNOWN_BINARIES = ((ZIP_MAGIC, "en Excel-arbetsbok eller annan zip-fil"),
                  (b"%PDF", "en PDF-fil"),
                  (b"\xd0\xcf\x11\xe0", "en äldre Office-fil (.xls eller .doc)"))


class TextFileError(ValueError):
    """The bytes are neither UTF-8 nor Windows-1252; `position` is the first bad byte's
    (counted from 1)."""

    def __init__(self, position: int) -> None:
        super().__init__(position)
        self.position = position


#: An Office Open XML or OpenDocument file (a zip file) by the part every such file has.
ZIPPED_DOCUMENTS = (("word/document.xml", "ett Word-dokument"),
                    ("xl/workbook.xml", "en Excel-arbetsbok"),
                    ("ppt/presentation.xml", "en PowerPoint-presentation"),
                    ("content.xml", "ett OpenDocument-dokument"))


def binary_kind(data: bytes) -> str | None:
    """What a file that is not text is ("en PDF-fil", BINARY_DATA); None for text."""
    for magic, what in KNOWN_BINARIES:
        if data.startswith(magic):
            return (_zipped(data) or what) if magic == ZIP_MAGIC else what
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


def _zipped(data: bytes) -> str | None:
    """Which document a zip file is, from its list of parts (read from its end, nothing
    unpacked); None when it is no document of those or cannot be read as a zip file."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    return next((what for part, what in ZIPPED_DOCUMENTS if part in names), None)
