# SPDX-License-Identifier: EUPL-1.2
"""The meeting page's Kallelse tab: the notice period, what was sent, the checker's warnings;
preview the kallelse (a draft) or send it (saved, and recorded as sent today)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from kraftdesk.gui.controllers.pdf_preview import PdfPreviewDialog
from kraftdesk.gui.dialogs import confirm
from kraftdesk.gui.forms.ui_meeting_page import Ui_MeetingPage
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.settings import UiSettings
from kraftdesk.services import notices
from kraftdesk.services.meetings import MeetingView
from kraftdesk.services.notices import NoticeOverview

PDF_FILTER = "PDF-filer (*.pdf)"


class NoticePanel:
    """Attributes:
        overview: what the tab shows.
        preview: the last PdfPreviewDialog opened (for tests).
    """

    def __init__(self, ui: Ui_MeetingPage, operations: Operations, settings: UiSettings,
                 widget: QWidget) -> None:
        self.ui, self._operations, self._settings, self._widget = ui, operations, settings, widget
        self.view: MeetingView | None = None
        self.overview: NoticeOverview | None = None
        self.preview: PdfPreviewDialog | None = None
        ui.notice_preview_button.clicked.connect(self.ask_preview)
        ui.notice_send_button.clicked.connect(self.ask_send)

    def load(self, view: MeetingView, *, today: date | None = None) -> None:
        self.view = view
        self.overview = overview = notices.notice_overview(
            self._operations.register, view.id, today=today or date.today())
        ui = self.ui
        if overview.notice_days is None:
            ui.notice_rule_value.setText("Ingen kallelsetid angiven för organet.")
        else:
            days = overview.notice_days
            ui.notice_rule_value.setText(f"Minst {days} {'dag' if days == 1 else 'dagar'} "
                                         "före sammanträdet.")
        ui.notice_sent_value.setText("\n".join(r.label for r in overview.sent) or
                                     "Ingen kallelse är skickad.")
        ui.notice_added_value.setText("\n".join(overview.added_titles) or "–")
        ui.notice_warnings_label.setText("\n".join(overview.warnings))
        ui.notice_warnings_label.setVisible(bool(overview.warnings))
        open_minutes = not view.locked
        ui.notice_preview_button.setEnabled(overview.has_agenda)
        ui.notice_send_button.setEnabled(open_minutes and overview.has_agenda and (
            not overview.sent or bool(overview.added_titles)))
        ui.notice_send_button.setText("&Skicka tilläggskallelse…" if overview.sent
                                      else "&Skicka kallelse…")

    def _ask_path(self, suggested: str) -> tuple[Path, bool] | None:
        """The file chosen, and whether the save dialog has asked about replacing it (an
        existing file is replaced only then: kraftdesk.services.output_files)."""
        folder = self._settings.last_folder("exports") or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self._widget, "Spara kallelsen", str(Path(folder) / suggested), PDF_FILTER)
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        self._settings.remember_folder("exports", str(path.parent))
        return path, str(path) == chosen

    def _name(self, *, draft: bool) -> str:
        assert self.view is not None and self.overview is not None
        word = "tilläggskallelse" if self.overview.sent and self.overview.added_titles \
            else "kallelse"
        return f"{self.view.reference.replace(':', ' ')} {word}{' utkast' if draft else ''}.pdf"

    def ask_preview(self) -> None:
        if self.view is not None:
            chosen = self._ask_path(self._name(draft=True))
            if chosen is not None:
                self.write_draft(chosen[0], force=chosen[1])

    def write_draft(self, path: Path, *, force: bool = False) -> PdfPreviewDialog | None:
        assert self.view is not None
        meeting_id = self.view.id
        outcome = self._operations.run(
            lambda reg: notices.export_notice(reg, meeting_id, path, force=force),
            parent=self._widget)
        return self._show(path, "Kallelse (utkast)") if outcome.ok else None

    def ask_send(self) -> None:
        if self.view is None:
            return
        chosen = self._ask_path(self._name(draft=False))
        if chosen is not None:
            self.confirm_send(chosen[0], force=chosen[1])

    def confirm_send(self, path: Path, *, today: date | None = None,
                     force: bool = False) -> None:
        assert self.view is not None and self.overview is not None
        day = today or date.today()
        what = "tilläggskallelsen" if self.overview.sent else "kallelsen"
        confirm(self._widget, title="Skicka kallelse",
                text=f"Registrera {what} till {self.view.reference} som skickad "
                     f"{day.isoformat()}?",
                informative="Den sparas i registret som den skickas; ärenden som sätts upp "
                            "senare kommer med i en tilläggskallelse.",
                accept_text="Registrera som skickad", name="send_notice_box",
                on_accept=lambda: self.send(path, day, force=force))

    def send(self, path: Path, day: date, *, force: bool = False) -> PdfPreviewDialog | None:
        assert self.view is not None
        meeting_id = self.view.id
        outcome = self._operations.run(
            lambda reg: notices.export_notice(reg, meeting_id, path, final=True, on=day,
                                              force=force),
            parent=self._widget)
        if not outcome.ok:
            return None
        supplementary = bool(outcome.value and outcome.value.supplementary)
        return self._show(path, "Tilläggskallelse" if supplementary else "Kallelse")

    def _show(self, path: Path, title: str) -> PdfPreviewDialog:
        self.preview = dialog = PdfPreviewDialog(path, title=title, parent=self._widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
