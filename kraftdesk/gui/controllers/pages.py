# SPDX-License-Identifier: EUPL-1.2
"""The lazily loaded list pages of the navigation: Sammanträden and Ärenden (services.browse)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kraftdesk.gui.controllers.list_page import ListPage
from kraftdesk.gui.models.case_table_model import CaseTableModel
from kraftdesk.gui.models.meeting_table_model import MeetingTableModel
from kraftdesk.gui.models.paged import Query
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.services import browse


def counted(count: int, one: str, many: str) -> str:
    """"1 ärende", "12 ärenden"; thousands with a space as in Swedish."""
    return f"{count:,}".replace(",", "\u00a0") + " " + (one if count == 1 else many)


def build_meetings_page(operations: Operations, settings: UiSettings,
                        parent: QWidget) -> ListPage:
    register = operations.register
    model = MeetingTableModel(
        lambda q, offset, limit: browse.meetings_page(
            register, text=q.text, order=browse.MeetingOrder(q.order), descending=q.descending,
            offset=offset, limit=limit),
        query=Query(order=browse.MeetingOrder.DATE, descending=True), parent=parent)
    return ListPage(
        name="meetings", title="Sammanträden", model=model, settings=settings,
        count_text=lambda text: counted(browse.count_meetings(register, text=text),
                                        "sammanträde", "sammanträden"),
        placeholder="organ, plats eller datum, till exempel KS 2026-01",
        hint="Öppna ett sammanträde med dubbelklick eller Retur.", parent=parent)


def build_cases_page(operations: Operations, settings: UiSettings, parent: QWidget) -> ListPage:
    register = operations.register
    model = CaseTableModel(
        lambda q, offset, limit: browse.cases_page(
            register, text=q.text, order=browse.CaseOrder(q.order), descending=q.descending,
            offset=offset, limit=limit),
        query=Query(order=browse.CaseOrder.NUMBER), parent=parent)
    return ListPage(
        name="cases", title="Ärenden", model=model, settings=settings,
        count_text=lambda text: counted(browse.count_cases(register, text=text),
                                        "ärende", "ärenden"),
        placeholder="diarienummer eller ord i rubriken",
        hint="Dubbelklicka på ett ärende för att se alla paragrafer där det har behandlats.",
        parent=parent)
