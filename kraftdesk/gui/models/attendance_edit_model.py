# SPDX-License-Identifier: EUPL-1.2
"""The attendance being edited: one row per member and substitute of the body."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt

from kraftdesk.domain.enums import AttendanceKind, Role
from kraftdesk.gui.delegates.choice_delegate import CHOICES_ROLE
from kraftdesk.gui.models.rows import Index, RowsTableModel
from kraftdesk.services.meetings import AttendanceEntry, AttendanceRow, PersonRef, RosterRow
from kraftdesk.text import vocabulary
from kraftdesk.text.formats import capitalise

KIND_CHOICES: list[tuple[str, AttendanceKind | None]] = [
    ("Frånvarande", None),
    ("Tjänstgörande ledamot", AttendanceKind.MEMBER),
    ("Tjänstgörande ersättare", AttendanceKind.SERVING_SUBSTITUTE),
    ("Ersättare, ej tjänstgörande", AttendanceKind.SUBSTITUTE),
]


@dataclass(frozen=True)
class AttendanceLine:
    person: PersonRef
    role: Role | None
    kind: AttendanceKind | None
    replaces_id: int | None = None
    note: str = ""


class AttendanceEditModel(RowsTableModel):
    NAME, ROLE, KIND, REPLACES, NOTE = range(5)
    HEADERS = ("Namn", "Uppdrag", "Närvaro", "I stället för", "Anteckning")

    def __init__(self, roster: list[RosterRow], current: tuple[AttendanceRow, ...],
                 parent: Any = None) -> None:
        super().__init__(parent)
        recorded = {row.person.id: row for row in current}
        lines: list[AttendanceLine] = []
        for entry in roster:
            row = recorded.pop(entry.person.id, None)
            kind = row.kind if row else (AttendanceKind.MEMBER if not current
                                         and entry.role is not Role.SUBSTITUTE else None)
            lines.append(AttendanceLine(
                entry.person, entry.role, kind, row.replaces.id if row and row.replaces else None,
                (row.note or "") if row else ""))
        self._reset(lines)
        # People recorded who are not on the roster (officials, others) are kept as they are.
        self._others = [r for r in current if r.person.id in recorded]
        self._members = [(line.person.label, line.person.id) for line in lines
                         if line.role is not Role.SUBSTITUTE]

    def entries(self) -> list[AttendanceEntry]:
        entries = [AttendanceEntry(line.person.id, line.kind, line.replaces_id,
                                   line.note or None)
                   for line in self._rows if line.kind is not None]
        entries += [AttendanceEntry(r.person.id, r.kind, r.replaces.id if r.replaces else None,
                                    r.note) for r in self._others]
        return entries

    def cell(self, line: AttendanceLine, column: int, role: int) -> Any:
        if role == CHOICES_ROLE:
            return self._choices(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return {self.KIND: line.kind, self.REPLACES: line.replaces_id,
                    self.NOTE: line.note}.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        return None

    def _choices(self, line: AttendanceLine, column: int) -> Any:
        if column == self.KIND:
            return KIND_CHOICES
        if column == self.REPLACES and line.kind is AttendanceKind.SERVING_SUBSTITUTE:
            return [("(ingen)", None)] + [m for m in self._members if m[1] != line.person.id]
        return None

    def _display(self, line: AttendanceLine, column: int) -> str:
        if column == self.NAME:
            return line.person.label
        if column == self.ROLE:
            return capitalise(vocabulary.ROLE[line.role]) if line.role else ""
        if column == self.KIND:
            return next(text for text, value in KIND_CHOICES if value == line.kind)
        if column == self.REPLACES:
            return next((text for text, pid in self._members if pid == line.replaces_id), "")
        return line.note

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._rows[index.row()]
        editable = index.column() in (self.KIND, self.NOTE) or (
            index.column() == self.REPLACES and line.kind is AttendanceKind.SERVING_SUBSTITUTE)
        return flags | Qt.ItemFlag.ItemIsEditable if editable else flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = index.row()
        line, column = self._rows[row], index.column()
        if column == self.KIND:
            line = replace(line, kind=value, replaces_id=line.replaces_id
                           if value is AttendanceKind.SERVING_SUBSTITUTE else None)
        elif column == self.REPLACES:
            line = replace(line, replaces_id=value)
        elif column == self.NOTE:
            line = replace(line, note=str(value or ""))
        else:
            return False
        self._rows = (*self._rows[:row], line, *self._rows[row + 1:])
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.NOTE))
        return True

    def row_of(self, person_id: int) -> int:
        return next(i for i, line in enumerate(self._rows) if line.person.id == person_id)
