# SPDX-License-Identifier: EUPL-1.2
"""Announce a statement at the meeting: kind, authors (with party), concurring members, and
whether a written text is to come by the justering time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QDialog, QWidget

from kraftdesk.domain.enums import StatementKind
from kraftdesk.gui import labels
from kraftdesk.gui.controllers.people import checked_ids, fill_people
from kraftdesk.gui.forms.ui_announce_dialog import Ui_AnnounceDialog
from kraftdesk.services.meetings import PersonRef
from kraftdesk.services.proceedings import ProposalRow
from kraftdesk.text import vocabulary

KINDS = (StatementKind.SPECIAL_STATEMENT, StatementKind.RESERVATION,
         StatementKind.MINUTES_NOTE)


@dataclass(frozen=True)
class Announcement:
    """The keyword arguments of statements.announce, as filled in."""

    kind: StatementKind
    author_ids: tuple[int, ...]
    concurring_ids: tuple[int, ...]
    promised: bool
    text: str | None
    in_favour_of_proposal_id: int | None
    with_reservation: bool


class AnnounceDialog(QDialog):
    """Attributes:
        announcement: what was filled in (after accept()).
    """

    def __init__(self, people: list[PersonRef], proposals: tuple[ProposalRow, ...],
                 deadline: datetime | None, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AnnounceDialog()
        self.ui.setupUi(self)
        self.announcement: Announcement | None = None
        for kind in KINDS:
            self.ui.kind_combo.addItem(vocabulary.STATEMENT_KIND[kind], kind)
        fill_people(self.ui.authors_list, people)
        fill_people(self.ui.concurring_list, people)
        self.ui.proposal_combo.addItem("(inget särskilt yrkande)", None)
        for proposal in proposals:
            if not proposal.withdrawn:
                self.ui.proposal_combo.addItem(proposal.sentence, proposal.id)
        self.ui.deadline_label.setText(
            f"Fristen är justeringens tid, {labels.day_and_time(deadline)}." if deadline else
            "Justeringens tid är inte bestämd; ange den under sammanträdets uppgifter först.")
        self.ui.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.promised_check.toggled.connect(lambda _c: self._kind_changed())
        self.ui.button_box.accepted.connect(self._collect)
        self.ui.button_box.rejected.connect(self.reject)
        self._kind_changed()

    def kind(self) -> StatementKind:
        """The chosen kind (combo item data comes back as a plain str)."""
        return StatementKind(self.ui.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.ui.proposal_combo.setEnabled(kind is StatementKind.RESERVATION)
        self.ui.with_reservation_check.setEnabled(kind is StatementKind.SPECIAL_STATEMENT)
        promised = self.ui.promised_check.isChecked()
        self.ui.text_edit.setEnabled(not promised)
        self.ui.deadline_label.setVisible(promised)

    def _collect(self) -> None:
        kind = self.kind()
        promised = self.ui.promised_check.isChecked()
        self.announcement = Announcement(
            kind=kind, author_ids=tuple(checked_ids(self.ui.authors_list)),
            concurring_ids=tuple(checked_ids(self.ui.concurring_list)), promised=promised,
            text=None if promised else self.ui.text_edit.toPlainText(),
            in_favour_of_proposal_id=self.ui.proposal_combo.currentData()
            if kind is StatementKind.RESERVATION else None,
            with_reservation=kind is StatementKind.SPECIAL_STATEMENT
            and self.ui.with_reservation_check.isChecked())
        self.accept()
