# SPDX-License-Identifier: EUPL-1.2
"""The window's undo stack, and its Ångra / Gör om actions (kraftdesk.gui.undo has the rules
and the commands).

UndoHistory.undo() and redo() run the step's service call first and move the stack only
if the register took it: a refused step stays in place, the secretary reads why, and the
stack never claims a state the register is not in. The actions call these (QUndoStack's own
createUndoAction would call Qt's undo directly). Kept apart from kraftdesk.gui.undo, which
imports the services: the window is shown before those are loaded (kraftdesk.gui.startup).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


class UndoHistory(QUndoStack):
    """See the module docstring. A command taking part has run_revert() and run_apply()
    returning whether the register took the step (kraftdesk.gui.undo.ServiceCommand)."""

    def undo(self) -> None:
        index = self.index()
        if index == 0:
            return
        run = getattr(self.command(index - 1), "run_revert", None)
        if run is not None and not run():
            return
        super().undo()

    def redo(self) -> None:
        index = self.index()
        if index >= self.count():
            return
        run = getattr(self.command(index), "run_apply", None)
        if run is not None and not run():
            return
        super().redo()


class _Caption(QObject):
    """Keeps an action's text "<prefix> <step>" as the stack's step text changes (a child
    of the action: gone with it, so no signal reaches a deleted object)."""

    def __init__(self, action: QAction, prefix: str) -> None:
        super().__init__(action)
        self._action, self._prefix = action, prefix

    @Slot(str)
    def show(self, step: str) -> None:
        self._action.setText(f"{self._prefix} {step}".strip())


def undo_actions(stack: UndoHistory, parent: QWidget) -> tuple[QAction, QAction]:
    """"Ångra ändring av rubriken" / "Gör om ändring av rubriken", enabled as the stack
    allows, Ctrl+Z and the platform's redo key. (setShortcuts: setShortcut would build
    PySide6's Qt namespace before the first paint, see kraftdesk.gui.roles.)"""
    undo = QAction("Ångra", parent)
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    undo.setObjectName("action_undo")
    redo = QAction("Gör om", parent)
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo)])
    redo.setObjectName("action_redo")
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    undo.setEnabled(stack.canUndo())
    redo.setEnabled(stack.canRedo())
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(_Caption(undo, "Ångra").show)
    stack.redoTextChanged.connect(_Caption(redo, "Gör om").show)
    return undo, redo
