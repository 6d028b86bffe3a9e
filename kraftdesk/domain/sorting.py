# SPDX-License-Identifier: EUPL-1.2
"""Swedish alphabetical order: A–Z, then Å, Ä, Ö, whatever the machine's locale.

Python's sorted(), SQLite's BINARY order and locale-following sorts all misplace Å, Ä, Ö on
a non-Swedish machine. This key is used by the core and registered as the "sv" collation on
every SQLite connection (for queries only; never declared in the schema).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters with their own place after z (Swedish alphabet); æ and ø sort with ä and ö,
# ü with y, as in Svenska Akademiens ordlista. "z" plus the highest code point puts them
# after every z-word ("zz…" too), and the third character orders them among themselves.
_AFTER_Z = "z\U0010ffff"
_OWN_PLACE = {"å": _AFTER_Z + "\u0001", "ä": _AFTER_Z + "\u0002", "æ": _AFTER_Z + "\u0002",
              "ö": _AFTER_Z + "\u0003", "ø": _AFTER_Z + "\u0003", "ü": "y"}


@lru_cache(maxsize=8192)
def _fold(char: str) -> str:
    """One character's key; cached, as a register's texts use few distinct characters
    (sorting 36 000 case titles goes from seconds to a fraction of one)."""
    lower = char.casefold()
    if lower in _OWN_PLACE:
        return _OWN_PLACE[lower]
    decomposed = unicodedata.normalize("NFD", lower)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def swedish_key(text: str) -> tuple[str, str]:
    """Sort key: Swedish letter order first, then the exact text to break ties stably."""
    return ("".join(map(_fold, text)), text)


def swedish_compare(a: str, b: str) -> int:
    """-1, 0 or 1, for use as a database collation."""
    ka, kb = swedish_key(a), swedish_key(b)
    return (ka > kb) - (ka < kb)


_DIGITS = re.compile(r"\d+")


def natural_swedish_key(text: str | None) -> str | None:
    """Swedish letter order with numbers by value: "KS 2026/9" before "KS 2026/10".

    Registered as the SQL function sv_key() on every SQLite connection (register.engine),
    for ORDER BY in list queries.
    """
    if text is None:
        return None
    return _DIGITS.sub(lambda m: m.group().zfill(12), swedish_key(text)[0])
