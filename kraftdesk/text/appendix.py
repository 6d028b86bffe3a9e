# SPDX-License-Identifier: EUPL-1.2
"""Bilagor of statements: received text or PDF, the fixed placeholder, a withdrawn one."""

from __future__ import annotations

from kraftdesk.domain.document import AppendixDoc, Block, Text
from kraftdesk.domain.enums import StatementState
from kraftdesk.domain.values import MeetingValue, OrganisationTexts, StatementValue, VoteValue
from kraftdesk.text.formats import date_and_time, names
from kraftdesk.text.proceedings import vote_sentences, voting_table
from kraftdesk.text.statements import (
    paragraph_reference,
    placeholder_blocks,
    received_blocks,
    withdrawn_blocks,
)
from kraftdesk.text.vocabulary import STATEMENT_KIND


def statement_appendix(number: int, s: StatementValue, meeting: MeetingValue,
                       texts: OrganisationTexts, *, paragraph_label: str, title: str,
                       case_number: str | None, pdf_bytes: bytes | None = None,
                       paragraph_id: int | None = None) -> AppendixDoc:
    """The bilaga of one statement, composed from its data: a received PDF is merged as it
    is, a received text is composed (seed bilaga 13), a promise closed at justering is the
    placeholder (seed bilaga 12), a withdrawn one says so, an open one what is awaited.
    """
    heading = STATEMENT_KIND[s.kind]
    by_paragraph = paragraph_reference(paragraph_label, title)
    if s.state is StatementState.WITHDRAWN:
        return AppendixDoc(number, heading, by_paragraph, withdrawn_blocks(s, meeting), None,
                           paragraph_id)
    if s.state is StatementState.NOT_RECEIVED:
        return AppendixDoc(number, heading, by_paragraph, placeholder_blocks(s, meeting, texts),
                           None, paragraph_id)
    reference = f"{case_number} {title}" if case_number else by_paragraph
    if pdf_bytes is not None:
        # The received PDF may not say who joined it: the stamp band does.
        cover = concurring_line(s) if s.concurring else None
        return AppendixDoc(number, heading, reference, (), pdf_bytes, paragraph_id, cover)
    if s.text:
        return AppendixDoc(number, heading, reference, received_blocks(s, meeting), None,
                           paragraph_id)
    # Still promised: the draft shows what is awaited.
    awaited = Text(f"{heading} väntas in senast {date_and_time(s.deadline)}."
                   if s.deadline else f"{heading} väntas in.")
    return AppendixDoc(number, heading, by_paragraph, (awaited,), None, paragraph_id)


def concurring_line(s: StatementValue) -> str:
    """ "Med instämmande av Anders Pripp (SD)"."""
    return f"Med instämmande av {names(s.concurring)}"


def voting_appendix(number: int, meeting: MeetingValue, votes: tuple[VoteValue, ...], *,
                    paragraph_label: str, title: str,
                    paragraph_id: int | None = None) -> AppendixDoc:
    """A voting list (omröstningslista) as a bilaga: the proposition and a table per vote."""
    blocks: list[Block] = []
    for vote in votes:
        blocks.append(Text(vote_sentences(meeting.body, vote)[1]))
        blocks.append(voting_table(vote))
    return AppendixDoc(number, "Omröstningslista", paragraph_reference(paragraph_label, title),
                       tuple(blocks), None, paragraph_id)
