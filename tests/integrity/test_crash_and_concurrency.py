# SPDX-License-Identifier: EUPL-1.2
"""Real processes: a writer killed with SIGKILL loses nothing it committed; two writers on one
file both land, or a writer that cannot get in fails with a clear message and loses nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kraftdesk.register.audit import walk_chain
from kraftdesk.register.database import BUSY_MESSAGE
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Case
from tests import factories as f

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _prepared(path: Path) -> None:
    reg = open_register(f"sqlite:///{path}", create=True)
    with reg.write() as s:
        f.organisation(s)
    reg.close()


def _start(path: Path, prefix: str, count: int, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(WRITER), str(path), prefix, str(count), *extra],
                            stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)


class Reader(threading.Thread):
    """Collects a writer's output lines as they come."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        super().__init__(daemon=True)
        self.process, self.lines = process, []
        self.changed = threading.Condition()
        self.start()

    def run(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self.changed:
                self.lines.append(line.strip())
                self.changed.notify_all()

    def wait_for_commits(self, count: int, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: len(self.committed()) >= count, timeout)

    def committed(self) -> set[str]:
        return {f"KRASCH-{line.split()[1]}" for line in self.lines if line.startswith("committed")}


def _numbers(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute("SELECT number FROM \"case\"")}


@pytest.mark.slow
def test_a_killed_writer_loses_no_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    _prepared(path)
    reported: set[str] = set()
    rng = random.Random(20260107)
    for _ in range(4):
        process = _start(path, "KRASCH", 0)
        reader = Reader(process)
        # Kill at a random moment while writing: after some commits, inside a transaction.
        assert reader.wait_for_commits(rng.randint(1, 12), timeout=60), reader.lines
        time.sleep(rng.uniform(0, 0.02))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        reader.join(timeout=5)
        reported |= reader.committed()
        present = _numbers(path)  # integrity_check passes after every kill
        assert reported <= present, sorted(reported - present)[:5]
    reg = open_register(f"sqlite:///{path}", create=False)
    with reg.read() as s:
        assert list(walk_chain(s.connection())) == []
    reg.close()


@pytest.mark.slow
def test_two_writers_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    _prepared(path)
    first, second = _start(path, "A", 25), _start(path, "B", 25)
    outputs = [p.communicate(timeout=60)[0] for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    numbers = _numbers(path)
    assert {f"A-{n}" for n in range(1, 26)} | {f"B-{n}" for n in range(1, 26)} == numbers
    reg = open_register(f"sqlite:///{path}", create=False)
    with reg.read() as s:
        assert list(walk_chain(s.connection())) == []  # one chain, not two interleaved
    reg.close()


@pytest.mark.slow
def test_a_writer_that_cannot_get_in_fails_clearly_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "register.sqlite3"
    _prepared(path)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        process = _start(path, "C", 3, "300")
        out, _ = process.communicate(timeout=60)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert process.returncode == 1
    assert out.splitlines() == ["ready", f"error: {BUSY_MESSAGE}"]
    assert _numbers(path) == set()
    reg = open_register(f"sqlite:///{path}", create=False)  # free again: writes land
    with reg.write() as s:
        s.add(Case(organisation_id=1, number="C-1", title="Efteråt"))
    reg.close()
    assert _numbers(path) == {"C-1"}


EDITOR = Path(__file__).with_name("editor.py")


@pytest.mark.slow
def test_two_processes_editing_the_same_meeting_lose_nothing(tmp_path: Path) -> None:
    """Window A and window B (two processes) read the same meeting; B saves a new place
    first; A's save, based on what it read, is refused, and B's place stays."""
    from kraftdesk.domain.errors import CHANGED_MESSAGE
    from kraftdesk.services import meetings
    from tests.nothing_lost.world import make_register

    made = make_register(tmp_path / "register.sqlite3")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = {
        place: subprocess.Popen([sys.executable, str(EDITOR), str(made.path),
                                 str(made.meeting_id), place], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        for place in ("Stadshuset, sal A", "Rådhuset, sal B")}
    try:
        read = {place: p.stdout.readline().strip() for place, p in processes.items()}
        assert set(read.values()) == {"read 3"}, read  # both read the same version
        first, second = processes["Rådhuset, sal B"], processes["Stadshuset, sal A"]
        first.stdin.write("\n")
        first.stdin.flush()
        assert first.stdout.readline().strip() == "saved 4"
        second.stdin.write("\n")
        second.stdin.flush()
        refused = second.stdout.readline().strip()
        assert refused.startswith(f"refused: {CHANGED_MESSAGE} (sammanträdet {made.meeting}).")
        assert [first.wait(timeout=60), second.wait(timeout=60)] == [0, 1]
    finally:
        for p in processes.values():
            p.kill()
            p.wait(timeout=10)
    register = open_register(f"sqlite:///{made.path}", create=False)
    try:
        view = meetings.meeting_view(register, made.meeting_id)
        assert (view.plan.place, view.version) == ("Rådhuset, sal B", 4)
        with register.read() as s:
            assert list(walk_chain(s.connection())) == []
    finally:
        register.close()
