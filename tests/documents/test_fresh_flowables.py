# SPDX-License-Identifier: EUPL-1.2
"""Every block gets flowables of its own: ReportLab marks a flowable it moves to the next
page, so one instance shared by two places fails the layout of the second (found by
benchmarks/bench_publish.py on a generated year: a Spacer after every list)."""

from __future__ import annotations

from dataclasses import replace

from kraftdesk.documents import render_minutes_bytes
from kraftdesk.documents.blocks import block_flowables
from kraftdesk.domain.document import BulletList, NumberedList, Section
from tests.documents.pdftext import reader
from tests.documents.samples import paragraph_16, seed_minutes


def test_two_lists_share_no_flowable() -> None:
    first = block_flowables(NumberedList(("Ett.", "Två.")))
    second = block_flowables(BulletList(("Tre.",)))
    assert not {id(f) for f in first} & {id(f) for f in second}


def test_lists_at_every_height_of_a_page_lay_out() -> None:
    # Lists of 1–30 items, one after the other: some end exactly where a page ends.
    sections = tuple(Section("Beslut", (NumberedList(tuple(f"Punkt {i}." for i in range(n))),))
                     for n in range(1, 31))
    doc = replace(seed_minutes(final=True), appendices=(),
                  paragraphs=(replace(paragraph_16(), sections=sections),))
    pages = reader(render_minutes_bytes(doc)).pages
    assert len(pages) > 10
