# SPDX-License-Identifier: EUPL-1.2
"""What the secretary is told about the register itself: an upgrade of its format.

Opening a register made by an older kraftdesk upgrades it (kraftdesk.register.migrate);
the window asks first and the command line says so on standard error, with these words.
"""

from __future__ import annotations

from pathlib import Path


def upgrade_notice(to_version: int, backup_folder: Path | None) -> str:
    """ "Registret uppgraderas till version 5; en säkerhetskopia sparas i …/backups." """
    if backup_folder is None:
        return (f"Registret uppgraderas till version {to_version}. Det ligger på en "
                "databasserver: ta en säkerhetskopia med serverns egna verktyg först.")
    return (f"Registret uppgraderas till version {to_version}; en säkerhetskopia sparas "
            f"i {backup_folder}.")


def upgrade_details(where: str, from_version: int, to_version: int) -> str:
    return (f"Registret {where} har version {from_version} av registerformatet; den här "
            f"versionen av Kraftdesk arbetar med version {to_version}. Efter uppgraderingen "
            "kan äldre versioner av Kraftdesk inte öppna registret.")


def upgrade_declined(where: str, to_version: int) -> str:
    return (f"Registret {where} öppnades inte och har inte ändrats: uppgraderingen till "
            f"version {to_version} avbröts.")
