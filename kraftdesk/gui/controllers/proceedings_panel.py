# SPDX-License-Identifier: EUPL-1.2
"""The paragraph editor's Yrkanden och omröstning tab: proposals, votes with a ballot grid
per member who may vote (or, for a closed val, the counts and the lottning), jäv, and the
paragraph's own attendance (absence, ersättare serving, tjänstgörande ordförande)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from kraftdesk.domain.enums import BallotChoice, ParagraphAttendanceKind
from kraftdesk.gui.controllers.paragraph_attendance_dialog import ParagraphAttendanceDialog
from kraftdesk.gui.controllers.people import checked_ids, fill_people
from kraftdesk.gui.controllers.proceedings_dialogs import NewProposal, ProposalDialog, VoteDialog
from kraftdesk.gui.delegates.choice_delegate import ChoiceDelegate
from kraftdesk.gui.forms.ui_paragraph_editor import Ui_ParagraphEditor
from kraftdesk.gui.models.proceedings_models import BallotModel, ProposalModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.undo import CallCommand, CreateCommand, IdRefs
from kraftdesk.services import meetings, paragraphs, proceedings
from kraftdesk.services.meetings import ParagraphAttendanceEntry, PersonRef
from kraftdesk.services.proceedings import ProceedingsView

LOT_CHOICES = (("(ingen lottning)", None), ("Lotten faller på Ja", BallotChoice.YES),
               ("Lotten faller på Nej", BallotChoice.NO))


class ProceedingsPanel:
    def __init__(self, ui: Ui_ParagraphEditor, operations: Operations, undo: QUndoStack,
                 refs: IdRefs, widget: QWidget) -> None:
        self.ui, self._operations, self._undo, self._refs = ui, operations, undo, refs
        self._widget = widget
        self.proposals = ProposalModel(widget)
        self.ballots = BallotModel(widget)
        ui.proposals_view.setModel(self.proposals)
        ui.ballots_view.setModel(self.ballots)
        ui.ballots_view.setItemDelegate(ChoiceDelegate(ui.ballots_view))
        ui.proposals_view.horizontalHeader().setSectionResizeMode(
            ProposalModel.SENTENCE, QHeaderView.ResizeMode.Stretch)
        ui.proposals_view.horizontalHeader().setStretchLastSection(False)
        self.view: ProceedingsView | None = None
        self._paragraph_id = 0
        self._editable = False
        self._recused: tuple[ParagraphAttendanceEntry, ...] = ()
        ui.add_proposal_button.clicked.connect(self.add_proposal)
        ui.adopt_proposal_button.clicked.connect(self.adopt_selected)
        ui.withdraw_proposal_button.clicked.connect(self.withdraw_selected)
        ui.remove_proposal_button.clicked.connect(self.remove_selected)
        ui.new_vote_button.clicked.connect(self.new_vote)
        ui.remove_vote_button.clicked.connect(self.remove_vote)
        ui.vote_combo.currentIndexChanged.connect(lambda _i: self._show_vote())
        self.ballots.ballot_changed.connect(self.cast)
        ui.recusal_list.itemChanged.connect(lambda _item: self._recusals_changed())
        ui.paragraph_attendance_button.clicked.connect(self.edit_paragraph_attendance)
        for text, value in LOT_CHOICES:
            ui.lot_combo.addItem(text, value)
        ui.save_result_button.clicked.connect(self.save_result)

    def load(self, paragraph_id: int, *, attendees: list[PersonRef], editable: bool) -> None:
        register = self._operations.register
        self._paragraph_id, self._editable = paragraph_id, editable
        self.view = view = proceedings.proceedings_view(register, paragraph_id)
        self.proposals.load(view.proposals)
        current = self.ui.vote_combo.currentData()
        self.ui.vote_combo.blockSignals(True)
        self.ui.vote_combo.clear()
        for number, vote in enumerate(view.votes, start=1):
            self.ui.vote_combo.addItem(f"Omröstning {number}: Ja för {vote.yes_meaning}", vote.id)
        found = self.ui.vote_combo.findData(current)
        self.ui.vote_combo.setCurrentIndex(found if found >= 0 else 0)
        self.ui.vote_combo.blockSignals(False)
        self._show_vote()
        self._load_recusals(paragraph_id, attendees)
        for widget in (self.ui.add_proposal_button, self.ui.adopt_proposal_button,
                       self.ui.withdraw_proposal_button, self.ui.remove_proposal_button,
                       self.ui.new_vote_button, self.ui.remove_vote_button,
                       self.ui.recusal_list, self.ui.paragraph_attendance_button,
                       self.ui.save_result_button):
            widget.setEnabled(editable)

    def _load_recusals(self, paragraph_id: int, attendees: list[PersonRef]) -> None:
        view = meetings.paragraph_attendance_view(self._operations.register, paragraph_id)
        self._recused = tuple(ParagraphAttendanceEntry(r.person.id, r.kind,
                                                       r.replaces.id if r.replaces else None)
                              for r in view.exceptions)
        self.ui.recusal_list.blockSignals(True)
        fill_people(self.ui.recusal_list, attendees,
                    checked=[r.person.id for r in view.exceptions
                             if r.kind is ParagraphAttendanceKind.RECUSED])
        self.ui.recusal_list.blockSignals(False)

    def voters(self) -> list[PersonRef]:
        return list(self.view.voters) if self.view else []

    def _show_vote(self) -> None:
        vote_id = self.ui.vote_combo.currentData()
        vote = next((v for v in self.view.votes if v.id == vote_id), None) if self.view else None
        secret = bool(vote and vote.secret)
        self.ballots.load(None if secret else vote, editable=self._editable)
        self.ui.ballots_view.setVisible(not secret)
        ui = self.ui
        ui.result_box.setVisible(bool(vote and vote.election))
        for widget in (ui.counts_label, ui.yes_spin, ui.no_count_label, ui.no_spin,
                       ui.abstain_count_label, ui.abstain_spin):
            widget.setVisible(secret)
        if vote is not None and vote.election:
            ui.yes_spin.setValue(vote.counts[0] or 0)
            ui.no_spin.setValue(vote.counts[1] or 0)
            ui.abstain_spin.setValue(vote.counts[2] or 0)
            ui.lot_combo.setCurrentIndex(max(0, ui.lot_combo.findData(vote.lot_winner)))
        ui.vote_count_label.setText(" ".join(vote.sentences) if vote else
                                    "Ingen omröstning är registrerad.")

    def save_result(self) -> None:
        """A val's result: the counts of a closed vote, and the lottning at a tie."""
        vote_id = self.ui.vote_combo.currentData()
        vote = next((v for v in self.view.votes if v.id == vote_id), None) if self.view else None
        if vote is None or not vote.election:
            return
        ui = self.ui
        counts = ((ui.yes_spin.value(), ui.no_spin.value(), ui.abstain_spin.value())
                  if vote.secret else (None, None, None))
        lot = ui.lot_combo.currentData()
        before = (*vote.counts, vote.lot_winner)
        ref = self._refs.ref("vote", vote.id)
        self._undo.push(CallCommand(
            "resultat av valet", self._operations,
            apply=lambda reg: proceedings.set_vote_result(
                reg, ref.id, yes=counts[0], no=counts[1], abstain=counts[2], lot_winner=lot),
            revert=lambda reg: proceedings.set_vote_result(
                reg, ref.id, yes=before[0], no=before[1], abstain=before[2],
                lot_winner=before[3]),
            widget=self._widget))

    def _selected_proposal(self) -> int | None:
        rows = self.ui.proposals_view.selectionModel().selectedRows()
        return self.proposals.at(rows[0].row()).id if rows else None

    # Proposals ------------------------------------------------------------------------------

    def add_proposal(self) -> None:
        dialog = ProposalDialog(self.voters(), parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.proposal and self._push_proposal(dialog.proposal))
        dialog.open()

    def _push_proposal(self, p: NewProposal) -> None:
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        self._undo.push(CreateCommand(
            "nytt yrkande", self._operations, self._refs, "proposal",
            create=lambda reg: proceedings.add_proposal(
                reg, paragraph.id, kind=p.kind, author_ids=p.author_ids, subject=p.subject,
                text=p.text),
            delete=proceedings.delete_proposal, widget=self._widget))

    def adopt_selected(self) -> None:
        proposal_id = self._selected_proposal()
        if proposal_id is None or self.view is None:
            return
        before = next((p.id for p in self.view.proposals if p.adopted), None)
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        self._undo.push(CallCommand(
            "ordförandens finnande", self._operations,
            apply=lambda reg: proceedings.set_adopted(reg, paragraph.id, proposal_id),
            revert=lambda reg: proceedings.set_adopted(reg, paragraph.id, before),
            widget=self._widget))

    def withdraw_selected(self) -> None:
        proposal_id = self._selected_proposal()
        if proposal_id is None or self.view is None:
            return
        was = next(p.withdrawn for p in self.view.proposals if p.id == proposal_id)
        self._undo.push(CallCommand(
            "återtaget yrkande" if not was else "återupptaget yrkande", self._operations,
            apply=lambda reg: proceedings.withdraw_proposal(reg, proposal_id, withdrawn=not was),
            revert=lambda reg: proceedings.withdraw_proposal(reg, proposal_id, withdrawn=was),
            widget=self._widget))

    def remove_selected(self) -> None:
        proposal_id = self._selected_proposal()
        if proposal_id is not None:
            self._operations.run(lambda reg: proceedings.delete_proposal(reg, proposal_id),
                                 parent=self._widget)

    # Votes ----------------------------------------------------------------------------------

    def new_vote(self) -> None:
        if self.view is None:
            return
        dialog = VoteDialog(self.view.proposals, parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._push_vote(*dialog.choice(), *dialog.kind()))
        dialog.open()

    def _push_vote(self, yes: int | None, no: int | None, election: bool = False,
                   secret: bool = False) -> None:
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        self._undo.push(CreateCommand(
            "ny omröstning", self._operations, self._refs, "vote",
            create=lambda reg: proceedings.record_vote(reg, paragraph.id, yes_proposal_id=yes,
                                                       no_proposal_id=no, election=election,
                                                       secret=secret),
            delete=proceedings.delete_vote, widget=self._widget))

    def remove_vote(self) -> None:
        vote_id = self.ui.vote_combo.currentData()
        if vote_id is not None:
            self._operations.run(lambda reg: proceedings.delete_vote(reg, vote_id),
                                 parent=self._widget)

    def cast(self, person_id: int, choice: BallotChoice | None) -> None:
        vote = self.ballots.vote
        if vote is None:
            return
        before = self.ballots.ballots()
        after = dict(before)
        if choice is None:
            after.pop(person_id, None)
        else:
            after[person_id] = choice
        ref = self._refs.ref("vote", vote.id)
        self._undo.push(CallCommand(
            "röst i omröstningen", self._operations,
            apply=lambda reg: proceedings.set_ballots(reg, ref.id, after),
            revert=lambda reg: proceedings.set_ballots(reg, ref.id, before),
            widget=self._widget))

    # Jäv and the paragraph's attendance -----------------------------------------------------

    def edit_paragraph_attendance(self) -> None:
        register = self._operations.register
        view = meetings.paragraph_attendance_view(register, self._paragraph_id)
        label = paragraphs.paragraph_view(register, self._paragraph_id).label
        dialog = ParagraphAttendanceDialog(view, label, parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        before = (tuple(ParagraphAttendanceEntry(r.person.id, r.kind,
                                                 r.replaces.id if r.replaces else None)
                        for r in view.exceptions),
                  view.acting_chair.id if view.acting_chair else None)
        dialog.accepted.connect(lambda: self._push_attendance(before, (dialog.entries,
                                                                       dialog.acting_chair_id)))
        dialog.open()

    def _push_attendance(self, before: tuple, after: tuple) -> None:
        if before == after:
            return
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        self._undo.push(CallCommand(
            "närvaro i paragrafen", self._operations,
            apply=lambda reg: meetings.set_paragraph_attendance(
                reg, paragraph.id, after[0], acting_chair_id=after[1]),
            revert=lambda reg: meetings.set_paragraph_attendance(
                reg, paragraph.id, before[0], acting_chair_id=before[1]),
            widget=self._widget))

    def _recusals_changed(self) -> None:
        before = self._recused
        others = tuple(e for e in before if e.kind is not ParagraphAttendanceKind.RECUSED)
        after = others + tuple(ParagraphAttendanceEntry(pid, ParagraphAttendanceKind.RECUSED)
                               for pid in checked_ids(self.ui.recusal_list))
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        self._undo.push(CallCommand(
            "ändring av jäv", self._operations,
            apply=lambda reg: meetings.set_paragraph_attendance(reg, paragraph.id, after),
            revert=lambda reg: meetings.set_paragraph_attendance(reg, paragraph.id, before),
            widget=self._widget))
