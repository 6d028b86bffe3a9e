# SPDX-License-Identifier: EUPL-1.2
"""How the GUI shows what went wrong.

A UserError is the secretary's to act on: a Swedish message box naming the field. Anything
else is a program error: logged with its traceback, and a dialog that lets the user go on
working (what is committed stays committed; one action per transaction).

This module is imported at start, before the window is shown: Qt's message box classes and
the logging file handler are imported where they are used (each costs start-up time).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.paths import data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger("kraftdesk")
_logging_set_up = threading.Lock()

LOG_NAME = "kraftdesk.log"

#: Field names used by the services, as the secretary reads them in the message box.
FIELD_LABELS = {
    "organisation": "organisationens namn",
    "sammanträde": "sammanträde",
    "paragraf": "paragraf",
    "datum": "datum",
    "organ": "organ",
    "body_id": "organ",
    "ends_at": "sluttid",
    "approval_due_at": "justeringens tid",
    "chair_id": "ordförande",
    "approver_ids": "justerare",
    "attendance": "närvaro",
    "paragraph_attendance": "närvaro under paragrafen",
    "title": "rubrik",
    "case_number": "diarienummer",
    "case_title": "ärendemening",
    "meeting": "sammanträde",
    "paragraph": "paragraf",
    "proposes_to_body_id": "beslutsformel",
    "short_name": "kortnamn",
    "name": "namn",
    "parent_id": "överordnat organ",
    "proposes_to_id": "föreslår",
    "default_start_time": "tid",
    "justering_days": "justering, dagar efter",
    "justering_time": "justeringens tid",
    "approver_count": "antal justerare",
    "retired_on": "avvecklas",
    "body": "organ",
    "person": "person",
    "party": "parti",
    "abbreviation": "förkortning",
    "party_name": "partiets namn",
    "note": "anteckning",
    "email": "e-post",
    "pronoun": "pronomen",
    "starts_on": "från och med",
    "position": "ordning",
    "case_number_example": "diarienummer, exempel",
    "logo": "logotyp",
    "term": "mandatperiod",
    "fil": "fil",
    "secretary_id": "sekreterare",
}


def log_path() -> Path:
    return data_dir() / LOG_NAME


def configure_logging() -> Path:
    """Log to a rotating file in the data folder (once per process)."""
    from logging.handlers import RotatingFileHandler

    path = log_path()
    with _logging_set_up:  # the start-up thread and a program error may both ask
        if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
            handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                          encoding="utf-8")
            handler.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            log.addHandler(handler)
            log.setLevel(logging.INFO)
    return path


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


def show_user_error(parent: QWidget | None, error: UserError) -> QMessageBox:
    """A non-blocking Swedish message box: the service's message, and the field it concerns."""
    from PySide6.QtWidgets import QMessageBox

    from kraftdesk.gui.dialogs import open_deleting

    title = "Kan inte ändras" if isinstance(error, LockedError) else "Det gick inte"
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("user_error_box")
    if error.field:
        box.setInformativeText(f"Gäller: {field_label(error.field)}")
    open_deleting(box)
    return box


def show_program_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Log a program error with its traceback and offer to continue."""
    from PySide6.QtWidgets import QMessageBox

    from kraftdesk.gui.dialogs import open_deleting

    configure_logging()
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("Programfel: %s", details)
    box = QMessageBox(parent)
    box.setObjectName("program_error_box")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Programfel")
    box.setText("Kraftdesk råkade ut för ett programfel, och den senaste åtgärden avbröts.")
    box.setInformativeText(
        "Allt som redan var sparat finns kvar i registret, och du kan fortsätta arbeta. "
        f"Felet har skrivits till loggfilen {log_path()}."
    )
    box.setDetailedText(details)
    box.addButton("Fortsätt", QMessageBox.ButtonRole.AcceptRole)
    open_deleting(box)
    return box


_showing = False


def _excepthook(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None or _showing:
        sys.__excepthook__(kind, error, tb)
        return
    _showing = True
    try:
        if isinstance(error, UserError):
            show_user_error(QApplication.activeWindow(), error)
        else:
            show_program_error(QApplication.activeWindow(), error.with_traceback(tb))
    finally:
        _showing = False


def install_excepthook() -> None:
    """Route uncaught exceptions (in slots and event handlers) to the dialogs above.

    The log file is set up by `configure_logging`: by main(), or off the GUI thread while
    the first screen is shown (kraftdesk.gui.startup), and by `show_program_error`."""
    sys.excepthook = _excepthook
