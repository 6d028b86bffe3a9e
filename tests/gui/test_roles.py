# SPDX-License-Identifier: EUPL-1.2
"""kraftdesk.gui.roles: Qt's values, written as ints so the first paint needs no Qt namespace."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kraftdesk.gui import roles
from kraftdesk.gui.models.paged import ID_ROLE, ROW_ROLE


def test_the_roles_are_qts() -> None:
    role = Qt.ItemDataRole
    assert (
        role.DisplayRole, role.DecorationRole, role.ToolTipRole, role.TextAlignmentRole,
        role.ForegroundRole, role.UserRole) == (
            roles.DISPLAY, roles.DECORATION, roles.TOOL_TIP, roles.TEXT_ALIGNMENT,
            roles.FOREGROUND, roles.USER)
    assert (role.UserRole + 1, role.UserRole + 2) == (ID_ROLE, ROW_ROLE)


def test_the_alignment_is_qts() -> None:
    flag = Qt.AlignmentFlag
    assert (flag.AlignRight | flag.AlignVCenter).value == roles.ALIGN_RIGHT
