# SPDX-License-Identifier: EUPL-1.2
"""Date and time fields that check what is typed, as it is typed, and say what is wrong.

Qt's date-time edit fixes up what it does not understand: "2026-13-45 25:99" typed into
one became 2026-01-04 05:25 without a word. These fields are line edits read by
kraftdesk.domain.moments, the same reading the command line uses: while the text is not a
date (or a time, or a moment) the field is marked, a Swedish sentence under it says why,
`value()` is None and `problem()` gives the sentence; nothing is ever rewritten.

    DateTimeField   ÅÅÅÅ-MM-DD TT:MM (meeting start, justering time, when a text came in);
                    `not_after(moment)` also refuses a time later than that ("in the future")
    DateField       ÅÅÅÅ-MM-DD (justering day, anslag day)
    TimeField       TT:MM (a meeting's end)

Signals:
    changed(): the text changed (the value may now be None).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kraftdesk.domain import moments
from kraftdesk.domain.errors import UserError

INVALID_STYLE = "QLineEdit { border: 2px solid #a1170f; }"


class _Field(QWidget):
    changed = Signal()

    PLACEHOLDER = ""
    FORMAT = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("field_edit")
        self.edit.setPlaceholderText(self.PLACEHOLDER)
        self.message = QLabel(self)
        self.message.setObjectName("field_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a1170f;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self._value: Any = None
        self._problem: str | None = None
        self._extra: Callable[[Any], str | None] | None = None
        self.edit.textChanged.connect(self._check)
        self._check("")

    def _parse(self, text: str) -> Any:
        raise NotImplementedError

    def _format(self, value: Any) -> str:
        raise NotImplementedError

    def _check(self, text: str) -> None:
        value: Any = None
        problem = None
        if not text.strip():
            problem = f"Fyll i {self.FORMAT}."
        else:
            try:
                value = self._parse(text)
            except UserError as error:
                problem = error.message
            else:
                problem = self._extra(value) if self._extra is not None else None
        self._value = None if problem else value
        self._problem = problem
        shown = problem if text.strip() else None
        self.message.setText(shown or "")
        self.message.setVisible(shown is not None)
        self.edit.setStyleSheet(INVALID_STYLE if shown else "")
        self.edit.setToolTip(shown or "")
        self.changed.emit()

    def value(self) -> Any:
        """What is typed, read; None while it is not (see problem())."""
        return self._value

    def problem(self) -> str | None:
        """Why the text is not a value (Swedish), or None."""
        return self._problem

    def setValue(self, value: Any) -> None:  # noqa: N802 - Qt's naming, like QDateTimeEdit
        self.edit.setText(self._format(value))

    def text(self) -> str:
        return self.edit.text()

    def set_rule(self, rule: Callable[[Any], str | None] | None) -> None:
        """One more check of a read value: the Swedish reason to refuse it, or None."""
        self._extra = rule
        self._check(self.edit.text())


class DateTimeField(_Field):
    PLACEHOLDER = "ÅÅÅÅ-MM-DD TT:MM"
    FORMAT = "datum och tid som ÅÅÅÅ-MM-DD TT:MM"

    def _parse(self, text: str) -> datetime:
        return moments.parse_datetime(text)

    def _format(self, value: datetime) -> str:
        return f"{value:%Y-%m-%d %H:%M}"

    def not_after(self, latest: Callable[[], datetime], reason: str) -> None:
        """Refuse a moment after `latest()` (read when checked): "`reason`"."""
        self.set_rule(lambda value: reason.format(value=value, latest=latest())
                      if value > latest() else None)


class DateField(_Field):
    PLACEHOLDER = "ÅÅÅÅ-MM-DD"
    FORMAT = "datumet som ÅÅÅÅ-MM-DD"

    def _parse(self, text: str) -> date:
        return moments.parse_date(text)

    def _format(self, value: date) -> str:
        return value.isoformat()


class TimeField(_Field):
    PLACEHOLDER = "TT:MM"
    FORMAT = "tiden som TT:MM"

    def _parse(self, text: str) -> time:
        return moments.parse_time(text)

    def _format(self, value: time) -> str:
        return f"{value:%H:%M}"
