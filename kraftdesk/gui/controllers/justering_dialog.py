# SPDX-License-Identifier: EUPL-1.2
"""Justering: what stands in the way, a confirmation, then the posting and appeal dates.

The register decides (kraftdesk.services.justering); this dialog shows what the secretary
should know first: the protocol checker's list (errors stand in the way; warnings are
confirmed, and the confirmation is logged) and the promised texts still open (confirmed,
they are registered as not received, with their placeholder bilagor).

Electronic justering (kraftdesk.services.signing): the list of signature lines shows who has
signed; each signer in turn chooses their line, their key file (.p12) and gives its password,
or declines with a comment. The last required signature justerar the minutes. The
organisation's setting hides what it does not use (signatures, or justering on paper).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from kraftdesk.domain.calendar import LegalCalendar
from kraftdesk.domain.enums import JusteringMethod, MinutesState
from kraftdesk.gui import labels
from kraftdesk.gui.forms.ui_justering_dialog import Ui_JusteringDialog
from kraftdesk.gui.forms.ui_posting_dialog import Ui_PostingDialog
from kraftdesk.gui.icons import icon
from kraftdesk.gui.operations import Operations
from kraftdesk.gui.undo import FinalCommand
from kraftdesk.services import justering, ledger, meetings, signing
from kraftdesk.services.justering import Check, Finding
from kraftdesk.services.meetings import MeetingView
from kraftdesk.text import vocabulary
from kraftdesk.text.checks import finding_line

CONFIRM_PAGE, RESULT_PAGE = range(2)

JUSTERAD_IS_FINAL = ("Justeringen kan inte ångras: ett justerat protokoll är förseglat och "
                     "ändras aldrig.")
SIGNATURE_IS_FINAL = ("En underskrift kan inte ångras: den finns kvar i protokollets PDF-fil "
                      "och i registret.")
POSTING_IS_FINAL = ("Anslaget kan inte ångras: anslagsdagen registreras en gång och kan "
                    "inte ändras.")


#: How a line of the list weighs: stands in the way, or to be confirmed.
BLOCKS, CONFIRM = "blocks", "confirm"


def blockers(view: MeetingView, open_promises: list[str],
             findings: Sequence[Finding] = ()) -> list[tuple[str, str]]:
    """(text, BLOCKS or CONFIRM) lines for the list; empty when nothing stands in the way."""
    lines: list[tuple[str, str]] = []
    if view.minutes_state is MinutesState.DRAFT:
        lines.append(("Protokollet är inte skickat för justering. Skicka det först under "
                      "Protokoll och frister.", BLOCKS))
    if view.chair is None:
        lines.append(("Ordförande är inte angiven (Ändra uppgifter…).", BLOCKS))
    if not view.approvers:
        lines.append(("Justerare är inte angivna (Ändra uppgifter…).", BLOCKS))
    shown = {"chair", "approvers"} if view.chair is None or not view.approvers else set()
    for finding in findings:
        if finding.check in _SAID_ABOVE and (finding.number is None and shown):
            continue
        if finding.check is Check.OPEN_PROMISE:
            continue  # listed with its deadline below
        lines.append((finding_line(finding), BLOCKS if finding.is_error else CONFIRM))
    lines += [(text, CONFIRM) for text in open_promises]
    return lines


_SAID_ABOVE = {Check.NO_CHAIR, Check.NO_APPROVERS}


class JusteringDialog(QDialog):
    """Attributes:
        calendar: the legal calendar after a successful justering.
    """

    def __init__(self, operations: Operations, undo: QUndoStack, meeting_id: int, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JusteringDialog()
        self.ui.setupUi(self)
        self._operations, self._undo = operations, undo
        self._meeting_id = meeting_id
        self.calendar: LegalCalendar | None = None
        register = operations.register
        self._view = view = meetings.meeting_view(register, meeting_id)
        promises = [f"{p.named}, frist {labels.day_and_time(p.deadline)}" for p in
                    ledger.open_promises(register, now=datetime.now(), meeting_id=meeting_id)]
        self.findings = justering.check(register, meeting_id)
        self._lines = blockers(view, promises, self.findings)
        self._fill(view, self._lines)
        self.justera_button: QPushButton = self.ui.button_box.addButton(
            "Justera", QDialogButtonBox.ButtonRole.AcceptRole)
        self.justera_button.setIcon(icon("justera"))
        self.justera_button.clicked.connect(self.justera)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.confirm_check.toggled.connect(lambda _c: self._update())
        self.ui.date_edit.changed.connect(self._update)
        self._settings = signing.signing_settings(register)
        self.ui.signing_group.setVisible(self._settings.method is not JusteringMethod.PAPER)
        self.justera_button.setVisible(self._settings.method is not JusteringMethod.ELECTRONIC)
        self.ui.sign_button.clicked.connect(self.sign)
        self.ui.refuse_button.clicked.connect(self.refuse)
        self.ui.signers_list.currentRowChanged.connect(lambda _r: self._update())
        self._fill_signers()
        self._update()

    def _fill_signers(self) -> None:
        status = signing.status(self._operations.register, self._meeting_id)
        signers = self.ui.signers_list
        current = signers.currentRow()
        signers.clear()
        for line in status.lines:
            role = vocabulary.SIGNER_ROLE[line.line.role]
            if line.signed_at:
                moment = datetime.fromisoformat(line.signed_at).astimezone()
                when = f"undertecknat {labels.day_and_time(moment.replace(tzinfo=None))}"
                mark = "received"
            else:
                when = "väntar" if line.line.required else "behöver inte underteckna"
                mark = "overdue" if line.line.required else "withdraw"
            item = QListWidgetItem(icon(mark), f"{line.line.name}, {role} – {when}", signers)
            item.setData(Qt.ItemDataRole.UserRole, line.line.name)
            item.setData(Qt.ItemDataRole.UserRole + 1, bool(line.signed_at))
        if status.refused_by:
            QListWidgetItem(icon("withdraw"), f"{status.refused_by} har avböjt: "
                                              f"«{status.refusal}»", signers)
        signers.setCurrentRow(max(current, 0) if signers.count() else -1)

    def _selected_signer(self) -> str | None:
        item = self.ui.signers_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def ask_key_file(self) -> Path | None:
        """The signer's key file (a file dialog; tests replace this method)."""
        name, _filter = QFileDialog.getOpenFileName(
            self, "Välj din e-legitimation", "", "Nyckelfiler (*.p12 *.pfx);;Alla filer (*)")
        return Path(name) if name else None

    def ask_password(self, key_file: Path) -> str | None:
        """The key file's password (asked, never stored; tests replace this method)."""
        text, ok = QInputDialog.getText(self, "Lösenord", f"Lösenord för {key_file.name}:",
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_comment(self, signer: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self, "Avböj att underteckna", f"Varför avböjer {signer} att underteckna? "
                                           "Kommentaren går till sekreteraren.")
        return text if ok else None

    def sign(self) -> None:
        signer = self._selected_signer()
        key_file = self.ask_key_file() if signer else None
        if signer is None or key_file is None:
            return
        password = self.ask_password(key_file)
        if password is None:
            return
        loaded = self._operations.run(
            lambda _reg: signing.load_key_file(key_file, password=password), parent=self)
        if not loaded.ok:
            return
        meeting_id, key = self._meeting_id, loaded.value
        confirm = self.ui.confirm_check.isChecked()
        command = FinalCommand(
            f"underskrift av {self._view.reference}", self._operations,
            apply=lambda reg, _version: signing.sign(reg, meeting_id, signer=signer, key=key,
                                                     confirm_open_promises=confirm),
            reason=SIGNATURE_IS_FINAL, widget=self)
        self._undo.push(command)
        outcome = command.last_outcome
        self._fill_signers()
        self._update()
        if outcome is not None and outcome.ok and outcome.value.justerat_on is not None:
            self.calendar = justering.meeting_calendar(self._operations.register, meeting_id)
            self._show_result(self.calendar, outcome.value.justerat_on)

    def refuse(self) -> None:
        signer = self._selected_signer()
        comment = self.ask_comment(signer) if signer else None
        if signer is None or comment is None:
            return
        meeting_id = self._meeting_id
        self._undo.push(FinalCommand(
            f"avböjd underskrift av {self._view.reference}", self._operations,
            apply=lambda reg, _version: signing.refuse(reg, meeting_id, signer=signer,
                                                       comment=comment),
            reason=SIGNATURE_IS_FINAL, widget=self))
        self._fill_signers()
        self._update()

    def _fill(self, view: MeetingView, lines: list[tuple[str, str]]) -> None:
        ui = self.ui
        ui.heading_label.setText(f"Justera protokollet från {view.body.name.lower()} "
                                 f"{view.date_text}")
        ui.blockers_list.setWordWrap(True)
        for text, weight in lines:
            QListWidgetItem(icon("overdue" if weight == CONFIRM else "withdraw"), text,
                            ui.blockers_list)
        if not lines:
            QListWidgetItem(icon("received"), "Inget hindrar justeringen.", ui.blockers_list)
        ui.confirm_check.setText("Justera ändå: varningarna bekräftas (bekräftelsen sparas i "
                                 "granskningsloggen) och utlovade texter som inte kommit in "
                                 "registreras som inte inkomna")
        ui.confirm_check.setVisible(any(weight == CONFIRM for _t, weight in lines))
        ui.chair_value.setText(view.chair.label if view.chair else "–")
        ui.approvers_value.setText(", ".join(p.label for p in view.approvers) or "–")
        meeting_day = view.plan.starts_at.date()
        ui.date_edit.set_rule(lambda day: f"Justeringsdagen kan inte ligga före sammanträdet "
                                          f"({meeting_day.isoformat()})."
                              if day < meeting_day else None)
        ui.date_edit.setValue(date.today())

    def _update(self) -> None:
        ready = (self._view.minutes_state is MinutesState.SENT_FOR_APPROVAL
                 and self.ui.date_edit.value() is not None)
        blocked = any(weight == BLOCKS for _t, weight in self._lines)
        to_confirm = any(weight == CONFIRM for _t, weight in self._lines)
        confirmed = not to_confirm or self.ui.confirm_check.isChecked()
        signers = self.ui.signers_list
        being_signed = any(signers.item(row).data(Qt.ItemDataRole.UserRole + 1)
                           for row in range(signers.count()))
        self.justera_button.setEnabled(ready and not blocked and not being_signed and confirmed)
        item = signers.currentItem()
        waiting = item is not None and item.data(Qt.ItemDataRole.UserRole) is not None \
            and not item.data(Qt.ItemDataRole.UserRole + 1)
        self.ui.sign_button.setEnabled(ready and waiting and not blocked and confirmed)
        self.ui.refuse_button.setEnabled(ready and waiting)

    def justera(self) -> None:
        on = self.ui.date_edit.value()
        if on is None:
            self.ui.date_edit.setFocus()
            return
        confirm = self.ui.confirm_check.isChecked()
        meeting_id = self._meeting_id
        command = FinalCommand(
            f"justering av {self._view.reference}", self._operations,
            apply=lambda reg, _version: justering.justera(
                reg, meeting_id, on=on, confirm_open_promises=confirm, confirm_warnings=confirm),
            reason=JUSTERAD_IS_FINAL, widget=self)
        self._undo.push(command)
        if command.last_outcome is None or not command.last_outcome.ok:
            return
        self.calendar = justering.meeting_calendar(self._operations.register, meeting_id)
        self._show_result(self.calendar, on)

    def _show_result(self, calendar: LegalCalendar, on: date) -> None:
        ui = self.ui
        ui.result_label.setText(f"Protokollet är justerat {on.isoformat()} och låst.")
        ui.posting_value.setText(labels.weekday_and_day(calendar.posting_deadline))
        ui.appeal_value.setText(labels.weekday_and_day(calendar.appeal_last_day))
        ui.take_down_value.setText(labels.weekday_and_day(calendar.take_down_earliest))
        ui.page_stack.setCurrentIndex(RESULT_PAGE)
        ui.button_box.rejected.disconnect()
        ui.button_box.clear()
        ui.button_box.addButton(QDialogButtonBox.StandardButton.Close)
        ui.button_box.rejected.connect(self.accept)


class PostingDialog(QDialog):
    """The day the notice of justering went up on the anslagstavla (recorded once)."""

    def __init__(self, operations: Operations, undo: QUndoStack, meeting_id: int, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PostingDialog()
        self.ui.setupUi(self)
        self._operations, self._undo = operations, undo
        self._meeting_id = meeting_id
        self.ui.date_edit.setValue(date.today())
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    def save(self) -> None:
        on = self.ui.date_edit.value()
        if on is None:
            self.ui.date_edit.setFocus()
            return
        meeting_id = self._meeting_id
        command = FinalCommand(
            "anslag", self._operations,
            apply=lambda reg, _version: justering.record_posting(reg, meeting_id, on=on),
            reason=POSTING_IS_FINAL, widget=self)
        self._undo.push(command)
        if command.last_outcome is not None and command.last_outcome.ok:
            self.accept()
