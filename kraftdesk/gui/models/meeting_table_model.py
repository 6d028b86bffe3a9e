# SPDX-License-Identifier: EUPL-1.2
"""Sammanträden as a lazily loaded table."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from kraftdesk.domain.enums import MinutesState
from kraftdesk.gui import labels, roles
from kraftdesk.gui.icons import icon
from kraftdesk.gui.models.paged import Column, PagedTableModel
from kraftdesk.services.list_rows import MeetingOrder, MeetingRow
from kraftdesk.text import vocabulary

#: The grey of a justerat protocol's row.
APPROVED_COLOUR = QColor("#4a5660")


def _state(row: MeetingRow) -> str:
    text = vocabulary.MINUTES_STATE[row.minutes_state]
    if row.minutes_state is MinutesState.APPROVED and row.approved_on:
        text += f" {labels.day(row.approved_on)}"
    return text


class MeetingTableModel(PagedTableModel[MeetingRow]):
    DATE, BODY, PLACE, PARAGRAPHS, STATE, APPROVAL = range(6)

    columns = (
        Column("Datum", lambda r: labels.day_and_time(r.starts_at), MeetingOrder.DATE,
               width=140),
        Column("Organ", lambda r: r.body_short_name, MeetingOrder.BODY,
               tooltip=lambda r: r.body_name, width=80),
        Column("Plats", lambda r: r.place or "", MeetingOrder.PLACE,
               tooltip=lambda r: r.place, width=260),
        Column("Paragrafer", lambda r: str(r.paragraph_count), None, align_right=True,
               width=90),
        Column("Protokoll", _state, MeetingOrder.STATE, width=190),
        Column("Justering", lambda r: labels.day_and_time(r.approval_due_at),
               MeetingOrder.APPROVAL, width=140),
    )

    extra_roles = frozenset({roles.DECORATION, roles.TOOL_TIP, roles.FOREGROUND})

    def extra_data(self, row: MeetingRow, column: int, role: int) -> Any:
        if (column == self.STATE and role == roles.DECORATION
                and row.minutes_state is MinutesState.APPROVED):
            return icon("locked")
        if column == self.DATE and role == roles.TOOL_TIP and row.is_example:
            return "Exempel: påhittat sammanträde i exempelregistret"
        if role == roles.FOREGROUND and row.minutes_state is MinutesState.APPROVED:
            return APPROVED_COLOUR
        return None
