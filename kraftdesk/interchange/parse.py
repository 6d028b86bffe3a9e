# SPDX-License-Identifier: EUPL-1.2
"""Reading the file's text: JSON at all, complete, and the right format and version; and
values no register column can hold whatever the schema says (value_problems): integers
outside SQLite's 64 bits (or of thousands of digits, which Python will not even convert),
texts with a lone UTF-16 surrogate ("\\ud800"), which is no Unicode text at all, and
objects that name a field twice (json keeps the last value without a word: which one the
writer meant cannot be known)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from kraftdesk.domain.limits import fits_integer
from kraftdesk.interchange import spec
from kraftdesk.interchange.problems import InterchangeError, Problem, quote

# json's messages, in Swedish (the part before ": line … column …").
_JSON_MESSAGES = {
    "Expecting value": "ett värde saknas",
    "Expecting ',' delimiter": "ett kommatecken saknas",
    "Expecting ':' delimiter": "ett kolon saknas",
    "Expecting property name enclosed in double quotes":
        "ett fältnamn inom dubbla citattecken saknas",
    "Unterminated string starting at": "en text saknar avslutande citattecken",
    "Invalid control character at": "otillåtet styrtecken i en text",
    "Invalid \\escape": "ogiltig escape-sekvens (\\) i en text",
    "Invalid \\uXXXX escape": "ogiltig \\u-sekvens i en text",
    "Extra data": "det finns mer text efter JSON-objektet",
}


#: Only a text with one of these can hold a long number or a surrogate: the costly walk over
#: every value (value_problems) runs only then.
_LONG_DIGITS = re.compile(r"\d{19,}")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
#: Longer integers are not converted at all (Python refuses more than 4,300 digits).
_MAX_DIGITS = 40


class HugeNumber:
    """An integer in the file too long to convert; `digits` is how many digits it has."""

    __slots__ = ("digits",)

    def __init__(self, text: str) -> None:
        self.digits = len(text.lstrip("-"))


def _parse_int(text: str) -> int | HugeNumber:
    return HugeNumber(text) if len(text) > _MAX_DIGITS else int(text)


class RepeatedNames(dict):  # type: ignore[type-arg]
    """An object of the file that names a field more than once (`names`), with the last
    value of each, as json.loads makes it."""

    names: tuple[str, ...] = ()


ObjectHook = Callable[[list[tuple[str, Any]]], dict[str, Any]]


def object_checker() -> tuple[ObjectHook, list[tuple[str, ...]]]:
    """A hook for json's decoder (object_pairs_hook) that makes each object as json does,
    and a list to which it adds the names of every object that names a field twice (made a
    RepeatedNames, which value_problems reports)."""
    repeated: list[tuple[str, ...]] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(pairs)
        if len(found) == len(pairs):
            return found
        names = [name for name, _value in pairs]
        twice = tuple(dict.fromkeys(name for name in names if names.count(name) > 1))
        repeated.append(twice)
        marked = RepeatedNames(found)
        marked.names = twice
        return marked

    return hook, repeated


def parse_text(data: str | bytes, *, source: str | None = None) -> dict[str, Any]:
    """The file's object, or InterchangeError saying in Swedish why it cannot be read."""
    text = _decode(data, source)
    if not text.strip():
        raise _fail("Filen är tom.", source)
    suspicious = bool(_LONG_DIGITS.search(text) or _SURROGATE_ESCAPE.search(text))
    hook, repeated = object_checker()
    try:
        document = (json.loads(text, object_pairs_hook=hook, parse_int=_parse_int) if suspicious
                    else json.loads(text, object_pairs_hook=hook))
    except json.JSONDecodeError as exc:
        raise _fail(_json_message(exc, text), source) from None
    except RecursionError:
        raise _fail("Filen är ingen kraftdesk-registerfil: den är för djupt nästlad.",
                    source) from None
    except ValueError:  # what json cannot convert at all
        raise _fail("Filen innehåller ett värde som inte kan läsas (till exempel ett tal med "
                    "tusentals siffror); den är ingen kraftdesk-registerfil.", source) from None
    if not isinstance(document, dict):
        raise _fail("Filen är ingen kraftdesk-registerfil: den innehåller inget JSON-objekt.",
                    source)
    check_format(document, source=source)
    if suspicious or repeated:
        problems = value_problems(document)
        if problems:
            raise InterchangeError(problems, source=source)
    return document


