# SPDX-License-Identifier: EUPL-1.2
"""Qt's item data roles and the alignment the list models give, as plain ints.

The window is painted once before PySide6 has built its `Qt` namespace: building it makes
about a hundred Python enums (Qt.Key alone has hundreds of members) and took 28 ms of a
start-up of 0.25 s. Everything the first screen runs before its first paint therefore
avoids `Qt.…`: the models that paint it compare roles with these ints (Qt passes roles to
`data()` as ints anyway), and the forms set enum properties by their names
(kraftdesk.gui.main_window, kraftdesk.gui.controllers.list_page). The values are Qt's own
(qnamespace.h); tests/gui/test_roles.py keeps them equal to Qt.ItemDataRole and
Qt.AlignmentFlag.
"""

DISPLAY = 0
DECORATION = 1
TOOL_TIP = 3
TEXT_ALIGNMENT = 7
FOREGROUND = 9
USER = 0x0100

#: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter: numbers in a column.
ALIGN_RIGHT = 0x0002 | 0x0080
