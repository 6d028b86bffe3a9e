# SPDX-License-Identifier: EUPL-1.2
"""A cheaper answer to PySide6's question about every module imported after it.

PySide6 replaces `__import__` to support `from __feature__ import snake_case`. For each
module imported after it, it asks whether the module's source mentions "PySide6", through
`inspect.getsource` (shibokensupport.feature._mod_uses_pyside). That question cost 10 ms
before kraftdesk's first paint and 75 ms before the register was open (about 440
modules). `install()` answers the same question by searching the module's file as bytes;
anything that is not a plain .py file on disk still goes to PySide6's own function.
kraftdesk uses no `__feature__`; the answers stay the same for those who do.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (sets up shibokensupport.feature)

_FEATURE_MODULE = "shibokensupport.feature"
_FUNCTION = "_mod_uses_pyside"


def _searching_the_file(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    return uses_pyside


def install() -> bool:
    """Put the cheaper function in place (once); False if this PySide6 has no such hook."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _FUNCTION, None)
    if original is None:
        return False
    if not hasattr(original, "__wrapped__"):
        setattr(feature, _FUNCTION, _searching_the_file(original))
    return True
