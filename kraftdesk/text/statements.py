# SPDX-License-Identifier: EUPL-1.2
"""Reservationer, särskilda yttranden and protokollsanteckningar: every sentence about them.

In the paragraph (section "Reservationer och särskilda yttranden"):
    "John Eklöf (M), Farishta Sulaiman (M) och Anton Sauer (C) avser lämna in ett gemensamt
    särskilt yttrande, bilaga 12."  ("gemensamt" when the authors are of several parties)
    "X (SD) reserverar sig mot beslutet till förmån för det egna yrkandet."
    "X (L) reserverar sig mot beslutet och anmäler att hon avser inkomma med en skriftlig
    reservation."  (several authors: "de"; no pronoun known: "anmäler avsikt att inkomma …")
    "Elisabet Lann (KD) antecknar följande till protokollet: …"
A promise written into the paragraph (no bilaga) that did not arrive is followed by the
organisation's sentence, "Vid justering av protokollet har ingen skriftlig reservation
inkommit."

The bilaga of a statement: received text ending with the body and meeting date, the authors
one per line and "Med instämmande av"; or, once justering closed the promise, the placeholder
(seed bilaga 12): the paragraph reference, one sentence of what was announced ending with the
not-received sentence, the secretary's name and title (placeholder_blocks). At justering the
organisation's not-received sentence is fixed as the statement's text, with or without a
bilaga; everything else is composed from the register's data each time, as the rest of the
minutes is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from kraftdesk.domain.document import Block, SignatureLines, Text
from kraftdesk.domain.enums import StatementKind, StatementState
from kraftdesk.domain.values import (
    MeetingValue,
    OrganisationTexts,
    PersonName,
    StatementValue,
)
from kraftdesk.text import formats as f
from kraftdesk.text.proceedings import proposal_label
from kraftdesk.text.vocabulary import STATEMENT_KIND_DEFINITE, STATEMENT_KIND_WORD

MINUTES_NOTE_NOT_RECEIVED = "Protokollsanteckning har inte inkommit vid tidpunkt för justering."

WRITTEN = (StatementState.PROMISED, StatementState.RECEIVED, StatementState.NOT_RECEIVED)


def is_joint(authors: tuple[PersonName, ...]) -> bool:
    """Authors of more than one party make a "gemensamt" statement."""
    return len(f.parties(authors)) > 1


def noun(kind: StatementKind, *, joint: bool = False) -> str:
    """ "ett gemensamt särskilt yttrande", "en skriftlig reservation", "en protokollsanteckning".
    """
    if kind is StatementKind.SPECIAL_STATEMENT:
        return "ett gemensamt särskilt yttrande" if joint else "ett särskilt yttrande"
    if kind is StatementKind.MINUTES_NOTE:
        return "en gemensam protokollsanteckning" if joint else "en protokollsanteckning"
    return "en gemensam skriftlig reservation" if joint else "en skriftlig reservation"


def not_received_sentence(kind: StatementKind, texts: OrganisationTexts) -> str:
    if kind is StatementKind.RESERVATION:
        return texts.reservation_not_received
    if kind is StatementKind.MINUTES_NOTE:
        return MINUTES_NOTE_NOT_RECEIVED
    return texts.special_statement_not_received


def _fixed_not_received(s: StatementValue, texts: OrganisationTexts) -> str:
    """The not-received sentence fixed at justering (the statement's text); the
    organisation's current one for a register that did not fix it (before 2026-12)."""
    return s.text or not_received_sentence(s.kind, texts)


def in_favour_phrase(s: StatementValue) -> str:
    """ " till förmån för det egna yrkandet", " till förmån för Karin Pleijels (MP) yrkande".
    """
    proposal = s.in_favour_of
    if proposal is None:
        return ""
    if set(s.authors) <= set(proposal.authors):
        return " till förmån för det egna yrkandet"
    return f" till förmån för {proposal_label(proposal)}"


def _bilaga(s: StatementValue) -> str:
    return f", bilaga {s.appendix_number}" if s.appendix_number is not None else ""


def _pronoun(authors: tuple[PersonName, ...]) -> str | None:
    if len(authors) > 1:
        return "de"
    return authors[0].pronoun if authors else None


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of a text: separated by blank lines; single newlines kept inside."""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in parts if p]


def _reservation(s: StatementValue, who: str, texts: OrganisationTexts) -> str:
    base = f"{who} reserverar sig mot beslutet{in_favour_phrase(s)}"
    if s.state not in WRITTEN:
        if s.has_appendix:  # handed in at the meeting
            joint = is_joint(s.authors)
            return f"{base} och lämnar {noun(s.kind, joint=joint)}{_bilaga(s)}."
        return base + "."
    if s.state is StatementState.RECEIVED:  # the written reservation has arrived
        return f"{base} och {texts.reservation_received.strip()}{_bilaga(s)}."
    pronoun = _pronoun(s.authors)
    promise = (f"anmäler att {pronoun} avser inkomma med en skriftlig reservation" if pronoun
               else "anmäler avsikt att inkomma med en skriftlig reservation")
    return f"{base} och {promise}{_bilaga(s)}."


def _written(s: StatementValue, who: str) -> str:
    joint = is_joint(s.authors)
    if s.kind is StatementKind.MINUTES_NOTE and not s.has_appendix and s.text and (
            s.state in (StatementState.ANNOUNCED, StatementState.RECEIVED)):
        return f"{who} antecknar följande till protokollet:"
    if s.state in WRITTEN:
        return f"{who} avser lämna in {noun(s.kind, joint=joint)}{_bilaga(s)}."
    if s.has_appendix:
        return f"{who} lämnar {noun(s.kind, joint=joint)}{_bilaga(s)}."
    # Its text follows after the colon; without a text the sentence ends.
    return f"{who} lämnar {noun(s.kind, joint=joint)}{':' if s.text else '.'}"


def concurring_shown_in_appendix(s: StatementValue) -> bool:
    """True when the bilaga itself prints "Med instämmande av" (a received text, seed bilaga
    13); otherwise the paragraph names the concurring members."""
    return s.has_appendix and s.state is StatementState.RECEIVED and bool(s.text) \
        and not s.has_file


def _who(s: StatementValue) -> str:
    """The authors; ", med instämmande av …," when the bilaga does not say it."""
    who = f.names(s.authors)
    if s.concurring and not concurring_shown_in_appendix(s):
        who += f", med instämmande av {f.names(s.concurring)},"
    return who


def announcement(s: StatementValue, texts: OrganisationTexts | None = None) -> str:
    """The sentence recording what was announced at the meeting (without received text).

    A withdrawn statement is described as announced: promised when it had a deadline.
    """
    texts = texts or OrganisationTexts()
    if s.state is StatementState.WITHDRAWN:
        s = replace(s, state=StatementState.PROMISED if s.deadline else StatementState.ANNOUNCED)
    who = _who(s)
    if s.kind is StatementKind.RESERVATION:
        return _reservation(s, who, texts)
    return _written(s, who)


def announcement_blocks(s: StatementValue, texts: OrganisationTexts) -> tuple[Text, ...]:
    """What the paragraph prints for one statement (nothing for one withdrawn in draft)."""
    sentence = announcement(s, texts)
    if s.state is StatementState.WITHDRAWN:
        if not s.has_appendix or s.appendix_number is None:
            return ()
        definite = f.capitalise(STATEMENT_KIND_DEFINITE[s.kind])
        return (Text(f"{sentence} {definite} har därefter återkallats."),)
    if s.has_appendix:
        return (Text(sentence),)
    following: list[str] = []
    if s.state is StatementState.NOT_RECEIVED:
        following = [_fixed_not_received(s, texts)]
    elif s.text and s.state in (StatementState.ANNOUNCED, StatementState.RECEIVED):
        following = _paragraphs(s.text)
    if following and sentence.endswith(":"):
        # "… antecknar följande till protokollet: Om jag hade haft rätt att rösta …"
        return (Text(f"{sentence} {following[0]}"), *(Text(p) for p in following[1:]))
    return (Text(sentence), *(Text(p) for p in following))


def placeholder_sentence(s: StatementValue, meeting: MeetingValue,
                         texts: OrganisationTexts) -> str:
    """Seed bilaga 12: "Vid kommunstyrelsens sammanträde den 7 januari 2026 reserverade sig …
    mot beslutet och meddelade avsikt att inkomma med ett särskilt yttrande. Särskilt
    yttrande har inte inkommit vid tidpunkt för justering." """
    who = f.names(s.authors)
    what = noun(s.kind)
    if s.kind is StatementKind.RESERVATION or s.with_reservation:
        act = (f"reserverade sig {who} mot beslutet{in_favour_phrase(s)} och meddelade "
               f"avsikt att inkomma med {what}")
    else:
        act = f"meddelade {who} avsikt att inkomma med {what}"
    opening = (f"Vid {f.body_genitive(meeting.body)} sammanträde den "
               f"{f.long_date(meeting.starts_at.date())}")
    return f"{opening} {act}. {_fixed_not_received(s, texts)}"


def paragraph_reference(label: str, title: str) -> str:
    """ "§ 16. Återrapportering kring kraftsamlande insatser"."""
    return f"{label}. {title}"


def placeholder_blocks(s: StatementValue, meeting: MeetingValue,
                       texts: OrganisationTexts) -> tuple[Block, ...]:
    """Seed bilaga 12 below its reference: the sentence, then the secretary's name and title.
    """
    blocks: list[Block] = [Text(placeholder_sentence(s, meeting, texts))]
    secretary = meeting.secretary
    if secretary is not None:
        blocks.append(SignatureLines(tuple(x for x in (secretary.name, secretary.title) if x)))
    return tuple(blocks)


def received_blocks(s: StatementValue, meeting: MeetingValue) -> tuple[Block, ...]:
    """Seed bilaga 13: the text, then "Kommunstyrelsen 2026-01-07", the authors one per line,
    "Med instämmande av" and the concurring members."""
    blocks: list[Block] = [Text(p) for p in _paragraphs(s.text or "")]
    blocks.append(SignatureLines((f"{f.body_heading(meeting.body)} "
                                  f"{f.iso_date(meeting.starts_at.date())}",)))
    lines = [f.person(p) for p in s.authors]
    if s.concurring:
        lines.append("Med instämmande av")
        lines += [f.person(p) for p in s.concurring]
    blocks.append(SignatureLines(tuple(lines)))
    return tuple(blocks)


def withdrawn_blocks(s: StatementValue, meeting: MeetingValue) -> tuple[Block, ...]:
    """The bilaga of a statement withdrawn after its number was fixed."""
    who = f.names(s.authors)
    sentence = (f"Vid {f.body_genitive(meeting.body)} sammanträde den "
                f"{f.long_date(meeting.starts_at.date())} meddelade {who} avsikt att inkomma "
                f"med {noun(s.kind)}. {f.capitalise(STATEMENT_KIND_DEFINITE[s.kind])} har därefter "
                "återkallats.")
    return (Text(sentence),)


def open_promise(paragraph_label: str, kind: StatementKind, authors: Sequence[str]) -> str:
    """An open promise named in a list or a message: "§ 16: särskilt yttrande från Cecilia
    Ceder" (the authors by name, without party)."""
    by = f" från {f.join_list(authors)}" if authors else ""
    return f"{paragraph_label}: {STATEMENT_KIND_WORD[kind]}{by}"


def time_left_text(left: timedelta) -> str:
    """Until an open promise's deadline: "2 dygn och 3 timmar"; "försenad med 5 timmar"."""
    if left < timedelta(0):
        return f"försenad med {f.duration(left)}"
    return f.duration(left)


def reminder_text(s: StatementValue, meeting: MeetingValue, texts: OrganisationTexts, *,
                  reference: str, case_number: str | None, now: datetime) -> str:
    """A message to the authors of an open promise, ready to paste into an e-mail."""
    assert s.deadline is not None
    you = "du" if len(s.authors) == 1 else "ni"
    what = noun(s.kind, joint=is_joint(s.authors))
    dnr = f" ({case_number})" if case_number else ""
    deadline = f"den {f.long_date(s.deadline.date())} {f.clock(s.deadline)}"
    left = s.deadline - now
    if left.total_seconds() >= 0:
        when = (f"Texten behöver komma in senast {deadline}, då protokollet justeras. "
                f"Det är {f.duration(left)} kvar.")
    else:
        when = (f"Tidsfristen gick ut {deadline}, för {f.duration(left)} sedan. "
                "Protokollet är ännu inte justerat; skicka texten snarast.")
    lines = [
        f"Påminnelse: {STATEMENT_KIND_WORD[s.kind]} till {reference}",
        "",
        f"Till {f.names(s.authors)}",
        "",
        f"Vid {f.body_genitive(meeting.body)} sammanträde den "
        f"{f.long_date(meeting.starts_at.date())} anmälde {you} att {you} avser lämna in "
        f"{what} till {reference}{dnr}{_bilaga(s)}.",
        "",
        when,
        "",
        "Om texten inte har kommit in vid justeringen skrivs i protokollet: "
        f"”{not_received_sentence(s.kind, texts)}”",
    ]
    if meeting.secretary is not None:
        lines += ["", "Med vänlig hälsning", meeting.secretary.name]
        if meeting.secretary.title:
            lines.append(meeting.secretary.title)
    return "\n".join(lines)
