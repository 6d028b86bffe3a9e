# SPDX-License-Identifier: EUPL-1.2
"""An interchange file read one row at a time, so that a register of any size is read in
bounded memory (issue 19).

The file is one JSON object whose values are mostly long lists of rows (see spec). A source
gives its top-level entries in file order, as Entry values:

- (key, None, LIST) when a list starts, then (key, 0, row), (key, 1, row) … for its items;
- (key, None, value) for a value that is not a list (format, version, organisation).

Each row is decoded by the standard library's own JSON decoder (json.JSONDecoder.raw_decode,
its C scanner) from a window of the text, so values come out exactly as json.loads makes them;
only the punctuation of the top-level object and its lists is read here. A row with a very long
integer, a UTF-16 surrogate escape or an object that names a field twice is decoded again as
parse.parse_text decodes such a file (`suspicious`: its values must then go through
parse.value_problems).

When the text is anything but a well-formed object (not UTF-8, empty, not JSON, JSON that is
not an object, text after the object) the reader does not guess: `failure()` reads the whole
file once more the old way (parse.parse_text's messages, line and column included), without
keeping the parsed values. A file whose top-level object names a key twice is read whole as
well (UnstreamableError), and parse.parse_text refuses it: both are rare, bad or odd files.
"""

from __future__ import annotations

import codecs
import copy
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterator
from json.decoder import scanstring
from typing import IO, Any, NamedTuple

from kraftdesk.interchange.parse import (
    _LONG_DIGITS,
    _SURROGATE_ESCAPE,
    _parse_int,
    object_checker,
    parse_text,
)
from kraftdesk.interchange.problems import InterchangeError, Problem

#: Characters read from the file at a time (more when one row is longer).
CHUNK = 1 << 20
#: Marks the start of a top-level list.
LIST: Any = object()

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_PLAIN = json.JSONDecoder()
_CAREFUL = json.JSONDecoder(parse_int=_parse_int)


class Entry(NamedTuple):
    key: str
    index: int | None
    value: Any
    suspicious: bool = False
    size: int = 0  # characters of the value's text (0: not known)


class UnreadableError(Exception):
    """The text is not a well-formed top-level object: say why with failure()."""


class ChangedError(Exception):
    """The file is not the same as at its first reading."""


class UnstreamableError(Exception):
    """The top-level object names a key twice: read the file whole."""


class Source:
    """Where the file comes from; entries() may be called again for another pass."""

    name: str | None = None

    def entries(self, *, careful: bool = True) -> Iterator[Entry]:
        """The entries; `careful` False once the file is known to hold no value that must
        go through value_problems (a later reading: the rows come out the same, faster)."""
        raise NotImplementedError

    def failure(self) -> InterchangeError:
        raise NotImplementedError

    def unchanged(self) -> bool:
        """False when the file is no longer what its first complete reading read."""
        return True

    def document(self) -> dict[str, Any]:
        """The whole parsed file (only for files that cannot be streamed)."""
        raise NotImplementedError


class TextSource(Source):
    """A file's bytes or text, opened anew for every pass (`open_text` gives a text reader)."""

    def __init__(self, open_binary: Callable[[], IO[bytes]] | None = None, *,
                 text: str | None = None, name: str | None = None) -> None:
        self._open_binary = open_binary
        self._text = text
        self.name = name
        self._digest: bytes | None = None

    @classmethod
    def of(cls, data: str | bytes, name: str | None = None) -> TextSource:
        if isinstance(data, str):
            return cls(text=data, name=name)
        return cls(lambda: io.BytesIO(data), name=name)

    def entries(self, *, careful: bool = True) -> Iterator[Entry]:
        if self._text is not None:
            text = io.StringIO(self._text.removeprefix("\ufeff"))
            yield from _Reader(text, None, careful).entries()
            return
        assert self._open_binary is not None
        with self._open_binary() as raw:
            reader = _Reader(None, raw, careful)
            yield from reader.entries()
        digest = reader.digest.digest()
        if self._digest is None:
            self._digest = digest
        elif digest != self._digest:  # changed since the first reading
            raise ChangedError

    def unchanged(self) -> bool:
        if self._open_binary is None or self._digest is None:
            return True
        digest = hashlib.blake2b()
        with self._open_binary() as raw:
            while data := raw.read(CHUNK):
                digest.update(data)
        return digest.digest() == self._digest

    def _whole(self) -> str | bytes:
        if self._text is not None:
            return self._text
        assert self._open_binary is not None
        with self._open_binary() as raw:
            return raw.read()

    def failure(self) -> InterchangeError:
        try:
            _check_text(self._whole(), self.name)
        except InterchangeError as error:
            return error
        return changed(self.name)  # it was not well-formed a moment ago

    def document(self) -> dict[str, Any]:
        return parse_text(self._whole(), source=self.name)


class DocumentSource(Source):
    """An already parsed file (a dict), copied once: the caller's document stays as it is.

    Every reading gives the same objects; what the readings add to them (the keys an older
    version lacks, the owner's key of a nested row) is the same each time.
    """

    def __init__(self, document: dict[str, Any], name: str | None = None) -> None:
        self._document = copy.deepcopy(document)
        self.name = name

    def entries(self, *, careful: bool = True) -> Iterator[Entry]:
        for key, value in self._document.items():
            if isinstance(value, list):
                yield Entry(key, None, LIST)
                for index, item in enumerate(value):
                    yield Entry(key, index, item, careful)
            else:
                yield Entry(key, None, value, careful)

    def failure(self) -> InterchangeError:
        raise AssertionError("a parsed document is always readable")

    def document(self) -> dict[str, Any]:
        return self._document


