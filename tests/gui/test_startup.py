# SPDX-License-Identifier: EUPL-1.2
"""Start-up: the window shows the register's first screen at once and attaches the register
while it is on show; whatever the user asks before then waits for it and then works."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from kraftdesk.domain.errors import RegisterError
from kraftdesk.gui.app import Application
from kraftdesk.gui.main_window import CASES, LAZY_PAGES, MainWindow
from kraftdesk.gui.models.meeting_table_model import MeetingTableModel
from kraftdesk.gui.models.paged import PagedTableModel, Query
from kraftdesk.gui.settings import UiSettings
from kraftdesk.gui.startup import RegisterLoader
from kraftdesk.register.database import Register
from kraftdesk.services.first_screen import read_first_screen
from tests.gui.conftest import World, build_world
from tests.gui.helpers import click_header, column_texts

ROOT = Path(__file__).resolve().parents[2]


def _run_script(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`script` in a Python process of its own, Qt offscreen, data and settings under
    `tmp_path`; it must end with exit code 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "KRAFTDESK_DATA_DIR": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result


def _closed_world(register: Register) -> World:
    world = build_world(register)
    register.close()  # as after the last session: no write-ahead log left
    return world


def _quick_window(qtbot: QtBot, register_path: Path) -> MainWindow:
    window = Application(UiSettings()).start(str(register_path), quick=True)
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_the_first_screen_shows_before_the_register_is_open(qtbot: QtBot, register: Register,
                                                            register_path: Path) -> None:
    _closed_world(register)
    window = _quick_window(qtbot, register_path)
    assert window.register is None
    assert window.windowTitle() == "Malmö stad"
    view = window.meetings_page.ui.table_view
    assert column_texts(view, 0) == ["2026-02-04 13:00", "2026-01-14 09:00", "2026-01-07 13:00"]
    assert column_texts(view, 3) == ["0", "0", "5"]
    assert window.meetings_page.ui.count_label.text() == "3 sammanträden"
    resets: list[bool] = []
    window.meetings_page.model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(window.attached, timeout=30_000):
        pass
    assert window.register is not None
    assert window.operations.register is window.register
    assert column_texts(view, 0) == ["2026-02-04 13:00", "2026-01-14 09:00", "2026-01-07 13:00"]
    assert resets == []  # the register gave the same rows: the list was not redrawn
    assert window.meetings_page.ui.count_label.text() == "3 sammanträden"
    window.close()
    window.register.close()


def test_asking_before_the_register_is_open_waits_for_it(qtbot: QtBot, register: Register,
                                                         register_path: Path) -> None:
    world = _closed_world(register)
    window = _quick_window(qtbot, register_path)
    window.show_view(CASES)  # before the start-up thread has finished
    assert window.register is not None
    assert window.current_page() is window.cases_page
    assert window.cases_page.ui.count_label.text() == "5 ärenden"
    index = window.meetings_page.model.index(2, 0)
    assert index.data() == "2026-01-07 13:00"
    window.meetings_page.activated.emit(world.meetings["ks-jan"])
    assert window.current_page() is window.meeting_page
    assert window.meeting_page.view is not None
    assert window.meeting_page.view.id == world.meetings["ks-jan"]
    window.close()
    window.register.close()


def test_a_register_that_will_not_open_is_reported(qtbot: QtBot, register: Register,
                                                   register_path: Path) -> None:
    _closed_world(register)
    first = read_first_screen(f"sqlite:///{register_path}")
    assert first is not None

    class FailingLoader(RegisterLoader):
        def open(self) -> Register:
            raise RegisterError("Registret är låst av ett annat program.")

    window = MainWindow(settings=UiSettings(), first_screen=first,
                        loader=FailingLoader(first.url))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.attach_failed) as failed:
        assert window.ensure_attached() is False
    assert failed.args == ["Registret är låst av ett annat program."]
    assert window.register is None
    assert window.meetings_page.model.rowCount() == 3  # the first screen stays on show


def test_rebind_resets_the_list_only_when_the_rows_differ(qtbot: QtBot) -> None:
    class Numbers(PagedTableModel[int]):
        pass

    model = Numbers(lambda _q, offset, limit: list(range(offset, min(offset + limit, 3))),
                    query=Query())
    model.reload()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rebind(lambda _q, offset, limit: list(range(offset, min(offset + limit, 3))))
    assert resets == [] and model.rowCount(QModelIndex()) == 3
    model.rebind(lambda _q, offset, limit: list(range(offset, min(offset + limit, 4))))
    assert resets == [True] and model.rowCount(QModelIndex()) == 4
    assert not model.canFetchMore(QModelIndex())


def test_the_real_start_shows_the_list_before_sqlalchemy_is_loaded(
        register: Register, register_path: Path, tmp_path: Path) -> None:
    """The `kraftdesk` command in its own process: the window is painted with the meetings
    before SQLAlchemy is imported, and the register is open in it afterwards. "shown" comes
    once the list (and the last widget drawn, the status bar) has been painted. (The
    threads are counted where /proc tells them, as on Linux.)"""
    _closed_world(register)
    script = textwrap.dedent(f"""
        import gc, os, sys
        import PySide6.QtCore
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication
        from kraftdesk.launcher import main

        class Paints(QObject):
            seen = set()
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    self.seen.add(watched)
                return False

        app = QApplication([])
        paints = Paints()
        app.installEventFilter(paints)

        def observe(stage, window):
            if stage == "shown":
                print("shown", window.meetings_page.model.rowCount(),
                      "sqlalchemy" in sys.modules, window.register is None,
                      window.meetings_page.ui.table_view.viewport() in paints.seen,
                      window.statusBar() in paints.seen)
                # Painted without PySide6's Qt namespace (kraftdesk.gui.roles), without
                # Qt's image threads, without the cyclic garbage collector, and with
                # kraftdesk.gui.pyside_features installed by gui.app.main.
                tasks = "/proc/self/task"
                threads = len(os.listdir(tasks)) if os.path.isdir(tasks) else 1
                feature = sys.modules["shibokensupport.feature"]
                print("cheap", "Qt" in vars(PySide6.QtCore), threads, gc.isenabled(),
                      hasattr(feature._mod_uses_pyside, "__wrapped__"))
            else:
                print("ready", window.register is not None,
                      window.meetings_page.ui.count_label.text())
                print("collector", gc.isenabled(), gc.get_freeze_count() > 10_000)
                QApplication.instance().quit()

        sys.exit(main(["--db", {str(register_path)!r}], observer=observe))
    """)
    result = _run_script(script, tmp_path)
    assert result.stdout.splitlines() == ["shown 3 False True True True",
                                         "cheap False 1 False True",
                                         "ready True 3 sammanträden",
                                         "collector True True"]


def test_the_start_up_thread_loads_every_service_the_window_needs(
        register: Register, register_path: Path, tmp_path: Path) -> None:
    """Attaching a register imports no service beyond READY_SERVICES, and building every
    page none beyond SERVICES, which the thread imports once the window is ready (else
    they would be imported on the GUI thread, while the user waits)."""
    _closed_world(register)
    script = textwrap.dedent(f"""
        import importlib, sys
        from PySide6.QtWidgets import QApplication
        from kraftdesk.gui.startup import READY_SERVICES, SERVICES

        def services():
            return {{m for m in sys.modules if m.startswith("kraftdesk.services.")}}

        app = QApplication([])
        for name in READY_SERVICES:
            importlib.import_module(name)
        loaded = services()
        from kraftdesk.gui.main_window import MainWindow
        from kraftdesk.gui.settings import UiSettings
        from kraftdesk.services.registers import open_register

        register = open_register({f"sqlite:///{register_path}"!r})
        window = MainWindow(settings=UiSettings(), register=register, organisation="Malmö")
        print(sorted(services() - loaded))
        for name in SERVICES:
            importlib.import_module(name)
        loaded = services()
        for name in ("cases_page", "ledger_page", "search_page", "setup_page",
                     "meeting_page", "case_page", "paragraph_editor", "exports"):
            getattr(window, name)
        print(sorted(services() - loaded))
        register.close()
    """)
    result = _run_script(script, tmp_path)
    assert result.stdout == "[]\n[]\n"


def test_the_window_is_ready_with_the_first_view_alone(
        register: Register, register_path: Path, tmp_path: Path) -> None:
    """The `kraftdesk` command in its own process: when the window is ready (the register
    open in it, the Sammanträden list read from it) no other page has been built, nor its
    modules imported; the mapped models are not imported, PySide6 has not built its Qt
    namespace, and nothing a document, a migration or a signature needs is loaded. The
    other services come in the thread afterwards, and a meeting opens at once."""
    world = _closed_world(register)
    script = textwrap.dedent(f"""
        import sys
        import PySide6.QtCore
        from PySide6.QtWidgets import QApplication
        from kraftdesk.launcher import main

        HEAVY = ("reportlab", "alembic", "jsonschema", "pyhanko", "holidays", "pypdf")

        def observe(stage, window):
            if stage != "ready":
                return
            print("ready", window.register is not None,
                  window.meetings_page.ui.count_label.text())
            print("pages", sorted(window._pages),
                  sorted(m.rsplit(".", 1)[1] for m in sys.modules
                         if m.startswith("kraftdesk.gui.controllers.")))
            print("cheap", "kraftdesk.register.models" in sys.modules,
                  "Qt" in vars(PySide6.QtCore), [name for name in HEAVY if name in sys.modules])
            window.meetings_page.activated.emit(
                {world.meetings["ks-jan"]})
            print("meeting", window.current_page() is window.meeting_page,
                  window.meeting_page.view.id == {world.meetings["ks-jan"]},
                  "kraftdesk.services.justering" in sys.modules)
            QApplication.instance().quit()

        app = QApplication([])
        sys.exit(main(["--db", {str(register_path)!r}], observer=observe))
    """)
    result = _run_script(script, tmp_path)
    assert result.stdout.splitlines() == [
        "ready True 3 sammanträden",
        "pages [] ['list_page', 'pages']",
        "cheap False False []",
        "meeting True True True"]


def test_the_first_screen_header_shows_the_first_order_whatever_was_sorted_last(
        qtbot: QtBot, register: Register, register_path: Path) -> None:
    """The header is restored as the last session left it, and the first screen shows the
    newest meetings first: the arrow is saved on that order (ListPage.save_state)."""
    _closed_world(register)
    window = _quick_window(qtbot, register_path)
    with qtbot.waitSignal(window.attached, timeout=30_000):
        pass
    view = window.meetings_page.ui.table_view
    click_header(qtbot, view, MeetingTableModel.BODY)
    assert column_texts(view, MeetingTableModel.BODY) == ["KS", "KS", "KSAU"]
    assert view.horizontalHeader().sortIndicatorSection() == MeetingTableModel.BODY
    window.close()
    window.register.close()

    again = _quick_window(qtbot, register_path)
    view = again.meetings_page.ui.table_view
    header = view.horizontalHeader()
    assert again.register is None
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        MeetingTableModel.DATE, Qt.SortOrder.DescendingOrder)
    assert column_texts(view, 0) == ["2026-02-04 13:00", "2026-01-14 09:00", "2026-01-07 13:00"]
    with qtbot.waitSignal(again.attached, timeout=30_000):
        pass
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        MeetingTableModel.DATE, Qt.SortOrder.DescendingOrder)
    again.close()
    again.register.close()


def test_sorting_the_first_screen_waits_for_the_register_and_keeps_the_arrow(
        qtbot: QtBot, register: Register, register_path: Path) -> None:
    _closed_world(register)
    window = _quick_window(qtbot, register_path)
    assert window.register is None
    view = window.meetings_page.ui.table_view
    click_header(qtbot, view, MeetingTableModel.BODY)  # before the start-up thread is done
    assert window.register is not None
    assert column_texts(view, MeetingTableModel.BODY) == ["KS", "KS", "KSAU"]
    header = view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        MeetingTableModel.BODY, Qt.SortOrder.AscendingOrder)
    window.close()
    window.register.close()


def test_filtering_the_first_screen_waits_for_the_register(qtbot: QtBot, register: Register,
                                                           register_path: Path) -> None:
    _closed_world(register)
    window = _quick_window(qtbot, register_path)
    assert window.register is None
    page = window.meetings_page
    page.ui.filter_edit.setText("KSAU")
    page.apply_filter()  # as the filter box does after its pause
    assert window.register is not None
    assert column_texts(page.ui.table_view, MeetingTableModel.BODY) == ["KSAU"]
    assert page.ui.count_label.text() == "1 sammanträde"
    window.close()
    window.register.close()


def test_ready_once_painted_with_the_register_attached_whichever_comes_last(
        qtbot: QtBot, register: Register, register_path: Path) -> None:
    _closed_world(register)
    quick = _quick_window(qtbot, register_path)  # painted first, attached later
    ready: list[str] = []
    quick.ready.connect(lambda: ready.append("quick"))
    quick.painted.connect(lambda: ready.append("painted"))
    with qtbot.waitSignal(quick.ready, timeout=30_000):
        pass
    assert ready == ["painted", "quick"] and quick.register is not None
    quick.close()
    opened = MainWindow(settings=UiSettings(), register=quick.register)  # attached first
    qtbot.addWidget(opened)
    opened.ready.connect(lambda: ready.append("opened"))
    with qtbot.waitSignal(opened.ready, timeout=10_000):
        opened.show()
    qtbot.wait(50)
    assert ready == ["painted", "quick", "opened"]
    opened.close()
    quick.register.close()


def test_the_other_pages_are_built_once_the_services_are_loaded(
        qtbot: QtBot, register: Register, register_path: Path) -> None:
    """After ready, the thread imports the other services and the window builds the pages
    not yet on show, one per turn of the event loop: a later click does not wait for them."""
    _closed_world(register)
    window = _quick_window(qtbot, register_path)
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: all(window.built_page(name) is not None for name in LAZY_PAGES),
                    timeout=30_000)
    assert window.current_page() is window.meetings_page  # built, not shown
    window.close()
    window.register.close()
