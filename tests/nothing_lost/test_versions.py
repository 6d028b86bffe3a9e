# SPDX-License-Identifier: EUPL-1.2
"""Issue 13, item 3: row versions. A save based on an old version is refused with
"Uppgiften har ändrats av någon annan sedan du öppnade den" and changes nothing; the set_*
services that replace a whole list check the owning row's version; the locking triggers
and the seals of minutes justerade before the versions existed still hold."""

from __future__ import annotations

import dataclasses
import gzip
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kraftdesk.domain.enums import BallotChoice, ProposalKind, StatementState
from kraftdesk.domain.errors import CHANGED_MESSAGE, ChangedError, LockedError
from kraftdesk.domain.values import FreeSection
from kraftdesk.register.revision import HEAD_REVISION
from kraftdesk.services import (
    bodies,
    meetings,
    organisation,
    paragraphs,
    people,
    proceedings,
    statements,
    watching,
)
from kraftdesk.services.bodies import BodyDraft
from kraftdesk.services.people import PersonDraft
from kraftdesk.services.registers import open_register
from tests.nothing_lost.world import Made, cli, digest, export, make_register

SEALED_0004 = Path(__file__).resolve().parents[1] / "integrity" / "data" / \
    "demo-sealed-0004.sqlite3.gz"


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return make_register(tmp_path / "register.sqlite3")


def test_a_save_based_on_an_old_version_is_refused(made: Made) -> None:
    mine = open_register(f"sqlite:///{made.path}")
    theirs = open_register(f"sqlite:///{made.path}")  # another window, another secretary
    try:
        seen = meetings.meeting_view(mine, made.meeting_id)
        paragraph = paragraphs.paragraph_view(mine, made.paragraphs[0])
        other = meetings.meeting_view(theirs, made.meeting_id)
        meetings.update_meeting(theirs, made.meeting_id,
                                dataclasses.replace(other.plan, place="Stadshuset"),
                                expected_version=other.version)
        paragraphs.set_decision_points(theirs, made.paragraphs[0], ["Deras beslutspunkt"],
                                       expected_version=paragraph.version)
        text = export(made.path)
        attempts = [
            lambda: meetings.update_meeting(mine, made.meeting_id, dataclasses.replace(
                seen.plan, ends_at=seen.plan.starts_at.replace(hour=17)),
                expected_version=seen.version),
            lambda: meetings.set_attendance(mine, made.meeting_id, [],
                                            expected_version=seen.version),
            lambda: paragraphs.set_decision_points(mine, made.paragraphs[0], ["Min punkt"],
                                                   expected_version=paragraph.version),
            lambda: paragraphs.set_free_sections(mine, made.paragraphs[0], [
                FreeSection("Yttrande", "Text")], expected_version=paragraph.version),
            lambda: paragraphs.update_paragraph(mine, made.paragraphs[0], title="Ny",
                                                expected_version=paragraph.version),
        ]
        for attempt in attempts:
            with pytest.raises(ChangedError) as refused:
                attempt()
            assert refused.value.message.startswith(f"{CHANGED_MESSAGE} (")
            assert refused.value.message.endswith(
                "). Din ändring är inte sparad; läs de nuvarande uppgifterna och gör "
                "ändringen igen.")
        assert export(made.path) == text
        now = meetings.meeting_view(mine, made.meeting_id)
        assert now.plan.place == "Stadshuset" and now.version == seen.version + 1
        assert [p.text for p in paragraphs.paragraph_view(mine, made.paragraphs[0])
                .decision_points] == ["Deras beslutspunkt"]
        # Based on what is there now, the save goes through, and raises the version by one.
        meetings.update_meeting(mine, made.meeting_id, dataclasses.replace(
            now.plan, ends_at=now.plan.starts_at.replace(hour=17)), expected_version=now.version)
        assert meetings.meeting_view(mine, made.meeting_id).version == now.version + 1
    finally:
        mine.close()
        theirs.close()


def test_ballots_proposals_and_statements_are_versioned_too(made: Made) -> None:
    register = open_register(f"sqlite:///{made.path}")
    try:
        people = {p.person.name: p.person.id for p in
                  meetings.meeting_view(register, made.meeting_id).attendance}
        pid = made.paragraphs[1]
        proposal = proceedings.add_proposal(register, pid, kind=ProposalKind.APPROVAL,
                                            author_ids=[people["Anna Svensson"]],
                                            subject="förslaget").id
        vote = proceedings.record_vote(register, pid, yes_meaning="bifall",
                                       no_meaning="avslag").id
        row = proceedings.proceedings_view(register, pid).votes[0]
        proceedings.cast_ballot(register, vote, people["John Eklöf"], BallotChoice.YES,
                                expected_version=row.version)
        with pytest.raises(ChangedError):
            proceedings.set_ballots(register, vote, {people["Anton Sauer"]: BallotChoice.NO},
                                    expected_version=row.version)
        with pytest.raises(ChangedError):
            proceedings.withdraw_proposal(register, proposal, expected_version=99)
        statement = statements.statement_view(register, made.statement_id)
        statements.withdraw(register, made.statement_id, expected_version=statement.version)
        with pytest.raises(ChangedError):
            statements.reinstate(register, made.statement_id, state=StatementState.PROMISED,
                                 expected_version=statement.version)
        statements.reinstate(register, made.statement_id, state=StatementState.PROMISED,
                             expected_version=statement.version + 1)
        assert statements.statement_view(register, made.statement_id).state is \
            StatementState.PROMISED
    finally:
        register.close()


