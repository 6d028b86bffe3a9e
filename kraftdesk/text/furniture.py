# SPDX-License-Identifier: EUPL-1.2
"""The fixed words of the PDF page furniture: the only words the renderer adds itself.

Header ("Sammanträdesprotokoll" or "Protokollsutdrag", "Sammanträdesdatum"), footer boxes
("Justerandes sign", "Utdragsbestyrkande"), page numbers "3 (12)", "Bilaga 12", the draft
mark and the label of the signature block. Kept apart from kraftdesk.text.minutes, and free
of imports, so that the PDF renderer loads no more than it needs.
"""

from __future__ import annotations

MINUTES_HEADING = "Sammanträdesprotokoll"
EXTRACT_HEADING = "Protokollsutdrag"
MEETING_DATE_LABEL = "Sammanträdesdatum"
SIGNATURE_BOX = "Justerandes sign"
CERTIFICATION_BOX = "Utdragsbestyrkande"
DRAFT_MARK = "Förslag – ej justerat"
SIGNATURES_LABEL = "Underskrifter"


def page_number(number: int, total: int) -> str:
    """ "3 (12)"."""
    return f"{number} ({total})"


def appendix_mark(number: int) -> str:
    """ "Bilaga 12", top right on every page of the bilaga."""
    return f"Bilaga {number}"
