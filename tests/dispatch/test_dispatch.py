# SPDX-License-Identifier: EUPL-1.2
"""Expediering: what was sent to whom and when, what is still to send after justering, the
extracts one per recipient group, the .eml parsed back with Python's email package."""

from __future__ import annotations

import email
import email.policy
import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kraftdesk.cli.main import main
from kraftdesk.domain.enums import DispatchMeans, MinutesState
from kraftdesk.domain.errors import CHANGED_MESSAGE, ChangedError, UserError
from kraftdesk.register.database import Register
from kraftdesk.services import dispatch, paragraphs, people
from tests.databases import TestDatabase
from tests.services import world as w

#: The register tests run on SQLite and PostgreSQL (those that read the file: SQLite).
pytestmark = pytest.mark.both_databases

MEETING = "KS:2026-02-04"


@pytest.fixture
def world(register: Register) -> w.World:
    return w.build(register)


@pytest.fixture
def meeting(world: w.World) -> int:
    reg = world.register
    meeting = world.meeting()
    budget = world.paragraph(meeting, "Budget 2027")
    grants = world.paragraph(meeting, "Bidrag till föreningar")
    paragraphs.set_distribution(reg, budget, ["Stadskontoret", "Kommunfullmäktige"])
    paragraphs.set_distribution(reg, grants, ["Stadskontoret", "Fritidsnämnden"])
    return meeting


def _status(reg: Register) -> list[tuple[str, str, str]]:
    return [(r.label, r.recipient, r.status) for r in dispatch.dispatch_overview(
        reg, MEETING).rows]


def test_what_was_sent_and_what_is_still_to_send(world: w.World, meeting: int) -> None:
    reg = world.register
    assert _status(reg) == [
        ("§ 1", "Stadskontoret", "Väntar på justering"),
        ("§ 1", "Kommunfullmäktige", "Väntar på justering"),
        ("§ 2", "Stadskontoret", "Väntar på justering"),
        ("§ 2", "Fritidsnämnden", "Väntar på justering")]
    before = w.snapshot(reg)
    with pytest.raises(UserError, match=re.escape(
            "Protokollet KS:2026-02-04 är inte justerat (§ 1, § 2); ett justerat "
            "protokollsutdrag kan inte ha skickats ännu.")):
        dispatch.record_dispatch(reg, MEETING, "Stadskontoret", sent_on=date(2026, 2, 5),
                                 means=DispatchMeans.EMAIL)
    assert w.snapshot(reg) == before
    dispatch.record_dispatch(reg, MEETING, "stadskontoret", sent_on=date(2026, 2, 5),
                             means=DispatchMeans.EMAIL, paragraphs=["KS:2026:1"],
                             final=False, address="slk@malmo.se")
    assert _status(reg)[0] == ("§ 1", "Stadskontoret",
                               "Preliminärt utdrag skickat 2026-02-05 med e-post")
    world.set_state(meeting, MinutesState.APPROVED)
    overview = dispatch.dispatch_overview(reg, MEETING)
    assert overview.to_send == 4
    assert [r.status for r in overview.rows] == ["Att skicka"] * 4
    assert overview.rows[0].sent == ("Preliminärt utdrag skickat 2026-02-05 med e-post",)
    dispatch.record_dispatch(reg, MEETING, "Stadskontoret", sent_on=date(2026, 2, 12),
                             means=DispatchMeans.EMAIL)
    dispatch.record_dispatch(reg, MEETING, "Kommunfullmäktige", sent_on=date(2026, 2, 13),
                             means=DispatchMeans.CASE_SYSTEM)
    assert _status(reg) == [
        ("§ 1", "Stadskontoret", "Skickat 2026-02-12 med e-post"),
        ("§ 1", "Kommunfullmäktige", "Skickat 2026-02-13 med ärendehanteringssystemet"),
        ("§ 2", "Stadskontoret", "Skickat 2026-02-12 med e-post"),
        ("§ 2", "Fritidsnämnden", "Att skicka")]
    assert dispatch.dispatch_overview(reg, MEETING).to_send == 1


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"recipient": "Miljönämnden"}, "Miljönämnden står inte på sändlistan för någon paragraf "
                                    "i KS:2026-02-04 (mottagare: Stadskontoret, "
                                    "Kommunfullmäktige, Fritidsnämnden)."),
    ({"recipient": "Fritidsnämnden", "paragraphs": ["KS:2026:1"]},
     "Fritidsnämnden står inte på sändlistan för § 1 i KS:2026-02-04."),
    ({"recipient": "Stadskontoret", "sent_on": date(2026, 2, 1)},
     "Utdraget kan inte ha skickats 2026-02-01, före sammanträdet KS:2026-02-04."),
    ({"recipient": "Stadskontoret", "address": "inte en adress"},
     "«inte en adress» är ingen e-postadress."),
    ({"recipient": "  "}, "Ange vem utdraget skickades till."),
])
def test_bad_records_change_nothing(world: w.World, meeting: int, kwargs: dict,
                                    message: str) -> None:
    world.set_state(meeting, MinutesState.APPROVED)
    before = w.snapshot(world.register)
    arguments = {"sent_on": date(2026, 2, 12), "means": DispatchMeans.POST} | kwargs
    recipient = arguments.pop("recipient")
    with pytest.raises(UserError, match=re.escape(message)):
        dispatch.record_dispatch(world.register, MEETING, recipient, **arguments)
    with pytest.raises(UserError, match="är ingen e-postadress"):
        dispatch.set_recipient_address(world.register, "Stadskontoret", "slk@")
    assert w.snapshot(world.register) == before


