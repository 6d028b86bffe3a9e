# SPDX-License-Identifier: EUPL-1.2
"""Ärenden: the page's view, renaming and closing, a closed ärende on an agenda, and the
bordlagda / återremitterade ärenden followed up until they come back."""

from __future__ import annotations

import pytest

from kraftdesk.domain.enums import CaseStatus, ParagraphDeferral
from kraftdesk.domain.errors import UserError
from kraftdesk.services import cases, ledger, paragraphs
from kraftdesk.services.paragraphs import ClosedCaseError
from tests.services import world as w


def test_deferrals_are_followed_up_until_the_case_is_on_a_later_agenda(world: w.World) -> None:
    reg = world.register
    case = paragraphs.create_case(reg, "KS 2026/7", "Detaljplan för Hamnen").id
    first = world.meeting("2026-02-04 13:00")
    pid = paragraphs.add_paragraph(reg, first, title="Detaljplan", case_id=case).id
    assert ledger.awaiting_return(reg) == []
    paragraphs.update_paragraph(reg, pid, deferral=ParagraphDeferral.REFERRED_BACK)
    (row,) = ledger.awaiting_return(reg)
    assert (row.case_number, row.deferral_text, row.paragraph_label) == (
        "KS 2026/7", "Återremitterat", "§ 1")
    view = cases.case_view(reg, "KS 2026/7")
    assert view.awaiting_return
    assert view.follow_up == ("Återremitterades i KS:2026-02-04 § 1; ska tas upp på ett "
                              "senare sammanträde.")
    assert view.handlings[0].decision == "Kommunstyrelsen beslutar att återremittera ärendet."
    later = world.meeting("2026-03-04 13:00")
    paragraphs.add_paragraph(reg, later, title="Detaljplan", case_id=case)
    assert ledger.awaiting_return(reg) == []
    assert not cases.case_view(reg, case).awaiting_return


def test_a_closed_case_leaves_bevakning_and_is_asked_about(world: w.World) -> None:
    reg = world.register
    case = paragraphs.create_case(reg, "KS 2026/8", "Motion om cykelbanor").id
    meeting = world.meeting("2026-02-04 13:00")
    pid = paragraphs.add_paragraph(reg, meeting, title="Motion", case_id=case).id
    paragraphs.update_paragraph(reg, pid, deferral=ParagraphDeferral.TABLED)
    cases.close_case(reg, case)
    assert ledger.awaiting_return(reg) == []
    with pytest.raises(UserError, match=r"Ärendet KS 2026/8 är redan avslutat\."):
        cases.close_case(reg, case)
    later = world.meeting("2026-03-04 13:00")
    before = w.snapshot(reg)
    with pytest.raises(ClosedCaseError, match=r"är avslutat\. Ska det ändå tas upp"):
        paragraphs.add_paragraph(reg, later, title="Motion", case_id=case)
    assert w.snapshot(reg) == before
    paragraphs.add_paragraph(reg, later, title="Motion", case_id=case, reopen_closed_case=True)
    assert cases.case_view(reg, case).status is CaseStatus.OPEN


def test_rename_checks_the_title(world: w.World) -> None:
    reg = world.register
    case = paragraphs.create_case(reg, "KS 2026/9", "Gammal mening").id
    before = w.snapshot(reg)
    with pytest.raises(UserError, match=r"Ärendemeningen för KS 2026/9 får inte vara tom\."):
        cases.rename_case(reg, case, "   ")
    with pytest.raises(UserError, match="för lång"):
        cases.rename_case(reg, case, "x" * 501)
    with pytest.raises(UserError, match="Det finns inget ärende med diarienummer KS 1/1"):
        cases.case_view(reg, "KS 1/1")
    assert w.snapshot(reg) == before
    cases.rename_case(reg, case, "  Ny mening ")
    assert cases.case_view(reg, case).title == "Ny mening"


def test_pending_on_the_command_line_lists_them(world: w.World, register_path,
                                                capsys) -> None:
    from kraftdesk.cli.main import main

    reg = world.register
    case = paragraphs.create_case(reg, "KS 2026/7", "Detaljplan för Hamnen").id
    pid = paragraphs.add_paragraph(reg, world.meeting("2026-02-04 13:00"), title="Detaljplan",
                                   case_id=case).id
    paragraphs.update_paragraph(reg, pid, deferral=ParagraphDeferral.TABLED)
    reg.close()
    assert main(["--db", str(register_path), "pending"]) == 0
    assert capsys.readouterr().out == (
        "Inga utlovade texter väntar.\n\nÄrenden som ska tas upp igen:\n"
        "  KS 2026/7  Detaljplan för Hamnen  (bordlagt KS 2026-02-04 § 1)\n")
