# SPDX-License-Identifier: EUPL-1.2
"""The app's own SVG icons from resources/icons (drawn for kraftdesk, no icon set)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from kraftdesk.paths import resource


@cache
def icon(name: str) -> QIcon:
    """resources/icons/<name>.svg as a QIcon; a missing icon is a packaging bug."""
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        raise FileNotFoundError(path)
    return QIcon(str(path))
