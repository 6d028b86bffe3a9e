# SPDX-License-Identifier: EUPL-1.2
"""Two parts of the paragraph editor with their own shape: the beslutsunderlag (free lines
and references to earlier handlings of the case) and the free sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QListWidgetItem

from kraftdesk.domain.enums import BasisRefKind
from kraftdesk.gui import labels
from kraftdesk.gui.controllers.list_part import ListPart
from kraftdesk.gui.forms.ui_paragraph_editor import Ui_ParagraphEditor
from kraftdesk.services.paragraphs import BasisLine, FreeSection, ParagraphView

Changed = Callable[[tuple[Any, ...], tuple[Any, ...]], None]

REFERENCE_KINDS = ((BasisRefKind.PROPOSAL, "Förslag till beslut"),
                   (BasisRefKind.DECISION, "Beslut"))


class BasisPart:
    """Free lines are typed in place; a reference is added from the case's earlier handlings."""

    def __init__(self, ui: Ui_ParagraphEditor, on_changed: Changed) -> None:
        self.ui = ui
        self._lines: dict[BasisLine, str] = {}
        self._handlings: dict[int, str] = {}
        self.part = ListPart(ui.basis_list, add=ui.add_basis_button,
                             remove=ui.remove_basis_button, up=ui.basis_up_button,
                             down=ui.basis_down_button, on_changed=on_changed,
                             display=self._display, edit=self._edit,
                             blank=lambda: BasisLine(text=""))
        for kind, text in REFERENCE_KINDS:
            ui.reference_kind_combo.addItem(text, kind)
        ui.add_reference_button.clicked.connect(self.add_reference)

    def _display(self, entry: BasisLine) -> str:
        if entry in self._lines:
            return self._lines[entry]
        if entry.ref_paragraph_id is not None:
            kind = dict(REFERENCE_KINDS).get(entry.ref_kind, "")  # type: ignore[arg-type]
            return f"{kind} {self._handlings.get(entry.ref_paragraph_id, '')}".strip()
        return entry.text or ""

    @staticmethod
    def _edit(entry: BasisLine, text: str) -> BasisLine | None:
        return None if entry.ref_paragraph_id is not None else BasisLine(text=text)

    def load(self, view: ParagraphView, *, editable: bool) -> None:
        entries = [BasisLine(b.text, b.ref_paragraph_id, b.ref_kind) for b in view.basis]
        self._lines = {e: b.line for e, b in zip(entries, view.basis, strict=True)}
        self._handlings = {h.paragraph_id: f"{h.body_short_name} {labels.day(h.meeting_date)} "
                                           f"{h.label}" for h in view.case_handlings}
        self.part.load(entries, editable=editable)
        combo = self.ui.handling_combo
        combo.clear()
        for handling in view.case_handlings:
            combo.addItem(f"{self._handlings[handling.paragraph_id]} {handling.title}",
                          handling.paragraph_id)
        has = combo.count() > 0
        for widget in (combo, self.ui.reference_kind_combo, self.ui.add_reference_button):
            widget.setEnabled(editable and has)
        if not has:
            combo.addItem("(ärendet har inga tidigare behandlingar i registret)", None)

    def add_reference(self) -> None:
        paragraph_id = self.ui.handling_combo.currentData()
        if paragraph_id is not None:
            kind = BasisRefKind(self.ui.reference_kind_combo.currentData())
            self.part.add_value(BasisLine(ref_paragraph_id=paragraph_id, ref_kind=kind))


class FreeSections:
    """Own sections ("Tidigare behandling", "Yttrande"): pick one, edit, save or remove."""

    def __init__(self, ui: Ui_ParagraphEditor, on_changed: Changed) -> None:
        self.ui = ui
        self._on_changed = on_changed
        self._sections: tuple[FreeSection, ...] = ()
        self._editable = False
        ui.sections_list.currentRowChanged.connect(self._show)
        ui.add_section_button.clicked.connect(self._new)
        ui.save_section_button.clicked.connect(self.save_current)
        ui.remove_section_button.clicked.connect(self.remove_current)

    def load(self, view: ParagraphView, *, editable: bool) -> None:
        self._sections = tuple(FreeSection(s.heading, s.body) for s in view.free_sections)
        self._editable = editable
        row = self.ui.sections_list.currentRow()
        self.ui.sections_list.blockSignals(True)
        self.ui.sections_list.clear()
        for section in self._sections:
            QListWidgetItem(section.heading, self.ui.sections_list)
        self.ui.sections_list.blockSignals(False)
        self.ui.sections_list.setCurrentRow(min(row, len(self._sections) - 1))
        for widget in (self.ui.add_section_button, self.ui.save_section_button,
                       self.ui.remove_section_button):
            widget.setEnabled(editable)
        self.ui.section_heading_edit.setReadOnly(not editable)
        self.ui.section_body_edit.setReadOnly(not editable)

    def _show(self, row: int) -> None:
        section = self._sections[row] if 0 <= row < len(self._sections) else None
        self.ui.section_heading_edit.setText(section.heading if section else "")
        self.ui.section_body_edit.setPlainText(section.body if section else "")

    def _new(self) -> None:
        self.ui.sections_list.setCurrentRow(-1)
        self._show(-1)
        self.ui.section_heading_edit.setFocus()

    def save_current(self) -> None:
        entry = FreeSection(self.ui.section_heading_edit.text(),
                                 self.ui.section_body_edit.toPlainText())
        row = self.ui.sections_list.currentRow()
        after = list(self._sections)
        if 0 <= row < len(after):
            after[row] = entry
        else:
            after.append(entry)
        self._commit(tuple(after))

    def remove_current(self) -> None:
        row = self.ui.sections_list.currentRow()
        if 0 <= row < len(self._sections):
            self._commit(self._sections[:row] + self._sections[row + 1:])

    def _commit(self, after: tuple[FreeSection, ...]) -> None:
        if self._editable and after != self._sections:
            self._on_changed(self._sections, after)
