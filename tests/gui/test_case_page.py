# SPDX-License-Identifier: EUPL-1.2
"""The ärende page with a case through KSAU → KS (bordlagt) → KS → KF, built through the
services from an empty register: history, bordläggning followed up in Bevakning, putting it
on an agenda from the page, renaming and closing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk.domain.enums import ParagraphDeferral, StatementKind
from kraftdesk.gui.main_window import CASES, LEDGER, MainWindow
from kraftdesk.gui.models.handling_model import HandlingModel
from kraftdesk.gui.settings import UiSettings
from kraftdesk.register.database import Register
from kraftdesk.services import cases, ledger, meetings, paragraphs, statements
from kraftdesk.services.meetings import MeetingPlan
from tests.gui.helpers import column_texts, double_click_row
from tests.services import world as w


@dataclass
class Story:
    world: w.World
    case_id: int
    ks_later: int  # KS:2026-12-16, where the case comes back
    kf: int


def _handle(world: w.World, meeting: int, case_id: int, *, to: str | None,
            points: list[str]) -> int:
    reg = world.register
    pid = paragraphs.add_paragraph(reg, meeting, title="Budget 2027", case_id=case_id).id
    if to:
        paragraphs.update_paragraph(reg, pid, proposes_to_body_id=world.body[to])
    paragraphs.set_decision_points(reg, pid, points)
    return pid


@pytest.fixture
def story(register: Register) -> Story:
    world = w.build(register)
    reg = world.register
    case_id = paragraphs.create_case(reg, "KS 2026/412", "Budget 2027").id
    ksau = world.meeting("2026-11-18 09:00", body="KSAU", attendance=False)
    _handle(world, ksau, case_id, to="KS", points=["att godkänna förslaget till budget 2027"])
    ks = world.meeting("2026-12-02 13:00")
    tabled = paragraphs.add_paragraph(reg, ks, title="Budget 2027", case_id=case_id).id
    paragraphs.update_paragraph(reg, tabled, deferral=ParagraphDeferral.TABLED)
    ks_later = world.meeting("2026-12-16 13:00")
    kf = meetings.plan_meeting(reg, MeetingPlan(body_id=world.body["KF"],
                                                starts_at=datetime(2027, 1, 20, 18))).id
    return Story(world, case_id, ks_later, kf)


@pytest.fixture
def window(qtbot: QtBot, register: Register, story: Story) -> Iterator[MainWindow]:
    win = MainWindow(register=register, settings=UiSettings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.operations.wait_for_background()


def _open_case(qtbot: QtBot, window: MainWindow) -> None:
    window.show_view(CASES)
    view = window.cases_page.ui.table_view
    double_click_row(qtbot, view, 0)
    assert window.current_page() is window.case_page


def _put_on_agenda(qtbot: QtBot, window: MainWindow, meeting_id: int) -> None:
    page = window.case_page
    qtbot.mouseClick(page.ui.agenda_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None
    combo = dialog.ui.meeting_combo
    combo.setCurrentIndex(combo.findData(meeting_id))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_history_bordlaggning_followed_up_then_ksau_ks_kf(
        qtbot: QtBot, window: MainWindow, register: Register, story: Story) -> None:
    _open_case(qtbot, window)
    page = window.case_page
    assert page.ui.number_label.text() == "KS 2026/412"
    assert page.ui.title_label.text() == "Budget 2027"
    assert page.ui.status_label.text() == "Öppet"
    view = page.ui.handlings_view
    assert column_texts(view, HandlingModel.MEETING) == ["KSAU", "KS"]
    assert column_texts(view, HandlingModel.DEFERRAL) == ["", "Bordlagt"]
    assert page.ui.follow_up_label.isVisibleTo(page)
    assert page.ui.follow_up_label.text() == (
        "Bordlades i KS:2026-12-02 § 1; ska tas upp på ett senare sammanträde.")
    detail = page.ui.detail_browser.toPlainText()  # the latest handling is selected
    assert "Kommunstyrelsen beslutar att bordlägga ärendet." in detail
    view.selectRow(0)
    detail = page.ui.detail_browser.toPlainText()
    assert ("Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta\n"
            "1. att godkänna förslaget till budget 2027") in detail

    # Bevakning shows the bordlagt ärende until it is on a later agenda.
    window.show_view(LEDGER)
    bevakning = window.ledger_page
    assert column_texts(bevakning.ui.returning_view, 0) == ["KS 2026/412"]
    assert column_texts(bevakning.ui.returning_view, 2) == ["Bordlagt"]
    bevakning.ui.returning_view.selectRow(0)
    qtbot.mouseClick(bevakning.ui.open_case_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is page

    _put_on_agenda(qtbot, window, story.ks_later)
    assert window.current_page() is window.meeting_page
    assert window.meeting_page.view.id == story.ks_later
    assert [p.title for p in window.meeting_page.view.paragraphs] == ["Budget 2027"]
    assert ledger.awaiting_return(register) == []
    window.show_view(LEDGER)
    assert not bevakning.ui.returning_group.isVisibleTo(bevakning)

    # KS proposes to KF with a reservation; KF decides.
    ks_paragraph = window.meeting_page.view.paragraphs[0].id
    paragraphs.update_paragraph(register, ks_paragraph,
                                proposes_to_body_id=story.world.body["KF"])
    paragraphs.set_decision_points(register, ks_paragraph,
                                   ["att fastställa budget 2027 enligt förslaget"])
    statements.announce(register, ks_paragraph, kind=StatementKind.RESERVATION,
                        author_ids=[story.world.person["Ulf Lind"]], promised=False)
    kf_paragraph = paragraphs.add_paragraph(register, story.kf, title="Budget 2027",
                                            case_id=story.case_id).id
    paragraphs.set_decision_points(register, kf_paragraph, ["att fastställa budget 2027"])

    window.show_case(story.case_id)
    assert column_texts(view, HandlingModel.DATE) == [
        "2026-11-18", "2026-12-02", "2026-12-16", "2027-01-20"]
    assert column_texts(view, HandlingModel.MEETING) == ["KSAU", "KS", "KS", "KF"]
    assert column_texts(view, HandlingModel.STATEMENTS) == ["", "", "Reservation (SD)", ""]
    assert not page.ui.follow_up_label.isVisibleTo(page)
    view.selectRow(2)
    assert "Kommunstyrelsen föreslår kommunfullmäktige besluta\n1. att fastställa budget " \
           "2027 enligt förslaget" in page.ui.detail_browser.toPlainText()
    assert "Reservation (SD)" in page.ui.detail_browser.toPlainText()
    qtbot.mouseClick(page.ui.open_paragraph_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.paragraph_editor
    assert window.paragraph_editor.view.id == ks_paragraph


def test_rename_close_and_a_closed_case_is_asked_about(
        qtbot: QtBot, window: MainWindow, register: Register, story: Story) -> None:
    _open_case(qtbot, window)
    page = window.case_page
    page.rename_to("Budget 2027 och flerårsplan 2028–2029")
    assert page.ui.title_label.text() == "Budget 2027 och flerårsplan 2028–2029"
    window.undo_stack.undo()
    assert page.ui.title_label.text() == "Budget 2027"

    qtbot.mouseClick(page.ui.close_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "close_case_box")
    assert box.text() == "Avsluta ärendet KS 2026/412?"
    assert "försvinner ur bevakningen" in box.informativeText()
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Avsluta ärendet"),
                     Qt.MouseButton.LeftButton)
    assert page.ui.status_label.text() == "Avslutat"
    assert ledger.awaiting_return(register) == []

    _put_on_agenda(qtbot, window, story.ks_later)
    box = page.findChild(QMessageBox, "closed_case_box")
    assert box.text() == ("Ärendet KS 2026/412 är avslutat. Ska det ändå tas upp på "
                          "föredragningslistan?")
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Ta upp ärendet"),
                     Qt.MouseButton.LeftButton)
    assert window.current_page() is window.meeting_page
    assert cases.case_view(register, story.case_id).status_text == "Öppet"
    assert [p.title for p in window.meeting_page.view.paragraphs] == ["Budget 2027"]


def test_the_handlings_model_passes_the_model_tester(qtbot: QtBot, window: MainWindow,
                                                     qtmodeltester) -> None:
    _open_case(qtbot, window)
    qtmodeltester.check(window.case_page.handlings)
    qtmodeltester.check(window.ledger_page.returning)


def test_cases_read_from_the_diarium_then_shown_on_the_page(
        qtbot: QtBot, window: MainWindow, story: Story, tmp_path) -> None:
    path = tmp_path / "diarium.csv"
    path.write_text("diarienummer;rubrik;handläggare;datum\n"
                    "KS 2026/412;Budget 2027 med plan för 2028–2029;Lena Ström;2026-09-14\n"
                    "KS 2026/415;Motion om fler laddplatser;;\n", encoding="utf-8")
    window.ui.action_import_cases.trigger()
    dialog = window.findChild(QDialog, "case_import_dialog")
    assert dialog is not None and window.current_page() is window.cases_page
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    bad = tmp_path / "fel.csv"
    bad.write_text("diarienummer;rubrik\nKS 2026/415;\n", encoding="utf-8")
    dialog.load_file(bad)
    assert dialog.ui.summary_label.text() == (
        "fel.csv: rad 2, kolumnen rubrik: rubriken (ärendemeningen) saknas för KS 2026/415.")
    assert not ok.isEnabled()
    dialog.load_file(path)
    assert dialog.ui.summary_label.text() == (
        "1 nytt ärende, 1 uppdateras (UTF-8). Kontrollera raderna och klicka Läs in.")
    assert column_texts(dialog.ui.preview_table, 5) == [
        "Uppdateras: rubrik, handläggare och datum", "Nytt ärende"]
    ok.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert column_texts(window.cases_page.ui.table_view, 0) == ["KS 2026/412", "KS 2026/415"]
    _open_case(qtbot, window)
    ui = window.case_page.ui
    assert ui.title_label.text() == "Budget 2027 med plan för 2028–2029"
    assert ui.details_label.text() == "Handläggare: Lena Ström · Registrerat 2026-09-14"
    assert column_texts(ui.handlings_view, 0) == ["2026-11-18", "2026-12-02"]  # kept
