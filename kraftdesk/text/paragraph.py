# SPDX-License-Identifier: EUPL-1.2
"""A whole § composed from plain values, in the order of the reference documents.

    § 16 Återrapportering kring kraftsamlande insatser
    STK-2024-1374
    Sammanfattning · (free sections) · Yrkanden · Beslutsgång · Omröstning · Jäv ·
    Tjänstgöring (a tjänstgörande ordförande, ersättare serving in this § only) ·
    Beslut (formula, numbered points; or the standard sentence of a paragraph without a
    decision; none at all when nothing is decided) · Reservationer och särskilda yttranden ·
    Protokollsanteckning(ar) · Beslutsunderlag · Justering · Protokollsutdrag skickas till

Sections without content are left out.
"""

from __future__ import annotations

from kraftdesk.domain.document import Block, BulletList, NumberedList, ParagraphDoc, Section, Text
from kraftdesk.domain.enums import StatementKind
from kraftdesk.domain.marks import SectionKey, section_id
from kraftdesk.domain.values import OrganisationTexts, ParagraphValue
from kraftdesk.text import formats as f
from kraftdesk.text.basis import basis_line
from kraftdesk.text.decision import formula, standard_decision
from kraftdesk.text.participation import acting_chair_sentence, serving_sentence
from kraftdesk.text.proceedings import (
    procedure_sentences,
    proposal_sentence,
    recusal_sentence,
    vote_sentences,
)
from kraftdesk.text.statements import announcement_blocks

IMMEDIATELY_APPROVED = "Paragrafen är omedelbart justerad."


def label(number: int | None) -> str:
    """ "§ 16" ("§ –" for an agenda item not yet numbered)."""
    return f"§ {number}" if number is not None else "§ –"


def text_blocks(text: str | None) -> tuple[Text, ...]:
    """Stored text as Text blocks: one per paragraph (blank-line separated), amounts tidied."""
    if not text:
        return ()
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return tuple(Text(f.tidy_amounts(p)) for p in parts if p)


def _section(heading: str, blocks: tuple[Block, ...] | list[Block],
             key: str | None = None) -> list[Section]:
    return [Section(heading, tuple(blocks), key)] if blocks else []


def _proceedings(p: ParagraphValue) -> list[Section]:
    body = p.meeting.body
    sections = _section("Yrkanden", [Text(proposal_sentence(x)) for x in p.proposals],
                        SectionKey.PROPOSALS)
    procedure = (text_blocks(p.procedure_text) if p.procedure_text and p.procedure_text.strip()
                 else tuple(Text(s) for s in procedure_sentences(body, p.proposals, p.votes)))
    sections += _section("Beslutsgång", procedure, SectionKey.PROCEDURE)
    sections += _section("Omröstning",
                         [Text(s) for v in p.votes for s in vote_sentences(body, v)],
                         SectionKey.VOTES)
    if p.recused:
        sections += _section("Jäv", [Text(recusal_sentence(p.recused))], SectionKey.RECUSAL)
    sections += _serving(p)
    return sections


def _decision(p: ParagraphValue) -> list[Section]:
    """Beslut: the formula and its points; the standard sentence of a paragraph deciding
    nothing new; nothing when there is no decision (the protocol checker says so)."""
    if p.outcome is not None:
        sentence = standard_decision(p.meeting.body, p.outcome, p.formula_override)
        return _section("Beslut", [Text(sentence)] if sentence else [], SectionKey.DECISION)
    has_override = bool(p.formula_override and p.formula_override.strip())
    if not p.decision_points and not has_override:
        return []  # never "Kommunstyrelsen beslutar" followed by nothing
    blocks: list[Block] = [Text(formula(p.meeting.body, p.proposes_to, p.formula_override))]
    if p.decision_points:
        blocks.append(NumberedList(tuple(f.tidy_amounts(x) for x in p.decision_points)))
    return [Section("Beslut", tuple(blocks), SectionKey.DECISION)]


def _serving(p: ParagraphValue) -> list[Section]:
    """Tjänstgöring: who chairs and who serves for whom in this § only."""
    lines = [Text(acting_chair_sentence(p.acting_chair))] if p.acting_chair else []
    lines += [Text(serving_sentence(sub, member)) for sub, member in p.substitutions]
    return _section("Tjänstgöring", lines, SectionKey.SERVING)


def _statements(p: ParagraphValue, texts: OrganisationTexts) -> list[Section]:
    main: list[Block] = []
    notes: list[Block] = []
    for s in p.statements:
        target = notes if s.kind is StatementKind.MINUTES_NOTE else main
        target.extend(announcement_blocks(s, texts))
    note_heading = "Protokollsanteckning" if sum(
        1 for s in p.statements if s.kind is StatementKind.MINUTES_NOTE) == 1 \
        else "Protokollsanteckningar"
    return (_section("Reservationer och särskilda yttranden", main, SectionKey.STATEMENTS)
            + _section(note_heading, notes, SectionKey.NOTES))


def compose_paragraph(p: ParagraphValue, texts: OrganisationTexts) -> ParagraphDoc:
    """The § as printed in the minutes, an extract and the preview."""
    sections = _section("Sammanfattning", text_blocks(p.summary), SectionKey.SUMMARY)
    for free in p.free_sections:
        sections += _section(free.heading, text_blocks(free.body),
                             section_id(SectionKey.FREE, free.section_id))
    sections += _proceedings(p)
    sections += _decision(p)
    sections += _statements(p, texts)
    lines = [line for line in (basis_line(b) for b in p.basis) if line]
    if lines:
        sections += _section("Beslutsunderlag", [BulletList(tuple(lines))], SectionKey.BASIS)
    if p.immediately_approved_on is not None:
        sections += _section("Justering", [Text(IMMEDIATELY_APPROVED)], SectionKey.APPROVAL)
    if p.distribution:
        sections += _section(texts.distribution_heading, [BulletList(p.distribution)],
                             SectionKey.DISTRIBUTION)
    return ParagraphDoc(
        paragraph_id=p.paragraph_id,
        label=label(p.number),
        title=p.title,
        case_number=", ".join(n for n in (p.case_number, *p.other_case_numbers) if n) or None,
        sections=tuple(sections),
        immediately_approved=p.immediately_approved_on is not None,
    )
