# SPDX-License-Identifier: EUPL-1.2
"""Where a signature line is on a page: recorded while the front page is drawn
(kraftdesk.documents.canvas), used to place electronic signatures (kraftdesk.documents.pades).
Free of ReportLab, so that importing kraftdesk.documents stays cheap."""

from __future__ import annotations

from typing import NamedTuple


class SignatureBox(NamedTuple):
    """A signature line's box: 0-based page index and the rectangle in PDF points."""

    page: int
    left: float
    bottom: float
    right: float
    top: float
