# SPDX-License-Identifier: EUPL-1.2
"""Opening a register in the window: an upgrade of its format is asked before it happens.

"Registret uppgraderas till version 5; en säkerhetskopia sparas i …": the secretary chooses
Uppgradera (the register is backed up and upgraded, kraftdesk.register.migrate) or Avbryt
(nothing is changed, and a RegisterError says so where the register was to be opened).
The service tells whether an upgrade is needed; no SQL here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kraftdesk.domain.errors import RegisterError
from kraftdesk.services.registers import (
    PendingUpgrade,
    Register,
    sqlite_url,
    upgrade_needed,
)
from kraftdesk.services.registers import open_register as _open_register
from kraftdesk.text.registers import upgrade_declined, upgrade_details, upgrade_notice


def ask_to_upgrade(upgrade: PendingUpgrade, parent: QWidget | None = None) -> bool:
    """The question, with the register's versions; True if the secretary chose Uppgradera."""
    box = upgrade_box(upgrade, parent)
    box.exec()
    return box.clickedButton() is box.property("upgrade_button")


def upgrade_box(upgrade: PendingUpgrade, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, "Registret uppgraderas",
                      upgrade_notice(upgrade.to_version, upgrade.backup_folder),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("upgrade_box")
    box.setInformativeText(upgrade_details(upgrade.where, upgrade.from_version,
                                           upgrade.to_version))
    accept = box.addButton("Uppgradera", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.setEscapeButton(cancel)
    box.setProperty("upgrade_button", accept)
    return box


def open_register(url: str, *, create: bool = False, parent: QWidget | None = None) -> Register:
    """Open (create, upgrade) the register at `url`, asking before an upgrade."""
    upgrade = upgrade_needed(url)
    if upgrade is not None and not ask_to_upgrade(upgrade, parent):
        raise RegisterError(upgrade_declined(upgrade.where, upgrade.to_version),
                            field=upgrade.where)
    return _open_register(url, create=create)


def open_file(path: Path, *, create: bool = False, parent: QWidget | None = None) -> Register:
    return open_register(sqlite_url(path), create=create, parent=parent)
