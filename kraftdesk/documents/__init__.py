# SPDX-License-Identifier: EUPL-1.2
"""PDF rendering with ReportLab: lays out composed documents (kraftdesk.domain.document). No Qt.

    render_minutes(doc, out) -> pages      full minutes, an extract or bilagor on their own
    render_minutes_bytes(doc) -> bytes
    render_notice(doc, out) -> pages       a kallelse or tilläggskallelse
    render_notice_bytes(doc) -> bytes

The renderer adds no wording of its own beyond the page furniture, whose words live in
kraftdesk.text.furniture. All user text passes through kraftdesk.documents.markup. Importing
the package loads none of ReportLab's layout: the renderer does when it is called
(kraftdesk.documents.render).
"""

from __future__ import annotations

from kraftdesk.documents.boxes import SignatureBox
from kraftdesk.documents.notice import render_notice, render_notice_bytes
from kraftdesk.documents.render import render_minutes, render_minutes_bytes

__all__ = ["SignatureBox", "render_minutes", "render_minutes_bytes", "render_notice",
           "render_notice_bytes"]