def test_one_extract_per_recipient_and_an_eml_where_the_address_is_known(
        world: w.World, meeting: int, tmp_path: Path) -> None:
    reg = world.register
    world.set_state(meeting, MinutesState.APPROVED)
    dispatch.set_recipient_address(reg, "Stadskontoret", "stadskontoret@malmo.se")
    dispatch.set_recipient_address(reg, "Kommunfullmäktige", "kf@malmo.se")
    people.update_person(reg, world.person["Pamela Lindqvist"], people.PersonDraft(
        "Pamela Lindqvist", title="Nämndsekreterare", email="pamela.lindqvist@malmo.se"))
    done = dispatch.export_recipient_extracts(reg, MEETING, tmp_path, on=date(2026, 2, 12))
    assert [p.name for p in done.extracts] == [
        "KS 2026-02-04 utdrag Stadskontoret.pdf", "KS 2026-02-04 utdrag Kommunfullmäktige.pdf",
        "KS 2026-02-04 utdrag Fritidsnämnden.pdf"]
    assert [p.name for p in done.emails] == [
        "KS 2026-02-04 utdrag Stadskontoret.eml", "KS 2026-02-04 utdrag Kommunfullmäktige.eml"]
    assert done.without_address == ("Fritidsnämnden",)
    # Again into the same folder: every file is checked first, none replaced without force.
    last = done.extracts[-1]
    last.unlink()
    with pytest.raises(UserError, match="finns redan och skrivs inte över"):
        dispatch.export_recipient_extracts(reg, MEETING, tmp_path, on=date(2026, 2, 12))
    assert not last.exists()
    dispatch.export_recipient_extracts(reg, MEETING, tmp_path, on=date(2026, 2, 12), force=True)
    assert last.exists()
    pdf = done.extracts[0].read_bytes()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "§ 1 Budget 2027" in text and "§ 2 Bidrag till föreningar" in text
    assert "Rätt utdraget intygar:" in text
    with done.emails[0].open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.default)
    assert message["To"] == "Stadskontoret <stadskontoret@malmo.se>"
    assert message["From"] == "Pamela Lindqvist <pamela.lindqvist@malmo.se>"
    assert message["Subject"] == "Protokollsutdrag KS 2026-02-04 § 1, § 2"
    assert message["X-Unsent"] == "1"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert body.startswith("Till Stadskontoret\n\nBifogat finns protokollsutdrag från "
                           "kommunstyrelsens sammanträde den 4 februari 2026:\n\n"
                           "§ 1 Budget 2027\n§ 2 Bidrag till föreningar\n\n"
                           "Protokollet är justerat och utdraget är bestyrkt.")
    assert body.rstrip().endswith("Med vänlig hälsning\nPamela Lindqvist\nNämndsekreterare")
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "KS 2026-02-04 utdrag Stadskontoret.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == pdf
    # Exporting records nothing: the .eml is not sent yet.
    assert dispatch.dispatch_overview(reg, MEETING).to_send == 4


