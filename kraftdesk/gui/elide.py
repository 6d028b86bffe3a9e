# SPDX-License-Identifier: EUPL-1.2
"""Long text on one line in a heading: cut with "…" to the width there is, never wider.

An 800-character rubrik in a heading made the main window 10,087 pixels wide. A label made
eliding here keeps its whole text (the tooltip shows it), shows as much as fits, and asks
its layout for no width of its own.

    make_eliding(label)            once, when the page is built
    set_elided(label, text)        instead of label.setText(text)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QSizePolicy, QWidget

from kraftdesk.domain.normalise import one_line


class _Elider(QObject):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.full = one_line(label.text())
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.label and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.show()
        return False

    def show(self) -> None:
        width = self.label.contentsRect().width()
        if width <= 0 or not self.label.isVisible():  # not laid out yet: cut when shown
            shown = self.full
        else:
            shown = self.label.fontMetrics().elidedText(self.full,
                                                        Qt.TextElideMode.ElideRight, width)
        if self.label.text() != shown:
            self.label.setText(shown)
        self.label.setToolTip(self.full if shown != self.full else "")


def make_eliding(label: QLabel) -> None:
    """From now on `label` shows its text cut to its width (see the module docstring)."""
    if label.findChild(_Elider) is not None:
        return
    label.setWordWrap(False)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)
    label.setMinimumWidth(0)
    parent = label.parentWidget()
    layout = parent.layout() if parent is not None else None
    found = _layout_of(layout, label) if layout is not None else None
    if isinstance(found, QBoxLayout):
        found.setStretchFactor(label, 1)  # the width there is, not a spacer's
    _Elider(label)


def _layout_of(layout: QLayout, widget: QWidget) -> QLayout | None:
    """The layout (`layout` or one inside it) that holds `widget` itself."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return layout
        inner = item.layout()
        if inner is not None and (found := _layout_of(inner, widget)) is not None:
            return found
    return None


def set_elided(label: QLabel, text: str) -> None:
    """Show `text` on `label` (made eliding if it is not), cut to fit."""
    make_eliding(label)
    elider = label.findChild(_Elider)
    assert elider is not None
    elider.full = one_line(text)
    elider.show()


def full_text(label: QLabel) -> str:
    """The whole text of an eliding label (what it shows may be cut)."""
    elider = label.findChild(_Elider)
    return elider.full if elider is not None else label.text()
