# SPDX-License-Identifier: EUPL-1.2
"""Swedish alphabetical order: A–Z, then Å, Ä, Ö, whatever the machine's locale.

Python's sorted(), SQLite's BINARY order and locale-following sorts all misplace Å, Ä, Ö on
a non-Swedish machine. This key is used by the core and registered as the "sv" collation on
every SQLite connection (for queries only; never declared in the schema).
"""

from __future__ import annotations

import unicodedata

# Letters with their own place after z (Swedish alphabet); æ and ø sort with ä and ö,
# ü with y, as in Svenska Akademiens ordlista.
_OWN_PLACE = {"å": "z\u0001", "ä": "z\u0002", "æ": "z\u0002", "ö": "z\u0003", "ø": "z\u0003",
              "ü": "y"}


def _fold(char: str) -> str:
    lower = char.casefold()
    if lower in _OWN_PLACE:
        return _OWN_PLACE[lower]
    decomposed = unicodedata.normalize("NFD", lower)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def swedish_key(text: str) -> tuple[str, str]:
    """Sort key: Swedish letter order first, then the exact text to break ties stably."""
    return ("".join(_fold(c) for c in text), text)


def swedish_compare(a: str, b: str) -> int:
    """-1, 0 or 1, for use as a database collation."""
    ka, kb = swedish_key(a), swedish_key(b)
    return (ka > kb) - (ka < kb)
