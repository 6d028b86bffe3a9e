# SPDX-License-Identifier: EUPL-1.2
"""Importing ReportLab's platypus without compiling patterns kraftdesk never uses.

As they are imported, `reportlab.platypus.paragraph` compiles a URL pattern (Django's URL
validator, case-insensitive over U+00A1–U+FFFF: 30 ms, a sixth of the whole import of the
PDF renderer) and `reportlab.lib.textsplit` a pattern for CJK characters (4 ms), paid by
every process that makes a PDF. Only ReportLab's hyphenation of URLs (the paragraph
style's `uriWasteReduce`) and its `cjkwrap` use them, and kraftdesk uses neither. While
platypus is imported, `re.compile` hands those two a pattern that is compiled on first use
instead; every other pattern is compiled as usual, and `re.compile` is put back right after.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

#: How the patterns begin: reportlab.platypus.paragraph.uri_pat, reportlab.lib.textsplit.rx.
LAZY_PATTERNS = ("(^(?:[a-z0-9\\.\\-\\+]*)://)", "([\u2e80-\uffff])")


class LazyPattern:
    """A regular expression compiled (by `compile`) when it is first used."""

    def __init__(self, pattern: str, flags: int, compile: Callable[..., re.Pattern[str]]) -> None:
        self._source = pattern
        self._flags = flags
        self._compile = compile
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = self._compile(self._source, self._flags)
        return getattr(self._compiled, name)


def import_platypus() -> None:
    """Import reportlab.platypus (once), the patterns above left to be compiled on first use."""
    if "reportlab.platypus" in sys.modules:
        return
    compile_now = re.compile

    def compile_unused_lazily(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str) and pattern.startswith(LAZY_PATTERNS):
            return LazyPattern(pattern, flags, compile_now)
        return compile_now(pattern, flags)

    re.compile = compile_unused_lazily
    try:
        import reportlab.platypus  # noqa: F401 (imported for its effect)
    finally:
        re.compile = compile_now
