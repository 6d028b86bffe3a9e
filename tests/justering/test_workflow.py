# SPDX-License-Identifier: EUPL-1.2
"""Draft → skickat för justering → justerat, through the services; then nothing changes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, text

from kraftdesk.domain.enums import ApprovalRole, MinutesState, StatementState, TakeDownRule
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Appendix,
    Approval,
    Meeting,
    MeetingApprover,
    MinutesSeal,
    Organisation,
    Paragraph,
    Statement,
    StoredFile,
)
from kraftdesk.services import justering
from kraftdesk.services.verify import verify_register
from tests.documents.pdftext import page_lines
from tests.justering.helpers import Built, build_meeting

D = date.fromisoformat
NOW = datetime(2026, 1, 14, 13, 30)


def _meeting(register: Register, built: Built) -> Meeting:
    with register.read() as s:
        meeting = s.get_one(Meeting, built.meeting_id)
        s.expunge(meeting)
        return meeting


def _sent(register: Register, **kwargs: object) -> Built:
    built = build_meeting(register, **kwargs)  # type: ignore[arg-type]
    justering.send_for_justering(register, "KS:2026-01-07", on=D("2026-01-08"))
    return built


def test_send_for_justering_records_the_day_and_numbers_the_bilagor(register: Register) -> None:
    built = build_meeting(register)
    changes = justering.send_for_justering(register, "KS:2026-01-07", on=D("2026-01-08"))
    assert changes.meetings == {built.meeting_id}
    meeting = _meeting(register, built)
    assert (meeting.minutes_state, meeting.sent_for_approval_on) == (
        MinutesState.SENT_FOR_APPROVAL, D("2026-01-08"))
    with register.read() as s:
        numbers = s.execute(select(Appendix.statement_id, Appendix.number)
                            .order_by(Appendix.number)).all()
    assert [tuple(r) for r in numbers] == [(built.received_statement_id, 1),
                                           (built.promised_statement_id, 2)]


@pytest.mark.parametrize("day, message", [
    ("2026-01-06", "Dagen då protokollet skickas för justering (2026-01-06) ligger före "
                   "sammanträdet KS:2026-01-07 (2026-01-07)."),
])
def test_send_for_justering_refuses_bad_days(register: Register, day: str, message: str) -> None:
    build_meeting(register)
    with pytest.raises(UserError) as caught:
        justering.send_for_justering(register, "KS:2026-01-07", on=D(day))
    assert caught.value.message == message


def test_send_twice_and_unnumbered_paragraphs_are_refused(register: Register) -> None:
    built = build_meeting(register)
    with register.write() as s:
        s.get_one(Paragraph, built.paragraph_ids[1]).number = None
    with pytest.raises(UserError) as caught:
        justering.send_for_justering(register, built.meeting_id, on=D("2026-01-08"))
    assert caught.value.message == (
        "Paragrafnummer saknas för «Anmälan av delegationsbeslut» i KS:2026-01-07; numrera "
        "paragraferna innan protokollet skickas för justering.")
    with register.write() as s:
        s.get_one(Paragraph, built.paragraph_ids[1]).number = 17
    justering.send_for_justering(register, built.meeting_id, on=D("2026-01-08"))
    with pytest.raises(UserError) as caught:
        justering.send_for_justering(register, built.meeting_id, on=D("2026-01-09"))
    assert caught.value.message == (
        "Protokollet KS:2026-01-07 är redan skickat för justering (2026-01-08).")


def test_justering_is_refused_while_a_promise_is_open(register: Register) -> None:
    built = _sent(register)
    with pytest.raises(justering.OpenPromisesError) as caught:
        justering.justera(register, "KS:2026-01-07", on=D("2026-01-14"), now=NOW)
    assert caught.value.message == (
        "En utlovad text har inte kommit in för KS:2026-01-07: § 16: särskilt yttrande från "
        "Cecilia Ceder. Bekräfta för att justera ändå; texterna registreras då som inte "
        "inkomna.")
    assert caught.value.promises == ("§ 16: särskilt yttrande från Cecilia Ceder",)
    assert _meeting(register, built).minutes_state is MinutesState.SENT_FOR_APPROVAL
    with register.read() as s:
        assert s.get_one(Statement, built.promised_statement_id).state is StatementState.PROMISED
        assert s.scalars(select(MinutesSeal)).all() == []


def test_confirmed_justering_closes_promises_seals_and_locks(register: Register) -> None:
    built = _sent(register)
    changes = justering.justera(register, "KS:2026-01-07", on=D("2026-01-14"),
                                confirm_open_promises=True, now=NOW)
    assert changes.meetings == {built.meeting_id}
    meeting = _meeting(register, built)
    assert (meeting.minutes_state, meeting.approved_on) == (MinutesState.APPROVED, D("2026-01-14"))
    with register.read() as s:
        promised = s.get_one(Statement, built.promised_statement_id)
        assert promised.state is StatementState.NOT_RECEIVED
        assert promised.text == "Särskilt yttrande har inte inkommit vid tidpunkt för justering."
        assert s.scalars(select(Appendix.text).where(
            Appendix.statement_id == promised.id)).one() is None  # composed, not stored
        seal = s.scalars(select(MinutesSeal)).one()
        assert seal.meeting_id == built.meeting_id
        assert seal.sealed_at == NOW.astimezone(UTC).isoformat(timespec="microseconds")
        pdf = s.get_one(StoredFile, seal.pdf_file_id)
        assert pdf.content.startswith(b"%PDF") and pdf.sha256 == seal.pdf_sha256
        assert pdf.filename == "protokoll-KS-2026-01-07.pdf"
        placeholder = [" ".join(lines) for lines in page_lines(pdf.content)
                       if "Särskilt yttrande har inte inkommit" in " ".join(lines)]
        assert len(placeholder) == 1, "the placeholder bilaga is in the sealed PDF"
    assert verify_register(register).ok


def test_who_justerade_is_recorded_and_the_appointed_justerare_stay(
        register: Register) -> None:
    built = _sent(register, promised=False)
    # Bo Berg was appointed but cannot come: Cecilia Ceder justerar in his place.
    justering.justera(register, "KS:2026-01-07", on=D("2026-01-14"),
                      approvers=["Cecilia Ceder"], now=NOW)
    with register.read() as s:
        assert s.get_one(Meeting, built.meeting_id).chair_id == built.chair_id
        assert s.scalars(select(MeetingApprover.person_id).order_by(
            MeetingApprover.position)).all() == [built.approver_id]  # still appointed
        rows = s.execute(select(Approval.role, Approval.person_id, Approval.replaces_person_id,
                                Approval.from_number, Approval.to_number)
                         .order_by(Approval.position)).all()
    assert [tuple(r) for r in rows] == [(ApprovalRole.CHAIR, built.chair_id, None, None, None),
                                        (ApprovalRole.APPROVER, 3, built.approver_id, None,
                                         None)]


@pytest.mark.parametrize("kwargs, message", [
    ({"chair": "Okänd Person"}, "Det finns ingen person som heter Okänd Person i registret."),
    ({"approvers": ["Anna Andersson"]},
     "Samma person kan inte justera två gånger; ordföranden och justerarna ska vara olika "
     "personer."),
    ({"approvers": []}, "Justerare saknas för KS:2026-01-07; ange vem som justerar utöver "
                        "ordföranden."),
    ({"on": D("2026-01-07")}, "Justeringsdagen (2026-01-07) ligger före dagen då protokollet "
                              "skickades för justering (2026-01-08)."),
])
def test_bad_justering_changes_nothing(register: Register, kwargs: dict[str, object],
                                       message: str) -> None:
    built = _sent(register, promised=False)
    arguments: dict[str, object] = {"on": D("2026-01-14"), "now": NOW, **kwargs}
    with pytest.raises(UserError) as caught:
        justering.justera(register, "KS:2026-01-07", **arguments)  # type: ignore[arg-type]
    assert caught.value.message == message
    assert _meeting(register, built).minutes_state is MinutesState.SENT_FOR_APPROVAL


def test_a_draft_cannot_be_justerad_directly(register: Register) -> None:
    build_meeting(register, promised=False)
    with pytest.raises(UserError, match="är inte skickat för justering; skicka det först"):
        justering.justera(register, "KS:2026-01-07", on=D("2026-01-14"), now=NOW)


def test_justerade_minutes_refuse_every_service_write(register: Register) -> None:
    from kraftdesk.services import paragraphs, statements

    built = _sent(register, promised=False)
    justering.justera(register, "KS:2026-01-07", on=D("2026-01-14"), now=NOW)
    locked = "Protokollet är justerat och kan inte ändras"
    attempts = [
        lambda: justering.send_for_justering(register, built.meeting_id, on=D("2026-01-15")),
        lambda: justering.justera(register, built.meeting_id, on=D("2026-01-15"), now=NOW),
        lambda: justering.approve_paragraph_immediately(register, "KS:2026:16",
                                                        on=D("2026-01-15")),
        lambda: paragraphs.update_paragraph(register, built.paragraph_ids[0], title="Ny"),
        lambda: paragraphs.delete_paragraph(register, built.paragraph_ids[1]),
    ]
    for attempt in attempts:
        with pytest.raises(LockedError) as caught:
            attempt()
        assert caught.value.message.startswith(locked), caught.value.message
    with register.write() as s, pytest.raises(LockedError):
        statements.assign_appendix_numbers(s, built.meeting_id)
    assert verify_register(register).ok


def test_posting_is_recorded_once_after_justering(register: Register) -> None:
    built = _sent(register, promised=False)
    with pytest.raises(UserError) as caught:
        justering.record_posting(register, "KS:2026-01-07", on=D("2026-01-15"))
    assert caught.value.message == ("Protokollet KS:2026-01-07 är inte justerat; anslaget kan "
                                    "registreras först efter justeringen.")
    justering.justera(register, "KS:2026-01-07", on=D("2026-01-14"), now=NOW)
    with pytest.raises(UserError) as caught:
        justering.record_posting(register, "KS:2026-01-07", on=D("2026-01-13"))
    assert caught.value.message == ("Anslagsdagen (2026-01-13) ligger före justeringen "
                                    "(2026-01-14).")
    justering.record_posting(register, "KS:2026-01-07", on=D("2026-01-15"))
    assert _meeting(register, built).posted_on == D("2026-01-15")
    with pytest.raises(LockedError) as caught:
        justering.record_posting(register, "KS:2026-01-07", on=D("2026-01-16"))
    assert caught.value.message == ("Anslaget för KS:2026-01-07 är redan registrerat "
                                    "(2026-01-15) och kan inte ändras.")
    assert verify_register(register).ok  # posting is not part of the seal


def test_the_calendar_of_a_meeting_follows_the_organisation(register: Register) -> None:
    _sent(register, promised=False)
    assert justering.meeting_calendar(register, "KS:2026-01-07").posting_deadline is None
    justering.justera(register, "KS:2026-01-07", on=D("2026-01-14"), now=NOW)
    justering.record_posting(register, "KS:2026-01-07", on=D("2026-01-15"))
    cal = justering.meeting_calendar(register, "KS:2026-01-07", today=D("2026-01-20"))
    assert (cal.approval_deadline, cal.posting_deadline, cal.appeal_last_day,
            cal.take_down_earliest, cal.warnings) == (
        D("2026-01-21"), D("2026-01-16"), D("2026-02-05"), D("2026-02-06"), ())
    with register.write() as s:
        s.scalars(select(Organisation)).one().take_down_rule = TakeDownRule.LAST_APPEAL_DAY
    assert justering.meeting_calendar(register, "KS:2026-01-07").take_down_earliest == (
        D("2026-02-05"))


def test_immediate_justering_locks_one_paragraph(register: Register) -> None:
    from kraftdesk.services import paragraphs

    built = build_meeting(register, promised=False)
    changes = justering.approve_paragraph_immediately(register, "KS:2026:16",
                                                      on=D("2026-01-07"))
    assert changes.paragraphs == {built.paragraph_ids[0]}
    with pytest.raises(LockedError) as caught:
        paragraphs.update_paragraph(register, built.paragraph_ids[0], title="Ändrad")
    assert "omedelbart justerad 2026-01-07" in caught.value.message
    with pytest.raises(LockedError) as caught:
        justering.approve_paragraph_immediately(register, "KS:2026:16", on=D("2026-01-07"))
    assert caught.value.message == "§ 16 är omedelbart justerad 2026-01-07 och kan inte ändras."
    with pytest.raises(LockedError, match="Paragrafen är omedelbart justerad"), \
            register.write() as s:
        s.execute(text("UPDATE decision_point SET text = 'X' WHERE paragraph_id = :p"),
                  {"p": built.paragraph_ids[0]})
    paragraphs.update_paragraph(register, built.paragraph_ids[1], title="Delegationsbeslut")


def test_immediate_justering_needs_every_promise_settled(register: Register) -> None:
    build_meeting(register)
    with pytest.raises(UserError) as caught:
        justering.approve_paragraph_immediately(register, "KS:2026:16", on=D("2026-01-07"))
    assert caught.value.message == (
        "§ 16 kan inte justeras omedelbart: utlovade texter har inte kommit in (§ 16: "
        "särskilt yttrande från Cecilia Ceder). Registrera dem som inkomna eller återkallade "
        "först.")
    justering.approve_paragraph_immediately(register, "KS:2026:17", on=D("2026-01-07"))
