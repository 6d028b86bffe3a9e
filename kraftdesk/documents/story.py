# SPDX-License-Identifier: EUPL-1.2
"""The story of a MinutesDoc: front page, paragraphs, certification, bilagor.

Each § starts on a new page ("§ 16 Title", the diarienummer on its own line, the sections
with bold headings); each bilaga starts on a new page, in number order, marked "Bilaga N"
at the top right. A received PDF bilaga reserves one page per page of its own, sized like
them; kraftdesk.documents.merge fills them afterwards.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from kraftdesk.documents.blocks import block_flowables, text_flowables
from kraftdesk.documents.canvas import OutlineEntry
from kraftdesk.documents.flowables import Anchor, ReservedPage, set_appendix
from kraftdesk.documents.front import front_matter, labelled_block
from kraftdesk.documents.markup import plain
from kraftdesk.documents.styles import HEADING_ROOM, stylesheet
from kraftdesk.domain.document import AppendixDoc, MinutesDoc, ParagraphDoc
from kraftdesk.text.furniture import appendix_mark

NBSP = "\u00a0"


class Story:
    """The flowables, and how the document begins (for the page templates)."""

    def __init__(self) -> None:
        self.flowables: list[Flowable] = []
        self.starts_reserved = False  # the first page is a received PDF page
        self.first_appendix: int | None = None  # the first page belongs to this bilaga

    def new_page(self, template: str = "Later") -> None:
        """Start a new page, unless nothing has been placed yet."""
        if self.flowables:
            self.flowables += [NextPageTemplate(template), PageBreak()]


def build_story(doc: MinutesDoc, page_sizes: dict[int, list[tuple[float, float]]]) -> Story:
    """`page_sizes`: for each received PDF bilaga (by number), the sizes of its pages.

    An extract's certification comes last, after the paragraphs and their bilagor, so that
    it covers them (on a page of its own after a bilaga).
    """
    story = Story()
    story.flowables += front_matter(doc.front_fields, doc.signatures, doc.posting_fields,
                                    doc.other_postings)
    whole_front_page = bool(doc.signatures or doc.posting_fields or doc.other_postings)
    for index, paragraph in enumerate(doc.paragraphs):
        if index > 0 or whole_front_page:
            story.new_page()
        story.flowables += paragraph_flowables(paragraph)
    for entry in doc.after_paragraphs:
        story.flowables.append(labelled_block(entry))
    appendices = sorted(doc.appendices, key=lambda a: a.number)
    for appendix in appendices:
        _add_appendix(story, appendix, page_sizes.get(appendix.number))
    if doc.certification and appendices:
        story.flowables.append(set_appendix(None))
        story.new_page()
    for entry in doc.certification:
        story.flowables.append(labelled_block(entry))
    return story


def paragraph_flowables(paragraph: ParagraphDoc) -> list[Flowable]:
    styles = stylesheet()
    label = paragraph.label.replace(" ", NBSP)
    title = f"{label} {paragraph.title}"
    out: list[Flowable] = [Anchor(OutlineEntry(f"p{paragraph.paragraph_id}", plain(title)))]
    out += text_flowables(title, styles["paragraph_heading"])
    if paragraph.case_number:
        out += text_flowables(paragraph.case_number, styles["case_number"])
    for section in paragraph.sections:
        if section.heading:
            out.append(CondPageBreak(HEADING_ROOM))
            out += text_flowables(section.heading, styles["section_heading"])
        for block in section.blocks:
            out += block_flowables(block)
    return out


def _add_appendix(story: Story, appendix: AppendixDoc,
                  sizes: list[tuple[float, float]] | None) -> None:
    received = appendix.pdf_bytes is not None and bool(sizes)
    if not story.flowables:
        story.first_appendix = appendix.number
        story.starts_reserved = received
    else:
        story.flowables.append(set_appendix(appendix.number))
        story.new_page("Reserved" if received else "Later")
    mark = appendix_mark(appendix.number)
    title = f"{mark} {appendix.title}".strip()
    story.flowables.append(Anchor(OutlineEntry(f"a{appendix.number}", plain(title))))
    if received:
        for index, size in enumerate(sizes or []):
            if index:
                story.flowables.append(PageBreak())
            story.flowables.append(ReservedPage(appendix.number, size,
                                                None if index else appendix.cover_line))
        return
    styles = stylesheet()
    story.flowables += text_flowables(appendix.title, styles["appendix_title"])
    story.flowables += text_flowables(appendix.reference, styles["appendix_reference"])
    for block in appendix.blocks:
        story.flowables += block_flowables(block)
