# SPDX-License-Identifier: EUPL-1.2
"""What a service call changed, so every view refreshes from one signal (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Changes:
    """Kinds of things changed, and the ids touched. Empty means nothing changed."""

    meetings: frozenset[int] = field(default_factory=frozenset)
    paragraphs: frozenset[int] = field(default_factory=frozenset)
    statements: frozenset[int] = field(default_factory=frozenset)
    cases: frozenset[int] = field(default_factory=frozenset)
    persons: frozenset[int] = field(default_factory=frozenset)
    register: bool = False  # the whole register (import, restore, migration)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            meetings=self.meetings | other.meetings,
            paragraphs=self.paragraphs | other.paragraphs,
            statements=self.statements | other.statements,
            cases=self.cases | other.cases,
            persons=self.persons | other.persons,
            register=self.register or other.register,
        )

    @property
    def empty(self) -> bool:
        return not (self.meetings or self.paragraphs or self.statements or self.cases
                    or self.persons or self.register)


@dataclass(frozen=True)
class Created(Changes):
    """Changes of a write that created a row; `id` is the new row's id."""

    id: int = 0


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: The default of an optional keyword of an update: "leave this field as it is".
UNSET: Any = _Unset()
