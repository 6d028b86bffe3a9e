# SPDX-License-Identifier: EUPL-1.2
"""Previews of the composed text, each in its own read transaction (the editor's preview).

The composition itself is kraftdesk.reading.composition.
"""

from __future__ import annotations

from kraftdesk.domain.document import AppendixDoc, ParagraphDoc
from kraftdesk.reading.composition import appendix_docs, paragraph_doc
from kraftdesk.register.database import Register


def preview_paragraph(register: Register, paragraph_id: int) -> ParagraphDoc:
    with register.read() as session:
        return paragraph_doc(session, paragraph_id)


def preview_appendices(register: Register, meeting_id: int) -> list[AppendixDoc]:
    with register.read() as session:
        return appendix_docs(session, meeting_id)
