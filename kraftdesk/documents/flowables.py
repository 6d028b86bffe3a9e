# SPDX-License-Identifier: EUPL-1.2
"""Flowables of our own: a labelled front-page field that can split across pages, a dotted
line to sign on, outline anchors, and the markers for bilagor (header mark, reserved pages).
"""

from __future__ import annotations

from reportlab.platypus import ActionFlowable, Flowable

from kraftdesk.documents.canvas import MinutesCanvas, OutlineEntry


class FieldRow(Flowable):
    """A label in the left column and its values beside it, e.g. "Beslutande" + names.

    Unlike a table row it splits across pages (a 20,000-character field still prints);
    the label goes with the first part.
    """

    def __init__(self, label: Flowable | None, values: list[Flowable], label_width: float,
                 space_after: float = 0) -> None:
        super().__init__()
        self.label = label
        self.values = values
        self.label_width = label_width
        self.spaceAfter = space_after
        self._label_height = 0.0
        self._value_heights: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        value_width = avail_width - self.label_width
        self._label_height = 0.0
        if self.label is not None:
            self._label_height = self.label.wrap(self.label_width - 6, avail_height)[1]
        self._value_heights = [v.wrap(value_width, avail_height)[1] for v in self.values]
        self.height = max(self._label_height, sum(self._value_heights))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        if self._label_height > avail_height:
            return []
        value_width = avail_width - self.label_width
        first: list[Flowable] = []
        rest = list(self.values)
        used = 0.0
        while rest:
            height = rest[0].wrap(value_width, avail_height)[1]
            if used + height <= avail_height:
                first.append(rest.pop(0))
                used += height
                continue
            parts = rest[0].split(value_width, avail_height - used)
            if len(parts) >= 2:
                first.append(parts[0])
                rest[0:1] = parts[1:]
            break
        if not first:
            return []
        return [FieldRow(self.label, first, self.label_width),
                FieldRow(None, rest, self.label_width, self.spaceAfter)]

    def draw(self) -> None:
        top = self.height
        if self.label is not None:
            self.label.drawOn(self.canv, 0, top - self._label_height)
        y = top
        for value, height in zip(self.values, self._value_heights, strict=True):
            y -= height
            value.drawOn(self.canv, self.label_width, y)


class DottedLine(Flowable):
    """A dotted line to sign on, with room above it for the signature."""

    def __init__(self, width: float | None = None, room: float = 26) -> None:
        super().__init__()
        self.line_width = width
        self.room = room

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.line_width or avail_width, avail_width)
        self.height = self.room
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(0.6)
        canvas.setDash(1, 2)
        canvas.line(0, 2, self.width, 2)
        canvas.restoreState()


class Anchor(Flowable):
    """Zero-size: bookmarks the page it lands on, with an outline entry."""

    def __init__(self, entry: OutlineEntry) -> None:
        super().__init__()
        self.entry = entry
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, MinutesCanvas):
            canvas.add_outline(self.entry)


def set_appendix(number: int | None) -> ActionFlowable:
    """From the next page on, the header carries "Bilaga N" (None: no mark).

    Placed just before the page break that starts the bilaga, so that the new page's
    header already knows it (MinutesTemplate.handle_setAppendix).
    """
    return ActionFlowable(("setAppendix", number))


class ReservedPage(Flowable):
    """Makes the current page the size of a received PDF page and reserves it for that page."""

    def __init__(self, appendix_number: int, page_size: tuple[float, float],
                 cover_line: str | None = None) -> None:
        super().__init__()
        self.appendix_number = appendix_number
        self.page_size = page_size
        self.cover_line = cover_line
        self.width = self.height = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.setPageSize(self.page_size)
        if isinstance(canvas, MinutesCanvas):
            canvas.reserve_for_appendix(self.appendix_number, self.cover_line)


class SignatureSpot(Flowable):
    """Where a signature line is drawn: records its box on the canvas, draws nothing.

    Sits at the foot of a signature line's cell; the box reaches `room` points up from the
    line, the space left for a signature. The canvas collects the boxes in drawing order
    (MinutesCanvas.signature_spots), and electronic signatures are placed in them
    (kraftdesk.documents.pades).
    """

    def __init__(self, room: float) -> None:
        super().__init__()
        self.room = room

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, MinutesCanvas):
            x, y = canvas.absolutePosition(0, 0)
            canvas.record_signature_spot(x, y, self.width, self.room)
