# SPDX-License-Identifier: EUPL-1.2
"""The vote grid, voted as a secretary does at a full meeting: by keyboard, J, N and A on
the selected member and on to the next, the grid keeping its place, F2 and a pick from the
list with the mouse, and not one Qt warning (tests/gui/conftest.py fails on any)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kraftdesk.domain.enums import AttendanceKind, BallotChoice
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Organisation, Party
from kraftdesk.services import meetings, proceedings
from tests import factories
from tests.gui.conftest import World
from tests.gui.test_paragraph_editor import add_proposals, open_editor

EXTRA_MEMBERS = 30


def full_meeting(register: Register, world: World) -> None:
    """Thirty more members, and everyone serving at KS 7 januari."""
    with register.write() as s:
        org = s.scalars(select(Organisation)).one()
        ks = s.get_one(Body, world.ks)
        party = s.scalars(select(Party).where(Party.abbreviation == "C")).one()
        for n in range(1, EXTRA_MEMBERS + 1):
            factories.person(s, org, f"Ledamot {n:02d}", party, body_row=ks)
    people = [r.person.id for r in meetings.body_roster(register, world.ks,
                                                         factories.at("2026-01-07 13:00").date())]
    meetings.set_attendance(register, world.meetings["ks-jan"], [
        meetings.AttendanceEntry(pid, AttendanceKind.MEMBER) for pid in people])


def ballots(register: Register, paragraph_id: int) -> dict[str, BallotChoice]:
    vote = proceedings.proceedings_view(register, paragraph_id).votes[0]
    return {b.person.name: b.choice for b in vote.ballots if b.choice is not None}


def test_voting_by_keyboard_keeps_the_place_and_moves_on(qtbot: QtBot, window: MainWindow,
                                                         register: Register,
                                                         world: World) -> None:
    from kraftdesk.gui.controllers.proceedings_dialogs import VoteDialog

    full_meeting(register, world)
    paragraph_id = open_editor(window, register, world)
    editor = window.paragraph_editor
    editor.focus_section("proceedings_tab")
    add_proposals(qtbot, editor)
    qtbot.mouseClick(editor.ui.new_vote_button, Qt.MouseButton.LeftButton)
    editor.findChild(VoteDialog).ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    grid = editor.ui.ballots_view
    model = grid.model()
    assert model.rowCount() == EXTRA_MEMBERS + 3
    names = [model.index(r, 0).data() for r in range(model.rowCount())]

    # Far down the list: the grid scrolls there, and stays there after each ballot.
    grid.setFocus()
    grid.setCurrentIndex(model.index(25, 1))
    grid.scrollTo(model.index(25, 1))
    bar = grid.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() > 0
    place = bar.value()
    for key in (Qt.Key.Key_J, Qt.Key.Key_N, Qt.Key.Key_A):
        qtbot.keyClick(grid, key)
    qtbot.waitUntil(lambda: len(ballots(register, paragraph_id)) == 3)
    assert ballots(register, paragraph_id) == {
        names[25].split(" (")[0]: BallotChoice.YES, names[26].split(" (")[0]: BallotChoice.NO,
        names[27].split(" (")[0]: BallotChoice.ABSTAIN}
    assert [model.index(r, 1).data() for r in (25, 26, 27, 28)] == ["Ja", "Nej", "Avstår", "–"]
    assert grid.currentIndex().row() == 28  # on to the next member each time
    # The list did not jump back to the top: it follows the current member, in view.
    assert bar.value() >= place > 0
    assert grid.viewport().rect().contains(grid.visualRect(grid.currentIndex()))

    # The arrow keys move between members; Delete clears a ballot.
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.currentIndex().row() == 26
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: model.index(26, 1).data() == "–")
    assert grid.currentIndex().row() == 27

    # F2 opens the list of choices; a pick from it with the mouse is written at once.
    grid.setCurrentIndex(model.index(2, 1))
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    combo = grid.findChild(QComboBox, "choice_editor")
    assert combo is not None
    combo.showPopup()
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(popup.model().index(2, 0)).center())
    qtbot.waitUntil(lambda: model.index(2, 1).data() == "Nej")
    assert ballots(register, paragraph_id)[names[2].split(" (")[0]] is BallotChoice.NO
    assert grid.currentIndex().row() == 2

    # Each ballot is one step: undo takes back the last one only.
    assert window.action_undo.text() == "Ångra röst i omröstningen"
    window.action_undo.trigger()
    assert model.index(2, 1).data() == "–"
    assert model.index(25, 1).data() == "Ja"