def test_cli(world: w.World, meeting: int, database: TestDatabase, tmp_path: Path,
             capsys: pytest.CaptureFixture[str]) -> None:
    world.set_state(meeting, MinutesState.APPROVED)
    world.register.close()
    db = database.url
    assert main(["--db", db, "expediering", "adress", "Stadskontoret",
                 "stadskontoret@malmo.se"]) == 0
    assert capsys.readouterr().out == "Stadskontoret: stadskontoret@malmo.se\n"
    assert main(["--db", db, "expediering", "registrera", MEETING, "--till", "Stadskontoret",
                 "--sätt", "e-post", "--datum", "2026-02-12"]) == 0
    assert capsys.readouterr().out == (
        "Justerat utdrag: utdragen av 2 paragrafer till Stadskontoret är registrerat som "
        "skickat 2026-02-12 (e-post).\n")
    assert main(["--db", db, "expediering", "visa", MEETING]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "§ 1     Stadskontoret                  Skickat 2026-02-12 med e-post",
        "§ 1     Kommunfullmäktige              Att skicka",
        "§ 2     Stadskontoret                  Skickat 2026-02-12 med e-post",
        "§ 2     Fritidsnämnden                 Att skicka",
        "2 utdrag återstår att skicka."]
    folder = tmp_path / "utdrag"
    assert main(["--db", db, "expediering", "utdrag", MEETING, "--mapp", str(folder),
                 "--datum", "2026-02-12"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"3 protokollsutdrag och 1 e-postmeddelanden är skrivna till {folder}:"
    assert out[-1] == "E-postadress saknas för: Kommunfullmäktige, Fritidsnämnden."
    assert main(["--db", db, "expediering", "registrera", MEETING, "--till", "Okänd",
                 "--sätt", "brev"]) == 1
    assert "Okänd står inte på sändlistan" in capsys.readouterr().err


def test_hostile_names_stay_on_one_header_line_and_one_file(world: w.World, meeting: int,
                                                            tmp_path: Path) -> None:
    import json

    from kraftdesk.interchange import export_register, import_register
    from tests.interchange.helpers import new_register

    reg = world.register
    first = dispatch.dispatch_overview(reg, MEETING).rows[0].paragraph_id
    paragraphs.set_distribution(reg, first, ["Stadskontoret", "STADSKONTORET"])
    # A distribution line with a line break can only come from a file; read one in.
    document = json.loads(export_register(reg))
    document["paragraphs"][0]["distribution"][1]["recipient"] = "Ekonomi\nBcc: x@example.com"
    copy = new_register(tmp_path, "kopia")
    try:
        import_register(copy, json.dumps(document))
        dispatch.set_recipient_address(copy, "Ekonomi Bcc: x@example.com", "eko@malmo.se")
        done = dispatch.export_recipient_extracts(copy, MEETING, tmp_path / "ut",
                                                  on=date(2026, 2, 12))
        names = sorted(p.name for p in done.extracts)
        assert names == ["KS 2026-02-04 utdrag Ekonomi Bcc- x@example.com.pdf",
                         "KS 2026-02-04 utdrag Fritidsnämnden.pdf",
                         "KS 2026-02-04 utdrag Stadskontoret.pdf"]
        (eml,) = done.emails
        message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        assert message["To"] == '"Ekonomi Bcc: x@example.com" <eko@malmo.se>'
        assert [a.addr_spec for a in message["To"].addresses] == ["eko@malmo.se"]
        assert message["Bcc"] is None
    finally:
        copy.close()


def test_two_windows_saving_one_address(world: w.World, meeting: int) -> None:
    """The address is saved against the version the overview showed (0: none saved yet): a
    second window that read the same is refused in Swedish, with nothing changed."""
    reg = world.register
    shown = dispatch.dispatch_overview(reg, MEETING).rows[0]
    assert (shown.recipient, shown.email, shown.address_version) == ("Stadskontoret", None, 0)
    dispatch.set_recipient_address(reg, "Stadskontoret", "slk@malmo.se",
                                   expected_version=shown.address_version)
    before = w.snapshot(reg)
    with pytest.raises(ChangedError, match=re.escape(CHANGED_MESSAGE)
                       + r" \(adressen till Stadskontoret\)"):
        dispatch.set_recipient_address(reg, "Stadskontoret", "annan@malmo.se",
                                       expected_version=shown.address_version)
    assert w.snapshot(reg) == before
    now = dispatch.dispatch_overview(reg, MEETING).rows[0]
    assert (now.email, now.address_version) == ("slk@malmo.se", 1)
    dispatch.set_recipient_address(reg, "Stadskontoret", "kansliet@malmo.se",
                                   expected_version=now.address_version)
    (address,) = dispatch.recipient_addresses(reg)
    assert (address.email, address.version) == ("kansliet@malmo.se", 2)
