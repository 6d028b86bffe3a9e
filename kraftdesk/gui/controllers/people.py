# SPDX-License-Identifier: EUPL-1.2
"""Checkable lists of people ("Anna Svensson (S)"), in Swedish alphabetical order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from kraftdesk.gui.i18n import swedish_collator
from kraftdesk.services.meetings import PersonRef


def sorted_people(people: Iterable[PersonRef]) -> list[PersonRef]:
    collator = swedish_collator()
    unique = {p.id: p for p in people}
    return sorted(unique.values(), key=lambda p: collator.sortKey(p.name))


def fill_people(widget: QListWidget, people: Sequence[PersonRef], *,
                checked: Iterable[int] = ()) -> None:
    chosen = set(checked)
    widget.clear()
    for person in sorted_people(people):
        item = QListWidgetItem(person.label, widget)
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if person.id in chosen
                           else Qt.CheckState.Unchecked)


def checked_ids(widget: QListWidget) -> list[int]:
    items = (widget.item(i) for i in range(widget.count()))
    return [int(item.data(Qt.ItemDataRole.UserRole)) for item in items
            if item.checkState() == Qt.CheckState.Checked]


def check(widget: QListWidget, label: str, state: bool = True) -> None:
    """Tick the person shown as `label` ("John Eklöf (M)")."""
    for item in widget.findItems(label, Qt.MatchFlag.MatchExactly):
        item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
