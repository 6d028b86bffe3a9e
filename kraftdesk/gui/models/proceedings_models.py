# SPDX-License-Identifier: EUPL-1.2
"""Yrkanden and the ballot grid of an omröstning (one row per member who may vote)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor

from kraftdesk.domain.enums import BallotChoice
from kraftdesk.gui.delegates.choice_delegate import CHOICES_ROLE
from kraftdesk.gui.models.paged import ID_ROLE
from kraftdesk.gui.models.rows import Index, RowsTableModel
from kraftdesk.services.proceedings import BallotRow, ProposalRow, VoteRow
from kraftdesk.text import vocabulary

BALLOT_CHOICES: list[tuple[str, BallotChoice | None]] = [
    ("–", None), *((word, choice) for choice, word in vocabulary.BALLOT_CHOICE.items())]


class ProposalModel(RowsTableModel):
    SENTENCE, STATUS = range(2)
    HEADERS = ("Yrkande", "Status")

    def cell(self, p: ProposalRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            status = "Återtaget" if p.withdrawn else ("Bifallet" if p.adopted else "")
            return p.sentence if column == self.SENTENCE else status
        if role == Qt.ItemDataRole.ToolTipRole:
            return p.sentence
        if role == ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ForegroundRole and p.withdrawn:
            return QColor("#6b7780")
        return None


class BallotModel(RowsTableModel):
    """One row per member who may vote. Reloading the same vote with the same members
    changes the cells in place (dataChanged, no reset), so the view keeps its current row,
    its selection and its scroll position after each ballot.

    Signals:
        ballot_changed(int, object): person id, the new BallotChoice (or None); emitted
            from the event loop after the edit, so a cell editor is committed and closed
            before anything reloads (no commitData for an editor the view no longer has).
    """

    NAME, CHOICE = range(2)
    HEADERS = ("Ledamot", "Röst")
    ballot_changed = Signal(int, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.vote: VoteRow | None = None
        self._editable = False

    def load(self, vote: VoteRow | None, *, editable: bool) -> None:
        same_rows = (vote is not None and self.vote is not None and vote.id == self.vote.id
                     and [b.person.id for b in vote.ballots]
                     == [b.person.id for b in self._rows])
        self.vote = vote
        self._editable = editable
        if same_rows and self._rows:
            assert vote is not None
            self._rows = tuple(vote.ballots)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.HEADERS) - 1))
            return
        self._reset(vote.ballots if vote else ())

    def ballots(self) -> dict[int, BallotChoice]:
        return {b.person.id: b.choice for b in self._rows if b.choice is not None}

    def row_of(self, person_id: int) -> int:
        return next(i for i, b in enumerate(self._rows) if b.person.id == person_id)

    def cell(self, ballot: BallotRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return ballot.person.label + (" (tjg ersättare)" if ballot.serving_substitute
                                              else "")
            return next(text for text, value in BALLOT_CHOICES if value == ballot.choice)
        if role == Qt.ItemDataRole.EditRole and column == self.CHOICE:
            return ballot.choice
        if role == CHOICES_ROLE and column == self.CHOICE:
            return BALLOT_CHOICES
        if role == ID_ROLE:
            return ballot.person.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._editable and index.column() == self.CHOICE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not self._valid(index)
                or index.column() != self.CHOICE or not self._editable):
            return False
        ballot: BallotRow = self._rows[index.row()]
        if ballot.choice != value:
            person_id = ballot.person.id
            QTimer.singleShot(0, self, lambda: self.ballot_changed.emit(person_id, value))
        return True

    def choose(self, row: int, choice: BallotChoice | None) -> bool:
        """The secretary chose `choice` for the member on `row` (keyboard: J, N, A)."""
        return self.setData(self.index(row, self.CHOICE), choice)
