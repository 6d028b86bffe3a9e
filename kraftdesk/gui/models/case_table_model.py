# SPDX-License-Identifier: EUPL-1.2
"""Ärenden as a lazily loaded table."""

from __future__ import annotations

from kraftdesk.gui import labels
from kraftdesk.gui.models.paged import Column, PagedTableModel
from kraftdesk.services.list_rows import CaseOrder, CaseRow
from kraftdesk.text import vocabulary


class CaseTableModel(PagedTableModel[CaseRow]):
    NUMBER, TITLE, STATUS, HANDLINGS, LAST = range(5)

    columns = (
        Column("Diarienummer", lambda r: r.number, CaseOrder.NUMBER, width=150),
        Column("Rubrik", lambda r: r.title, CaseOrder.TITLE, tooltip=lambda r: r.title,
               width=460),
        Column("Status", lambda r: vocabulary.CASE_STATUS[r.status], CaseOrder.STATUS, width=100),
        Column("Behandlingar", lambda r: str(r.handling_count), None, align_right=True,
               width=110),
        Column("Senast behandlat", lambda r: labels.day(
            r.last_handled_at.date() if r.last_handled_at else None), None, width=130),
    )
