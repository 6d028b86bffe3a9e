# SPDX-License-Identifier: EUPL-1.2
"""The parser imports only the command that runs; `--help` still lists every command."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kraftdesk.cli as cli_package
from kraftdesk.cli import commands
from kraftdesk.cli.main import build_parser, command_modules, main
from tests.cli.processes import run_watching

#: What no read-only command that does not need it may load (issue 19): the other commands'
#: libraries.
HEAVY = ("reportlab", "jsonschema", "holidays", "alembic", "kraftdesk.interchange.load",
         "kraftdesk.documents.templates", "pypdf", "PySide6")


def test_names_and_helps_read_from_the_sources_are_the_modules_own() -> None:
    modules = {module.__name__: module for module in command_modules()}
    found = commands.commands()
    assert [c.module for c in found] == sorted(modules)
    for command in found:
        module = modules[command.module]
        assert command.name == module.NAME
        assert command.source is not None
        assert commands._read_name(command.source) == module.NAME
        assert commands._read_help(command.source) == module.HELP
        assert commands.help_text(command) == module.HELP


def test_help_lists_every_command_with_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    listing = capsys.readouterr().out.split("KOMMANDO\n", 1)[1]
    flat = " ".join(listing.split())
    for module in command_modules():
        assert f"    {module.NAME} " in listing or f"    {module.NAME}\n" in listing
        assert " ".join(module.HELP.split()) in flat


def test_a_command_help_and_a_usage_error_load_that_command(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["pending", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Användning: kraftdesk pending [-h] [--json]")
    assert "visa utlovade reservationer" in out
    with pytest.raises(SystemExit) as caught:
        main(["search"])
    assert caught.value.code == 2
    assert "kraftdesk search: fel: följande argument saknas: ORD" in capsys.readouterr().err


def test_a_misspelt_command_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["pendng"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "ogiltigt val: 'pendng'" in err
    assert "'pending'" in err and "'search'" in err


def _loaded(*argv: str) -> dict[str, list[str]]:
    """Which of HEAVY and of the commands' modules the `kraftdesk` command loaded."""
    done = run_watching(argv, HEAVY)
    return {"heavy": done.loaded, "commands": done.commands}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def test_pending_and_search_import_only_their_own_command(demo: Path) -> None:
    for argv in (["pending"], ["search", "budget"], ["info"]):
        loaded = _loaded("--db", str(demo), *argv)
        assert loaded == {"heavy": [], "commands": [f"kraftdesk.cli.cmd_{argv[0]}"]}, argv


def test_pdf_loads_reportlab_but_not_the_other_commands(demo: Path, tmp_path: Path) -> None:
    loaded = _loaded("--db", str(demo), "pdf", "minutes", "KS:2026-01-07", "-o",
                     str(tmp_path / "ks.pdf"))
    assert loaded["commands"] == ["kraftdesk.cli.cmd_pdf"]
    assert {"reportlab", "kraftdesk.documents.templates", "holidays"} <= set(loaded["heavy"])
    assert not {"jsonschema", "alembic", "kraftdesk.interchange.load"} & set(loaded["heavy"])


def test_a_new_command_module_is_found_by_its_file_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A colleague's cmd_<name>.py works without being listed anywhere, whether its NAME
    and HELP are plain strings or computed (then the module is imported to ask)."""
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "cmd_hej.py").write_text(textwrap.dedent('''\
        NAME = "hej"
        HELP = ("säg hej "
                "till sekreteraren")

        def add_arguments(parser):
            parser.add_argument("--namn", default="du")

        def run(args, ctx):
            ctx.print(f"Hej {args.namn}!")
            return 0
        '''), encoding="utf-8")
    (extra / "cmd_computed.py").write_text(textwrap.dedent('''\
        NAME = "-".join(["beräknat", "namn"])
        HELP = "ett namn som " + "räknas fram"

        def add_arguments(parser):
            pass

        def run(args, ctx):
            return 0
        '''), encoding="utf-8")
    monkeypatch.setattr(cli_package, "__path__", [*cli_package.__path__, str(extra)])
    commands.commands.cache_clear()
    try:
        names = {c.name: c for c in commands.commands()}
        assert names["hej"].module == "kraftdesk.cli.cmd_hej"
        assert names["beräknat-namn"].module == "kraftdesk.cli.cmd_computed"
        assert commands.help_text(names["hej"]) == "säg hej till sekreteraren"
        assert commands.help_text(names["beräknat-namn"]) == "ett namn som räknas fram"
        assert main(["hej", "--namn", "Eva"]) == 0
        assert capsys.readouterr().out == "Hej Eva!\n"
        help_text = build_parser().format_help()
        assert "säg hej till sekreteraren" in help_text
        assert "ett namn som räknas fram" in help_text
    finally:
        for name in ("kraftdesk.cli.cmd_hej", "kraftdesk.cli.cmd_computed"):
            sys.modules.pop(name, None)
        commands.commands.cache_clear()


_WARNS = """
import sys, warnings
from kraftdesk import launcher
sys.argv = ["kraftdesk", "--version"]
try:
    launcher.main()
except SystemExit:
    pass
warnings.warn("en biblioteksvarning till programmerare", UserWarning)
"""


@pytest.mark.parametrize("flags", [[], ["-W", "default"]])
def test_a_librarys_warning_is_not_shown_to_the_user(flags: list[str]) -> None:
    """pyHanko's import warns that DSA is deprecated: the `kraftdesk` command (its front
    door, launcher.main) does not print such notices; `python -W …` shows them again."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONWARNINGS"}
    done = subprocess.run([sys.executable, *flags, "-c", _WARNS], capture_output=True,
                          text=True, timeout=120, check=False, env=env)
    assert done.returncode == 0, done.stderr
    assert ("biblioteksvarning" in done.stderr) is bool(flags)
