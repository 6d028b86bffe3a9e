# SPDX-License-Identifier: EUPL-1.2
"""The lazily loaded list pages of the navigation: Sammanträden and Ärenden.

The pages read through the functions they are given (services.browse calls, bound to the
open register by the main window), so building them needs no register: the Sammanträden
page is on screen, showing the first screen, before the register is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kraftdesk.gui.controllers.list_page import ListPage
from kraftdesk.gui.models.meeting_table_model import MeetingTableModel
from kraftdesk.gui.models.paged import Fetch, Query
from kraftdesk.gui.settings import UiSettings
from kraftdesk.services.list_rows import CaseOrder, CaseRow, MeetingOrder, MeetingRow

#: What the Sammanträden list shows first: every meeting, newest first.
MEETINGS_QUERY = Query(order=MeetingOrder.DATE, descending=True)
#: What the Ärenden list shows first: every ärende by diarienummer.
CASES_QUERY = Query(order=CaseOrder.NUMBER)

Count = Callable[[str], int]


def counted(count: int, one: str, many: str) -> str:
    """"1 ärende", "12 ärenden"; thousands with a space as in Swedish."""
    return f"{count:,}".replace(",", "\u00a0") + " " + (one if count == 1 else many)


def build_meetings_page(fetch: Fetch[MeetingRow], count: Count, settings: UiSettings,
                        parent: QWidget) -> ListPage:
    model = MeetingTableModel(fetch, query=MEETINGS_QUERY, parent=parent)
    return ListPage(
        name="meetings", title="Sammanträden", model=model, settings=settings,
        count_text=lambda text: counted(count(text), "sammanträde", "sammanträden"),
        placeholder="organ, plats eller datum, till exempel KS 2026-01",
        hint="Öppna ett sammanträde med dubbelklick eller Retur.", parent=parent)


def build_cases_page(fetch: Fetch[CaseRow], count: Count, settings: UiSettings,
                     parent: QWidget) -> ListPage:
    from kraftdesk.gui.models.case_table_model import CaseTableModel  # only once attached

    model = CaseTableModel(fetch, query=CASES_QUERY, parent=parent)
    return ListPage(
        name="cases", title="Ärenden", model=model, settings=settings,
        count_text=lambda text: counted(count(text), "ärende", "ärenden"),
        placeholder="diarienummer eller ord i rubriken",
        hint="Öppna ett ärende med dubbelklick eller Retur: dess behandling i alla organ, "
             "beslut och yttranden.",
        parent=parent)
