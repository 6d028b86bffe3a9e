# SPDX-License-Identifier: EUPL-1.2
"""The protocol checker, finding by finding, in Swedish naming paragraph and field."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from kraftdesk.domain.enums import (
    AppendixKind,
    BallotChoice,
    ParagraphAttendanceKind,
    StatementKind,
)
from kraftdesk.register.models import Appendix
from kraftdesk.services import justering, meetings, paragraphs, proceedings, statements
from kraftdesk.services.meetings import ParagraphAttendanceEntry
from kraftdesk.text.checks import finding_line
from tests.services.world import World


def _lines(world: World, meeting: int) -> list[str]:
    return [finding_line(f) for f in justering.check(world.register, meeting)]


def test_an_empty_meeting(world: World) -> None:
    meeting = world.meeting(attendance=False)
    world.paragraph(meeting, "Information")
    with world.register.write() as s:
        s.execute(text(f"UPDATE meeting SET secretary_id = NULL, chair_id = NULL "
                       f"WHERE id = {meeting}"))
    assert _lines(world, meeting) == [
        "Fel – Protokollet, Närvaro: Närvaron är inte registrerad; protokollet ska visa vilka "
        "ledamöter och ersättare som tjänstgjort (KL 5 kap. 66 §).",
        "Fel – Protokollet, Ordförande: Ordförande är inte angiven för sammanträdet.",
        "Fel – Protokollet, Utses att justera: Ingen justerare är utsedd (utöver "
        "ordföranden).",
        "Varning – Protokollet, Sekreterare: Sekreterare är inte angiven för sammanträdet.",
        "Fel – § 1, Beslut: Paragrafen har inget beslut. Skriv beslutspunkter, eller ange att "
        "paragrafen inte har något beslut (information, anmälan, delegationsbeslut).",
    ]


def test_votes_jav_statements_and_bilagor(world: World) -> None:
    p = world.person
    meeting = world.meeting("2026-02-04 13:00", due="2026-02-11 12:00")
    pid = world.paragraph(meeting)
    paragraphs.set_decision_points(world.register, pid, ["Bidrag beviljas."])
    vote = proceedings.record_vote(world.register, pid, yes_meaning="bifall",
                                   no_meaning="avslag").id
    proceedings.set_ballots(world.register, vote, {
        p["Bo Ek"]: BallotChoice.YES, p["Dan Berg"]: BallotChoice.NO})
    statements.announce(world.register, pid, kind=StatementKind.SPECIAL_STATEMENT,
                        author_ids=[p["Eva Ek"]], deadline=datetime(2026, 2, 12, 9, 0))
    meetings.set_paragraph_attendance(world.register, pid, [
        ParagraphAttendanceEntry(p["Anna Svensson"], ParagraphAttendanceKind.RECUSED)])
    with world.register.write() as s:  # a document filed as a reservation, without one
        s.add(Appendix(meeting_id=meeting, kind=AppendixKind.DOCUMENT, paragraph_id=pid,
                       title="Reservation (SD)"))
        # … and, behind the services' back, a ballot by the jävig chair
        s.execute(text(f"INSERT INTO ballot (vote_id, person_id, choice) "
                       f"VALUES ({vote}, {p['Anna Svensson']}, 'yes')"))
    assert _lines(world, meeting) == [
        "Fel – Protokollet, Utses att justera: Ingen justerare är utsedd (utöver "
        "ordföranden).",
        # Anna Svensson's ballot does not count: jävig. 1 Ja mot 1 Nej, and no casting vote.
        "Fel – § 1, Omröstning 1: Omröstning 1 har inget resultat: rösterna är lika och "
        "ordförandens utslagsröst är inte registrerad.",
        "Varning – § 1, Omröstning 1: I omröstning 1 saknas röst för Eva Ek (L) och Ulf Lind "
        "(SD), som tjänstgör i paragrafen.",
        "Fel – § 1, Omröstning: Anna Svensson (S) röstar men är jävig i paragrafen.",
        "Varning – § 1, Tjänstgörande ordförande: Ordföranden Anna Svensson (S) är jävig i "
        "paragrafen men ingen tjänstgörande ordförande är angiven.",
        "Varning – § 1, Reservationer och särskilda yttranden: Särskilt yttrande från Eva Ek "
        "(L) har inte kommit in (frist 2026-02-12 kl. 09:00).",
        "Varning – § 1, Reservationer och särskilda yttranden: Särskilt yttrande från Eva Ek "
        "(L) har frist 2026-02-12 kl. 09:00, efter justeringens tid 2026-02-11 kl. 12:00; "
        "texten ska finnas när protokollet justeras (KL 4 kap. 27 §).",
        "Fel – § 1, Bilaga: Bilaga 1 (Reservation (SD)) är en reservation, men paragrafen har "
        "ingen reservation som hör till den.",
    ]
