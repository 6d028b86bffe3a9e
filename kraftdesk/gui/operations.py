# SPDX-License-Identifier: EUPL-1.2
"""The one way the GUI runs a service call (Anki's CollectionOp).

- `Operations.run(op)` calls `op(register)` at once. Edits are one short transaction each
  (milliseconds), and undo commands need their result before returning, so they run on the
  GUI thread.
- `Operations.run_in_background(op)` runs long jobs (PDF exports, loading the demo register)
  on a worker thread with its own pooled connection, behind a progress dialog fed by the
  service's `progress(done, total)` callback.

Either way a UserError becomes a Swedish message box naming the field, any other exception
is logged with a dialog that lets the user continue, and on success exactly one signal
`changes_applied(Changes, initiator)` tells every view what changed. Operation functions
must not touch widgets.

Row versions: every write's committed versions ({(table, id): version}, from
Register.tracking_versions) are kept in `versions`, so an editor that made a change (and does
not reload itself) and the undo stack know which version their next save is based on; a
save based on another's newer version is refused by the service ("Uppgiften har ändrats av
någon annan …", a ChangedError) and signalled with `changed_elsewhere`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kraftdesk.domain.errors import ChangedError, UserError
from kraftdesk.gui.errors import show_program_error, show_user_error
from kraftdesk.services.changes import Changes
from kraftdesk.services.registers import Register

T = TypeVar("T")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What came of an operation: its value, or the error already shown to the user."""

    value: T | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def changes_of(value: object) -> Changes | None:
    """The Changes a service returned: itself, a `.changes` attribute, or inside a tuple."""
    if isinstance(value, Changes):
        return value
    attribute = getattr(value, "changes", None)
    if isinstance(attribute, Changes):
        return attribute
    if isinstance(value, tuple):
        return next((item for item in value if isinstance(item, Changes)), None)
    return None


class _JobSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, op: Callable[[Register, Progress], Any], register: Register) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _JobSignals()
        self._op = op
        self._register = register

    def run(self) -> None:
        try:
            value = self._op(self._register, self.signals.progressed.emit)
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(value)


class BackgroundJob(QObject):
    """A running background operation; lives on the GUI thread, so the worker's signals
    reach its slots queued.

    Signals:
        done(Outcome): emitted on the GUI thread when the job has finished or failed.
    """

    done = Signal(object)

    def __init__(self, operations: Operations, *, parent: QWidget | None, label: str,
                 initiator: object) -> None:
        super().__init__(operations)
        self.outcome: Outcome[Any] | None = None
        self._operations = operations
        self._parent = parent
        self._initiator = initiator
        self._dialog = _progress_dialog(parent, label)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot(object)
    def _on_finished(self, value: object) -> None:
        self._finish(Outcome(value=value))

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._finish(Outcome(error=error))

    def _finish(self, outcome: Outcome[Any]) -> None:
        self._dialog.reset()
        self._dialog.deleteLater()
        if outcome.ok:
            self._operations.announce(changes_of(outcome.value), self._initiator)
        elif isinstance(outcome.error, UserError):
            show_user_error(self._parent, outcome.error)
        elif outcome.error is not None:
            show_program_error(self._parent, outcome.error)
        self.outcome = outcome
        self.done.emit(outcome)


class Operations(QObject):
    """Runs service calls for the window of one register.

    Signals:
        changes_applied(Changes, initiator): after every successful change.
        changed_elsewhere(): a save was refused because the row had changed meanwhile
            (another window, secretary or program); the views read the register again.

    Attributes:
        versions: {(table, id): version} as this window's own writes left each row.
    """

    changes_applied = Signal(object, object)
    changed_elsewhere = Signal()

    def __init__(self, register: Register, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._register = register
        self._pool = QThreadPool(self)
        self._jobs: set[_Job] = set()
        self.versions: dict[tuple[str, int], int] = {}

    @property
    def register(self) -> Register:
        return self._register

    def version(self, table: str, row_id: int, read: int | None = None) -> int | None:
        """The version a save of the row should be based on: the newer of the one `read`
        with the row and the one this window's own last write of it left."""
        known = self.versions.get((table, row_id))
        if known is None or read is None:
            return known if read is None else read
        return max(known, read)

    def run(self, op: Callable[[Register], T], *, parent: QWidget | None,
            initiator: object = None, quiet: bool = False) -> Outcome[T]:
        """Run `op(register)` now; show errors (unless `quiet`); announce what changed."""
        try:
            with self._register.tracking_versions() as written:
                value = op(self._register)
        except UserError as error:
            if not quiet:
                show_user_error(parent, error)
            if isinstance(error, ChangedError):
                self.changed_elsewhere.emit()
            return Outcome(error=error)
        except Exception as error:  # noqa: BLE001 - a program error, shown and logged
            show_program_error(parent, error)
            return Outcome(error=error)
        self.versions.update(written)
        self.announce(changes_of(value), initiator)
        return Outcome(value=value)

    def announce(self, changes: Changes | None, initiator: object = None) -> None:
        if changes is not None and not changes.empty:
            self.changes_applied.emit(changes, initiator)

    def run_in_background(self, op: Callable[[Register, Progress], T], *,
                          parent: QWidget | None, label: str,
                          initiator: object = None) -> BackgroundJob:
        """Run `op(register, progress)` on a worker thread behind a progress dialog."""
        handle = BackgroundJob(self, parent=parent, label=label, initiator=initiator)
        job = _Job(op, self._register)
        job.signals.progressed.connect(handle._on_progress)
        job.signals.finished.connect(handle._on_finished)
        job.signals.failed.connect(handle._on_failed)
        handle.done.connect(lambda _outcome: self._jobs.discard(job))
        self._jobs.add(job)
        self._pool.start(job)
        return handle

    def wait_for_background(self, msecs: int = 30_000) -> bool:
        """Block until background jobs are done (closing the window, tests)."""
        return self._pool.waitForDone(msecs)


def _progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    # Imported here: PySide6 builds the whole Qt namespace when it is first touched, and
    # the window is ready before anything needs it (kraftdesk.gui.roles).
    from PySide6.QtCore import Qt

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle("Arbetar …")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog

