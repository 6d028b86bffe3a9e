# SPDX-License-Identifier: EUPL-1.2
"""Undo and redo: QUndoCommands that each call ONE service function per redo() and undo().

Commands store ids and before/after values, never ORM objects, so they work across saves:
every step is its own transaction through Operations, and the views refresh from the one
`changes_applied` signal. A step the register refuses (justerade minutes are locked by the
same domain.rules check the services use) is shown as a Swedish message and dropped from
the stack (setObsolete), so undo can never reopen a locked record.

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

    kind: str
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
    """

    def __init__(self, text: str, operations: Operations, *, widget: QWidget | None,
                 initiator: object = None) -> None:
        super().__init__(text)
        self._operations = operations
        self._widget = widget
        self._initiator = initiator
        self._first = True
        self.last_outcome: Outcome[Any] | None = None

    def apply(self, register: Register) -> Any:
        raise NotImplementedError

    def revert(self, register: Register) -> Any:
        raise NotImplementedError

    def _run(self, op: Callable[[Register], Any]) -> bool:
        initiator = self._initiator if self._first else None
        self._first = False
        self.last_outcome = self._operations.run(op, parent=self._widget, initiator=initiator)
        if not self.last_outcome.ok:
            self.setObsolete(True)
        return self.last_outcome.ok

    def redo(self) -> None:
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)


class EditParagraphCommand(ServiceCommand):
    """One field of a paragraph (paragraphs.update_paragraph); typing merges into one step."""

    def __init__(self, operations: Operations, ref: IdRef, field: str, before: Any,
                 after: Any, **kwargs: Any) -> None:
        super().__init__(FIELD_TEXTS.get(field, "ändring av paragrafen"), operations, **kwargs)
        self.ref, self.field, self.before, self.after = ref, field, before, after

    def apply(self, register: Register) -> Any:
        return paragraphs.update_paragraph(register, self.ref.id, **{self.field: self.after})

    def revert(self, register: Register) -> Any:
        return paragraphs.update_paragraph(register, self.ref.id, **{self.field: self.before})

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
    free sections (paragraphs.set_*)."""

    def __init__(self, operations: Operations, ref: IdRef, text: str,
                 setter: Callable[[Register, int, Sequence[Any]], Any],
                 before: Sequence[Any], after: Sequence[Any], **kwargs: Any) -> None:
        super().__init__(text, operations, **kwargs)
        self.ref, self.setter = ref, setter
        self.before, self.after = tuple(before), tuple(after)

    def apply(self, register: Register) -> Any:
        return self.setter(register, self.ref.id, self.after)

    def revert(self, register: Register) -> Any:
        return self.setter(register, self.ref.id, self.before)


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
    """A new item on the agenda (paragraphs.add_paragraph); undo takes it off again."""

    def __init__(self, operations: Operations, refs: IdRefs, meeting_id: int, *, title: str,
                 case_id: int | None, **kwargs: Any) -> None:
        super().__init__("ny paragraf", operations, **kwargs)
        self._refs, self.meeting_id, self.title, self.case_id = refs, meeting_id, title, case_id
        self.ref: IdRef | None = None

    def apply(self, register: Register) -> Any:
        created = paragraphs.add_paragraph(register, self.meeting_id, title=self.title,
                                           case_id=self.case_id)
        if self.ref is None:
            self.ref = self._refs.ref("paragraph", created.id)
        else:
            self._refs.moved(self.ref, created.id)
        return created

    def revert(self, register: Register) -> Any:
        assert self.ref is not None
        return paragraphs.delete_paragraph(register, self.ref.id)


class CallCommand(ServiceCommand):
    """A named step whose redo and undo are each one given service call (with fixed args)."""

    def __init__(self, text: str, operations: Operations, *,
                 apply: Callable[[Register], Any], revert: Callable[[Register], Any],
                 **kwargs: Any) -> None:
        super().__init__(text, operations, **kwargs)
        self._apply, self._revert = apply, revert

    def apply(self, register: Register) -> Any:
        return self._apply(register)

    def revert(self, register: Register) -> Any:
        return self._revert(register)


class CreateCommand(ServiceCommand):
    """A step that creates a row (`create(register) -> Created`) and deletes it on undo
    (`delete(register, id)`); a redo after undo moves the shared IdRef to the new id."""

    def __init__(self, text: str, operations: Operations, refs: IdRefs, kind: str, *,
                 create: Callable[[Register], Any], delete: Callable[[Register, int], Any],
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
        return created

    def revert(self, register: Register) -> Any:
        assert self.ref is not None
        return self._delete(register, self.ref.id)
