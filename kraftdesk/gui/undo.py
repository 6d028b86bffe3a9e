# SPDX-License-Identifier: EUPL-1.2
"""Undo and redo: every user action that changes the register, in the order done.

Each QUndoCommand calls ONE service function per redo() and one per undo(), and stores ids
and before/after values, never ORM objects, so it works across saves: every step is its
own transaction through Operations, and the views refresh from the one `changes_applied`
signal.

The rules (issue 13):

- The stack holds every action that changes the register: edits, new and removed rows,
  attendance, marking a text received or withdrawn, a new meeting, sending for justering,
  justering, anslag. The stack is linear, so an action whose result later actions depend
  on is undone only after those.
- kraftdesk.gui.undo_history.UndoHistory.undo()/redo() (the menu's and toolbar's Ångra and
  Gör om, Ctrl+Z) run the step's service call first and move the stack only if it
  succeeded. A step the register refuses stays where it is and the secretary reads why, in
  Swedish: a step that cannot be undone
  at all (a text that was received, a justering, an anslag, a removed paragraph), a row
  another window, secretary or program has changed since ("Uppgiften har ändrats av någon
  annan sedan du öppnade den": each step passes the version its own last write left,
  Operations.versions), justerade minutes (the same domain.rules check the services use).
- No undo or redo deletes a text or a file that was received: the services refuse to
  delete a received statement, or a paragraph with one, unless the secretary removes it
  herself and confirms (statements.delete_statement(discard_received=True)), which no
  undo step does.

A command that creates a row (a new paragraph) gets a new id when it is redone after an
undo; IdRefs hands every command the same IdRef for one row, and the creating command moves
it to the new id, so later commands on that row still find it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from kraftdesk.domain.errors import UserError
from kraftdesk.gui.operations import Operations, Outcome
from kraftdesk.services import paragraphs
from kraftdesk.services.registers import Register

#: Command ids for mergeWith (consecutive typing in one field becomes one step).
EDIT_PARAGRAPH_ID = 1001

FIELD_TEXTS = {
    "title": "ändring av rubriken",
    "summary": "ändring av sammanfattningen",
    "case_id": "byte av ärende",
    "proposes_to_body_id": "ändring av beslutsformeln",
    "formula_override": "ändring av beslutsformeln",
    "procedure_text": "ändring av beslutsgången",
    "outcome": "ändring av beslutet",
}


@dataclass
class IdRef:
    """The current id of one row (it changes if an undone creation is redone)."""

    kind: str  # the row's table: "paragraph", "statement", "meeting" …
    id: int


class IdRefs:
    def __init__(self) -> None:
        self._refs: dict[tuple[str, int], IdRef] = {}

    def ref(self, kind: str, row_id: int) -> IdRef:
        return self._refs.setdefault((kind, row_id), IdRef(kind, row_id))

    def moved(self, ref: IdRef, new_id: int) -> None:
        self._refs.pop((ref.kind, ref.id), None)
        ref.id = new_id
        self._refs[(ref.kind, new_id)] = ref


class ServiceCommand(QUndoCommand):
    """Base: `apply()` and `revert()` each make one service call through Operations.

    The first redo (on push) names `initiator`, so the widget that made the edit does not
    reload itself; later undo/redo steps name nobody, so every view shows the result.
    `target` is the row whose version the step is based on, and `read_version` the version
    the initiating view read; `expected()` gives the version for the next call.
    """

    def __init__(self, text: str, operations: Operations, *, widget: QWidget | None,
                 initiator: object = None, target: IdRef | None = None,
                 read_version: int | None = None) -> None:
        super().__init__(text)
        self._operations = operations
        self._widget = widget
        self._initiator = initiator
        self._first = True
        self._already_run = False
        self.target = target
        self.read_version = read_version
        self.last_outcome: Outcome[Any] | None = None

    def apply(self, register: Register) -> Any:
        raise NotImplementedError

    def revert(self, register: Register) -> Any:
        raise NotImplementedError

    def expected(self) -> int | None:
        """The target's version this step's call is based on (None: no target, no check)."""
        if self.target is None:
            return None
        read = self.read_version if self._first else None
        return self._operations.version(self.target.kind, self.target.id, read)

    def _run(self, op: Callable[[Register], Any]) -> bool:
        initiator = self._initiator if self._first else None
        self.last_outcome = self._operations.run(op, parent=self._widget, initiator=initiator)
        self._first = False
        return self.last_outcome.ok

    def run_apply(self) -> bool:
        """Redo now; True (and the stack may move) only if the register took it."""
        self._already_run = self._run(self.apply)
        return self._already_run

    def run_revert(self) -> bool:
        """Undo now; True (and the stack may move) only if the register took it."""
        self._already_run = self._run(self.revert)
        return self._already_run

    def redo(self) -> None:
        if self._already_run:  # UndoHistory.redo (kraftdesk.gui.undo_history) ran it
            self._already_run = False
            return
        if not self._run(self.apply):  # the first run, on push: a refused step is dropped
            self.setObsolete(True)

    def undo(self) -> None:
        if self._already_run:  # UndoHistory.undo (kraftdesk.gui.undo_history) ran it
            self._already_run = False
            return
        if not self._run(self.revert):
            self.setObsolete(True)


class EditParagraphCommand(ServiceCommand):
    """One field of a paragraph (paragraphs.update_paragraph); typing merges into one step."""

    def __init__(self, operations: Operations, ref: IdRef, field: str, before: Any,
                 after: Any, **kwargs: Any) -> None:
        super().__init__(FIELD_TEXTS.get(field, "ändring av paragrafen"), operations,
                         target=ref, **kwargs)
        self.ref, self.field, self.before, self.after = ref, field, before, after

    def apply(self, register: Register) -> Any:
        return paragraphs.update_paragraph(register, self.ref.id, **{self.field: self.after},
                                           expected_version=self.expected())

    def revert(self, register: Register) -> Any:
        return paragraphs.update_paragraph(register, self.ref.id, **{self.field: self.before},
                                           expected_version=self.expected())

    def id(self) -> int:
        return EDIT_PARAGRAPH_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if (not isinstance(other, EditParagraphCommand) or other.ref is not self.ref
                or other.field != self.field or other.field == "case_id"):
            return False
        self.after = other.after
        return True


class SetParagraphPartsCommand(ServiceCommand):
    """A list part of a paragraph replaced as a whole: decision points, basis, distribution,
    free sections (paragraphs.set_*, each based on the paragraph's version)."""

    def __init__(self, operations: Operations, ref: IdRef, text: str,
                 setter: Callable[..., Any], before: Sequence[Any], after: Sequence[Any],
                 **kwargs: Any) -> None:
        super().__init__(text, operations, target=ref, **kwargs)
        self.ref, self.setter = ref, setter
        self.before, self.after = tuple(before), tuple(after)

    def apply(self, register: Register) -> Any:
        return self.setter(register, self.ref.id, self.after, expected_version=self.expected())

    def revert(self, register: Register) -> Any:
        return self.setter(register, self.ref.id, self.before,
                           expected_version=self.expected())


class MoveParagraphCommand(ServiceCommand):
    """A paragraph to another place on the agenda (paragraphs.move_paragraph)."""

    def __init__(self, operations: Operations, ref: IdRef, before: int, after: int,
                 label: str, **kwargs: Any) -> None:
        super().__init__(f"flytt av {label}", operations, **kwargs)
        self.ref, self.before, self.after = ref, before, after

    def apply(self, register: Register) -> Any:
        return paragraphs.move_paragraph(register, self.ref.id, self.after)

    def revert(self, register: Register) -> Any:
        return paragraphs.move_paragraph(register, self.ref.id, self.before)


class AddParagraphCommand(ServiceCommand):
    """A new item on the agenda (paragraphs.add_paragraph); undo takes it off again, unless
    it has changed since or a text was received under it."""

    def __init__(self, operations: Operations, refs: IdRefs, meeting_id: int, *, title: str,
                 case: IdRef | None, **kwargs: Any) -> None:
        super().__init__("ny paragraf", operations, **kwargs)
        self._refs, self.meeting_id, self.title, self.case = refs, meeting_id, title, case
        self.ref: IdRef | None = None

    def apply(self, register: Register) -> Any:
        created = paragraphs.add_paragraph(register, self.meeting_id, title=self.title,
                                           case_id=self.case.id if self.case else None)
        if self.ref is None:
            self.ref = self._refs.ref("paragraph", created.id)
        else:
            self._refs.moved(self.ref, created.id)
        self.target = self.ref
        return created

    def revert(self, register: Register) -> Any:
        assert self.ref is not None
        return paragraphs.delete_paragraph(register, self.ref.id,
                                           expected_version=self.expected())


class CallCommand(ServiceCommand):
    """A named step whose redo and undo are each one given service call; each is handed the
    version to base it on (`expected_version`, None without a target)."""

    def __init__(self, text: str, operations: Operations, *,
                 apply: Callable[[Register, int | None], Any],
                 revert: Callable[[Register, int | None], Any], **kwargs: Any) -> None:
        super().__init__(text, operations, **kwargs)
        self._apply, self._revert = apply, revert

    def apply(self, register: Register) -> Any:
        return self._apply(register, self.expected())

    def revert(self, register: Register) -> Any:
        return self._revert(register, self.expected())


class FinalCommand(ServiceCommand):
    """A step that cannot be undone (a received text, justering, anslag, a removed
    paragraph): on the stack so the order of everything is kept, and so earlier steps are
    not undone past it; Ångra says why, in Swedish (`reason`)."""

    def __init__(self, text: str, operations: Operations, *,
                 apply: Callable[[Register, int | None], Any], reason: str,
                 **kwargs: Any) -> None:
        super().__init__(text, operations, **kwargs)
        self._apply, self.reason = apply, reason

    def apply(self, register: Register) -> Any:
        return self._apply(register, self.expected())

    def revert(self, register: Register) -> Any:
        raise UserError(self.reason, field="ångra")


class CreateCommand(ServiceCommand):
    """A step that creates a row (`create(register) -> Created`) and deletes it on undo
    (`delete(register, id, expected_version=…)`, refused if the row changed since or holds
    something received); a redo after undo moves the shared IdRef to the new id."""

    def __init__(self, text: str, operations: Operations, refs: IdRefs, kind: str, *,
                 create: Callable[[Register], Any], delete: Callable[..., Any],
                 **kwargs: Any) -> None:
        super().__init__(text, operations, **kwargs)
        self._refs, self._kind, self._create, self._delete = refs, kind, create, delete
        self.ref: IdRef | None = None

    def apply(self, register: Register) -> Any:
        created = self._create(register)
        if self.ref is None:
            self.ref = self._refs.ref(self._kind, created.id)
        else:
            self._refs.moved(self.ref, created.id)
        self.target = self.ref
        return created

    def revert(self, register: Register) -> Any:
        assert self.ref is not None
        return self._delete(register, self.ref.id, expected_version=self.expected())


class RemoveCommand(ServiceCommand):
    """A step that removes a row (`remove(register, id, expected_version)`); undo makes it
    again from what was kept (`recreate(register) -> Created`), under a new id."""

    def __init__(self, text: str, operations: Operations, refs: IdRefs, ref: IdRef, *,
                 remove: Callable[[Register, int, int | None], Any],
                 recreate: Callable[[Register], Any], **kwargs: Any) -> None:
        super().__init__(text, operations, target=ref, **kwargs)
        self._refs, self.ref, self._remove, self._recreate = refs, ref, remove, recreate

    def apply(self, register: Register) -> Any:
        return self._remove(register, self.ref.id, self.expected())

    def revert(self, register: Register) -> Any:
        created = self._recreate(register)
        self._refs.moved(self.ref, created.id)
        return created
