# SPDX-License-Identifier: EUPL-1.2
"""Which register is used: the one rule, the same for the desktop app and the command line.

1. `--db` on the command line (or the GUI's own `--db`);
2. else the environment variable KRAFTDESK_DB;
3. else the register last opened in the desktop app (remembered in the data folder, in
   the file `senaste-register.txt`, so the command line sees it too), as long as its file
   is still there;
4. else the default file `register.sqlite3` in the user's local data folder.

The status bar of the app and `kraftdesk info` show the register and which rule chose it.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from kraftdesk import paths

DB_ENV = "KRAFTDESK_DB"
#: The file in the data folder naming the register last opened in the app.
LAST_REGISTER_FILE = "senaste-register.txt"


@dataclass(frozen=True)
class RegisterChoice:
    url: str
    reason: str  # Swedish: why this register, for the status bar and `kraftdesk info`


def choose_register(db: str | None = None) -> RegisterChoice:
    """The register to use and why (the rule in the module docstring)."""
    if db:
        return RegisterChoice(_url(db), "angivet med --db")
    if os.environ.get(DB_ENV):
        return RegisterChoice(_url(os.environ[DB_ENV]), f"angivet i miljövariabeln {DB_ENV}")
    remembered = remembered_register()
    usable = last_register()
    if usable is not None:
        return RegisterChoice(usable, "senast öppnat i kraftdesk")
    reason = "standardregistret i datamappen"
    if remembered is not None:
        reason += f"; det senast öppnade registret finns inte längre ({remembered})"
    return RegisterChoice(sqlite_url(paths.default_register_path()), reason)


def register_url(db: str | None = None) -> str:
    """The SQLAlchemy URL of the register (choose_register's).

    `db` (from --db) or KRAFTDESK_DB may be a file path or any SQLAlchemy URL
    ("postgresql+psycopg://…" for a register shared by several secretaries).
    """
    return choose_register(db).url


def _url(value: str) -> str:
    if "://" in value:
        return value
    return sqlite_url(Path(value).expanduser())


def remembered_register() -> str | None:
    """The URL of the register last opened in the app, as remembered (it may be gone)."""
    try:
        text = (paths.data_dir() / LAST_REGISTER_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def last_register() -> str | None:
    """The register last opened in the app, if it can still be there (its file exists)."""
    text = remembered_register()
    if text is None:
        return None
    path = sqlite_file(text)
    if text.startswith("sqlite") and (path is None or not path.exists()):
        return None
    return text


def remember_register(url: str) -> None:
    """Make `url` the register used by default from now on (written atomically)."""
    folder = paths.data_dir()
    target = folder / LAST_REGISTER_FILE
    try:
        if target.exists() and target.read_text(encoding="utf-8").strip() == url:
            return
        handle, temporary = tempfile.mkstemp(prefix=".senaste-", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(url + "\n")
        os.replace(temporary, target)
    except OSError:
        pass  # a read-only data folder: the rule falls back to the default register


def sqlite_url(path: Path) -> str:
    """The URL of the SQLite file `path`. "%" and "?" in the path are escaped: SQLAlchemy
    would take them as the start of an escape and of the URL's options (a register named
    "år 2026?.sqlite3" was created as "år 2026")."""
    text = str(path.resolve()).replace("%", "%25").replace("?", "%3F")
    return f"sqlite:///{text}"


def register_shown(url: str) -> str:
    """A register as the secretary reads it: an SQLite register's file (not its URL, whose
    non-ASCII letters SQLAlchemy writes as "N%C3%A4mnd"); a server's URL without its
    password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return re.sub(r"(://[^/:@]*):[^@/]*@", r"\1:***@", url)


def same_register(first: str, second: str) -> bool:
    """Whether two URLs name the same register (an SQLite file however its URL is written)."""
    one, other = sqlite_file(first), sqlite_file(second)
    if one is None or other is None:
        return first == second
    return one.resolve() == other.resolve()


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL; None for any other URL.

    A URL as SQLAlchemy renders it (Register.url) has its non-ASCII letters percent-encoded
    ("h%C3%A4rn%C3%B6sand.sqlite3"), and SQLAlchemy decodes them when it opens one: so do we.
    """
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = unquote(url.removeprefix("sqlite:///"))
    return Path(path) if path and path != ":memory:" else None


def is_network_path(path: Path) -> bool:
    """A UNC path or mapped network share: WAL does not work there (PITFALLS)."""
    text = str(path)
    return text.startswith("\\\\") or text.startswith("//")
