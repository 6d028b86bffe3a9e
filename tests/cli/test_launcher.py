# SPDX-License-Identifier: EUPL-1.2
"""The `kraftdesk` command decides between the window and the CLI without loading the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kraftdesk import launcher


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (True, None)),
    (["--db", "/tmp/r.sqlite3"], (True, "/tmp/r.sqlite3")),
    (["--db=postgresql://kommun/register"], (True, "postgresql://kommun/register")),
    (["--db"], (False, None)),
    (["--db="], (False, None)),
    (["--db", "--help"], (False, None)),
    (["info"], (False, None)),
    (["--db", "r.sqlite3", "info"], (False, None)),
    (["--help"], (False, None)),
    (["--version"], (False, None)),
    (["--dbx", "r.sqlite3"], (False, None)),
    (["/hem/eva/Malmö stad.kraftdesk"], (True, "/hem/eva/Malmö stad.kraftdesk")),
    (["C:\\Registren\\KOMMUN.KRAFTDESK"], (True, "C:\\Registren\\KOMMUN.KRAFTDESK")),
    (["-x.kraftdesk"], (False, None)),
    (["register.sqlite3"], (False, None)),
    (["info", "a.kraftdesk"], (False, None)),
])
def test_which_arguments_start_the_window(argv: list[str],
                                          expected: tuple[bool, str | None]) -> None:
    assert launcher.window_register(argv) == expected


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    started: list[str | None] = []
    monkeypatch.setattr(launcher, "_window", lambda db, _observer: started.append(db) or 0)
    return started


def test_the_window_starts_with_the_register_asked_for(windows: list[str | None]) -> None:
    assert launcher.main([]) == 0
    assert launcher.main(["--db", "a.sqlite3"]) == 0
    assert launcher.main(["--db", "a.sqlite3", "--db", "b.sqlite3"]) == 0  # as argparse reads it
    assert windows == [None, "a.sqlite3", "b.sqlite3"]


def test_a_command_goes_to_the_cli(windows: list[str | None], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert launcher.main(["--db", db, "init", "--organisation", "Malmö stad"]) == 0
    assert capsys.readouterr().out == f"Registret är skapat för Malmö stad: {db}\n"
    with pytest.raises(SystemExit) as caught:
        launcher.main(["--db"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.endswith("kraftdesk: fel: argumentet --db: väntade ett värde\n")
    assert windows == []


def test_starting_the_window_loads_neither_the_cli_nor_sqlalchemy() -> None:
    script = ("import sys; from kraftdesk import launcher; "
              "print(launcher.window_register(['--db', 'r.sqlite3']), "
              "sorted(m for m in ('sqlalchemy', 'kraftdesk.cli', 'PySide6') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, check=True)
    assert result.stdout == "(True, 'r.sqlite3') []\n"


def test_a_register_file_opened_from_the_file_manager_starts_the_window(
        windows: list[str | None]) -> None:
    assert launcher.main(["/hem/eva/kommun.kraftdesk"]) == 0
    assert windows == ["/hem/eva/kommun.kraftdesk"]
