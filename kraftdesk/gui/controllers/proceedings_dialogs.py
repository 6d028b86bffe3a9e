# SPDX-License-Identifier: EUPL-1.2
"""A new yrkande (kind, what it refers to, who made it) and a new omröstning (Ja/Nej)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from kraftdesk.domain.enums import ProposalKind
from kraftdesk.gui.controllers.people import checked_ids, fill_people
from kraftdesk.gui.forms.ui_proposal_dialog import Ui_ProposalDialog
from kraftdesk.gui.forms.ui_vote_dialog import Ui_VoteDialog
from kraftdesk.services.meetings import PersonRef
from kraftdesk.services.proceedings import ProposalRow
from kraftdesk.text import vocabulary


@dataclass(frozen=True)
class NewProposal:
    kind: ProposalKind
    author_ids: tuple[int, ...]
    subject: str | None
    text: str | None


class ProposalDialog(QDialog):
    def __init__(self, voters: list[PersonRef], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProposalDialog()
        self.ui.setupUi(self)
        self.proposal: NewProposal | None = None
        for kind, text in vocabulary.PROPOSAL_KIND.items():
            self.ui.kind_combo.addItem(text, kind)
        fill_people(self.ui.authors_list, voters)
        self.ui.button_box.accepted.connect(self._collect)
        self.ui.button_box.rejected.connect(self.reject)

    def _collect(self) -> None:
        self.proposal = NewProposal(
            kind=ProposalKind(self.ui.kind_combo.currentData()),
            author_ids=tuple(checked_ids(self.ui.authors_list)),
            subject=self.ui.subject_edit.text() or None,
            text=self.ui.text_edit.toPlainText() or None)
        self.accept()


class VoteDialog(QDialog):
    """Ja and Nej each stand for one of the proposals."""

    def __init__(self, proposals: tuple[ProposalRow, ...], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VoteDialog()
        self.ui.setupUi(self)
        for proposal in proposals:
            if not proposal.withdrawn:
                for combo in (self.ui.yes_combo, self.ui.no_combo):
                    combo.addItem(proposal.sentence, proposal.id)
        if self.ui.no_combo.count() > 1:
            self.ui.no_combo.setCurrentIndex(1)
        self.ui.secret_check.setEnabled(False)
        self.ui.election_check.toggled.connect(self._election_toggled)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def _election_toggled(self, election: bool) -> None:
        # Slutna sedlar only at a val (KL 5 kap.).
        self.ui.secret_check.setEnabled(election)
        if not election:
            self.ui.secret_check.setChecked(False)

    def choice(self) -> tuple[int | None, int | None]:
        return self.ui.yes_combo.currentData(), self.ui.no_combo.currentData()

    def kind(self) -> tuple[bool, bool]:
        """(a val, with slutna sedlar)."""
        return self.ui.election_check.isChecked(), self.ui.secret_check.isChecked()
