# SPDX-License-Identifier: EUPL-1.2
"""PDFs from the meeting page: an extract of the selected paragraphs, the bilagor; shown in
the in-app preview."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk.gui.controllers.pdf_preview import PdfPreviewDialog
from kraftdesk.gui.main_window import MainWindow
from tests.gui.conftest import World


def save_as(monkeypatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def answer(_parent, _title, default, _filter):
        suggested.append(Path(default).name)
        return str(path), "PDF-filer (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def select_rows(window: MainWindow, rows: list[int]) -> None:
    view = window.meeting_page.ui.agenda_view
    flags = (QItemSelectionModel.SelectionFlag.Select
             | QItemSelectionModel.SelectionFlag.Rows)
    for row in rows:
        view.selectionModel().select(view.model().index(row, 0), flags)


def test_extract_of_the_selected_paragraphs(qtbot: QtBot, window: MainWindow, world: World,
                                            tmp_path: Path, monkeypatch) -> None:
    window.open_meeting(world.meetings["ks-jan"])
    select_rows(window, [1, 3])
    out = tmp_path / "utdrag.pdf"
    suggested = save_as(monkeypatch, out)
    with qtbot.waitSignal(window.exports.previewed, timeout=30_000):
        qtbot.mouseClick(window.meeting_page.ui.export_extract_button, Qt.MouseButton.LeftButton)
    assert suggested == ["KS 2026-01-07 utdrag § 2, § 4.pdf"]
    preview = window.findChild(PdfPreviewDialog)
    assert preview.windowTitle() == "Protokollsutdrag § 2, § 4"
    qtbot.waitUntil(lambda: preview.document.pageCount() > 0)
    assert preview.ui.pages_label.text().endswith(("sida", "sidor"))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Budget 2027" in text and "Zonplan för hamnen" in text
    assert "Örnäsets skola" not in text


def test_an_extract_needs_a_selection(qtbot: QtBot, window: MainWindow, world: World) -> None:
    window.open_meeting(world.meetings["ks-jan"])
    window.meeting_page.ui.agenda_view.clearSelection()
    qtbot.mouseClick(window.meeting_page.ui.export_extract_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "user_error_box")
    assert box.text() == "Markera en eller flera paragrafer i föredragningslistan först."