def value_problems(document: Any) -> list[Problem]:
    """Every value no register column can hold, with its path (see the module docstring)."""
    return [Problem(path, message) for path, message in _bad_values(document, ())]


def _bad_values(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[Any, str]]:
    if isinstance(value, dict):
        for name in value.names if isinstance(value, RepeatedNames) else ():
            yield path, (f"fältet {quote(name)} anges mer än en gång i samma objekt; det går "
                         "inte att veta vilket av värdena som gäller.")
        for key, item in value.items():
            if isinstance(key, str) and not _is_text(key):
                yield path, f"ett fältnamn {_NOT_TEXT}"
            else:
                yield from _bad_values(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _bad_values(item, (*path, index))
    elif isinstance(value, HugeNumber):
        yield path, (f"ett heltal med {value.digits} siffror är för stort; registret rymmer "
                     "heltal med högst 19 siffror.")
    elif isinstance(value, int) and not isinstance(value, bool) and not fits_integer(value):
        yield path, (f"talet {quote(value)} är för stort; registret rymmer heltal från "
                     "minus 9 223 372 036 854 775 808 till 9 223 372 036 854 775 807.")
    elif isinstance(value, str) and not _is_text(value):
        yield path, f"texten {_NOT_TEXT}"


_NOT_TEXT = ("innehåller ett ogiltigt tecken (ett ensamt UTF-16-surrogat, som «\\ud800»); "
             "det är ingen korrekt Unicode-text.")


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_format(document: dict[str, Any], *, source: str | None = None) -> None:
    """Refuse at once a file of another format or version: nothing else is worth checking."""
    fmt = document.get("format")
    if fmt != spec.FORMAT:
        shown = "saknas" if fmt is None else f"är {quote(fmt)}"
        raise InterchangeError([Problem(("format",), (
            f"filen är ingen kraftdesk-registerfil (fältet format {shown}, "
            f"men ska vara «{spec.FORMAT}»)."))], source=source)
    version = document.get("version")
    if type(version) is int and (version == spec.VERSION or version in spec.OLDER_VERSIONS):
        return
    if type(version) is int and version > spec.VERSION:
        message = (f"filen har version {version} av registerformatet, men den här versionen av "
                   f"kraftdesk läser bara version {spec.VERSION} och äldre. Uppdatera kraftdesk.")
    elif version is None:
        message = f"versionen saknas; kraftdesk läser version {spec.VERSION} av registerformatet."
    else:
        message = (f"{quote(version)} är ingen version som kraftdesk känner till; kraftdesk läser "
                   f"version {spec.VERSION} av registerformatet.")
    raise InterchangeError([Problem(("version",), message)], source=source)


def _decode(data: str | bytes, source: str | None) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(f"Filen är inte UTF-8-kodad text (byte {exc.start + 1}); den är ingen "
                    "kraftdesk-registerfil.", source) from None


def _json_message(exc: json.JSONDecodeError, text: str) -> str:
    where = f"rad {exc.lineno}, kolumn {exc.colno}"
    if not text[exc.pos:].strip() and exc.msg != "Extra data":
        return (f"Filen tar slut mitt i JSON-texten ({where}): den är avkortad eller "
                "ofullständig.")
    if exc.msg.startswith("Unterminated string") and re.search(r'"[^"]*$', text[exc.pos:]):
        return (f"Filen tar slut mitt i en text ({where}): den är avkortad eller "
                "ofullständig.")
    reason = _JSON_MESSAGES.get(exc.msg, "ogiltig JSON")
    return f"Filen är ingen giltig JSON: {reason} ({where})."


def _fail(message: str, source: str | None) -> InterchangeError:
    return InterchangeError([Problem(None, message)], source=source)
