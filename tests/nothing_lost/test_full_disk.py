# SPDX-License-Identifier: EUPL-1.2
"""A register on a disk that fills up (a USB stick, a small network share): every command
says so in Swedish, changes nothing, and the register works again once there is room.

SQLite cannot even read a register whose write-ahead log needs a shared-memory file it
cannot create; it says "disk I/O error", which the secretary must not be left to guess at.
The disk is a small tmpfs mounted for the test (root in a container, as CI runs it); where
mounting is not allowed the test is skipped and the reason given in-process below holds."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kraftdesk.register import database_errors
from tests.nothing_lost.world import Made, cli, export, make_register


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB file system of its own."""
    folder = tmp_path / "liten-disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (not root, or no CAP_SYS_ADMIN)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the disk to the last byte; the filler, to remove."""
    filler = folder / "fyllnad"
    with filler.open("wb", buffering=0) as out:
        for size in (1 << 16, 1 << 12, 1):
            try:
                while True:
                    out.write(b"\0" * size)
            except OSError:
                pass
    assert shutil.disk_usage(folder).free == 0
    return filler


FULL = ("disken där det ligger är full ({folder}); frigör utrymme där och försök igen. "
        "Registret är oförändrat.")


def test_a_full_disk_is_said_in_swedish_and_nothing_is_lost(small_disk: Path,
                                                            tmp_path: Path) -> None:
    made: Made = make_register(tmp_path / "mall.sqlite3")
    db = small_disk / "register.sqlite3"
    shutil.copyfile(made.path, db)
    before = export(db)
    filler = _fill(small_disk)
    full = FULL.format(folder=small_disk)
    for command in (["pending"], ["verify"], ["person", "add", "Per Son"]):
        code, out, err = cli("--db", str(db), *command)
        assert (code, out) == (1, ""), (command, out, err)
        assert err.startswith("kraftdesk: Filen ") and err.endswith(f": {full}\n"), err
        assert "I/O" not in err and "säkerhetskopia" not in err
    filler.unlink()
    assert export(db) == before
    assert cli("--db", str(db), "person", "add", "Per Son")[0] == 0


def test_a_pdf_or_an_export_onto_a_full_disk_is_said_and_leaves_nothing(
        small_disk: Path, tmp_path: Path) -> None:
    made: Made = make_register(tmp_path / "register.sqlite3")
    filler = _fill(small_disk)
    for command, target in ((["pdf", "minutes", made.meeting, "-o"], small_disk / "p.pdf"),
                            (["export"], small_disk / "register.json")):
        code, out, err = cli("--db", str(made.path), *command, str(target))
        assert (code, out, err) == (
            1, "", f"kraftdesk: Det gick inte att skriva {target}: disken är full.\n")
        assert sorted(small_disk.iterdir()) == [filler]


def test_the_reason_for_a_file_that_cannot_be_read(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "register.sqlite3"
    assert database_errors.file_reason("disk I/O error", path) == (
        "ett fel uppstod när disken lästes eller skrevs")
    assert database_errors.file_reason("database disk image is malformed", path) == (
        "registerfilen är skadad; återställ den senaste säkerhetskopian")
    assert database_errors.file_reason("something new", path) == "SQLite svarade «something new»"

    class Usage:
        free = 4096

    monkeypatch.setattr(database_errors.shutil, "disk_usage", lambda _folder: Usage)
    assert database_errors.file_reason("disk I/O error", path) + "." == FULL.format(
        folder=tmp_path)
