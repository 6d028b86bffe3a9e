# SPDX-License-Identifier: EUPL-1.2
"""Issue 13, item 5: what fuzzing found gives a Swedish message, never a traceback, and
changes nothing; and two fuzz tests (hypothesis) over the command line's arguments and over
the import format, asserting exit code 1 or 2, Swedish on stderr, no traceback, the
register byte for byte unchanged and no register file left behind."""

from __future__ import annotations

import copy
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.nothing_lost.world import (
    ROOT,
    Made,
    cli,
    digest,
    export,
    make_register,
    no_traceback,
)

#: English that must never reach the secretary (Python's and SQLite's).
ENGLISH = re.compile(r"Traceback|Error\b|constraint failed|invalid literal|not allowed|"
                     r"argument of type|object has no attribute|unexpected|No such file")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Made:
    return make_register(tmp_path_factory.mktemp("mall") / "register.sqlite3")


@pytest.fixture
def made(template: Made, tmp_path: Path) -> Made:
    path = tmp_path / "register.sqlite3"
    path.write_bytes(template.path.read_bytes())
    return Made(path, template.meeting, template.meeting_id, template.paragraphs,
                template.statement_id, template.starts)


def swedish_refusal(code: int, out: str, err: str) -> None:
    assert code in (1, 2), (code, out, err)
    # "kraftdesk: …", argparse's "Användning: …", or a command's own "kraftdesk calendar: fel: …"
    assert err.startswith(("kraftdesk: ", "Användning: ", "kraftdesk ")), err
    assert no_traceback(err) and not ENGLISH.search(err), err


def test_the_values_fuzzing_found(made: Made, tmp_path: Path) -> None:
    db, before, text = str(made.path), digest(made.path), export(made.path)
    code, out, err = cli("--db", db, "pdf", "extract", "KS:2026:9999999999999999999999",
                         "-o", str(tmp_path / "u.pdf"))
    assert (code, out, err) == (1, "", "kraftdesk: Kommunstyrelsen har ingen "
                                       "§ 9999999999999999999999 under 2026.\n")
    code, out, err = cli("calendar", "--justering", "9999-12-31")
    assert (code, err) == (1, "kraftdesk: Datumet 9999-12-31 ligger för långt fram: "
                              "fristerna efter det skulle hamna efter år 9999, som är det "
                              "sista året kraftdesk kan räkna med.\n")
    for statement in ("9" * 5000, "99999999999999999999", "[6]", "-1"):
        swedish_refusal(*cli("--db", db, "withdraw", statement))
    swedish_refusal(*cli("--db", db, "search", "--antal", "9" * 5000, "budget"))
    swedish_refusal(*cli("--db", db, "receive", str(made.statement_id), "--text-file",
                         str(tmp_path / "finns-inte.txt")))
    code, out, err = cli("--db", "\udcff.sqlite3", "info")
    assert code == 2 and "innehåller tecken som inte är text (UTF-8)" in err
    assert not list(tmp_path.glob("*.pdf"))
    assert digest(made.path) == before and export(made.path) == text


def test_a_closed_pipe_ends_quietly(made: Made) -> None:
    """`kraftdesk search ord | head`: the reader goes away; no BrokenPipeError, no noise."""
    import subprocess
    import sys

    command = (f"'{sys.executable}' -m kraftdesk --db '{made.path}' search --antal 100 "
               "Budget Kulturstrategi | head -c 1")
    for _ in range(3):
        piped = subprocess.run(["bash", "-c", command], capture_output=True, text=True,
                               timeout=60, env={**os.environ, "PYTHONPATH": str(
                                   Path(__file__).resolve().parents[2])})
        assert piped.stderr == "" and len(piped.stdout) == 1


def test_an_english_database_refusal_is_said_in_swedish(made: Made) -> None:
    from sqlalchemy import text as sql

    from kraftdesk.domain.errors import RegisterError
    from kraftdesk.register.migrate import open_register

    register = open_register(f"sqlite:///{made.path}", create=False)
    try:
        with pytest.raises(RegisterError) as refused, register.write() as session:
            session.execute(sql("DELETE FROM body"))  # people and meetings refer to it
        assert refused.value.message == (
            "Registret avvisade ändringen: en hänvisning pekar på något som inte finns i "
            "registret, eller något som annat i registret hänvisar till skulle tas bort. "
            "Inget har ändrats.")
    finally:
        register.close()


# --- import ------------------------------------------------------------------------------

def _document(made: Made) -> dict[str, Any]:
    return json.loads(export(made.path))


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in _leaves(item, (*path, key))]
    if isinstance(value, list):
        return [leaf for i, item in enumerate(value) for leaf in _leaves(item, (*path, i))]
    return [(path, value)]


