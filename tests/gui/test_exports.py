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


def _numbered_paragraphs(window: MainWindow, meeting_id: int) -> tuple[int, ...]:
    from kraftdesk.services import meetings

    view = meetings.meeting_view(window.operations.register, meeting_id)
    return tuple(p.id for p in view.paragraphs if p.number is not None)[:2]


def test_extracts_already_in_the_folder_are_replaced_only_when_the_user_says_so(
        qtbot: QtBot, window: MainWindow, world: World, tmp_path: Path, monkeypatch) -> None:
    """Before, the app refused with the command line's "ange --force" and wrote nothing."""
    ids = _numbered_paragraphs(window, world.meetings["ks-jan"])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(tmp_path))
    with qtbot.waitSignal(window.exports.folder_written, timeout=30_000) as written:
        window.exports.export_extracts_to_folder(ids, name="KS 2026/1")
    names = sorted(Path(p).name for p in written.args[0])
    assert names == ["KS 2026-01-07 § 1.pdf", "KS 2026-01-07 § 2.pdf"]
    (tmp_path / names[0]).write_bytes(b"%PDF-1.4 mitt eget utkast")
    (tmp_path / "annat.txt").write_text("rörs inte", encoding="utf-8")

    assert window.exports.export_extracts_to_folder(ids, name="KS 2026/1") is None
    box = window.findChild(QMessageBox, "replace_extracts_box")
    assert box.text() == (f"2 av protokollsutdragen finns redan i mappen {tmp_path}. Vill du "
                          "ersätta dem?")
    assert box.informativeText() == ("• KS 2026-01-07 § 1.pdf\n• KS 2026-01-07 § 2.pdf\n\n"
                                     "Andra filer i mappen rörs inte.")
    box.button(QMessageBox.StandardButton.Cancel).click()  # Avbryt: nothing is written
    assert (tmp_path / names[0]).read_bytes() == b"%PDF-1.4 mitt eget utkast"

    window.exports.export_extracts_to_folder(ids, name="KS 2026/1")
    box = window.findChild(QMessageBox, "replace_extracts_box")
    replace = next(b for b in box.buttons() if b.text() == "Ersätt")
    with qtbot.waitSignal(window.exports.folder_written, timeout=30_000):
        replace.click()
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / names[0]).pages)
    assert "Protokollsutdrag" in text or "PROTOKOLLSUTDRAG" in text.upper()
    assert (tmp_path / "annat.txt").read_text(encoding="utf-8") == "rörs inte"
