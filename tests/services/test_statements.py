# SPDX-License-Identifier: EUPL-1.2
"""The statement ledger: announce, receive, withdraw, bilaga numbers, closing at justering."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kraftdesk.domain.document import SignatureLines, Text
from kraftdesk.domain.enums import (
    MinutesState,
    ParagraphAttendanceKind,
    ProposalKind,
    StatementKind,
    StatementState,
)
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.register.models import Appendix, Organisation, Statement, StoredFile
from kraftdesk.services import composition, meetings, proceedings, statements
from kraftdesk.services.meetings import ParagraphAttendanceEntry
from tests import factories as f
from tests.pdfs import plain_pdf
from tests.services.world import World, snapshot

SPECIAL, RESERVATION, NOTE = (StatementKind.SPECIAL_STATEMENT, StatementKind.RESERVATION,
                              StatementKind.MINUTES_NOTE)
PDF = plain_pdf("Särskilt yttrande från SD")


def test_announce_and_receive_a_special_statement(world: World) -> None:
    p = world.person
    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    sid = statements.announce(world.register, pid, kind=SPECIAL,
                              author_ids=[p["Dan Berg"], p["Eva Ek"]],
                              concurring_ids=[p["Cia Lund"]]).id
    row = statements.statement_view(world.register, sid)
    assert (row.state, row.deadline, row.appendix_number, row.kind_title) == \
        (StatementState.PROMISED, f.at("2026-01-14 12:00"), 1, "Särskilt yttrande")
    # The concurring member is named in the § until the bilaga itself says so.
    assert row.sentence == ("Dan Berg (M) och Eva Ek (L), med instämmande av Cia Lund (V), avser "
                            "lämna in ett gemensamt särskilt yttrande, bilaga 1.")
    statements.receive(world.register, sid, received_at=f.at("2026-01-13 10:00"),
                       text="Vi välkomnar förslaget.")
    with world.register.read() as s:
        [bilaga] = composition.appendix_docs(s, meeting)
    assert (bilaga.number, bilaga.title, bilaga.reference) == \
        (1, "Särskilt yttrande", "§ 1. Bidrag till föreningar")
    assert bilaga.blocks[-1].lines == ("Dan Berg (M)", "Eva Ek (L)", "Med instämmande av",
                                       "Cia Lund (V)")


def test_receive_a_pdf_stores_it_with_its_sha256(world: World) -> None:
    meeting = world.meeting()
    pid = world.paragraph(meeting)
    sid = statements.announce(world.register, pid, kind=SPECIAL,
                              author_ids=[world.person["Ulf Lind"]]).id
    statements.receive(world.register, sid, received_at=f.at("2026-02-05 08:00"), pdf=PDF,
                       filename="yttrande SD.pdf")
    with world.register.read() as s:
        stored = s.scalars(select(StoredFile)).one()
        content = stored.content  # as cleaned at receipt (kraftdesk.documents.received)
        assert (stored.sha256, stored.size, stored.filename, stored.media_type) == (
            hashlib.sha256(content).hexdigest(), len(content), "yttrande SD.pdf",
            "application/pdf")
        [bilaga] = composition.appendix_docs(s, meeting)
    assert bilaga.pdf_bytes == content and bilaga.blocks == ()
    assert statements.statement_file(world.register, sid) == content
    assert "Särskilt yttrande från SD" in PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert statements.statement_view(world.register, sid).file_name == "yttrande SD.pdf"


def test_reservation_forms_through_the_services(world: World) -> None:
    p = world.person
    meeting = world.meeting()
    pid = world.paragraph(meeting)
    own = proceedings.add_proposal(world.register, pid, kind=ProposalKind.REJECTION,
                                   author_ids=[p["Ulf Lind"]], subject="förslaget").id
    statements.announce(world.register, pid, kind=RESERVATION, author_ids=[p["Ulf Lind"]],
                        promised=False, in_favour_of_proposal_id=own)
    statements.announce(world.register, pid, kind=RESERVATION, author_ids=[p["Eva Ek"]],
                        as_appendix=False)
    statements.announce(world.register, pid, kind=NOTE, author_ids=[p["Cia Lund"]],
                        promised=False, text="Om jag hade haft rätt att rösta hade jag röstat Ja.")
    world.set_state(meeting, MinutesState.APPROVED)
    with world.register.read() as s:
        doc = composition.paragraph_doc(s, pid)
    sections = {sec.heading: [b.text for b in sec.blocks] for sec in doc.sections}
    assert sections["Reservationer och särskilda yttranden"] == [
        "Ulf Lind (SD) reserverar sig mot beslutet till förmån för det egna yrkandet.",
        "Eva Ek (L) reserverar sig mot beslutet och anmäler att hon avser inkomma med en "
        "skriftlig reservation.",
        "Vid justering av protokollet har ingen skriftlig reservation inkommit."]
    assert sections["Protokollsanteckning"] == [
        "Cia Lund (V) antecknar följande till protokollet: Om jag hade haft rätt att rösta hade "
        "jag röstat Ja."]


def test_bad_statements_are_refused_and_nothing_changes(world: World) -> None:
    p = world.person
    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    meetings.set_paragraph_attendance(world.register, pid, [
        ParagraphAttendanceEntry(p["Bo Ek"], ParagraphAttendanceKind.RECUSED)])
    undated = world.meeting("2026-03-04 13:00", due=None)
    undated_p = world.paragraph(undated)
    before = snapshot(world.register)
    cases = [
        (dict(kind=SPECIAL, author_ids=[]),
         "Författare saknas för särskilt yttrande under § 1; ange minst en ledamot som står "
         "bakom det."),
        (dict(kind=SPECIAL, author_ids=[world.outsider]),
         "Olle Utan (M) är inte ledamot eller ersättare i kommunstyrelsen 2026-01-07 och kan "
         "inte stå bakom särskilt yttrande under § 1."),
        (dict(kind=RESERVATION, author_ids=[p["Cia Lund"]]),
         "Cia Lund (V) deltog inte i beslutet och kan inte reservera sig (reservation under "
         "§ 1). Bara den som tjänstgör kan reservera sig."),
        (dict(kind=RESERVATION, author_ids=[p["Bo Ek"]]),
         "Bo Ek (S) är jävig och deltar inte i handläggningen; Bo Ek (S) kan inte stå bakom "
         "reservation under § 1."),
        (dict(kind=SPECIAL, author_ids=[p["Dan Berg"]], concurring_ids=[p["Dan Berg"]]),
         "Dan Berg (M) står två gånger bland författarna och de instämmande (särskilt yttrande "
         "under § 1)."),
        (dict(kind=SPECIAL, author_ids=[p["Dan Berg"]], deadline=f.at("2026-01-07 12:59")),
         "Tidsfristen 2026-01-07 12:59 för särskilt yttrande under § 1 ligger före "
         "sammanträdet (2026-01-07 13:00)."),
        (dict(kind=NOTE, author_ids=[p["Dan Berg"]], promised=False),
         "Texten saknas för protokollsanteckning under § 1, som lämnas vid sammanträdet."),
        (dict(kind=SPECIAL, author_ids=[p["Dan Berg"]], in_favour_of_proposal_id=1),
         "Bara en reservation görs till förmån för ett yrkande (särskilt yttrande under § 1)."),
    ]
    for kwargs, message in cases:
        with pytest.raises(UserError) as raised:
            statements.announce(world.register, pid, **kwargs)
        assert raised.value.message == message
    with pytest.raises(UserError) as raised:
        statements.announce(world.register, undated_p, kind=SPECIAL, author_ids=[p["Dan Berg"]])
    assert raised.value.message == (
        "Tidsfrist saknas för särskilt yttrande under § 2: justeringens tid är inte bestämd för "
        "sammanträdet. Ange justeringens tid eller en tidsfrist.")
    assert snapshot(world.register) == before


def test_a_reservation_needs_recorded_attendance(world: World) -> None:
    meeting = world.meeting(attendance=False)
    pid = world.paragraph(meeting)
    with pytest.raises(UserError) as raised:
        statements.announce(world.register, pid, kind=RESERVATION,
                            author_ids=[world.person["Dan Berg"]])
    assert raised.value.message == ("Närvaron är inte registrerad för sammanträdet; registrera "
                                    "vem som tjänstgör innan reservation under § 1 antecknas.")


def test_receiving_after_justering_is_refused_and_nothing_changes(world: World) -> None:
    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    sid = statements.announce(world.register, pid, kind=SPECIAL,
                              author_ids=[world.person["Ulf Lind"]]).id
    world.set_state(meeting, MinutesState.APPROVED)
    assert statements.statement_view(world.register, sid).state is StatementState.NOT_RECEIVED
    before = snapshot(world.register)
    with pytest.raises(LockedError) as raised:
        statements.receive(world.register, sid, received_at=f.at("2026-01-15 09:00"),
                           text="För sent.")
    assert raised.value.message == (
        "§ 1 i KS:2026-01-07 justerades 2026-01-14; särskilt yttrande från Ulf Lind (SD) under "
        "§ 1 kan inte längre ändras eller tas emot.")
    for attempt in (lambda: statements.withdraw(world.register, sid),
                    lambda: statements.update_statement(world.register, sid, deadline=None)):
        with pytest.raises(LockedError):
            attempt()
    assert snapshot(world.register) == before


def test_other_bad_receipts(world: World) -> None:
    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    p = world.person
    sid = statements.announce(world.register, pid, kind=SPECIAL, author_ids=[p["Ulf Lind"]]).id
    inline = statements.announce(world.register, pid, kind=RESERVATION,
                                 author_ids=[p["Eva Ek"]], as_appendix=False).id
    before = snapshot(world.register)
    cases = [
        (lambda: statements.receive(world.register, sid, received_at=f.at("2026-01-08 09:00")),
         "Ange antingen texten eller en PDF-fil för särskilt yttrande från Ulf Lind (SD) under "
         "§ 1."),
        (lambda: statements.receive(world.register, sid, received_at=f.at("2026-01-06 09:00"),
                                    text="x"),
         "Tidpunkten 2026-01-06 09:00 för särskilt yttrande från Ulf Lind (SD) under § 1 ligger "
         "före sammanträdet (2026-01-07 13:00)."),
        (lambda: statements.receive(world.register, sid, received_at=f.at("2026-01-08 09:00"),
                                    pdf=b"GIF89a", filename="bild.gif"),
         "Filen bild.gif för särskilt yttrande från Ulf Lind (SD) under § 1 är ingen PDF."),
        (lambda: statements.receive(world.register, inline, received_at=f.at("2026-01-08 09:00"),
                                    pdf=PDF),
         "Reservation från Eva Ek (L) under § 1 skrivs in i paragrafen och kan inte tas emot "
         "som PDF; klistra in texten i stället."),
    ]
    for attempt, message in cases:
        with pytest.raises(UserError) as raised:
            attempt()
        assert raised.value.message == message
    assert snapshot(world.register) == before
    statements.withdraw(world.register, sid)
    with pytest.raises(UserError, match="är återkallad; ingen text väntas"):
        statements.receive(world.register, sid, received_at=f.at("2026-01-08 09:00"), text="x")


def _bilagor(world: World, meeting: int) -> list[tuple[int, str]]:
    with world.register.read() as s:
        return [(a.number, a.reference.split(".")[0] + " " + a.title)
                for a in composition.appendix_docs(s, meeting)]


def test_bilaga_numbers_follow_paragraph_order_and_then_stay(world: World) -> None:
    p = world.person
    meeting = world.meeting()
    first, second = world.paragraph(meeting, "A"), world.paragraph(meeting, "B")
    statements.announce(world.register, second, kind=SPECIAL, author_ids=[p["Ulf Lind"]])
    statements.announce(world.register, first, kind=RESERVATION, author_ids=[p["Eva Ek"]])
    gone = statements.announce(world.register, first, kind=SPECIAL,
                               author_ids=[p["Dan Berg"]]).id
    statements.announce(world.register, first, kind=SPECIAL, author_ids=[p["Bo Ek"]])
    statements.withdraw(world.register, gone)  # in draft its bilaga goes
    assert _bilagor(world, meeting) == [(1, "§ 1 Reservation"), (2, "§ 1 Särskilt yttrande"),
                                        (3, "§ 2 Särskilt yttrande")]
    world.set_state(meeting, MinutesState.SENT_FOR_APPROVAL)
    with world.register.read() as s:
        stored = sorted(s.scalars(select(Appendix.number)))
    assert stored == [1, 2, 3]
    late = statements.announce(world.register, first, kind=SPECIAL,
                               author_ids=[p["Anna Svensson"]]).id
    statements.withdraw(world.register, statements.statements_view(world.register, second)[0].id)
    # Fixed numbers stay; the late bilaga gets the next number; the withdrawn keeps its own.
    assert _bilagor(world, meeting) == [(1, "§ 1 Reservation"), (2, "§ 1 Särskilt yttrande"),
                                        (3, "§ 2 Särskilt yttrande"),
                                        (4, "§ 1 Särskilt yttrande")]
    assert statements.statement_view(world.register, late).appendix_number == 4


def test_close_open_promises_fixes_the_placeholder(world: World) -> None:
    p = world.person
    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    open_one = statements.announce(world.register, pid, kind=SPECIAL,
                                   author_ids=[p["Dan Berg"], p["Eva Ek"]],
                                   with_reservation=True).id
    received = statements.announce(world.register, pid, kind=SPECIAL,
                                   author_ids=[p["Ulf Lind"]]).id
    statements.receive(world.register, received, received_at=f.at("2026-01-10 10:00"),
                       text="Text.")
    world.set_state(meeting, MinutesState.SENT_FOR_APPROVAL)
    with world.register.write() as s:
        assert statements.close_open_promises(s, meeting, now=f.at("2026-01-14 12:00")) == \
            [open_one]
        with pytest.raises(UserError, match="kan inte ske före sammanträdet"):
            statements.close_open_promises(s, meeting, now=f.at("2026-01-07 12:00"))
    with world.register.write() as s:
        # The organisation's sentence is fixed as the statement's text; the bilaga is not
        # stored as text but composed from the statement, its paragraph and the secretary.
        fixed = s.scalars(select(Statement.text).where(Statement.id == open_one)).one()
        assert s.scalars(select(Appendix.text).where(Appendix.statement_id == open_one)).one() \
            is None
        s.get_one(Organisation, 1).special_statement_not_received_text = "Ändrad efteråt."
    assert fixed == "Särskilt yttrande har inte inkommit vid tidpunkt för justering."
    with world.register.read() as s:
        placeholder = composition.appendix_docs(s, meeting)[0]
    assert (placeholder.title, placeholder.reference) == ("Särskilt yttrande",
                                                          "§ 1. Bidrag till föreningar")
    assert placeholder.blocks == (
        Text("Vid kommunstyrelsens sammanträde den 7 januari 2026 reserverade sig Dan Berg (M) "
             "och Eva Ek (L) mot beslutet och meddelade avsikt att inkomma med ett särskilt "
             "yttrande. Särskilt yttrande har inte inkommit vid tidpunkt för justering."),
        SignatureLines(("Pamela Lindqvist", "Nämndsekreterare")))
    assert statements.statement_view(world.register, open_one).state is \
        StatementState.NOT_RECEIVED
    assert statements.statement_view(world.register, received).state is StatementState.RECEIVED


def test_reminder_text_for_an_open_promise(world: World) -> None:
    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    sid = statements.announce(world.register, pid, kind=RESERVATION,
                              author_ids=[world.person["Eva Ek"]]).id
    text = statements.reminder_text(world.register, sid, now=f.at("2026-01-13 12:00"))
    assert text.splitlines()[0] == "Påminnelse: reservation till § 1 Bidrag till föreningar"
    assert "Det är 1 dygn kvar." in text
    statements.withdraw(world.register, sid)
    with pytest.raises(UserError) as raised:
        statements.reminder_text(world.register, sid, now=f.at("2026-01-13 12:00"))
    assert raised.value.message == ("Det finns ingen utlovad text att påminna om: reservation "
                                    "från Eva Ek (L) under § 1 är återkallad.")


def test_a_paragraph_justerad_omedelbart_is_locked(world: World) -> None:
    from kraftdesk.register.models import Paragraph

    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    sid = statements.announce(world.register, pid, kind=RESERVATION,
                              author_ids=[world.person["Ulf Lind"]], promised=False).id
    with world.register.write() as s:
        s.get_one(Paragraph, pid).immediately_approved_on = f.at("2026-01-07 13:00").date()
    before = snapshot(world.register)
    with pytest.raises(LockedError) as raised:
        statements.update_statement(world.register, sid, author_ids=[world.person["Dan Berg"]])
    assert raised.value.message == ("§ 1 i KS:2026-01-07 justerades omedelbart 2026-01-07; "
                                    "reservation från Ulf Lind (SD) under § 1 kan inte längre "
                                    "ändras eller tas emot.")
    with pytest.raises(LockedError, match="§ 1 är omedelbart justerad 2026-01-07"):
        statements.announce(world.register, pid, kind=SPECIAL, author_ids=[world.person["Bo Ek"]])
    assert snapshot(world.register) == before


def test_correcting_and_deleting_a_statement(world: World) -> None:
    p = world.person
    meeting = world.meeting("2026-01-07 13:00", due="2026-01-14 12:00")
    pid = world.paragraph(meeting)
    sid = statements.announce(world.register, pid, kind=SPECIAL, author_ids=[p["Dan Berg"]]).id
    statements.update_statement(world.register, sid, author_ids=[p["Dan Berg"], p["Ulf Lind"]],
                                concurring_ids=[p["Eva Ek"]],
                                deadline=f.at("2026-01-13 16:00"))
    row = statements.statement_view(world.register, sid)
    assert [a.label for a in row.authors] == ["Dan Berg (M)", "Ulf Lind (SD)"]
    assert [c.label for c in row.concurring] == ["Eva Ek (L)"]
    assert row.deadline == f.at("2026-01-13 16:00")
    statements.update_statement(world.register, sid, deadline=None)  # back to the justering
    assert statements.statement_view(world.register, sid).deadline == f.at("2026-01-14 12:00")
    statements.delete_statement(world.register, sid)
    assert statements.statements_view(world.register, pid) == ()
    with world.register.read() as s:
        assert s.scalars(select(Appendix)).all() == []
