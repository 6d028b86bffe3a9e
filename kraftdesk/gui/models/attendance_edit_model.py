# SPDX-License-Identifier: EUPL-1.2
"""The attendance being edited: one row per member and substitute of the body, and a row per
further period of a person ("Ny period": a member who leaves and comes back, an ersättare
who listens and then serves)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

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
    from_number: int | None = None
    to_number: int | None = None
    arrived: time | None = None
    left: time | None = None


def _clock(value: time | None) -> str:
    return f"{value:%H:%M}" if value is not None else ""


def parse_clock(text: str) -> time | bool | None:
    """ "17:20" or "17.20" → time; "" → None; anything else → False."""
    text = text.strip().replace(".", ":")
    if not text:
        return None
    try:
        return time.fromisoformat(text if len(text) > 2 else f"{text}:00")
    except ValueError:
        return False


class AttendanceEditModel(RowsTableModel):
    NAME, ROLE, KIND, REPLACES, FROM, TO, ARRIVED, LEFT, NOTE = range(9)
    HEADERS = ("Namn", "Uppdrag", "Närvaro", "I stället för", "Från §", "Till och med §",
               "Kom kl.", "Gick kl.", "Anteckning")

    def __init__(self, roster: list[RosterRow], current: tuple[AttendanceRow, ...],
                 parent: Any = None, *, numbers: Sequence[int] = (),
                 day: date | None = None) -> None:
        super().__init__(parent)
        self._numbers = list(numbers)
        self._day = day or date.today()
        recorded: dict[int, list[AttendanceRow]] = {}
        for row in current:
            recorded.setdefault(row.person.id, []).append(row)
        lines: list[AttendanceLine] = []
        roster_ids = set()
        for entry in roster:
            roster_ids.add(entry.person.id)
            rows = recorded.get(entry.person.id, [])
            if not rows:
                kind = (AttendanceKind.MEMBER if not current and entry.role is not Role.SUBSTITUTE
                        else None)
                lines.append(AttendanceLine(entry.person, entry.role, kind))
            lines += [self._line(entry.person, entry.role, r) for r in rows]
        self._reset(lines)
        # People recorded who are not on the roster (officials, others) are kept as they are.
        self._others = [r for r in current if r.person.id not in roster_ids]
        self._members = [(entry.person.label, entry.person.id) for entry in roster
                         if entry.role is not Role.SUBSTITUTE]

    @staticmethod
    def _line(person: PersonRef, role: Role | None, row: AttendanceRow) -> AttendanceLine:
        return AttendanceLine(person, role, row.kind, row.replaces.id if row.replaces else None,
                              row.note or "", row.from_number, row.to_number,
                              row.arrived_at.time() if row.arrived_at else None,
                              row.left_at.time() if row.left_at else None)

    def _at(self, value: time | None) -> datetime | None:
        return datetime.combine(self._day, value) if value is not None else None

    def entries(self) -> list[AttendanceEntry]:
        entries = [AttendanceEntry(line.person.id, line.kind, line.replaces_id,
                                   line.note or None, line.from_number, line.to_number,
                                   self._at(line.arrived), self._at(line.left))
                   for line in self._rows if line.kind is not None]
        entries += [AttendanceEntry(r.person.id, r.kind, r.replaces.id if r.replaces else None,
                                    r.note, r.from_number, r.to_number, r.arrived_at,
                                    r.left_at) for r in self._others]
        return entries

    # Periods ---------------------------------------------------------------------------------

    def add_period(self, row: int) -> int:
        """A further line for the person on `row` (absent until a capacity is chosen)."""
        line = self._rows[row]
        new = AttendanceLine(line.person, line.role, None)
        self.beginInsertRows(QModelIndex(), row + 1, row + 1)
        self._rows = (*self._rows[:row + 1], new, *self._rows[row + 1:])
        self.endInsertRows()
        return row + 1

    def remove_period(self, row: int) -> bool:
        """Remove a line, unless it is the person's only one."""
        person = self._rows[row].person.id
        if sum(1 for line in self._rows if line.person.id == person) < 2:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._rows = (*self._rows[:row], *self._rows[row + 1:])
        self.endRemoveRows()
        return True

    # Cells -----------------------------------------------------------------------------------

    def cell(self, line: AttendanceLine, column: int, role: int) -> Any:
        if role == CHOICES_ROLE:
            return self._choices(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return {self.KIND: line.kind, self.REPLACES: line.replaces_id,
                    self.FROM: line.from_number, self.TO: line.to_number,
                    self.ARRIVED: _clock(line.arrived), self.LEFT: _clock(line.left),
                    self.NOTE: line.note}.get(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        return None

    def _choices(self, line: AttendanceLine, column: int) -> Any:
        if column == self.KIND:
            return KIND_CHOICES
        if column == self.REPLACES and line.kind is AttendanceKind.SERVING_SUBSTITUTE:
            return [("(ingen)", None)] + [m for m in self._members if m[1] != line.person.id]
        if column == self.FROM:
            return [("(från början)", None)] + [(f"§ {n}", n) for n in self._numbers]
        if column == self.TO:
            return [("(till slutet)", None)] + [(f"§ {n}", n) for n in self._numbers]
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
        if column in (self.FROM, self.TO):
            value = line.from_number if column == self.FROM else line.to_number
            return f"§ {value}" if value is not None else ""
        if column in (self.ARRIVED, self.LEFT):
            return _clock(line.arrived if column == self.ARRIVED else line.left)
        return line.note

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self._rows[index.row()]
        column = index.column()
        editable = column in (self.KIND, self.NOTE) or (
            column == self.REPLACES and line.kind is AttendanceKind.SERVING_SUBSTITUTE) or (
            column in (self.FROM, self.TO, self.ARRIVED, self.LEFT) and line.kind is not None)
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
        elif column == self.FROM:
            line = replace(line, from_number=value)
        elif column == self.TO:
            line = replace(line, to_number=value)
        elif column in (self.ARRIVED, self.LEFT):
            clock = parse_clock(str(value or ""))
            if clock is False:
                return False
            line = replace(line, **{"arrived" if column == self.ARRIVED else "left": clock})
        elif column == self.NOTE:
            line = replace(line, note=str(value or ""))
        else:
            return False
        self._rows = (*self._rows[:row], line, *self._rows[row + 1:])
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.NOTE))
        return True

    def row_of(self, person_id: int) -> int:
        return next(i for i, line in enumerate(self._rows) if line.person.id == person_id)
