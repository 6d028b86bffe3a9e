# SPDX-License-Identifier: EUPL-1.2
"""Problems found in an interchange file, each with its JSON path and a Swedish message."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kraftdesk.domain.errors import UserError
from kraftdesk.interchange import spec

#: A location in the file: keys and list indexes from the top, e.g. ("meetings", 2, "starts_at").
Path = tuple[str | int, ...]

_TOP_ORDER = {key: index for index, key in enumerate(spec.TOP_KEYS)}


def json_path(path: Path) -> str:
    """"$.meetings[2].starts_at" for ("meetings", 2, "starts_at")."""
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


def quote(value: Any, limit: int = 60) -> str:
    """A value as shown in a message: «2026-13-01», «5», cut when long."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"«{text}»"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file. `path` None: the file as a whole (not JSON at all)."""

    path: Path | None
    message: str

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{json_path(self.path)}: {self.message}"

    def sort_key(self) -> tuple[Any, ...]:
        if not self.path:
            return ((),)
        head, *rest = self.path
        first = _TOP_ORDER.get(head, len(_TOP_ORDER)) if isinstance(head, str) else -1
        return ((first, *((0, p, "") if isinstance(p, int) else (1, 0, p) for p in rest)),
                self.message)


class InterchangeError(UserError):
    """The file cannot be read in; nothing was written. `problems` lists every reason."""

    def __init__(self, problems: Iterable[Problem], *, source: str | None = None) -> None:
        self.problems = tuple(sorted(problems, key=Problem.sort_key))
        what = f"Filen {source}" if source else "Filen"
        count = len(self.problems)
        header = f"{what} kan inte läsas in ({count} fel). Registret har inte ändrats."
        if count == 1 and self.problems[0].path is None:
            header = f"{what} kan inte läsas in. Registret har inte ändrats."
        lines = [header, *(f"  {problem}" for problem in self.problems)]
        first = self.problems[0].path if self.problems else None
        super().__init__("\n".join(lines), field=json_path(first) if first else None)
