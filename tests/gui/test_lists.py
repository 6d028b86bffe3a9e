# SPDX-License-Identifier: EUPL-1.2
"""The navigation and the lazily loaded lists: Swedish order, filter, models, state kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from kraftdesk.gui.delegates.snippet_delegate import snippet_html
from kraftdesk.gui.main_window import CASES, LEDGER, MEETINGS, SEARCH, MainWindow
from kraftdesk.gui.models.case_table_model import CaseTableModel
from kraftdesk.gui.models.paged import Query
from kraftdesk.gui.models.search_table_model import SNIPPET_ROLE
from kraftdesk.gui.settings import UiSettings
from kraftdesk.register.database import Register
from kraftdesk.register.models import Case
from kraftdesk.services import browse
from tests.gui.conftest import World
from tests.gui.helpers import click_header, column_texts, type_text


def test_navigation_shows_each_view_in_swedish(qtbot: QtBot, window: MainWindow) -> None:
    nav = window.ui.navigation_list
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Sammanträden", "Ärenden", "Bevakning", "Sök", "Organisation"]
    nav.setCurrentRow(CASES)
    assert window.current_page() is window.cases_page
    assert window.cases_page.ui.title_label.text() == "Ärenden"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.search_page
    assert nav.currentRow() == SEARCH
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.setup_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.meetings_page


def test_meetings_newest_first_with_swedish_columns(window: MainWindow) -> None:
    view = window.meetings_page.ui.table_view
    header = view.horizontalHeader()  # the headings as the header shows them
    headers = [header.model().headerData(c, Qt.Orientation.Horizontal)
               for c in range(header.count())]
    assert headers == ["Datum", "Organ", "Plats", "Paragrafer", "Protokoll", "Justering"]
    assert header.count() == view.model().columnCount()
    assert column_texts(view, 0) == ["2026-02-04 13:00", "2026-01-14 09:00", "2026-01-07 13:00"]
    assert column_texts(view, 3) == ["0", "0", "5"]
    assert column_texts(view, 4) == ["Utkast"] * 3
    assert window.meetings_page.ui.count_label.text() == "3 sammanträden"


def test_clicking_title_header_sorts_cases_in_swedish_order(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    window.show_view(CASES)
    view = window.cases_page.ui.table_view
    click_header(qtbot, view, CaseTableModel.TITLE)
    assert column_texts(view, CaseTableModel.TITLE) == [
        "Budget 2027", "Zonplan för hamnen", "Åtgärdsplan mot buller", "Ängdala förskola",
        "Örnäsets skola, ombyggnad"]
    assert view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    click_header(qtbot, view, CaseTableModel.TITLE)
    assert column_texts(view, CaseTableModel.TITLE)[0] == "Örnäsets skola, ombyggnad"


def test_filter_box_narrows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.show_view(CASES)
    page = window.cases_page
    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        type_text(page.ui.filter_edit, "ängdala")
    assert column_texts(page.ui.table_view, CaseTableModel.TITLE) == ["Ängdala förskola"]
    assert page.ui.count_label.text() == "1 ärende"
    with qtbot.waitSignal(page.model.reloaded, timeout=2000):
        page.ui.filter_edit.clear()
    assert page.ui.count_label.text() == "5 ärenden"


def test_search_finds_paragraphs_and_marks_the_words(qtbot: QtBot,
                                                     window: MainWindow) -> None:
    window.show_view(SEARCH)
    page = window.search_page
    assert page.ui.filter_label.text() == "&Sök:"
    qtbot.keyClicks(page.ui.filter_edit, "sammanfattning buller")
    qtbot.keyClick(page.ui.filter_edit, Qt.Key.Key_Return)
    assert column_texts(page.ui.table_view, 0) == ["KS 2026-01-07 § 5"]
    assert column_texts(page.ui.table_view, 1) == ["Åtgärdsplan mot buller"]
    snippet = page.model.index(0, 3).data(SNIPPET_ROLE)
    assert "<b>buller</b>" in snippet_html(snippet)
    assert page.ui.count_label.text() == "1 träff"
    page.ui.filter_edit.setText("-")
    qtbot.keyClick(page.ui.filter_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0 and page.ui.count_label.text()


def test_lazy_loading_reads_one_page_at_a_time(qtbot: QtBot, register: Register,
                                               world: World, qtmodeltester) -> None:
    with register.write() as s:
        for n in range(250):
            s.add(Case(organisation_id=1, number=f"KS 2025/{n:03}", title=f"Ärende {n}"))
    calls: list[tuple[int, int]] = []

    def fetch(q: Query, offset: int, limit: int) -> list[browse.CaseRow]:
        calls.append((offset, limit))
        return browse.cases_page(register, text=q.text, order=browse.CaseOrder(q.order),
                                 descending=q.descending, offset=offset, limit=limit)

    model = CaseTableModel(fetch, query=Query(order="number"))
    model.reload()
    assert model.rowCount() == 100 and calls == [(0, 100)]
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 255 and not model.canFetchMore()
    qtmodeltester.check(model)


def test_every_list_model_passes_the_model_tester(window: MainWindow, qtmodeltester) -> None:
    for view in (CASES, LEDGER, SEARCH):
        window.show_view(view)
    window.search_page.ui.filter_edit.setText("sammanfattning")
    window.search_page.run_search()
    for page in (window.meetings_page, window.cases_page, window.search_page):
        assert page.model.rowCount() > 0
        qtmodeltester.check(page.model)
    window.ledger_page.reload()
    qtmodeltester.check(window.ledger_page.proxy)


def test_column_widths_and_view_are_remembered(qtbot: QtBot, register: Register,
                                               world: World, settings: UiSettings) -> None:
    first = MainWindow(register=register, settings=settings)
    qtbot.addWidget(first)
    first.show_view(CASES)
    header = first.cases_page.ui.table_view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(CaseTableModel.NUMBER, 233)
    first.close()
    second = MainWindow(register=register, settings=UiSettings())
    qtbot.addWidget(second)
    assert second.current_page() is second.cases_page
    header = second.cases_page.ui.table_view.horizontalHeader()
    assert header.sectionSize(CaseTableModel.NUMBER) == 233
    assert MEETINGS == 0


def test_opening_a_case_lists_its_handlings(qtbot: QtBot, window: MainWindow) -> None:
    from tests.gui.helpers import double_click_row

    window.show_view(CASES)
    view = window.cases_page.ui.table_view
    numbers = column_texts(view, CaseTableModel.NUMBER)
    double_click_row(qtbot, view, numbers.index("KS 2026/3"))
    assert window.current_page() is window.case_page
    assert window.case_page.ui.number_label.text() == "KS 2026/3"
    assert column_texts(window.case_page.ui.handlings_view, 3) == ["Ängdala förskola"]


def test_diarienummer_sort_by_their_numbers(qtbot: QtBot, register: Register, world: World,
                                            window: MainWindow) -> None:
    with register.write() as s:
        s.add(Case(organisation_id=1, number="KS 2026/10", title="Tionde ärendet"))
    window.show_view(CASES)
    window.cases_page.refresh()
    assert column_texts(window.cases_page.ui.table_view, CaseTableModel.NUMBER) == [
        "KS 2026/1", "KS 2026/2", "KS 2026/3", "KS 2026/4", "KS 2026/5", "KS 2026/10"]
