# SPDX-License-Identifier: EUPL-1.2
"""Errors a secretary can act on, with a Swedish message naming what is wrong and where."""

from __future__ import annotations

import errno
import re

#: A quoted value («…») or a word this long is what was typed or pasted, not a message.
_LONG_QUOTE = re.compile(r"«([^»]{200,})»")
_LONG_WORD = re.compile(r"\S{200,}")
_KEPT = 60


def _elided(message: str) -> str:
    """The message with each very long value it repeats cut to its beginning and "…": a
    pasted document is named, not shown whole."""
    message = _LONG_QUOTE.sub(lambda m: f"«{m[1][:_KEPT].rstrip()}…»", message)
    return _LONG_WORD.sub(lambda m: f"{m[0][:_KEPT]}…", message)


class UserError(Exception):
    """Bad input or a refused action. `message` is Swedish and shown as it is, except that
    a value of 200 characters or more that it repeats is cut to its first 60 and "…".

    `field` names the field, JSON path or reference concerned, for forms that can point at it.
    Raising it inside a unit of work rolls the whole action back: nothing changes.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        message = _elided(message)
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class LockedError(UserError):
    """A write to minutes that are justerade (or a paragraph justerad omedelbart)."""


class RegisterError(UserError):
    """The register file itself cannot be used: not SQLite, damaged, too new, busy."""


class DataFolderError(UserError):
    """The program's data folder (registers, settings, log) cannot be created or written."""


class ConnectionLostError(RegisterError):
    """The database server went away during an action: nothing was written (or, at the very
    commit, it cannot be told). A front end keeps what the user typed, to save it again."""


#: The sentence of a save refused because the row changed since it was read.
CHANGED_MESSAGE = "Uppgiften har ändrats av någon annan sedan du öppnade den"


class ChangedError(UserError):
    """A save based on an old version of a row: someone else (another window, another
    secretary, another program) changed it since it was read. Nothing was saved; the front
    end shows the current values."""


#: The operating system's reasons a file or folder cannot be read, written or made, in
#: Swedish (its own words are English).
_OS_REASONS = {
    errno.EACCES: "behörighet saknas",
    errno.EPERM: "behörighet saknas",
    errno.ENOENT: "den finns inte",
    errno.EISDIR: "det är en mapp",
    errno.ENOTDIR: "en del av sökvägen är ingen mapp",
    errno.ENAMETOOLONG: "namnet är för långt",
    errno.ELOOP: "sökvägen går i en cirkel av länkar",
    errno.EIO: "ett fel uppstod när disken lästes eller skrevs",
    errno.ENOMEM: "minnet räckte inte",
    errno.ENOSPC: "disken är full",
    errno.EDQUOT: "diskkvoten är slut",
    errno.EROFS: "enheten är skrivskyddad",
    errno.EFBIG: "filen blir för stor för filsystemet",
    errno.EEXIST: "det finns redan en fil med det namnet",
    errno.EBUSY: "den används av ett annat program",
}


def os_reason(error: OSError, *, otherwise: str | None = None) -> str:
    """Why the operating system refused, in Swedish; for a reason not listed `otherwise`,
    or the system's own words rather than none."""
    return _OS_REASONS.get(error.errno or 0) or otherwise or error.strerror or str(error)
