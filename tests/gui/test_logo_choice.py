# SPDX-License-Identifier: EUPL-1.2
"""Choosing the organisation's logo in the settings dialog: a file that cannot be the logo is
said at once, in Swedish, and the logo shown and kept stays; a large one is shown as it will
be kept."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk.gui.controllers.setup_dialogs import OrganisationDialog
from kraftdesk.gui.main_window import MainWindow
from kraftdesk.services import organisation


def _png(width: int, height: int) -> bytes:
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _dialog(qtbot: QtBot, window: MainWindow) -> OrganisationDialog:
    window.ui.action_organisation_settings.trigger()
    dialog = next(d for d in window.findChildren(OrganisationDialog) if d.isVisible())
    qtbot.waitExposed(dialog)
    return dialog


def _message(dialog: OrganisationDialog) -> str:
    """The text of the Swedish message box the dialog opened last (closing it)."""
    box = [b for b in dialog.findChildren(QMessageBox, "user_error_box") if b.isVisible()][-1]
    text = box.text()
    box.close()
    return text


def test_a_logo_that_cannot_be_is_said_in_the_dialog(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    before = organisation.logo(window.register)
    dialog = _dialog(qtbot, window)
    cut = tmp_path / "avbruten.png"
    data = _png(900, 300)
    cut.write_bytes(data[: len(data) // 2])
    shown_before = dialog.ui.logo_view.text(), dialog.ui.logo_view.pixmap().cacheKey()
    for chosen, message in (
            (cut, "PNG-filen med logotypen är skadad och kan inte läsas."),
            (tmp_path, f"{tmp_path} är en mapp, inte en bild.")):
        dialog.set_logo_file(chosen)
        assert _message(dialog) == message
        assert (dialog.ui.logo_view.text(), dialog.ui.logo_view.pixmap().cacheKey()) \
            == shown_before
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert organisation.logo(window.register) == before


def test_a_large_logo_is_shown_and_kept_as_print_needs(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    dialog = _dialog(qtbot, window)
    large = tmp_path / "profil.png"
    large.write_bytes(_png(4200, 1260))
    dialog.set_logo_file(large)
    assert dialog.ui.logo_view.pixmap().height() == 48
    assert dialog.ui.remove_logo_button.isEnabled()
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    kept = organisation.logo(window.register)
    assert kept is not None and kept[1] == "image/png"
    assert Image.open(io.BytesIO(kept[0])).size == (709, 213)
