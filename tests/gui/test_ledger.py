# SPDX-License-Identifier: EUPL-1.2
"""Bevakning: open promises by deadline, overdue ones marked, Swedish order and filter,
received by pasting text, withdrawn, a reminder for the authors on the clipboard."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk.domain.enums import AttendanceKind, StatementKind
from kraftdesk.gui.controllers.statement_actions import ReceiveDialog
from kraftdesk.gui.main_window import LEDGER, MainWindow
from kraftdesk.gui.models.ledger_model import LedgerModel
from kraftdesk.register.database import Register
from kraftdesk.register.models import Meeting, Membership, Person
from kraftdesk.services import meetings, paragraphs, statements
from tests import factories
from tests.gui.conftest import World
from tests.gui.helpers import click_header, column_texts, type_text


@pytest.fixture
def promises(register: Register, world: World) -> dict[str, int]:
    """An overdue promise (January's meeting) and one due next week (a new meeting)."""
    with register.write() as s:
        org_id, party = 1, None
        for name in ("Örjan Ågren", "Åsa Zetterberg"):
            person = Person(organisation_id=org_id, name=name, party_id=party)
            s.add(person)
            s.flush()
            s.add(Membership(person_id=person.id, body_id=world.ks, role="member",
                             starts_on=factories.at("2023-01-01 00:00").date()))
            world.people[name] = person.id
        soon = datetime.now().replace(second=0, microsecond=0) + timedelta(days=7)
        upcoming = Meeting(body_id=world.ks, starts_at=soon - timedelta(days=9),
                           place="Rådhuset", approval_due_at=soon)
        s.add(upcoming)
        s.flush()
    later = paragraphs.add_paragraph(register, upcoming.id, title="Parkeringsnorm").id
    meetings.set_attendance(register, world.meetings["ks-jan"], [
        meetings.AttendanceEntry(pid, AttendanceKind.MEMBER) for pid in world.people.values()])
    overdue_paragraph = paragraphs.paragraph_view(
        register, _first_paragraph(register, world)).id
    ids = {
        "overdue": statements.announce(register, overdue_paragraph,
                                       kind=StatementKind.RESERVATION,
                                       author_ids=[world.people["Örjan Ågren"]]).id,
        "soon": statements.announce(register, later, kind=StatementKind.SPECIAL_STATEMENT,
                                    author_ids=[world.people["Åsa Zetterberg"],
                                                world.people["Anton Sauer"]]).id,
    }
    return ids


def _first_paragraph(register: Register, world: World) -> int:
    return meetings.meeting_view(register, world.meetings["ks-jan"]).paragraphs[0].id


def show_ledger(window: MainWindow) -> LedgerModel:
    window.ledger_page.reload()
    window.show_view(LEDGER)
    return window.ledger_page.model


def test_sorted_by_deadline_with_the_overdue_marked(window: MainWindow, promises: dict,
                                                    qtmodeltester) -> None:
    show_ledger(window)
    view = window.ledger_page.ui.ledger_view
    assert column_texts(view, LedgerModel.WHAT) == ["Reservation", "Särskilt yttrande"]
    assert column_texts(view, LedgerModel.AUTHORS) == [
        "Örjan Ågren", "Åsa Zetterberg och Anton Sauer (C)"]
    left = view.model().index(0, LedgerModel.LEFT)
    assert left.data().startswith("försenad med")
    assert left.data(Qt.ItemDataRole.ForegroundRole).name() == "#a1170f"
    assert left.data(Qt.ItemDataRole.FontRole).bold()
    assert not view.model().index(1, LedgerModel.LEFT).data().startswith("försenad")
    assert window.ledger_page.ui.summary_label.text() == \
        "2 utlovade texter väntar, 1 försenad"
    qtmodeltester.check(window.ledger_page.model)


def test_authors_sort_in_swedish_order_and_filter_finds_swedish_names(
        qtbot: QtBot, window: MainWindow, promises: dict) -> None:
    show_ledger(window)
    view = window.ledger_page.ui.ledger_view
    click_header(qtbot, view, LedgerModel.AUTHORS)
    assert column_texts(view, LedgerModel.AUTHORS) == [
        "Åsa Zetterberg och Anton Sauer (C)", "Örjan Ågren"]
    type_text(window.ledger_page.ui.filter_edit, "ågren")
    assert column_texts(view, LedgerModel.AUTHORS) == ["Örjan Ågren"]


def test_receive_by_pasting_the_text(qtbot: QtBot, window: MainWindow, promises: dict,
                                     register: Register) -> None:
    show_ledger(window)
    page = window.ledger_page
    page.select_statement(promises["soon"])
    qtbot.mouseClick(page.ui.receive_text_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ReceiveDialog)
    assert dialog.ui.what_label.text().startswith(
        "Särskilt yttrande av Åsa Zetterberg och Anton Sauer (C) till § 6 Parkeringsnorm")
    dialog.ui.text_edit.setPlainText("Vi står bakom beslutet men vill se en översyn.")
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert column_texts(page.ui.ledger_view, LedgerModel.WHAT) == ["Reservation"]
    row = statements.statement_view(register, promises["soon"])
    assert row.text == "Vi står bakom beslutet men vill se en översyn."


def test_withdraw_after_confirmation(qtbot: QtBot, window: MainWindow, promises: dict) -> None:
    show_ledger(window)
    page = window.ledger_page
    page.select_statement(promises["overdue"])
    qtbot.mouseClick(page.ui.withdraw_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "confirm_box")
    assert box.text() == "Har författarna återkallat reservation av Örjan Ågren (§ 1)?"
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Ja, återkallad"),
                     Qt.MouseButton.LeftButton)
    assert column_texts(page.ui.ledger_view, LedgerModel.WHAT) == ["Särskilt yttrande"]


def test_copy_a_reminder_for_the_authors(qtbot: QtBot, window: MainWindow,
                                         promises: dict) -> None:
    show_ledger(window)
    page = window.ledger_page
    page.select_statement(promises["soon"])
    qtbot.mouseClick(page.ui.reminder_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text.startswith("Påminnelse: särskilt yttrande till § 6 Parkeringsnorm")
    assert "Till Åsa Zetterberg och Anton Sauer (C)" in text
    assert window.statusBar().currentMessage().startswith(
        "Påminnelsen till Åsa Zetterberg och Anton Sauer (C) är kopierad")


def test_the_justering_dialog_lists_the_open_promises_of_its_meeting_only(
        window: MainWindow, promises: dict, world: World) -> None:
    from kraftdesk.gui.controllers.justering_dialog import JusteringDialog

    dialog = JusteringDialog(window.operations, window.undo_stack, world.meetings["ks-jan"],
                             parent=window)
    lines = [dialog.ui.blockers_list.item(i).text()
             for i in range(dialog.ui.blockers_list.count())]
    assert lines[-1] == "§ 1: reservation från Örjan Ågren, frist 2026-01-07 16:00"
    assert not any("Åsa Zetterberg" in line for line in lines)  # another meeting's promise
    assert dialog.ui.confirm_check.isVisibleTo(dialog)
    dialog.deleteLater()
