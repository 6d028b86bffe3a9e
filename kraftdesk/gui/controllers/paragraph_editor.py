# SPDX-License-Identifier: EUPL-1.2
"""The paragraph editor: every part of a §, saved as it is made, with a live preview.

Each edit is one undoable command calling one service (one transaction); typing is saved
after a short pause or when the field is left, and consecutive typing in one field merges
into one undo step. The preview shows the composed Swedish text of the whole § (the same
words as the PDF) with the section of the current tab highlighted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from kraftdesk.domain.document import ParagraphDoc
from kraftdesk.domain.enums import ParagraphOutcome
from kraftdesk.domain.errors import RegisterError, UserError
from kraftdesk.domain.normalise import shorten
from kraftdesk.gui.controllers.appendices_panel import AppendixDialog, push_document
from kraftdesk.gui.controllers.list_part import ListPart
from kraftdesk.gui.controllers.marks_panel import MarksPanel
from kraftdesk.gui.controllers.paragraph_more import AgendaFields, ReportedPart, TextBlockMenus
from kraftdesk.gui.controllers.paragraph_parts import BasisPart, FreeSections
from kraftdesk.gui.controllers.proceedings_panel import ProceedingsPanel
from kraftdesk.gui.controllers.statements_panel import StatementsPanel
from kraftdesk.gui.dialogs import confirm, open_deleting
from kraftdesk.gui.elide import set_elided
from kraftdesk.gui.forms.ui_paragraph_editor import Ui_ParagraphEditor
from kraftdesk.gui.icons import icon
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.preview import paragraph_html
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.undo import (
    EditParagraphCommand,
    FinalCommand,
    IdRefs,
    SetParagraphPartsCommand,
)
from kraftdesk.services import composition, justering, meetings, paragraphs
from kraftdesk.services.changes import Changes
from kraftdesk.services.meetings import MeetingView
from kraftdesk.services.paragraphs import ParagraphView
from kraftdesk.text.checks import finding_line
from kraftdesk.text.decision import OUTCOME_CHOICES

SAVE_DELAY_MS = 800

#: Headings of the composed sections each tab edits (highlighted in the preview).
TAB_SECTIONS = {
    "general_tab": ("Sammanfattning", "Beslut"),
    "proceedings_tab": ("Yrkanden", "Beslutsgång", "Omröstning", "Jäv"),
    "decision_tab": ("Beslut", "Beslutsgång"),
    "statements_tab": ("Reservationer och särskilda yttranden", "Protokollsanteckning",
                       "Protokollsanteckningar"),
    "basis_tab": ("Beslutsunderlag",),
    "reported_tab": ("Anmälningsärenden", "Delegationsbeslut", "Beslut"),
}


TAB_TIPS = {
    "general_tab": "Rubrik, sammanfattning och beslutsformel",
    "proceedings_tab": "Yrkanden, omröstningar med röstlängd, och jäv",
    "decision_tab": "Beslutspunkterna och beslutsgången",
    "statements_tab": "Reservationer, särskilda yttranden och protokollsanteckningar",
    "basis_tab": "Beslutsunderlag, med hänvisningar till tidigare behandlingar",
    "other_tab": "Vilka som får protokollsutdrag, och egna avsnitt",
    "public_tab": "Sekretess och personuppgifter som inte ska publiceras",
    "reported_tab": "Listor med anmälningsärenden och delegationsbeslut",
}


class ParagraphEditor(QWidget):
    """Signals:
        back_requested(int): back to the meeting (its id).
    """

    back_requested = Signal(int)

    def __init__(self, operations: Operations, undo_stack: QUndoStack, refs: IdRefs,
                 settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParagraphEditor()
        self.ui.setupUi(self)
        self._operations, self._undo, self._refs = operations, undo_stack, refs
        self._settings = settings
        self.view: ParagraphView | None = None
        self._timers: dict[str, QTimer] = {}
        self._saved_timer = QTimer(self, singleShot=True, interval=2500)
        self._saved_timer.timeout.connect(lambda: self.ui.saved_label.setText(""))
        ui = self.ui
        self.points = ListPart(ui.points_list, add=ui.add_point_button,
                               remove=ui.remove_point_button, up=ui.point_up_button,
                               down=ui.point_down_button,
                               on_changed=self._parts_changed("ändring av beslutspunkterna",
                                                              paragraphs.set_decision_points))
        self.recipients = ListPart(ui.distribution_list, add=ui.add_recipient_button,
                                   remove=ui.remove_recipient_button, up=None, down=None,
                                   on_changed=self._parts_changed("ändring av expedieringen",
                                                                  paragraphs.set_distribution))
        self.basis = BasisPart(ui, self._parts_changed("ändring av beslutsunderlaget",
                                                       paragraphs.set_basis))
        self.sections = FreeSections(ui, self._parts_changed("ändring av avsnitten",
                                                             paragraphs.set_free_sections))
        self.proceedings = ProceedingsPanel(ui, operations, undo_stack, refs, self)
        self.statements = StatementsPanel(ui, operations, undo_stack, refs, settings, self)
        self.marks = MarksPanel(operations, {"paragraph.summary": ui.summary_edit,
                                             "paragraph.procedure_text": ui.procedure_edit},
                                self._save_typing, self)
        ui.section_tabs.addTab(self.marks, "Offentlig version")
        self.agenda_fields = AgendaFields(ui, self._push_edit)
        self.reported = ReportedPart(ui, self, self._parts_changed(
            "ändring av anmälningarna", paragraphs.set_reported_items))
        self.blocks = TextBlockMenus(ui, operations, self.points.add_value)
        self.appendix_dialog: AppendixDialog | None = None
        self._meeting: MeetingView | None = None
        self._connect()
        settings.restore_splitter("paragraph", ui.splitter)
        if min(ui.splitter.sizes() or [0]) == 0:
            ui.splitter.setSizes([700, 420])
        for tab, tip in TAB_TIPS.items():
            ui.section_tabs.setTabToolTip(ui.section_tabs.indexOf(self.findChild(QWidget, tab)),
                                          tip)

    def _connect(self) -> None:
        ui = self.ui
        ui.back_button.setIcon(icon("back"))
        ui.back_button.clicked.connect(self._back)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self._back)
        ui.title_edit.editingFinished.connect(lambda: self._save_text("title"))
        ui.formula_edit.editingFinished.connect(lambda: self._save_text("formula_override"))
        ui.decides_combo.activated.connect(lambda _i: self._save_decides())
        for outcome, text in OUTCOME_CHOICES:
            ui.outcome_combo.addItem(text, outcome)
        ui.outcome_combo.activated.connect(lambda _i: self._save_outcome())
        ui.other_cases_edit.editingFinished.connect(self._save_other_cases)
        for name, edit in (("summary", ui.summary_edit), ("procedure_text", ui.procedure_edit)):
            timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
            timer.timeout.connect(lambda n=name: self._save_text(n))
            edit.textChanged.connect(timer.start)
            edit.installEventFilter(self)
            self._timers[name] = timer
        ui.section_tabs.currentChanged.connect(lambda _i: self._show_preview())
        ui.approve_now_button.setIcon(icon("justera"))
        ui.approve_now_button.clicked.connect(self.approve_immediately)
        ui.add_basis_appendix_button.clicked.connect(self.add_appendix)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
        """Save a text field at once when the user leaves it."""
        if event.type() == event.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            name = "summary" if watched is self.ui.summary_edit else "procedure_text"
            if self._timers[name].isActive():
                self._timers[name].stop()
                self._save_text(name)
        return super().eventFilter(watched, event)

    # Loading --------------------------------------------------------------------------------

    @property
    def paragraph_id(self) -> int:
        assert self.view is not None
        return self.view.id

    def load(self, paragraph_id: int, *, fields: bool = True) -> None:
        """Show the paragraph; `fields=False` keeps the text fields as typed."""
        register = self._operations.register
        self.view = view = paragraphs.paragraph_view(register, paragraph_id)
        self._meeting = meeting = meetings.meeting_view(register, view.meeting_id)
        editable = not view.locked
        if fields:
            self._load_fields(view, editable)
        self.agenda_fields.load(view, editable=editable)
        self.blocks.set_editable(editable)
        self.ui.add_basis_appendix_button.setEnabled(editable)
        set_elided(self.ui.heading_label, f"{view.label} {view.title}")
        self.points.load([p.text for p in view.decision_points], editable=editable)
        self.recipients.load(list(view.distribution), editable=editable)
        self.basis.load(view, editable=editable)
        self.sections.load(view, editable=editable)
        people = [a.person for a in meeting.attendance] or [
            r.person for r in meetings.body_roster(register, view.body_id,
                                                   meeting.plan.starts_at.date())]
        self.proceedings.load(view.id, attendees=people, editable=editable)
        self.statements.load(view.id, people=people, proposals=self.proceedings.view.proposals
                             if self.proceedings.view else (),
                             deadline=meeting.plan.approval_due_at, editable=editable)
        self.marks.load(view.id, editable=editable)
        self._show_locking(view)
        doc = self._show_preview()
        decision = next((" ".join(getattr(b, "text", "") for b in section.blocks)
                         for section in doc.sections if section.heading == "Beslut"), "") \
            if doc is not None and view.reported_items and not view.decision_points else ""
        self.reported.load(view, editable=editable, decision=decision)

    def add_appendix(self) -> AppendixDialog | None:
        """A PDF document as bilaga to this paragraph (a line of its Beslutsunderlag)."""
        if self.view is None or self._meeting is None:
            return None
        self.appendix_dialog = dialog = AppendixDialog(self._meeting, self._settings,
                                                       selected=self.view.id, parent=self)
        meeting_id = self._meeting.id
        dialog.accepted.connect(lambda: push_document(
            self._operations, self._undo, self._refs, self, dialog, meeting_id))
        open_deleting(dialog)
        return dialog

    def _save_typing(self) -> None:
        """Save what is typed in the text fields now (before a passage of them is marked)."""
        for name, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
            self._save_text(name)

    def _load_fields(self, view: ParagraphView, editable: bool) -> None:
        ui = self.ui
        set_elided(ui.heading_label, f"{view.label} {view.title}")
        ui.back_button.setText(view.meeting_reference)
        for widget, text in ((ui.title_edit, view.title),
                             (ui.formula_edit, view.formula_override or "")):
            if widget.text() != text:
                widget.setText(text)
        ui.formula_edit.setPlaceholderText(view.formula)
        for edit, text in ((ui.summary_edit, view.summary or ""),
                           (ui.procedure_edit, view.procedure_text or "")):
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)
        ui.case_value.setText(f"{view.case.number} – {view.case.title}" if view.case
                              else "(ingen ärende)")
        self._load_decides(view)
        ui.outcome_combo.setCurrentIndex(max(0, ui.outcome_combo.findData(view.outcome)))
        ui.other_cases_edit.setText(", ".join(c.number for c in view.other_cases))
        for widget in (ui.title_edit, ui.formula_edit, ui.summary_edit, ui.procedure_edit,
                       ui.other_cases_edit):
            widget.setReadOnly(not editable)
        ui.decides_combo.setEnabled(editable)
        ui.outcome_combo.setEnabled(editable)

    def _load_decides(self, view: ParagraphView) -> None:
        combo = self.ui.decides_combo
        combo.clear()
        combo.addItem(f"{view.body_name} beslutar", None)
        for body in meetings.list_bodies(self._operations.register):
            if body.id != view.body_id:
                combo.addItem(f"{view.body_name} föreslår {body.name.lower()} att besluta",
                              body.id)
        combo.setCurrentIndex(max(0, combo.findData(view.proposes_to_body_id)))

    def approve_immediately(self) -> None:
        """Omedelbar justering, on the meeting day, after a confirmation."""
        if self.view is None:
            return
        ref = self._refs.ref("paragraph", self.view.id)
        label = self.view.label
        day = meetings.meeting_view(self._operations.register,
                                    self.view.meeting_id).plan.starts_at.date()
        now = datetime.now().replace(second=0, microsecond=0)
        at = now if now.date() == day else None
        findings = justering.check_paragraph(self._operations.register, ref.id)
        informative = (f"Paragrafen justeras {day.isoformat()} och kan sedan inte ändras. "
                       "I protokollet står: Paragrafen är omedelbart justerad.")
        if findings:  # errors refuse it; warnings are confirmed by going on (and logged)
            informative += "\n\nKontrollen av paragrafen:\n" + "\n".join(
                f"• {finding_line(f)}" for f in findings)

        def push() -> None:
            self._undo.push(FinalCommand(
                f"omedelbar justering av {label}", self._operations,
                apply=lambda reg, _version: justering.approve_paragraph_immediately(
                    reg, ref.id, on=day, at=at, confirm_warnings=True),
                reason=f"Den omedelbara justeringen av {label} kan inte ångras: en justerad "
                       "paragraf ändras aldrig.", widget=self))

        confirm(self, title="Omedelbar justering",
                text=shorten(f"Justera {self.view.label} {self.view.title} omedelbart?", 200),
                informative=informative, accept_text="Justera omedelbart", on_accept=push)

    def _show_locking(self, view: ParagraphView) -> None:
        if view.immediately_approved_on:
            text = (f"{view.label} är omedelbart justerad {view.immediately_approved_on} och "
                    "kan inte ändras.")
        else:
            text = "Protokollet är justerat. Paragrafen kan läsas men inte ändras."
        self.ui.locked_label.setText(text)
        self.ui.locked_label.setVisible(view.locked)
        self.ui.approve_now_button.setVisible(not view.locked and view.number is not None)

    def _show_preview(self) -> ParagraphDoc | None:
        if self.view is None:
            return None
        doc = composition.preview_paragraph(self._operations.register, self.view.id)
        tab = self.ui.section_tabs.currentWidget().objectName()
        highlight = TAB_SECTIONS.get(tab, ())
        if tab == "other_tab":
            highlight = (self.view.distribution_heading,
                         *(s.heading for s in self.view.free_sections))
        bar = self.ui.preview_browser.verticalScrollBar()
        position = bar.value()
        self.ui.preview_browser.setHtml(paragraph_html(doc, highlight=highlight))
        bar.setValue(position)
        if highlight:
            self.ui.preview_browser.scrollToAnchor(highlight[0])
        return doc

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """Reload after a change; the editor's own typing is not written back into the field
        being typed in (the cursor stays), everything else is."""
        if self.view is None:
            return
        if not (changes.register or self.view.id in changes.paragraphs or changes.statements
                or self.view.meeting_id in changes.meetings):
            return
        try:
            self.load(self.view.id, fields=initiator is not self)
        except UserError:  # the paragraph is gone (an undone creation, a deletion)
            meeting_id, self.view = self.view.meeting_id, None
            self.back_requested.emit(meeting_id)
            return
        if initiator is self:
            self.ui.saved_label.setText("Sparat")
            self._saved_timer.start()

    def save_state(self) -> None:
        self._settings.save_splitter("paragraph", self.ui.splitter)

    def _back(self) -> None:
        self.back_requested.emit(self.view.meeting_id if self.view else 0)

    # Saving ---------------------------------------------------------------------------------

    def _current(self, field: str) -> Any:
        ui = self.ui
        return {"title": ui.title_edit.text(), "formula_override": ui.formula_edit.text(),
                "summary": ui.summary_edit.toPlainText(),
                "procedure_text": ui.procedure_edit.toPlainText()}[field]

    def _stored(self, field: str) -> Any:
        assert self.view is not None
        return getattr(self.view, field) or ""

    def _save_text(self, field: str) -> None:
        if self.view is None or self.view.locked:
            return
        after, before = self._current(field), self._stored(field)
        if after.strip() == before.strip():
            return
        self._push_edit(field, before or None, after)

    def _save_decides(self) -> None:
        if self.view is None:
            return
        after = self.ui.decides_combo.currentData()
        if after != self.view.proposes_to_body_id:
            self._push_edit("proposes_to_body_id", self.view.proposes_to_body_id, after)

    def _save_outcome(self) -> None:
        """An ordinary decision, or a paragraph deciding nothing new (its standard wording)."""
        if self.view is None or self.view.locked:
            return
        data = self.ui.outcome_combo.currentData()  # Qt hands the enum back as its value
        after = ParagraphOutcome(data) if data else None
        if after != self.view.outcome:
            self._push_edit("outcome", self.view.outcome, after)

    def _save_other_cases(self) -> None:
        """Further diarienummer, as typed: "KS 2015/16, KS 2015/17"."""
        if self.view is None or self.view.locked:
            return
        before = tuple(c.number for c in self.view.other_cases)
        after = tuple(n.strip() for n in self.ui.other_cases_edit.text().split(",")
                      if n.strip())
        if after != before:
            self._parts_changed("ändring av diarienumren",
                                paragraphs.set_other_case_numbers)(before, after)

    def _push_edit(self, field: str, before: Any, after: Any) -> None:
        ref = self._refs.ref("paragraph", self.paragraph_id)
        command = EditParagraphCommand(self._operations, ref, field, before, after, widget=self,
                                       initiator=self, read_version=self._read_version())
        self._undo.push(command)
        if _refused(command.last_outcome):
            self.load(self.paragraph_id)

    def _parts_changed(self, text: str, setter: Any) -> Any:
        def push(before: tuple[Any, ...], after: tuple[Any, ...]) -> None:
            ref = self._refs.ref("paragraph", self.paragraph_id)
            command = SetParagraphPartsCommand(self._operations, ref, text, setter, before,
                                               after, widget=self, initiator=self,
                                               read_version=self._read_version())
            self._undo.push(command)
            if _refused(command.last_outcome):
                self.load(self.paragraph_id)
        return push

    def _read_version(self) -> int | None:
        """The paragraph's version the fields show: as loaded, or as this window's own last
        save of it left it (the editor does not reload after its own saves)."""
        return self.view.version if self.view is not None else None

    def save_pending(self) -> None:
        """Save typing not yet saved (the pause has not come), before reading anew."""
        for name, timer in self._timers.items():
            if timer.isActive():
                timer.stop()
                self._save_text(name)

    def focus_section(self, tab_name: str) -> None:
        tab = self.findChild(QWidget, tab_name)
        if tab is not None:
            self.ui.section_tabs.setCurrentWidget(tab)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._back()
            return
        super().keyPressEvent(event)


def _refused(outcome: Any) -> bool:
    """A save the register refused: show what is stored again. Not when the register could
    not take the save at all (RegisterError: the server lost, the register busy with another
    writer, its search index damaged, a right missing): then the user's text stays in the
    editor, to be saved again once that is mended."""
    return (outcome is not None and not outcome.ok
            and not isinstance(outcome.error, RegisterError))
