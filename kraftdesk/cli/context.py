# SPDX-License-Identifier: EUPL-1.2
"""What every command gets: the chosen register, output streams, the clock."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from kraftdesk.config import RegisterChoice, choose_register

if TYPE_CHECKING:
    from kraftdesk.services.registers import Register


@dataclass
class CliContext:
    db: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    now: datetime | None = None  # fixed clock for tests; None means the real time
    _register: Register | None = None
    _reader: Register | None = None

    @property
    def choice(self) -> RegisterChoice:
        """The register by kraftdesk.config's one rule (the desktop app's too), and why."""
        return choose_register(self.db)

    @property
    def url(self) -> str:
        return self.choice.url

    def register(self, *, create: bool = False) -> Register:
        """The register named by --db / KRAFTDESK_DB / the default, opened and migrated."""
        # Imported here: a command that only reads (reader()) never loads the ORM.
        from kraftdesk.services.registers import open_register, upgrade_needed
        from kraftdesk.text.registers import upgrade_notice

        if self._register is None:
            upgrade = upgrade_needed(self.url)
            if upgrade is not None:  # said before it happens, as the window asks first
                print(f"kraftdesk: {upgrade_notice(upgrade.to_version, upgrade.backup_folder)}",
                      file=self.err)
            self._register = open_register(self.url, create=create)
        return self._register

    def reader(self) -> Register:
        """The register for a command that only reads, through services that run Core
        queries on Register.read_rows() (kraftdesk.services.ledger, search): opened without
        Alembic's checks when it needs none (kraftdesk.services.read_only), else the
        ordinary register(), which upgrades, checks or explains. Neither imports the ORM
        until a session is asked for."""
        if self._register is not None:
            return self._register
        if self._reader is None:
            from kraftdesk.services.read_only import open_read_only

            self._reader = open_read_only(self.url)
        return self._reader if self._reader is not None else self.register(create=False)

    def clock(self) -> datetime:
        return self.now or datetime.now()

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._register is not None:
            self._register.close()
            self._register = None

    def print(self, text: str = "") -> None:
        print(text, file=self.out)
