# SPDX-License-Identifier: EUPL-1.2
"""Reading the file's text: JSON at all, complete, and the right format and version."""

from __future__ import annotations

import json
import re
from typing import Any

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


def parse_text(data: str | bytes, *, source: str | None = None) -> dict[str, Any]:
    """The file's object, or InterchangeError saying in Swedish why it cannot be read."""
    text = _decode(data, source)
    if not text.strip():
        raise _fail("Filen är tom.", source)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(_json_message(exc, text), source) from None
    except RecursionError:
        raise _fail("Filen är ingen kraftdesk-registerfil: den är för djupt nästlad.",
                    source) from None
    if not isinstance(document, dict):
        raise _fail("Filen är ingen kraftdesk-registerfil: den innehåller inget JSON-objekt.",
                    source)
    check_format(document, source=source)
    return document


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
