# SPDX-License-Identifier: EUPL-1.2
"""The paragraph editor's Yrkanden och omröstning tab: proposals, votes with a ballot grid
per member who may vote (or, for a closed val, the counts and the lottning), jäv, and the
paragraph's own attendance (absence, ersättare serving, tjänstgörande ordförande).

The ballot grid is made for the keyboard: the arrow keys move between members, J, N and A
(Ja, Nej, Avstår; Delete clears) record the selected member's ballot and go on to the next
member, F2 or a double click opens the list of choices. After each ballot the grid keeps
its place (BallotModel updates its cells in place)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kraftdesk.domain.enums import BallotChoice, ParagraphAttendanceKind
from kraftdesk.gui.controllers.paragraph_attendance_dialog import ParagraphAttendanceDialog
from kraftdesk.gui.controllers.people import checked_ids, fill_people
from kraftdesk.gui.controllers.proceedings_dialogs import NewProposal, ProposalDialog, VoteDialog
from kraftdesk.gui.delegates.choice_delegate import ChoiceDelegate
from kraftdesk.gui.forms.ui_paragraph_editor import Ui_ParagraphEditor
from kraftdesk.gui.models.proceedings_models import BallotModel, ProposalModel
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.undo import CallCommand, CreateCommand, IdRefs, RemoveCommand
from kraftdesk.services import meetings, paragraphs, proceedings
from kraftdesk.services.meetings import ParagraphAttendanceEntry, PersonRef
from kraftdesk.services.proceedings import ProceedingsView, ProposalRow

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
        ui.ballots_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        ui.ballots_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self._keys = BallotKeys(ui.ballots_view, self.ballots)
        ui.proposals_view.horizontalHeader().setSectionResizeMode(
            ProposalModel.SENTENCE, QHeaderView.ResizeMode.Stretch)
        ui.proposals_view.horizontalHeader().setStretchLastSection(False)
        self.view: ProceedingsView | None = None
        self._paragraph_id = 0
        self._editable = False
        self._recused: tuple[ParagraphAttendanceEntry, ...] = ()
        self._attendance_version: int | None = None
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
        self._attendance_version = view.version
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
            apply=lambda reg, version: proceedings.set_vote_result(
                reg, ref.id, yes=counts[0], no=counts[1], abstain=counts[2], lot_winner=lot,
                expected_version=version),
            revert=lambda reg, version: proceedings.set_vote_result(
                reg, ref.id, yes=before[0], no=before[1], abstain=before[2],
                lot_winner=before[3], expected_version=version),
            widget=self._widget, target=ref, read_version=vote.version))

    def _selected_proposal(self) -> int | None:
        row = self._selected_proposal_row()
        return row.id if row is not None else None

    def _selected_proposal_row(self) -> ProposalRow | None:
        rows = self.ui.proposals_view.selectionModel().selectedRows()
        return self.proposals.at(rows[0].row()) if rows else None

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
        chosen = self._refs.ref("proposal", proposal_id)
        earlier = self._refs.ref("proposal", before) if before is not None else None
        self._undo.push(CallCommand(
            "ordförandens finnande", self._operations,
            apply=lambda reg, version: proceedings.set_adopted(
                reg, paragraph.id, chosen.id, expected_version=version),
            revert=lambda reg, version: proceedings.set_adopted(
                reg, paragraph.id, earlier.id if earlier else None, expected_version=version),
            widget=self._widget, target=paragraph, read_version=self.view.version))

    def withdraw_selected(self) -> None:
        row = self._selected_proposal_row()
        if row is None or self.view is None:
            return
        was, ref = row.withdrawn, self._refs.ref("proposal", row.id)
        self._undo.push(CallCommand(
            "återtaget yrkande" if not was else "återupptaget yrkande", self._operations,
            apply=lambda reg, version: proceedings.withdraw_proposal(
                reg, ref.id, withdrawn=not was, expected_version=version),
            revert=lambda reg, version: proceedings.withdraw_proposal(
                reg, ref.id, withdrawn=was, expected_version=version),
            widget=self._widget, target=ref, read_version=row.version))

    def remove_selected(self) -> None:
        row = self._selected_proposal_row()
        if row is None:
            return
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        authors = [a.id for a in row.authors]
        self._undo.push(RemoveCommand(
            "borttaget yrkande", self._operations, self._refs,
            self._refs.ref("proposal", row.id),
            remove=lambda reg, pid, version: proceedings.delete_proposal(
                reg, pid, expected_version=version),
            recreate=lambda reg: proceedings.add_proposal(
                reg, paragraph.id, kind=row.kind, author_ids=authors, subject=row.subject,
                text=row.text),
            widget=self._widget, read_version=row.version))

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
        vote = next((v for v in self.view.votes if v.id == vote_id), None) if self.view else None
        if vote is None:
            return
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        ballots = {b.person.id: b.choice for b in vote.ballots if b.choice is not None}
        yes = self._refs.ref("proposal", vote.yes_proposal_id) if vote.yes_proposal_id else None
        no = self._refs.ref("proposal", vote.no_proposal_id) if vote.no_proposal_id else None
        self._undo.push(RemoveCommand(
            "borttagen omröstning", self._operations, self._refs,
            self._refs.ref("vote", vote.id),
            remove=lambda reg, vid, version: proceedings.delete_vote(
                reg, vid, expected_version=version),
            recreate=lambda reg: proceedings.record_vote(
                reg, paragraph.id, yes_proposal_id=yes.id if yes else None,
                no_proposal_id=no.id if no else None, yes_meaning=vote.yes_meaning,
                no_meaning=vote.no_meaning, ballots=ballots),
            widget=self._widget, read_version=vote.version))

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
            apply=lambda reg, version: proceedings.set_ballots(reg, ref.id, after,
                                                               expected_version=version),
            revert=lambda reg, version: proceedings.set_ballots(reg, ref.id, before,
                                                                expected_version=version),
            widget=self._widget, target=ref, read_version=vote.version))

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
        dialog.accepted.connect(lambda: self._push_attendance(
            before, (dialog.entries, dialog.acting_chair_id), view.version))
        dialog.open()

    def _push_attendance(self, before: tuple, after: tuple, version: int) -> None:
        if before == after:
            return
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        self._undo.push(CallCommand(
            "närvaro i paragrafen", self._operations,
            apply=lambda reg, expected: meetings.set_paragraph_attendance(
                reg, paragraph.id, after[0], acting_chair_id=after[1],
                expected_version=expected),
            revert=lambda reg, expected: meetings.set_paragraph_attendance(
                reg, paragraph.id, before[0], acting_chair_id=before[1],
                expected_version=expected),
            widget=self._widget, target=paragraph, read_version=version))

    def _recusals_changed(self) -> None:
        before = self._recused
        others = tuple(e for e in before if e.kind is not ParagraphAttendanceKind.RECUSED)
        after = others + tuple(ParagraphAttendanceEntry(pid, ParagraphAttendanceKind.RECUSED)
                               for pid in checked_ids(self.ui.recusal_list))
        paragraph = self._refs.ref("paragraph", self._paragraph_id)
        self._undo.push(CallCommand(
            "ändring av jäv", self._operations,
            apply=lambda reg, version: meetings.set_paragraph_attendance(
                reg, paragraph.id, after, expected_version=version),
            revert=lambda reg, version: meetings.set_paragraph_attendance(
                reg, paragraph.id, before, expected_version=version),
            widget=self._widget, target=paragraph,
            read_version=self._attendance_version))


#: The ballot keys: Ja, Nej, Avstår, and no ballot.
BALLOT_KEYS = {Qt.Key.Key_J: BallotChoice.YES, Qt.Key.Key_N: BallotChoice.NO,
               Qt.Key.Key_A: BallotChoice.ABSTAIN, Qt.Key.Key_Delete: None,
               Qt.Key.Key_Backspace: None}


class BallotKeys(QObject):
    """J, N, A (and Delete) in the ballot grid: the selected member's ballot, then the next
    member. The other keys (arrows, F2, Tab) are the table's own."""

    def __init__(self, view: QTableView, model: BallotModel) -> None:
        super().__init__(view)
        self._view, self._model = view, model
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is not self._view or event.type() != QEvent.Type.KeyPress
                or not isinstance(event, QKeyEvent)
                or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            return False
        key = Qt.Key(event.key())
        if key not in BALLOT_KEYS or self._view.state() == QAbstractItemView.State.EditingState:
            return False
        row = self._view.currentIndex().row()
        choice_cell = self._model.index(row, BallotModel.CHOICE)
        if row < 0 or not self._model.flags(choice_cell) & Qt.ItemFlag.ItemIsEditable:
            return False  # nothing chosen, or justerat: the keys mean nothing here
        self._model.choose(row, BALLOT_KEYS[key])
        following = min(row + 1, self._model.rowCount() - 1)
        self._view.setCurrentIndex(self._model.index(following, BallotModel.CHOICE))
        return True