def test_the_set_up_rows_are_versioned_too(made: Made) -> None:
    """Organisation, bodies, people and parties (the Organisation page and its dialogs)."""
    mine = open_register(f"sqlite:///{made.path}")
    theirs = open_register(f"sqlite:///{made.path}")
    try:
        body = bodies.bodies(mine)[0]
        person = people.people(mine)[0]
        party = people.parties(mine)[0]
        settings = organisation.settings(mine)
        bodies.update_body(theirs, body.id, BodyDraft(body.short_name, "Deras namn"),
                           expected_version=body.version)
        people.update_person(theirs, person.ref.id, PersonDraft(person.ref.name, person.party_id,
                                                                title="Deras titel"),
                             expected_version=person.version)
        people.update_party(theirs, party.id, party.abbreviation, "Deras parti",
                            expected_version=party.version)
        organisation.update_settings(theirs, dataclasses.replace(settings, address="Deras"),
                                     expected_version=settings.version)
        text = export(made.path)
        for attempt in (
                lambda: bodies.update_body(mine, body.id, BodyDraft(body.short_name, "Mitt"),
                                           expected_version=body.version),
                lambda: bodies.retire_body(mine, body.id, date(2030, 1, 1),
                                           expected_version=body.version),
                lambda: people.update_person(mine, person.ref.id,
                                             PersonDraft(person.ref.name, person.party_id),
                                             expected_version=person.version),
                lambda: people.delete_person(mine, person.ref.id,
                                             expected_version=person.version),
                lambda: people.update_party(mine, party.id, party.abbreviation, "Mitt",
                                            expected_version=party.version),
                lambda: people.delete_party(mine, party.id, expected_version=party.version),
                lambda: organisation.update_settings(
                    mine, dataclasses.replace(settings, address="Min"),
                    expected_version=settings.version)):
            with pytest.raises(ChangedError) as refused:
                attempt()
            assert refused.value.message.startswith(CHANGED_MESSAGE)
        assert export(made.path) == text
        assert organisation.settings(mine).version == settings.version + 1
        assert people.parties(mine)[0].version == party.version + 1
    finally:
        mine.close()
        theirs.close()


def test_the_size_limit_of_received_pdfs_is_an_organisation_setting(made: Made) -> None:
    code, out, err = cli("--db", f"sqlite:///{made.path}", "organisation", "set",
                         "--received-pdf-max-mb", "1")
    assert (code, err) == (0, ""), err
    assert re.search(r"Inkomna PDF-filer: +högst 1 MB", out), out
    before = export(made.path)
    code, out, err = cli("--db", f"sqlite:///{made.path}", "organisation", "set",
                         "--received-pdf-max-mb", "501")
    assert code == 1 and "Största storlek för inkomna PDF-filer ska vara mellan 1 och 500 " \
        "MB." in err and "Traceback" not in err
    assert export(made.path) == before


def test_others_writes_are_noticed_and_ours_are_not(made: Made) -> None:
    mine = open_register(f"sqlite:///{made.path}")
    theirs = open_register(f"sqlite:///{made.path}")
    watcher = watching.watch_register(mine)
    try:
        statements.withdraw(mine, made.statement_id)  # my own write: not "someone else"
        assert watching.others_changes(watcher).empty
        paragraphs.update_paragraph(theirs, made.paragraphs[1], title="Deras rubrik")
        changes = watching.others_changes(watcher)
        assert made.paragraphs[1] in changes.paragraphs
        assert watching.others_changes(watcher).empty  # told once
    finally:
        watcher.close()
        mine.close()
        theirs.close()


def test_minutes_sealed_before_the_versions_still_verify(tmp_path: Path) -> None:
    """The demo register, made and justerad (and sealed, one with its PDF) by the program
    as it was before row versions (schema 0004), upgraded by this one: verify is clean,
    the anslag of justerade minutes can still be recorded (raising the meeting's version),
    and the triggers still refuse every other change."""
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(gzip.decompress(SEALED_0004.read_bytes()))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
    code, out, err = cli("--db", str(path), "verify")  # on a working copy: not upgraded
    assert (code, err) == (0, "")
    assert out == ("Allt stämmer: 5 förseglade protokoll, 6 filer och 257 poster i "
                   "granskningsloggen är oförändrade.\n")
    code, out, err = cli("--db", str(path), "info")  # opening upgrades it (with a backup)
    assert code == 0 and re.search(rf"Databasversion:\s+{HEAD_REVISION}\n", out)
    assert len(list((tmp_path / "backups").glob("demo-före-uppgradering-*.sqlite3"))) == 1
    code, out, err = cli("--db", str(path), "justering", "anslag", "KS:2026-12-02",
                         "--datum", "2026-12-10")
    assert (code, err) == (0, ""), err
    code, out, _ = cli("--db", str(path), "verify")
    assert code == 0 and out.startswith("Allt stämmer: 5 förseglade protokoll")
    before = digest(path)
    conn = sqlite3.connect(path)
    try:
        for statement in ("UPDATE paragraph SET title = 'Ändrad' WHERE meeting_id = 5",
                          "UPDATE meeting SET version = version + 1 WHERE id = 5",
                          "UPDATE statement SET version = 7 WHERE paragraph_id IN "
                          "(SELECT id FROM paragraph WHERE meeting_id = 5)"):
            with pytest.raises(sqlite3.IntegrityError, match="Protokollet är justerat"):
                conn.execute(statement)
    finally:
        conn.close()
    assert digest(path) == before
    register = open_register(f"sqlite:///{path}")
    try:
        justerad = meetings.meeting_view(register, 5).paragraphs[0].id
        with pytest.raises(LockedError):
            paragraphs.update_paragraph(register, justerad, title="Ändrad")
    finally:
        register.close()
