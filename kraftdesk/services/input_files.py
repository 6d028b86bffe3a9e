# SPDX-License-Identifier: EUPL-1.2
"""Files the user names (on the command line, or chosen in a dialog of the app), read by
one rule.

    read_input(path, what) -> bytes
    read_text(path, what) -> str       a text saved from Word or an editor (domain.text_files)

A regular file's bytes, or a Swedish UserError naming the file: missing, a folder, not a
regular file (a FIFO or a device would hang the command or read for ever), larger than
MAX_READ (a film chosen by mistake would be read whole into memory), or unreadable, with the
reason in Swedish. `what` says what the file was to be ("en PDF-fil").
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from kraftdesk.domain import text_files
from kraftdesk.domain.errors import UserError, os_reason

#: The largest file read whole into memory (by a command, or chosen in the app).
MAX_READ = 500_000_000


def read_input(path: Path, what: str) -> bytes:
    """A regular file's bytes, or a Swedish UserError (never a FIFO or a device: no hang)."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        raise UserError(f"Filen {path} finns inte.", field=str(path)) from None
    except OSError as exc:
        raise UserError(f"Filen {path} går inte att läsa: {os_reason(exc)}.",
                        field=str(path)) from None
    if stat.S_ISDIR(found.st_mode):
        raise UserError(f"{path} är en mapp, inte {what}.", field=str(path))
    if not stat.S_ISREG(found.st_mode):
        raise UserError(f"{path} är ingen vanlig fil och kan inte läsas som {what}.",
                        field=str(path))
    if found.st_size > MAX_READ:
        raise UserError(f"Filen {path} är för stor ({found.st_size // 1_000_000} MB).",
                        field=str(path))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"Filen {path} går inte att läsa: {os_reason(exc)}.",
                        field=str(path)) from None


def read_text(path: Path, what: str) -> str:
    """A text file's text: UTF-8, or Windows-1252 as Word saves "Oformaterad text"
    (kraftdesk.domain.text_files); a file that is no text is refused in Swedish."""
    data = read_input(path, what)
    kind = text_files.binary_kind(data)
    if kind is not None:
        raise UserError(f"Filen {path} är ingen textfil ({kind}); spara texten som "
                        "oformaterad text, eller ta emot den som PDF.", field=str(path))
    try:
        return text_files.decode(data)[0]
    except text_files.TextFileError as exc:
        raise UserError(f"Filen {path} är varken UTF-8- eller Windows-1252-kodad text (byte "
                        f"{exc.position}); spara den som UTF-8 och försök igen.",
                        field=str(path)) from None
