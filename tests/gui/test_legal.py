# SPDX-License-Identifier: EUPL-1.2
"""The desktop app's side of issue 14: attendance periods and the närvarolista option, a
paragraph's own attendance and tjänstgörande ordförande, closed ballots, and the checker's
list in the justering dialog. Screenshots go to the test's folder for looking at."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kraftdesk.domain.enums import AttendanceKind, BallotChoice, ProposalKind, Role
from kraftdesk.gui.controllers.attendance_dialog import AttendanceDialog
from kraftdesk.gui.controllers.justering_dialog import JusteringDialog
from kraftdesk.gui.controllers.paragraph_attendance_dialog import ParagraphAttendanceDialog
from kraftdesk.gui.controllers.proceedings_dialogs import VoteDialog
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.gui.models.attendance_edit_model import AttendanceEditModel
from kraftdesk.register.database import Register
from kraftdesk.register.models import Membership
from kraftdesk.services import justering, meetings, proceedings
from kraftdesk.services.meetings import AttendanceEntry
from tests import factories
from tests.gui.conftest import World


def _substitute(register: Register, name: str = "Sara Holm") -> int:
    with register.write() as s:
        from kraftdesk.register.models import Body, Organisation, Party

        org = s.query(Organisation).one()
        party = s.query(Party).filter_by(abbreviation="S").one()
        ks = s.query(Body).filter_by(short_name="KS").one()
        person = factories.person(s, org, name, party, pronoun="hon")
        s.add(Membership(person_id=person.id, body_id=ks.id, role=Role.SUBSTITUTE,
                         starts_on=date(2023, 1, 1)))
        return person.id


def test_attendance_periods_and_the_narvarolista_bilaga(qtbot: QtBot, window: MainWindow,
                                                        world: World, register: Register,
                                                        qtmodeltester, tmp_path: Path) -> None:
    sara = _substitute(register)
    window.open_meeting(world.meetings["ks-jan"])
    page = window.meeting_page
    page.ui.detail_tabs.setCurrentWidget(page.ui.attendance_tab)
    page.ui.edit_attendance_button.click()
    dialog = page.findChild(AttendanceDialog)
    model = dialog.model
    qtmodeltester.check(model)
    anton = model.row_of(world.people["Anton Sauer"])
    model.setData(model.index(anton, AttendanceEditModel.TO), 2)
    model.setData(model.index(anton, AttendanceEditModel.LEFT), "15.10")
    row = model.row_of(sara)
    model.setData(model.index(row, AttendanceEditModel.KIND), AttendanceKind.SUBSTITUTE)
    model.setData(model.index(row, AttendanceEditModel.TO), 2)
    dialog.ui.attendance_table.setCurrentIndex(model.index(row, 0))
    dialog.ui.add_period_button.click()
    model.setData(model.index(row + 1, AttendanceEditModel.KIND),
                  AttendanceKind.SERVING_SUBSTITUTE)
    model.setData(model.index(row + 1, AttendanceEditModel.REPLACES), world.people["Anton Sauer"])
    model.setData(model.index(row + 1, AttendanceEditModel.FROM), 3)
    qtmodeltester.check(model)
    dialog.ui.appendix_check.setChecked(True)
    dialog.resize(1100, 420)
    dialog.grab().save(str(tmp_path / "närvaro.png"))
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    view = meetings.meeting_view(register, world.meetings["ks-jan"])
    assert sorted((a.person.name, a.kind, a.from_number or 0, a.to_number or 0,
                   a.left_at.time().isoformat() if a.left_at else None)
                  for a in view.attendance) == [
        ("Anna Svensson", AttendanceKind.MEMBER, 0, 0, None),
        ("Anton Sauer", AttendanceKind.MEMBER, 0, 2, "15:10:00"),
        ("John Eklöf", AttendanceKind.MEMBER, 0, 0, None),
        ("Sara Holm", AttendanceKind.SERVING_SUBSTITUTE, 3, 0, None),
        ("Sara Holm", AttendanceKind.SUBSTITUTE, 0, 2, None),
    ]
    assert view.attendance_appendix


def test_a_paragraphs_own_attendance_and_a_closed_val(qtbot: QtBot, window: MainWindow,
                                                      world: World, register: Register,
                                                      tmp_path: Path) -> None:
    sara = _substitute(register)
    p = world.people
    meetings.set_attendance(register, world.meetings["ks-jan"], [
        AttendanceEntry(p["Anna Svensson"], AttendanceKind.MEMBER),
        AttendanceEntry(p["John Eklöf"], AttendanceKind.MEMBER),
        AttendanceEntry(p["Anton Sauer"], AttendanceKind.MEMBER),
        AttendanceEntry(sara, AttendanceKind.SUBSTITUTE)])
    paragraph_id = meetings.meeting_view(register, world.meetings["ks-jan"]).paragraphs[0].id
    window.open_meeting(world.meetings["ks-jan"])
    window.open_paragraph(paragraph_id)
    editor = window.paragraph_editor
    editor.focus_section("proceedings_tab")
    editor.ui.paragraph_attendance_button.click()
    dialog = editor.findChild(ParagraphAttendanceDialog)
    ui = dialog.ui
    ui.acting_chair_combo.setCurrentIndex(ui.acting_chair_combo.findData(p["John Eklöf"]))
    ui.substitute_combo.setCurrentIndex(ui.substitute_combo.findData(sara))
    ui.member_combo.setCurrentIndex(ui.member_combo.findData(p["Anton Sauer"]))
    ui.add_serving_button.click()
    items = [ui.absent_list.item(i) for i in range(ui.absent_list.count())]
    anton = next(i for i in items if i.text() == "Anton Sauer (C)")
    from PySide6.QtCore import Qt

    anton.setCheckState(Qt.CheckState.Checked)
    dialog.grab().save(str(tmp_path / "närvaro-i-paragrafen.png"))
    ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    view = meetings.paragraph_attendance_view(register, paragraph_id)
    assert view.acting_chair is not None and view.acting_chair.name == "John Eklöf"
    assert [v.name for v in view.voters] == ["Anna Svensson", "John Eklöf", "Sara Holm"]
    preview = editor.ui.preview_browser.toPlainText()
    assert "Sara Holm (S) tjänstgör för Anton Sauer (C) i denna paragraf." in preview
    assert "John Eklöf (M) tjänstgör som ordförande i denna paragraf." in preview
    # A closed val: counts and lottning, no names.
    proceedings.add_proposal(register, paragraph_id, kind=ProposalKind.OWN,
                             author_ids=[p["Anna Svensson"]], text="Anna Svensson väljs.")
    proceedings.add_proposal(register, paragraph_id, kind=ProposalKind.OWN,
                             author_ids=[p["John Eklöf"]], text="Sara Holm väljs.")
    window.open_paragraph(paragraph_id)
    editor.focus_section("proceedings_tab")
    editor.ui.new_vote_button.click()
    vote_dialog = editor.findChild(VoteDialog)
    assert not vote_dialog.ui.secret_check.isEnabled()
    vote_dialog.ui.election_check.setChecked(True)
    vote_dialog.ui.secret_check.setChecked(True)
    vote_dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert editor.ui.result_box.isVisibleTo(editor) and not editor.ui.ballots_view.isVisibleTo(
        editor)
    editor.ui.yes_spin.setValue(1)
    editor.ui.no_spin.setValue(1)
    editor.ui.abstain_spin.setValue(1)
    editor.ui.lot_combo.setCurrentIndex(editor.ui.lot_combo.findData(BallotChoice.NO))
    editor.ui.save_result_button.click()
    editor.grab().save(str(tmp_path / "sluten-omröstning.png"))
    text = editor.ui.vote_count_label.text()
    assert ("Omröstningen utfaller med 1 Ja mot 1 Nej och 1 blank valsedel. Rösterna är lika "
            "och valet avgörs genom lottning. Lotten faller på Nej-propositionen.") in text
    assert "röstar" not in text


def test_the_justering_dialog_lists_the_checkers_errors(qtbot: QtBot, window: MainWindow,
                                                        world: World, register: Register,
                                                        tmp_path: Path) -> None:
    justering.send_for_justering(register, world.meetings["ks-jan"], on=date(2026, 1, 8))
    window.open_meeting(world.meetings["ks-jan"])
    window.meeting_page.ui.justera_button.click()
    dialog = window.findChild(JusteringDialog)
    lines = [dialog.ui.blockers_list.item(i).text()
             for i in range(dialog.ui.blockers_list.count())]
    assert lines[:3] == [
        "Ordförande är inte angiven (Ändra uppgifter…).",
        "Justerare är inte angivna (Ändra uppgifter…).",
        "Fel – Protokollet, Närvaro: Närvaron är inte registrerad; protokollet ska visa vilka "
        "ledamöter och ersättare som tjänstgjort (KL 5 kap. 66 §)."]
    assert "Fel – § 1, Beslut: Paragrafen har inget beslut. Skriv beslutspunkter, eller ange " \
           "att paragrafen inte har något beslut (information, anmälan, delegationsbeslut)." \
           in lines
    assert not dialog.justera_button.isEnabled()
    dialog.grab().save(str(tmp_path / "justering.png"))
    _ = datetime


def test_a_paragraph_without_decision_and_further_diarienummer(
        qtbot: QtBot, window: MainWindow, world: World, register: Register,
        tmp_path: Path) -> None:
    from kraftdesk.domain.enums import ParagraphOutcome
    from kraftdesk.services import composition, paragraphs

    first, second = meetings.meeting_view(register, world.meetings["ks-jan"]).paragraphs[:2]
    other = paragraphs.paragraph_view(register, second.id).case
    assert other is not None
    window.open_meeting(world.meetings["ks-jan"])
    window.open_paragraph(first.id)
    editor = window.paragraph_editor
    ui = editor.ui
    editor.focus_section("decision_tab")
    ui.outcome_combo.setCurrentIndex(ui.outcome_combo.findData(ParagraphOutcome.REPORT))
    ui.outcome_combo.activated.emit(ui.outcome_combo.currentIndex())
    editor.focus_section("general_tab")
    ui.other_cases_edit.setText(f"{other.number}")
    ui.other_cases_edit.editingFinished.emit()
    view = paragraphs.paragraph_view(register, first.id)
    assert view.outcome is ParagraphOutcome.REPORT
    assert ui.outcome_combo.currentData() == ParagraphOutcome.REPORT  # shown after the reload
    assert [c.number for c in view.other_cases] == [other.number]
    doc = composition.preview_paragraph(register, first.id)
    decision = next(s for s in doc.sections if s.heading == "Beslut")
    assert [b.text for b in decision.blocks] == [  # type: ignore[attr-defined]
        "Kommunstyrelsen lägger anmälan till handlingarna."]
    editor.focus_section("decision_tab")
    editor.resize(1200, 700)
    editor.grab().save(str(tmp_path / "utan-beslut.png"))
    # An unknown diarienummer is refused and nothing changes.
    ui.other_cases_edit.setText("KS 1999/1")
    ui.other_cases_edit.editingFinished.emit()
    assert [c.number for c in paragraphs.paragraph_view(register, first.id).other_cases] == [
        other.number]
    assert ui.other_cases_edit.text() == other.number
    window.undo_stack.undo()  # the further diarienummer go again
    assert paragraphs.paragraph_view(register, first.id).other_cases == ()
