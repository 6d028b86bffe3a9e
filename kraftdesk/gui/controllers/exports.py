# SPDX-License-Identifier: EUPL-1.2
"""PDF exports of the open meeting: the minutes (a draft until justerade, then final),
extracts of the selected paragraphs, the bilagor; rendered on a worker thread with a
progress dialog, then shown in the in-app preview."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import UserError
from kraftdesk.gui.controllers.pdf_preview import PdfPreviewDialog
from kraftdesk.gui.errors import show_user_error
from kraftdesk.gui.operations import BackgroundJob, Operations, Outcome
from kraftdesk.gui.settings import UiSettings
from kraftdesk.services import exports, meetings

PDF_FILTER = "PDF-filer (*.pdf)"


class ExportController(QObject):
    """Signals:
        previewed(PdfPreviewDialog): a finished export is shown.
        folder_written(list): the files written by an export to a folder.
    """

    previewed = Signal(object)
    folder_written = Signal(list)

    def __init__(self, operations: Operations, settings: UiSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._operations, self._settings, self._parent = operations, settings, parent
        self.job: BackgroundJob | None = None

    def export(self, kind: str, meeting_id: int,
               paragraph_ids: Sequence[int] = ()) -> BackgroundJob | None:
        view = meetings.meeting_view(self._operations.register, meeting_id)
        name = view.reference.replace(":", " ")
        if kind == "extract":
            if not paragraph_ids:
                show_user_error(self._parent, UserError(
                    "Markera en eller flera paragrafer i föredragningslistan först.",
                    field="paragraf"))
                return None
            labels = ", ".join(p.label for p in view.paragraphs if p.id in set(paragraph_ids))
            suggested, title = f"{name} utdrag {labels}.pdf", f"Protokollsutdrag {labels}"
        elif kind == "appendices":
            suggested, title = f"{name} bilagor.pdf", "Bilagor"
        else:
            final = view.minutes_state is MinutesState.APPROVED
            suggested = f"{name} protokoll{'' if final else ' utkast'}.pdf"
            title = "Justerat protokoll" if final else "Protokoll (utkast, ej justerat)"
        chosen = self._ask_path(title, suggested)
        if chosen is None:
            return None
        path, confirmed = chosen
        return self._run(kind, meeting_id, tuple(paragraph_ids), path, title, force=confirmed)

    def export_extracts_to_folder(self, paragraph_ids: Sequence[int], *,
                                  name: str = "") -> BackgroundJob | None:
        """One protokollsutdrag per paragraph (an ärende's handlings) into a chosen folder."""
        if not paragraph_ids:
            show_user_error(self._parent, UserError(
                "Ärendet har ingen numrerad paragraf att ta utdrag av.", field="paragraf"))
            return None
        folder = self._settings.last_folder("exports") or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            self._parent, f"Mapp för protokollsutdragen {name}".strip(), folder)
        if not chosen:
            return None
        folder, ids = Path(chosen), tuple(paragraph_ids)
        present = self._operations.run(
            lambda register: exports.extract_files_present(register, ids, folder),
            parent=self._parent)
        if not present.ok:
            return None
        if present.value:
            self._ask_to_replace(ids, folder, present.value)
            return None
        return self.run_extracts_to_folder(ids, folder)

    def _ask_to_replace(self, paragraph_ids: tuple[int, ...], folder: Path,
                        names: list[str]) -> None:
        """Some of the extracts are in the folder already: replace them only if the user
        says so (the folder's other files are never touched)."""
        from kraftdesk.gui.dialogs import confirm

        count = len(names)
        shown = "\n".join(f"• {name}" for name in names[:8])
        more = f"\n… och {count - 8} till" if count > 8 else ""
        which = "Protokollsutdraget" if count == 1 else f"{count} av protokollsutdragen"
        confirm(self._parent, title="Ersätta protokollsutdrag?",
                text=f"{which} finns redan i mappen {folder}. Vill du ersätta "
                     f"{'det' if count == 1 else 'dem'}?",
                informative=f"{shown}{more}\n\nAndra filer i mappen rörs inte.",
                accept_text="Ersätt", destructive=True, name="replace_extracts_box",
                on_accept=lambda: self.run_extracts_to_folder(paragraph_ids, folder,
                                                              force=True))

    def run_extracts_to_folder(self, paragraph_ids: tuple[int, ...],
                               folder: Path, *, force: bool = False) -> BackgroundJob:
        self._settings.remember_folder("exports", str(folder))

        def op(register, progress):
            return exports.export_extracts_batch(register, paragraph_ids, folder,
                                                 progress=progress, force=force)

        self.job = self._operations.run_in_background(
            op, parent=self._parent, label="Protokollsutdragen tas fram …")
        self.job.done.connect(lambda outcome: self.folder_written.emit(
            [str(p) for p in outcome.value]) if outcome.ok and outcome.value else None)
        return self.job

    def _ask_path(self, title: str, suggested: str) -> tuple[Path, bool] | None:
        """The file chosen, and whether the save dialog has asked about replacing it (an
        existing file is replaced only then: kraftdesk.services.output_files)."""
        folder = self._settings.last_folder("exports") or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent, f"Spara {title.lower()}", str(Path(folder) / suggested), PDF_FILTER)
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        self._settings.remember_folder("exports", str(path.parent))
        return path, str(path) == chosen

    def _run(self, kind: str, meeting_id: int, paragraph_ids: tuple[int, ...], path: Path,
             title: str, *, force: bool = False) -> BackgroundJob:
        def op(register, progress):
            if kind == "extract":
                return exports.export_extract(register, paragraph_ids, path, progress=progress,
                                              force=force)
            if kind == "appendices":
                return exports.export_appendices(register, meeting_id, path, progress=progress,
                                                 force=force)
            return exports.export_minutes(register, meeting_id, path, progress=progress,
                                          force=force)

        self.job = self._operations.run_in_background(
            op, parent=self._parent, label=f"{title} tas fram …")
        self.job.done.connect(lambda outcome: self._show(outcome, path, title))
        return self.job

    def _show(self, outcome: Outcome[object], path: Path, title: str) -> None:
        if not outcome.ok:
            return
        dialog = PdfPreviewDialog(path, title=title, parent=self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.previewed.emit(dialog)
