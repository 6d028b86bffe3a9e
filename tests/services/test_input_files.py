# SPDX-License-Identifier: EUPL-1.2
"""Files a secretary names or chooses are read by one rule (kraftdesk.services.input_files),
on the command line and in the app alike: each refusal in Swedish, naming the file."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from kraftdesk.domain.errors import UserError, os_reason
from kraftdesk.services.input_files import MAX_READ, read_input, read_text


def _refusal(path: Path, what: str = "en PDF-fil") -> str:
    with pytest.raises(UserError) as refused:
        read_input(path, what)
    return refused.value.message


def test_what_cannot_be_read_is_said_in_swedish(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "saknas.pdf") == f"Filen {tmp_path / 'saknas.pdf'} finns inte."
    assert _refusal(tmp_path) == f"{tmp_path} är en mapp, inte en PDF-fil."
    film = tmp_path / "film.mp4"
    with film.open("wb") as out:  # chosen by mistake: not read into memory at all
        out.truncate(MAX_READ + 1)
    assert _refusal(film) == f"Filen {film} är för stor ({(MAX_READ + 1) // 1_000_000} MB)."
    beside = tmp_path / "fil.txt"
    beside.write_text("x", encoding="utf-8")
    inside = beside / "bilaga.pdf"  # a path through a file
    assert _refusal(inside) == (
        f"Filen {inside} går inte att läsa: en del av sökvägen är ingen mapp.")


def test_the_reasons_of_the_operating_system_in_swedish() -> None:
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "behörighet saknas"
    assert os_reason(OSError(errno.EIO, "Input/output error")) == (
        "ett fel uppstod när disken lästes eller skrevs")
    # One not listed keeps the system's own words rather than none.
    assert os_reason(OSError(errno.ETXTBSY, "Text file busy")) == "Text file busy"


def test_a_file_is_read_whole(tmp_path: Path) -> None:
    data = bytes(range(256)) * 100
    path = tmp_path / "bilaga.pdf"
    path.write_bytes(data)
    assert read_input(path, "en PDF-fil") == data


def test_a_text_file_in_utf8_or_windows_1252(tmp_path: Path) -> None:
    words = "Särskilt yttrande – «Malmö»"
    for name, data in (("utf8.txt", words.encode("utf-8")),
                       ("bom.txt", b"\xef\xbb\xbf" + words.encode("utf-8")),
                       ("ansi.txt", words.encode("cp1252"))):
        path = tmp_path / name
        path.write_bytes(data)
        assert read_text(path, "en textfil") == words
    word = tmp_path / "yttrande.docx"
    word.write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    with pytest.raises(UserError) as refused:
        read_text(word, "en textfil")
    assert refused.value.message == (
        f"Filen {word} är ingen textfil (en Excel-arbetsbok eller annan zip-fil); spara "
        "texten som oformaterad text, eller ta emot den som PDF.")


def test_a_word_document_or_a_workbook_is_named_as_such(tmp_path: Path) -> None:
    """A whole .docx or .xlsx is a zip file whose parts say what it is."""
    import zipfile

    for name, part, what in (("yttrande.docx", "word/document.xml", "ett Word-dokument"),
                             ("lista.xlsx", "xl/workbook.xml", "en Excel-arbetsbok"),
                             ("yttrande.odt", "content.xml", "ett OpenDocument-dokument")):
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr(part, "<document/>")
        with pytest.raises(UserError) as refused:
            read_text(path, "en textfil")
        assert refused.value.message == (
            f"Filen {path} är ingen textfil ({what}); spara texten som oformaterad text, "
            "eller ta emot den som PDF.")
