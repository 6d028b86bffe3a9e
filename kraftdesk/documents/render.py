# SPDX-License-Identifier: EUPL-1.2
"""Render a MinutesDoc (full minutes, an extract, or bilagor on their own) to PDF.

The layout modules import ReportLab's platypus; the renderer imports them when it is first
called. Importing this module or the package loads no layout module and changes nothing.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

from kraftdesk.domain.document import MinutesDoc

if TYPE_CHECKING:
    from kraftdesk.documents.boxes import SignatureBox
    from kraftdesk.documents.canvas import MinutesCanvas

Progress = Callable[[int, int], None]


def render_minutes(doc: MinutesDoc, out: BinaryIO, *, progress: Progress | None = None,
                   signature_boxes: list[SignatureBox] | None = None) -> int:
    """Write `doc` as PDF to `out`; returns the number of pages.

    Identical input gives identical bytes (no timestamps, invariant document id).
    `progress(done, total)` is called as the layout advances (flowables placed).
    `signature_boxes`, when given, receives the box of each signature line on the front
    page, in the order of `doc.signatures`.
    """
    from reportlab import rl_config

    from kraftdesk.documents.merge import merge_received, read_received
    from kraftdesk.documents.story import build_story
    from kraftdesk.documents.templates import MinutesTemplate

    # Plain Flate streams: the ASCII85 layer ReportLab adds by default costs a fifth of the
    # rendering time and a quarter of the file size, for 7-bit safety no one needs today.
    rl_config.useA85 = 0
    received = read_received(doc.appendices)
    story = build_story(doc, {n: list(r.sizes) for n, r in received.items()})
    target: BinaryIO = io.BytesIO() if received else out
    template = MinutesTemplate(target, doc, starts_reserved=story.starts_reserved,
                               first_appendix=story.first_appendix)
    if progress is not None:
        template.setProgressCallBack(_progress_adapter(progress))
    template.build(story.flowables, canvasmaker=_canvas_maker(doc))
    canvas: MinutesCanvas = template.canv
    if signature_boxes is not None:
        signature_boxes.extend(canvas.signature_spots)
    if received:
        assert isinstance(target, io.BytesIO)
        merge_received(target.getvalue(), canvas.reserved_pages, received, out)
    return canvas.page_count


def render_minutes_bytes(doc: MinutesDoc, *, progress: Progress | None = None,
                         signature_boxes: list[SignatureBox] | None = None) -> bytes:
    """`render_minutes` into memory."""
    buffer = io.BytesIO()
    render_minutes(doc, buffer, progress=progress, signature_boxes=signature_boxes)
    return buffer.getvalue()


def _progress_adapter(progress: Progress) -> Callable[[str, int], None]:
    total = [0]

    def report(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            total[0] = max(value, 1)
        elif kind == "PROGRESS":
            progress(min(value, total[0]), total[0])
        elif kind == "FINISHED":
            progress(total[0], total[0])

    return report


def _canvas_maker(doc: MinutesDoc) -> type[MinutesCanvas]:
    from kraftdesk.documents.canvas import MinutesCanvas

    draft = not doc.is_final

    class _Canvas(MinutesCanvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, draft=draft, **kwargs)

    return _Canvas