class _Reader:
    """The top-level object's entries, read from a window of the text."""

    def __init__(self, text: IO[str] | None, raw: IO[bytes] | None, careful: bool) -> None:
        self._careful = careful
        # The careful reading notes the objects that name a field twice (parse.object_checker):
        # such a row is suspicious, and value_problems says where.
        self._repeated: list[tuple[str, ...]] = []
        self._plain, self._thorough = _PLAIN, _CAREFUL
        if careful:
            hook, self._repeated = object_checker()
            self._plain = json.JSONDecoder(object_pairs_hook=hook)
            self._thorough = json.JSONDecoder(object_pairs_hook=hook, parse_int=_parse_int)
        self._text = text
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.digest = hashlib.blake2b()
        self._buffer = ""
        self._pos = 0
        self._eof = False

    def _more(self) -> bool:
        """Read on (at least as much as is left unread); False at the end of the file."""
        if self._eof:
            return False
        size = max(CHUNK, len(self._buffer) - self._pos)
        if self._text is not None:
            chunk = self._text.read(size)
        else:
            assert self._raw is not None
            data = self._raw.read(size)
            self.digest.update(data)
            try:
                chunk = self._decoder.decode(data, final=not data)
            except UnicodeDecodeError:
                raise UnreadableError from None
            if not data:
                self._eof = True
        if not chunk and self._text is not None:
            self._eof = True
        self._buffer = self._buffer[self._pos:] + chunk
        self._pos = 0
        return True

    def _next(self) -> str:
        """The next character that is not white space ("" at the end); the position at it."""
        while True:
            self._pos = _WHITESPACE.match(self._buffer, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buffer):
                return self._buffer[self._pos]
            if not self._more():
                return ""

    def _key(self) -> str:
        while True:
            try:
                key, end = scanstring(self._buffer, self._pos + 1)
            except json.JSONDecodeError:
                if self._more():
                    continue
                raise UnreadableError from None
            self._pos = end
            return key

    def _value(self) -> tuple[Any, bool, int]:
        """The value at the position, whether it is suspicious (see the module) and the
        length of its text."""
        while True:
            start, repeated = self._pos, len(self._repeated)
            try:
                value, end = self._plain.raw_decode(self._buffer, start)
            except json.JSONDecodeError:
                if self._more():
                    continue
                raise UnreadableError from None
            except (ValueError, RecursionError):  # a number json cannot convert; too deep
                value, end = None, -1
            if end >= len(self._buffer) and self._more():
                continue  # a number may go on in the part not yet read
            suspicious = end < 0 or (self._careful and bool(
                len(self._repeated) > repeated
                or _LONG_DIGITS.search(self._buffer, start, end)
                or _SURROGATE_ESCAPE.search(self._buffer, start, end)))
            if suspicious:
                try:
                    value, end = self._thorough.raw_decode(self._buffer, start)
                except (ValueError, RecursionError):
                    raise UnreadableError from None
            self._pos = end
            return value, suspicious, end - start

    def entries(self) -> Iterator[Entry]:
        if self._next() != "{":
            raise UnreadableError
        self._pos += 1
        seen: set[str] = set()
        following = self._next()
        if following == "}":
            self._pos += 1
        while following != "}":
            if following != '"':
                raise UnreadableError
            key = self._key()
            if key in seen:
                raise UnstreamableError
            seen.add(key)
            if self._next() != ":":
                raise UnreadableError
            self._pos += 1
            if self._next() == "[":
                self._pos += 1
                yield Entry(key, None, LIST)
                yield from self._items(key)
            else:
                value, suspicious, size = self._value()
                yield Entry(key, None, value, suspicious, size)
            following = self._next()
            self._pos += 1
            if following == ",":
                following = self._next()
            elif following != "}":
                raise UnreadableError
        if self._next() != "":
            raise UnreadableError  # text after the object

    def _items(self, key: str) -> Iterator[Entry]:
        if self._next() == "]":
            self._pos += 1
            return
        index = 0
        while True:
            value, suspicious, size = self._value()
            yield Entry(key, index, value, suspicious, size)
            index += 1
            following = self._next()
            self._pos += 1
            if following == "]":
                return
            if following != ",":
                raise UnreadableError
            self._next()


def changed(source: str | None) -> InterchangeError:
    return InterchangeError([Problem(None, "Filen ändrades medan den lästes in; läs in den "
                                           "igen när den inte längre ändras.")], source=source)


class _Object:
    """What an object is parsed as when only the text's form is checked."""


_OBJECT = _Object()


def _check_text(data: str | bytes, source: str | None) -> None:
    """parse_text's verdict on the text, without keeping what it parses."""
    from kraftdesk.interchange import parse

    text = parse._decode(data, source)
    if not text.strip():
        raise parse._fail("Filen är tom.", source)
    decoder = json.JSONDecoder(object_pairs_hook=lambda _pairs: _OBJECT,
                               parse_int=lambda _text: 0, parse_float=lambda _text: 0)
    try:
        value, end = decoder.raw_decode(text, _WHITESPACE.match(text).end())  # type: ignore[union-attr]
        rest = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
        if rest != len(text):
            raise json.JSONDecodeError("Extra data", text, rest)
    except json.JSONDecodeError as exc:
        raise parse._fail(parse._json_message(exc, text), source) from None
    except RecursionError:
        raise parse._fail("Filen är ingen kraftdesk-registerfil: den är för djupt nästlad.",
                          source) from None
    if value is not _OBJECT:
        raise parse._fail("Filen är ingen kraftdesk-registerfil: den innehåller inget "
                          "JSON-objekt.", source)
