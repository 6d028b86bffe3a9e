# SPDX-License-Identifier: EUPL-1.2
"""The paragraph editor's marks for the public version (sekretess, personal data).

- The tab "Offentlig version" lists the paragraph's marks, warns about every personnummer
  still unmarked, and marks the whole paragraph or removes a mark.
- In the Sammanfattning and Beslutsgång fields the context menu marks the selected text as
  personal data or sekretess, or confirms that it is not a personnummer; marked passages
  are shown with a yellow background, unmarked personnummer with a red one.

Every action is one call of kraftdesk.services.marks through Operations; the marks lock
with the minutes (the service refuses, the actions are disabled).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kraftdesk.domain.enums import MarkKind
from kraftdesk.domain.personal_numbers import find_personal_numbers
from kraftdesk.gui.operations import Operations
from kraftdesk.services import marks

MARKED = QColor(255, 236, 150)  # a marked passage: left out of the public version
UNMARKED_NUMBER = QColor(255, 190, 190)  # a personnummer not yet marked
PROVISION_EXAMPLE = "26 kap. 1 § OSL"


class MarksPanel(QWidget):
    """The tab's widget; `fields` maps each text field's service name to its editor."""

    def __init__(self, operations: Operations, fields: dict[str, QPlainTextEdit],
                 save_first: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("public_tab")
        self._operations = operations
        self._fields = fields
        self._save_first = save_first  # saves the fields' typing before marking
        self.paragraph_id: int | None = None
        self.editable = False
        layout = QVBoxLayout(self)
        intro = QLabel("Det som markeras här tas bort ur den offentliga versionen av "
                       "protokollet (webbsidor, PDF och öppna data). Det justerade protokollet "
                       "ändras inte. Markera text i Sammanfattning eller Beslutsgång med "
                       "högerklick.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("personal_number_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8b0000;")
        layout.addWidget(self.warning_label)
        self.marks_list = QListWidget()
        self.marks_list.setObjectName("marks_list")
        self.marks_list.setAccessibleName("Markeringar")
        layout.addWidget(self.marks_list)
        buttons = QHBoxLayout()
        self.secret_paragraph_button = QPushButton("Hela paragrafen omfattas av sekretess …")
        self.personal_paragraph_button = QPushButton("Hela paragrafen: personuppgifter")
        self.remove_button = QPushButton("Ta bort markeringen")
        for button in (self.secret_paragraph_button, self.personal_paragraph_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.secret_paragraph_button.clicked.connect(self._mark_paragraph_secret)
        self.personal_paragraph_button.clicked.connect(
            lambda: self._run(lambda reg, pid: marks.mark_paragraph(
                reg, pid, kind=MarkKind.PERSONAL_DATA)))
        self.remove_button.clicked.connect(self._remove)
        self.marks_list.currentRowChanged.connect(lambda _r: self._enable())
        for field, edit in fields.items():
            edit.setContextMenuPolicy(edit.contextMenuPolicy().CustomContextMenu)
            edit.customContextMenuRequested.connect(
                lambda point, f=field, e=edit: self._context_menu(f, e, point))

    # Loading --------------------------------------------------------------------------------

    def load(self, paragraph_id: int, *, editable: bool) -> None:
        self.paragraph_id, self.editable = paragraph_id, editable
        register = self._operations.register
        rows = marks.paragraph_marks(register, paragraph_id)
        self.marks_list.clear()
        for row in rows:
            passage = f": «{row.text}»" if row.text else ""
            item = QListWidgetItem(f"{row.where} ({row.scope}), {row.what}{passage}")
            item.setData(256, row.mark_id)
            self.marks_list.addItem(item)
        if not rows:
            self.marks_list.addItem(QListWidgetItem("Inga markeringar."))
        passages = marks.passage_marks(register, paragraph_id)
        for field, edit in self._fields.items():
            self._highlight(edit, [(p.start, p.end) for p in passages if p.field == field])
        problems = [p for p in marks.paragraph_problems(register, paragraph_id)]
        self.warning_label.setText("\n".join(problems))
        self.warning_label.setVisible(bool(problems))
        self._enable()

    def _enable(self) -> None:
        self.secret_paragraph_button.setEnabled(self.editable)
        self.personal_paragraph_button.setEnabled(self.editable)
        item = self.marks_list.currentItem()
        self.remove_button.setEnabled(self.editable and item is not None
                                      and item.data(256) is not None)

    def _highlight(self, edit: QPlainTextEdit, spans: list[tuple[int, int]]) -> None:
        text = edit.toPlainText()
        lead = len(text) - len(text.lstrip())  # the stored text is stripped
        selections = []
        for start, end, colour in [*((s + lead, e + lead, MARKED) for s, e in spans),
                                   *((n.start, n.end, UNMARKED_NUMBER)
                                     for n in find_personal_numbers(text)
                                     if not any(s + lead <= n.start and n.end <= e + lead
                                                for s, e in spans))]:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(edit.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
        edit.setExtraSelections(selections)

    # Actions --------------------------------------------------------------------------------

    def _context_menu(self, field: str, edit: QPlainTextEdit, point: Any) -> None:
        menu = edit.createStandardContextMenu()
        cursor = edit.textCursor()
        chosen = cursor.hasSelection() and self.editable
        menu.addSeparator()
        personal = menu.addAction("Markera som personuppgift")
        secret = menu.addAction("Markera som sekretess …")
        confirm = menu.addAction("Inte ett personnummer")
        for action in (personal, secret, confirm):
            action.setEnabled(chosen)
        picked = menu.exec(edit.mapToGlobal(point))
        if picked is personal:
            self.mark_selection(field, edit, MarkKind.PERSONAL_DATA)
        elif picked is secret:
            provision = self._ask_provision()
            if provision:
                self.mark_selection(field, edit, MarkKind.SECRECY, provision)
        elif picked is confirm:
            number = cursor.selectedText().strip()
            self._run(lambda reg, _pid: marks.confirm_not_personal_number(
                reg, self._meeting_of(reg), number))
        menu.deleteLater()

    def mark_selection(self, field: str, edit: QPlainTextEdit, kind: MarkKind,
                       provision: str | None = None) -> None:
        """Mark the selected text of `edit` (stored as `field`), saving the typing first."""
        self._save_first()
        cursor = edit.textCursor()
        text = edit.toPlainText()
        lead = len(text) - len(text.lstrip())
        start, end = sorted((cursor.selectionStart(), cursor.selectionEnd()))
        self._run(lambda reg, pid: marks.mark_passage(reg, field, pid, start - lead,
                                                      end - lead, kind=kind,
                                                      provision=provision))

    def _mark_paragraph_secret(self) -> None:
        provision = self._ask_provision()
        if provision:
            self._run(lambda reg, pid: marks.mark_paragraph(reg, pid, kind=MarkKind.SECRECY,
                                                            provision=provision))

    def _remove(self) -> None:
        item = self.marks_list.currentItem()
        mark_id = item.data(256) if item is not None else None
        if mark_id is not None:
            self._run(lambda reg, _pid: marks.remove_mark(reg, mark_id))

    def _ask_provision(self) -> str:
        text, ok = QInputDialog.getText(self, "Sekretess",
                                        "Bestämmelse som sekretessen gäller enligt:",
                                        text=PROVISION_EXAMPLE)
        return text.strip() if ok else ""

    def _meeting_of(self, register: Any) -> int:
        from kraftdesk.services import paragraphs

        assert self.paragraph_id is not None
        return paragraphs.paragraph_view(register, self.paragraph_id).meeting_id

    def _run(self, call: Any) -> None:
        if self.paragraph_id is None:
            return
        paragraph_id = self.paragraph_id
        self._operations.run(lambda reg: call(reg, paragraph_id), parent=self)
