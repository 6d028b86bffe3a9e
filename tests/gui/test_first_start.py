# SPDX-License-Identifier: EUPL-1.2
"""The first start: create a register, open a file, try the demo; the last register is
remembered and opened directly next time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk import paths
from kraftdesk.gui.app import Application
from kraftdesk.gui.controllers.first_start import BODIES_PAGE, CREATE_PAGE, FirstStartDialog
from kraftdesk.gui.settings import UiSettings
from kraftdesk.services.organisation import create_organisation, overview
from kraftdesk.services.registers import open_file
from tests.gui.helpers import type_text


def make_dialog(qtbot: QtBot, **kwargs: object) -> FirstStartDialog:
    dialog = FirstStartDialog(**kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_offers_the_three_ways_to_start_in_swedish(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.windowTitle() == "Välkommen till Kraftdesk"
    assert [b.text() for b in (dialog.ui.create_button, dialog.ui.open_button,
                               dialog.ui.demo_button)] == [
        "Skapa ett nytt register", "Öppna ett befintligt register…",
        "Prova med exempelregistret"]
    cancel = dialog.ui.choice_buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Avbryt"
    assert not dialog.ui.notice_label.isVisible()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_create_a_new_register_for_an_organisation(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.page_stack.currentIndex() == CREATE_PAGE
    assert dialog.ui.file_edit.text() == str(paths.default_register_path())
    type_text(dialog.ui.organisation_edit, "Lunds kommun")
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.page_stack.currentIndex() == BODIES_PAGE
    qtbot.mouseClick(dialog.ui.confirm_create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    facts = overview(dialog.register)
    assert (facts.organisation, facts.bodies) == ("Lunds kommun", 7)  # the ticked ones
    dialog.register.close()


def test_the_diarienummer_format_is_an_example_never_a_pattern(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show_create_page()
    assert dialog.ui.format_label.text() == "fritt format (inget exempel)"
    type_text(dialog.ui.example_edit, "STK-2027-12")
    assert dialog.ui.format_label.text() == \
        "bokstäver, «-», årtal (fyra siffror), «-» och ett löpnummer"
    dialog.ui.example_edit.clear()
    type_text(dialog.ui.example_edit, "diariet")
    type_text(dialog.ui.organisation_edit, "Lunds kommun")
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "user_error_box")
    assert box.text().startswith("Exemplet «diariet» innehåller inget nummer.")
    assert dialog.ui.page_stack.currentIndex() == CREATE_PAGE


def test_unticked_and_renamed_bodies(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show_create_page()
    type_text(dialog.ui.organisation_edit, "Ånge kommun")
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    table = dialog.ui.bodies_table
    table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)  # no KF: KS then decides itself
    table.item(1, 1).setText("KOS")
    chosen = {b.short_name: b for b in dialog.chosen_bodies()}
    assert "KF" not in chosen and chosen["KOS"].proposes_to is None
    assert chosen["KSAU"].proposes_to == "KOS" and chosen["KSAU"].parent == "KOS"


def test_a_missing_name_is_refused_and_no_file_is_left(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show_create_page()
    qtbot.mouseClick(dialog.ui.next_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "user_error_box")
    assert box.text() == "Organisationens namn saknas."
    assert box.informativeText() == "Gäller: organisationens namn"
    assert dialog.register is None and not paths.default_register_path().exists()


def test_open_an_existing_register(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "nämnden.sqlite3"
    existing = open_file(path, create=True)
    create_organisation(existing, "Region Skåne")
    existing.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = make_dialog(qtbot)
    qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert overview(dialog.register).organisation == "Region Skåne"
    dialog.register.close()


def test_a_file_that_is_not_a_register_is_refused(qtbot: QtBot, tmp_path: Path,
                                                   monkeypatch) -> None:
    path = tmp_path / "protokoll.pdf"
    path.write_bytes(b"%PDF-1.7 not a register")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = make_dialog(qtbot)
    qtbot.mouseClick(dialog.ui.open_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "user_error_box")
    assert "är inte ett kraftdesk-register" in box.text()
    assert dialog.isVisible() and dialog.register is None


def test_try_the_demo_register(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    qtbot.mouseClick(dialog.ui.demo_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    facts = overview(dialog.register)
    assert facts.organisation and facts.meetings > 0 and facts.paragraphs > 0
    assert Path(dialog.register.url.removeprefix("sqlite:///")).name == "exempelregister.sqlite3"
    dialog.register.close()


def test_the_last_register_opens_directly_next_time(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    register = open_file(path, create=True)
    create_organisation(register, "Malmö stad")
    register.close()
    settings = UiSettings()
    settings.remember_register(f"sqlite:///{path}")
    application = Application(settings)
    window = application.start()
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle() == "Malmö stad"
    assert UiSettings().last_register == f"sqlite:///{path}"
    window.close()
    window.register.close()


def test_a_moved_register_is_reported_in_the_first_start(qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings()
    settings.remember_register(f"sqlite:///{tmp_path / 'flyttat.sqlite3'}")
    register, notice, empty = Application(settings).initial_register(None)
    assert register is None and empty is None
    assert notice.startswith("Det senast använda registret kunde inte öppnas.")
