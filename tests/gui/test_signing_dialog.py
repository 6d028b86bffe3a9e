# SPDX-License-Identifier: EUPL-1.2
"""The justering dialog's electronic signatures: each signer in turn picks their line, their
key file and gives its password; a wrong password is told in Swedish; a signer declines with a
comment; the last required signature justerar the minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kraftdesk.gui.controllers.justering_dialog import JusteringDialog
from kraftdesk.gui.operations import Operations
from kraftdesk.register.database import Register
from kraftdesk.services import signing
from tests.justering.helpers import Built
from tests.signing.conftest import CHAIR, FIRST, SECOND, pki, sent  # noqa: F401 (fixtures)
from tests.signing.pki import PASSWORD, Pki


def _lines(dialog: JusteringDialog) -> list[str]:
    return [dialog.ui.signers_list.item(i).text() for i in range(dialog.ui.signers_list.count())]


def _choose(dialog: JusteringDialog, name: str) -> None:
    for row in range(dialog.ui.signers_list.count()):
        if dialog.ui.signers_list.item(row).data(Qt.ItemDataRole.UserRole) == name:
            dialog.ui.signers_list.setCurrentRow(row)
            return
    raise AssertionError(name)


@pytest.fixture
def dialog(qtbot: QtBot, register: Register, sent: Built, pki: Pki,  # noqa: F811
           monkeypatch: pytest.MonkeyPatch) -> JusteringDialog:
    signing.add_trust_anchor(register, pki.ca_pem.read_bytes(), source="ca.pem")
    signing.set_signing_settings(register, required=frozenset(
        {signing.SignerRole.CHAIR, signing.SignerRole.APPROVER}))
    widget = JusteringDialog(Operations(register), QUndoStack(), sent.meeting_id)
    qtbot.addWidget(widget)
    keys = {name: pki.person(name) for name in (CHAIR, FIRST, SECOND)}
    monkeypatch.setattr(widget, "ask_key_file",
                        lambda: keys[widget._selected_signer() or ""])
    monkeypatch.setattr(widget, "ask_password", lambda _path: PASSWORD)
    return widget


def test_each_signer_signs_in_turn_and_the_last_justerar(qtbot: QtBot,
                                                         dialog: JusteringDialog,
                                                         tmp_path: Path) -> None:
    assert _lines(dialog) == [
        "Sara Sekreterare, sekreterare – behöver inte underteckna",
        f"{CHAIR}, ordförande – väntar", f"{FIRST}, justerare – väntar",
        f"{SECOND}, justerare – väntar"]
    _choose(dialog, CHAIR)
    assert dialog.ui.sign_button.isEnabled()
    qtbot.mouseClick(dialog.ui.sign_button, Qt.MouseButton.LeftButton)
    assert _lines(dialog)[1].startswith(f"{CHAIR}, ordförande – undertecknat 20")
    _choose(dialog, CHAIR)
    assert not dialog.ui.sign_button.isEnabled()  # already signed
    _choose(dialog, FIRST)
    qtbot.mouseClick(dialog.ui.sign_button, Qt.MouseButton.LeftButton)
    dialog.show()
    dialog.grab().save(str(tmp_path / "underskrifter.png"))
    _choose(dialog, SECOND)
    qtbot.mouseClick(dialog.ui.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.page_stack.currentIndex() == 1
    assert dialog.ui.result_label.text().startswith("Protokollet är justerat ")


def test_a_wrong_password_is_told_and_nothing_is_signed(qtbot: QtBot, dialog: JusteringDialog,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "ask_password", lambda _path: "fel")
    _choose(dialog, CHAIR)
    qtbot.mouseClick(dialog.ui.sign_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "user_error_box")
    assert box is not None and box.text().startswith("Fel lösenord för nyckelfilen ")
    assert _lines(dialog)[1] == f"{CHAIR}, ordförande – väntar"


def test_a_signer_declines_with_a_comment(qtbot: QtBot, dialog: JusteringDialog,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialog, "ask_comment", lambda _name: "§ 16 saknar ett yrkande.")
    _choose(dialog, FIRST)
    qtbot.mouseClick(dialog.ui.refuse_button, Qt.MouseButton.LeftButton)
    assert _lines(dialog)[-1] == f"{FIRST} har avböjt: «§ 16 saknar ett yrkande.»"
