# SPDX-License-Identifier: EUPL-1.2
"""Text as the register keeps it: a one-line field on one line, nothing invisible in it.

The GUI, the command line and the import all store text through these (the services call
them; kraftdesk.register.normalising applies them once more to every row written through
the ORM, and the import to every row it reads), so a rubrik pasted with a line break, a
tab or a zero-width space prints as one line everywhere, whichever way it came in.

    one_line(text) -> str    rubriker, names, places, diarienummer, recipients: line and
                             paragraph breaks and tabs become a space, invisible format and
                             control characters go, runs of spaces become one, trimmed, NFC
    multi_line(text) -> str  summaries, decision texts, received texts: CR LF and CR become
                             LF, control characters other than LF and tab and the invisible
                             characters that can hide text (zero-width space, word joiner,
                             byte order mark, bidirectional overrides) go, trimmed, NFC
    file_name(name) -> str   a received file's name as stored: only its last path part,
                             one_line, none of the characters Windows refuses in names, at
                             most 200 characters; "" when nothing is left
    shorten(text, limit) -> str   for headings and window titles: cut with "…"

A lone UTF-16 surrogate (which no file or database can hold) becomes U+FFFD, the visible
replacement character, rather than being dropped unseen.
"""

from __future__ import annotations

import re
import unicodedata

#: Invisible characters that may hide or reorder text: zero-width space, word joiner, BOM,
#: the bidirectional embeddings, overrides and isolates.
_HIDING = frozenset("\u200b\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                    "\u200e\u200f\u061c")
_BREAKS = frozenset("\r\n\t\v\f\x1c\x1d\x1e\x85\u2028\u2029")
_SPACES = re.compile(r" {2,}")
_WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*')
MAX_FILE_NAME = 200


def _surrogates_replaced(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text


def one_line(text: str) -> str:
    """The text on one line, without invisible characters (see the module docstring)."""
    text = unicodedata.normalize("NFC", _surrogates_replaced(text))
    kept = []
    for ch in text:
        if ch in _BREAKS:
            kept.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        else:
            kept.append(ch)
    return _SPACES.sub(" ", "".join(kept)).strip()


def multi_line(text: str) -> str:
    """Line breaks as LF, no control or hiding characters (see the module docstring)."""
    text = _surrogates_replaced(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if ch in "\n\t" or (
        ch not in _HIDING and unicodedata.category(ch) != "Cc")).strip()


def file_name(name: str) -> str:
    """A received file's name as it may be stored and shown (see the module docstring)."""
    last = re.split(r"[/\\]", name)[-1]
    cleaned = "".join("_" if ch in _WINDOWS_FORBIDDEN else ch for ch in one_line(last))
    cleaned = cleaned.lstrip(". ").rstrip(". ")
    if len(cleaned) > MAX_FILE_NAME:
        _stem, dot, suffix = cleaned.rpartition(".")
        keep = suffix if dot and len(suffix) <= 10 else ""
        cleaned = cleaned[: MAX_FILE_NAME - len(keep) - 1].rstrip() + ("." + keep if keep
                                                                        else "")
    return cleaned


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut to at most `limit` characters with "…" at the end."""
    text = one_line(text)
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"
