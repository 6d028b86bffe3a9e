# SPDX-License-Identifier: EUPL-1.2
"""The command line's front door: help, exit codes, Swedish messages, init and info."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kraftdesk.cli.main import main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kraftdesk", *args], capture_output=True,
                          text=True, timeout=60, check=False)


def test_help_lists_the_headless_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Användning: kraftdesk")
    for command in ("init", "info"):
        assert f"\n    {command} " in out


def test_usage_error_exits_2_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["init"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "kraftdesk init: fel: följande argument saknas: --organisation" in err


def test_init_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert main(["--db", db, "init", "--organisation", "Malmö stad"]) == 0
    assert capsys.readouterr().out == f"Registret är skapat för Malmö stad: {db}\n"
    assert main(["--db", db, "info"]) == 0
    out = capsys.readouterr().out
    assert "Organisation:                Malmö stad\n" in out
    assert "Paragrafer:                  0\n" in out


def test_user_error_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "r.sqlite3")
    assert main(["--db", db, "init", "--organisation", "Malmö stad"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "init", "--organisation", "Lunds kommun"]) == 1
    assert capsys.readouterr().err == (
        "kraftdesk: Registret tillhör redan Malmö stad; ett register har en organisation.\n")


def test_info_on_a_missing_register_says_so(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "saknas.sqlite3"), "info")
    assert result.returncode == 1
    assert result.stderr == f"kraftdesk: Registret finns inte: {tmp_path / 'saknas.sqlite3'}.\n"


@pytest.mark.parametrize("url", ["oracle://kansli@server/register",
                                 "postgresql+asyncpg://kansli@server/register",
                                 "mysql://kansli@server/register"])
def test_a_database_kraftdesk_does_not_work_with_is_refused_in_swedish(url: str) -> None:
    """Before, SQLAlchemy's missing driver ended in "ett oväntat programfel"."""
    result = run_cli("--db", url, "pending")
    scheme = url.split("://")[0]
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"kraftdesk: kraftdesk kan inte ha registret i «{scheme}»: registret ligger i en "
        "SQLite-fil (en sökväg) eller i PostgreSQL (postgresql://användare@server/databas). "
        "Inget har ändrats.\n")