def _set(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node: Any = document
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value


#: Values no column can hold, whatever the column: the file must be refused.
FIVE_THOUSAND_DIGITS = "__5000_siffror__"  # written into the text as a bare number
HOSTILE: list[Any] = [2**63, -(2**63) - 1, FIVE_THOUSAND_DIGITS, "\ud800", "a\udfffb", [1],
                      {"id": 1}, [[]], 10**30]


@pytest.mark.slow
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, len(HOSTILE) - 1)),
                      min_size=1, max_size=3))
def test_fuzzed_import_files_are_refused_in_swedish(template: Made, tmp_path_factory,
                                                    picks: list[tuple[int, int]]) -> None:
    document = _document(template)
    leaves = [path for path, value in _leaves(document)
              if path[0] not in ("format", "version")]
    for where, what in picks:
        _set(document, leaves[where % len(leaves)], copy.deepcopy(HOSTILE[what]))
    folder = tmp_path_factory.mktemp("import")
    source = folder / "register.json"
    text = json.dumps(document, ensure_ascii=True).replace(f'"{FIVE_THOUSAND_DIGITS}"', "9" * 5000)
    source.write_text(text, encoding="utf-8")
    new = folder / "nytt.sqlite3"
    swedish_refusal(*cli("--db", str(new), "import", str(source)))
    assert not new.exists() and not list(folder.glob("nytt.sqlite3*"))
    # And into a register that is in use: refused the same way, not a byte changed.
    before = digest(template.path)
    swedish_refusal(*cli("--db", str(template.path), "import", str(source)))
    assert digest(template.path) == before


# --- the command line ----------------------------------------------------------------------

WORDS = st.sampled_from([
    "KS:2026:9999999999999999999999", "KS:9999-12-31", "9999-12-31", "0001-01-01",
    "2026-13-45", "2026-13-45T25:99", "9" * 5000, "-1", "0", "[6]", "{}", "\ud800", "é\x1b[31m",
    "../../etc/passwd", "/dev/null", "", " ", "KS:2026:1", "X:2026-01-07", "\n", "%PDF-1.7",
    "--force", "-o", "--db", "--json",
])
COMMANDS = st.sampled_from([
    ["pdf", "minutes"], ["pdf", "extract"], ["pdf", "appendix", "--bilaga"], ["calendar"],
    ["calendar", "--justering"], ["justering", "skicka"], ["justering", "justera"],
    ["justering", "anslag"], ["receive"], ["receive", "6", "--at"], ["withdraw"],
    ["search", "--antal"], ["export"], ["import"], ["backup"], ["restore"],
])


@pytest.mark.slow
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(command=COMMANDS, words=st.lists(WORDS, min_size=1, max_size=3),
       seed=st.integers(0, 2**16))
def test_fuzzed_arguments_never_give_a_traceback(template: Made, tmp_path_factory,
                                                 command: list[str], words: list[str],
                                                 seed: int) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    db = folder / "register.sqlite3"
    db.write_bytes(template.path.read_bytes())
    before = digest(db)
    arguments = [*command, *words]
    random.Random(seed).shuffle(arguments[len(command):])
    here = Path.cwd()
    os.chdir(folder)  # whatever a command writes lands here
    try:
        code, out, err = cli("--db", str(db), *arguments)
    finally:
        os.chdir(here)
    if code == 0:
        # A command given words it could use (a search, a calendar, a backup into a new
        # folder): fine, but the register has not changed.
        assert command[0] in ("calendar", "search", "pdf", "export", "backup"), (arguments,
                                                                                  out)
    else:
        swedish_refusal(code, out, err)
    assert digest(db) == before, arguments
    assert not list(folder.glob("register.sqlite3-*"))


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_output_the_console_cannot_show_is_replaced_not_a_crash(made: Made,
                                                                encoding: str) -> None:
    # A Windows console redirected to a file writes its ANSI code page (cp1252: «å ä ö»,
    # no «▸»); an ASCII terminal has none of them. The command's work was done before it
    # printed: it must not then fail with an "unexpected program error".
    # A name with a letter cp1252 has not (Polish Ł), as a kommun's people have.
    assert cli("--db", str(made.path), "person", "add", "Łukasz Nowak")[0] == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding}
    for command in (["pending"], ["body", "list"], ["person", "list"],
                    ["search", "förslag"]):
        done = subprocess.run([sys.executable, "-m", "kraftdesk", "--db", str(made.path),
                               *command], capture_output=True, env=env, cwd=ROOT,
                              timeout=60, check=False)
        assert done.returncode == 0, (command, done.stderr)
        shown = done.stdout.decode(encoding)  # what the console shows
        if command == ["body", "list"]:
            assert ("Föreslår" if encoding == "cp1252" else "F?resl?r") in shown, shown
        if command == ["person", "list"]:
            assert "?ukasz Nowak" in shown, shown
