# SPDX-License-Identifier: EUPL-1.2
"""Issue 13, item 1: one rule for every file kraftdesk writes (services.output_files).

Never the register, its -wal/-shm/-journal, a backup, a folder, a FIFO or a device; an
existing file only with --force; written beside the target and renamed, so a failed write
leaves nothing half-written. Each refusal is a Swedish message, exit code 1, and the
register is unchanged (its export and its bytes)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kraftdesk.domain.errors import UserError
from kraftdesk.services import output_files
from tests.nothing_lost.world import Made, cli, digest, export, make_register, process


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return make_register(tmp_path / "register.sqlite3")


REFUSED_REGISTER = ("kraftdesk: {path} är ett register eller en säkerhetskopia av ett "
                    "register och skrivs aldrig över; välj ett annat filnamn.\n")


@pytest.mark.parametrize("command", [
    ("pdf", "minutes", "{meeting}", "-o", "{target}"),
    ("pdf", "minutes", "{meeting}", "-o", "{target}", "--force"),
    ("pdf", "extract", "KS:{year}:1", "-o", "{target}", "--force"),
    ("pdf", "appendix", "{meeting}", "-o", "{target}", "--force"),
    ("export", "{target}", "--force"),
])
def test_nothing_is_written_over_the_register(made: Made, command: tuple[str, ...]) -> None:
    db = str(made.path)
    before, text = digest(made.path), export(made.path)
    args = [a.format(meeting=made.meeting, target=db, year=made.starts.year) for a in command]
    code, out, err = cli("--db", db, *args)
    assert (code, out, err) == (1, "", REFUSED_REGISTER.format(path=db))
    assert digest(made.path) == before and export(made.path) == text


def test_nor_over_a_backup_or_a_companion_file_of_the_register(made: Made,
                                                               tmp_path: Path) -> None:
    db = str(made.path)
    code, _out, _ = cli("--db", db, "backup", str(tmp_path / "kopia.sqlite3"))
    assert code == 0
    backup = tmp_path / "kopia.sqlite3"
    kept = digest(backup)
    code, _, err = cli("--db", db, "pdf", "minutes", made.meeting, "-o", str(backup),
                       "--force")
    assert (code, err) == (1, REFUSED_REGISTER.format(path=backup))
    assert digest(backup) == kept
    for suffix in ("-wal", "-shm", "-journal"):
        target = f"{db}{suffix}"
        code, _, err = cli("--db", db, "export", target, "--force")
        assert (code, err) == (1, f"kraftdesk: {target} hör till ett register och skrivs "
                                  "aldrig över; välj ett annat filnamn.\n")
        assert not Path(target).exists()


def test_a_folder_or_a_missing_folder_is_said_in_swedish(made: Made, tmp_path: Path) -> None:
    db, text = str(made.path), export(made.path)
    folder = tmp_path / "mapp"
    folder.mkdir()
    code, out, err = cli("--db", db, "export", str(folder))
    assert (code, out) == (1, "")
    assert err == (f"kraftdesk: {folder} är en mapp; ange ett filnamn i mappen, till exempel "
                   f"{folder / 'fil'}.\n")
    missing = tmp_path / "finns-inte" / "register.json"
    code, _, err = cli("--db", db, "export", str(missing))
    assert (code, err) == (1, f"kraftdesk: Mappen {missing.parent} finns inte; skapa den "
                              "först eller välj en annan mapp.\n")
    code, _, err = cli("--db", db, "pdf", "minutes", made.meeting, "-o", str(folder))
    assert code == 1 and err.startswith(f"kraftdesk: {folder} är en mapp")
    assert list(folder.iterdir()) == [] and export(made.path) == text


def test_backup_into_a_fifo_is_refused_without_opening_it(made: Made, tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are a POSIX thing")
    fifo = tmp_path / "rör"
    os.mkfifo(fifo)
    before = digest(made.path)
    # Its own process: had the FIFO been opened for writing, it would hang (no reader).
    done = process("--db", str(made.path), "backup", str(fifo), timeout=60)
    assert done.returncode == 1
    assert done.stderr == (f"kraftdesk: {fifo} är ingen vanlig fil (utan till exempel en "
                           "namngiven pipe eller en enhet) och skrivs inte till.\n")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert digest(made.path) == before
    done = process("--db", str(made.path), "export", "/dev/null", "--force", timeout=60)
    assert done.returncode == 1 and "ingen vanlig fil" in done.stderr


def test_an_existing_file_is_replaced_only_with_force(made: Made, tmp_path: Path) -> None:
    db = str(made.path)
    target = tmp_path / "protokoll.pdf"
    target.write_bytes(b"mitt eget dokument")
    code, out, err = cli("--db", db, "pdf", "minutes", made.meeting, "-o", str(target))
    assert (code, out) == (1, "")
    assert err == (f"kraftdesk: Filen {target} finns redan och skrivs inte över. Välj ett "
                   "annat filnamn, eller ange --force för att ersätta den.\n")
    assert target.read_bytes() == b"mitt eget dokument"
    code, out, _ = cli("--db", db, "pdf", "minutes", made.meeting, "-o", str(target),
                       "--force")
    assert code == 0 and target.read_bytes().startswith(b"%PDF-")
    folder = tmp_path / "utdrag"
    folder.mkdir()
    (folder / f"KS {made.starts.date().isoformat()} § 2.pdf").write_bytes(b"gammal")
    code, _, err = cli("--db", db, "pdf", "extract", f"KS:{made.starts.year}:1",
                       f"KS:{made.starts.year}:2", "--mapp", str(folder))
    assert code == 1 and "finns redan och skrivs inte över" in err
    assert sorted(p.name for p in folder.iterdir()) == [  # checked before the first one
        f"KS {made.starts.date().isoformat()} § 2.pdf"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_write_leaves_the_old_file_and_no_half_file(tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    target.write_text("den gamla exporten")
    with pytest.raises(RuntimeError), output_files.replacing(target, force=True) as partial:
        partial.write_text("halva den nya …")
        raise RuntimeError("strömmen gick")
    assert target.read_text() == "den gamla exporten"
    assert list(tmp_path.iterdir()) == [target]
    with pytest.raises(UserError) as refused:
        output_files.write_text(target, "x")  # without force
    assert refused.value.message.startswith(f"Filen {target} finns redan")
    assert target.read_text() == "den gamla exporten"


def test_a_years_minutes_go_through_the_rule_file_by_file(made: Made, tmp_path: Path) -> None:
    """`pdf minutes KS:2026 --mapp` (issue 19): a FIFO or a register copy among the planned
    files is refused before any file is written, --force or not."""
    db, year = str(made.path), str(made.starts.year)
    folder = tmp_path / "år"
    folder.mkdir()
    planned = folder / f"KS {made.starts.date().isoformat()}.pdf"
    if hasattr(os, "mkfifo"):
        os.mkfifo(planned)
        done = process("--db", db, "pdf", "minutes", f"KS:{year}", "--mapp", str(folder),
                       "--force", timeout=60)
        assert done.returncode == 1
        assert done.stderr == (f"kraftdesk: {planned} är ingen vanlig fil (utan till exempel "
                               "en namngiven pipe eller en enhet) och skrivs inte till.\n")
        assert stat.S_ISFIFO(os.lstat(planned).st_mode)
        planned.unlink()
    assert cli("--db", db, "backup", str(planned))[0] == 0
    kept = digest(planned)
    code, out, err = cli("--db", db, "pdf", "minutes", f"KS:{year}", "--mapp", str(folder),
                         "--force")
    assert (code, out, err) == (1, "", REFUSED_REGISTER.format(path=planned))
    assert digest(planned) == kept and [p.name for p in folder.iterdir()] == [planned.name]
    planned.unlink()
    code, out, _ = cli("--db", db, "pdf", "minutes", f"KS:{year}", "--mapp",
                       str(tmp_path / "ny" / "mapp"))
    assert code == 0 and (tmp_path / "ny" / "mapp" / planned.name).read_bytes()[:5] == b"%PDF-"


def test_the_streamed_export_goes_through_the_rule(made: Made, tmp_path: Path) -> None:
    """The export written row by row (issue 19) still lands by the rule: private, whole,
    the same text as `export -`, an existing file only with --force."""
    db, text = str(made.path), export(made.path)
    target = tmp_path / "register.json"
    assert cli("--db", db, "export", str(target)) == (
        0, f"Registret är exporterat till {target}.\n", "")
    assert target.read_text(encoding="utf-8") == text
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    target.write_text("min egen fil")
    code, _, err = cli("--db", db, "export", str(target))
    assert code == 1 and err.startswith(f"kraftdesk: Filen {target} finns redan")
    assert target.read_text() == "min egen fil"
    assert cli("--db", db, "export", str(target), "--force")[0] == 0
    assert target.read_text(encoding="utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.json", "register.sqlite3"]


def test_a_folder_is_written_whole_and_only_own_files_are_removed(made: Made,
                                                                  tmp_path: Path) -> None:
    """write_folder (the publication's new folder) and remove (its stale files)."""
    folder = tmp_path / "webb"
    output_files.write_folder(folder, {"index.html": b"<p>", "KS/2026/a.pdf": b"%PDF-"})
    assert (folder / "KS" / "2026" / "a.pdf").read_bytes() == b"%PDF-"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.sqlite3", "webb"]
    with pytest.raises(UserError) as refused:
        output_files.write_folder(folder, {"index.html": b"ny"})
    assert refused.value.message == f"{folder} är ingen ny eller tom mapp och skrivs inte över."
    with pytest.raises(UserError):
        output_files.write_folder(tmp_path / "annan", {"../utanför.html": b"x"})
    assert not (tmp_path / "utanför.html").exists() and not (tmp_path / "annan").exists()
    with pytest.raises(UserError) as refused:
        output_files.remove(made.path)
    assert refused.value.message == (f"{made.path} är ett register eller hör till ett och "
                                     "tas aldrig bort.")
    link = folder / "länk.html"
    link.symlink_to(folder / "index.html")
    output_files.remove(link)
    assert not link.exists() and (folder / "index.html").read_bytes() == b"<p>"
    output_files.remove(folder / "index.html")
    output_files.remove(folder / "index.html")  # already gone: nothing to do
    with pytest.raises(UserError):
        output_files.remove(folder / "KS")  # a folder
    assert (folder / "KS" / "2026" / "a.pdf").exists()
