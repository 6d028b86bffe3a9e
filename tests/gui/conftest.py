# SPDX-License-Identifier: EUPL-1.2
"""GUI fixtures: a Swedish QApplication, a register with a small world in it, the window."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kraftdesk.domain.enums import BodyKind, Role
from kraftdesk.gui.app import configure
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.gui.settings import UiSettings
from kraftdesk.register.database import Register
from kraftdesk.register.models import Case, Meeting, Paragraph
from tests import factories

GUI_DIR = Path(__file__).resolve().parent

#: The offscreen platform plugin warns whenever a top-level window with a layout gets size
#: hints, and when a popup list raises itself and grabs the keyboard and mouse; that is the
#: test platform talking, not the app. Every other Qt warning fails.
OFFSCREEN_NOISE = (r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|"
                   r"grabbing the (keyboard|mouse))$")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def qt_warnings_fail() -> Iterator[list[str]]:
    """Every Qt warning fails the test: in its setup, its call and its teardown, whether or
    not pytest captures output.

    pytest-qt's own check (qt_log_level_fail) looks at the call phase only, and is not
    installed at all when output capture is off (`pytest -s`): a warning printed while
    windows close, or in a run with -s, passed unnoticed. (The vote grid's "commitData called
    with an editor that does not belong to this view" escaped for another reason as well:
    the test committed the editor by emitting its signal, never moving the focus, so the
    second, stale commit a user's click or key makes never happened; tests now use keys.)
    """
    seen: list[str] = []

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and not re.search(OFFSCREEN_NOISE, message):
            seen.append(f"{getattr(context, 'category', '')}: {message}")
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    yield seen
    QCoreApplication.processEvents()  # late warnings: deferred deletes, focus changes
    qInstallMessageHandler(previous)
    if seen:
        pytest.fail("Qt-varningar under testet:\n" + "\n".join(seen), pytrace=False)


@pytest.fixture(autouse=True)
def swedish_app(qapp: QApplication, qt_warnings_fail: list[str]) -> Iterator[QApplication]:
    """Names, icon and Qt's Swedish translation, as kraftdesk.gui.app.main sets them.

    Afterwards every window a test left open (message boxes, dialogs) is closed and deleted,
    so no test sees another's leftovers.
    """
    configure(qapp)
    yield qapp
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass(frozen=True)
class World:
    """Ids of what `world` put in the register."""

    ks: int
    ksau: int
    meetings: dict[str, int]
    cases: dict[str, int]
    people: dict[str, int]


CASE_TITLES = {
    "KS 2026/4": "Örnäsets skola, ombyggnad",
    "KS 2026/1": "Budget 2027",
    "KS 2026/3": "Ängdala förskola",
    "KS 2026/2": "Zonplan för hamnen",
    "KS 2026/5": "Åtgärdsplan mot buller",
}


def build_world(register: Register) -> World:
    with register.write() as s:
        org = factories.organisation(s)
        m = factories.party(s, org, "M", "Moderaterna")
        sd = factories.party(s, org, "S", "Socialdemokraterna")
        c = factories.party(s, org, "C", "Centerpartiet")
        ks = factories.body(s, org)
        ksau = factories.body(s, org, "KSAU", "Kommunstyrelsens arbetsutskott",
                              BodyKind.WORKING_COMMITTEE, parent=ks)
        people = {
            "Anna Svensson": factories.person(s, org, "Anna Svensson", sd, body_row=ks,
                                              role=Role.CHAIR, pronoun="hon").id,
            "John Eklöf": factories.person(s, org, "John Eklöf", m, body_row=ks,
                                           pronoun="han").id,
            "Anton Sauer": factories.person(s, org, "Anton Sauer", c, body_row=ks,
                                            pronoun="han").id,
        }
        cases = {}
        for number, title in CASE_TITLES.items():
            case = Case(organisation_id=org.id, number=number, title=title)
            s.add(case)
            s.flush()
            cases[number] = case.id
        meetings = {}
        for key, body, when, place in (
            ("ks-jan", ks, "2026-01-07 13:00", "Rådhuset, Malmö"),
            ("ksau-jan", ksau, "2026-01-14 09:00", "Stadshuset"),
            ("ks-feb", ks, "2026-02-04 13:00", "Rådhuset, Malmö"),
        ):
            meeting = Meeting(body_id=body.id, starts_at=factories.at(when), place=place,
                              approval_due_at=factories.at(when[:10] + " 16:00"))
            s.add(meeting)
            s.flush()
            meetings[key] = meeting.id
        for position, (number, title) in enumerate(CASE_TITLES.items(), start=1):
            s.add(Paragraph(meeting_id=meetings["ks-jan"], body_id=ks.id, series="2026",
                            number=position, position=position, case_id=cases[number],
                            title=title, summary=f"Sammanfattning av {title.lower()}."))
        return World(ks=ks.id, ksau=ksau.id, meetings=meetings, cases=cases, people=people)


@pytest.fixture
def world(register: Register) -> World:
    return build_world(register)


@pytest.fixture
def settings() -> UiSettings:
    return UiSettings()


@pytest.fixture
def window(qtbot: QtBot, register: Register, world: World,
           settings: UiSettings) -> Iterator[MainWindow]:
    win = MainWindow(register=register, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.operations.wait_for_background()
