# SPDX-License-Identifier: EUPL-1.2
"""Opening registers: wrong files and newer registers are refused and left untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from kraftdesk.config import register_shown, register_url, same_register
from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.migrate import head_revision, open_register


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.docx"
    path.write_bytes(b"PK\x03\x04 inte en databas" * 10)
    before = _digest(path)
    with pytest.raises(RegisterError) as caught:
        open_register(f"sqlite:///{path}")
    assert caught.value.message == (
        f"Filen {path} är inte ett kraftdesk-register: den är ingen SQLite-databas."
    )
    assert _digest(path) == before


def test_a_missing_register_is_not_created_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "saknas.sqlite3"
    with pytest.raises(RegisterError, match="Registret finns inte"):
        open_register(f"sqlite:///{path}", create=False)
    assert not path.exists()


def test_a_register_from_a_newer_kraftdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nyare.sqlite3"
    reg = open_register(f"sqlite:///{path}")
    with reg.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    reg.close()
    before = _digest(path)
    with pytest.raises(RegisterError) as caught:
        open_register(f"sqlite:///{path}")
    assert "är skapat av en nyare version av kraftdesk (databasversion 9999_future)" in (
        caught.value.message)
    assert _digest(path) == before


def test_another_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "annan.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recept (namn TEXT)")
    with pytest.raises(RegisterError,
                       match="innehåller redan tabeller men är inget kraftdesk-register"):
        open_register(f"sqlite:///{path}")


def test_new_register_is_at_head(tmp_path: Path) -> None:
    reg = open_register(f"sqlite:///{tmp_path / 'ny.sqlite3'}")
    with reg.read() as s:
        version = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()
    reg.close()


def test_register_url_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                              _isolated_data_dir: Path) -> None:
    # The default is in the (here isolated) data folder, never the user's real one.
    assert register_url(None) == f"sqlite:///{_isolated_data_dir / 'register.sqlite3'}"
    monkeypatch.setenv("KRAFTDESK_DB", str(tmp_path / "env.sqlite3"))
    assert register_url(None) == f"sqlite:///{tmp_path / 'env.sqlite3'}"
    assert register_url("postgresql+psycopg://kansli@db/kraftdesk") == (
        "postgresql+psycopg://kansli@db/kraftdesk")


def test_head_revision_constant_is_alembics_head() -> None:
    from kraftdesk.register.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_opening_a_register_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "r.sqlite3"
    open_register(f"sqlite:///{path}").close()
    code = ("import sys; from kraftdesk.register.migrate import open_register; "
            f"open_register('sqlite:///{path}').close(); print('alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout == "False\n"


def test_quick_check_runs_only_after_an_unclean_close(tmp_path: Path) -> None:
    from kraftdesk.register.migrate import closed_uncleanly

    path = tmp_path / "r.sqlite3"
    reg = open_register(f"sqlite:///{path}")
    with reg.write() as s:
        s.execute(text("INSERT INTO organisation (name, numbering_scheme, take_down_rule, "
                       "special_statement_not_received_text, reservation_not_received_text, "
                       "distribution_heading) VALUES ('Malmö stad', 'per_year', "
                       "'next_weekday', 'a', 'b', 'c')"))
    assert closed_uncleanly(path)  # open: the write-ahead log is there
    reg.close()
    assert not closed_uncleanly(path)  # closed cleanly: SQLite removed it


@pytest.mark.parametrize("name", ["år 2026 § #1.sqlite3", "50% klart?.sqlite3",
                                  "Nämndprotokoll %41.sqlite3"])
def test_a_register_file_is_the_file_named_and_shown_as_named(tmp_path: Path,
                                                              name: str) -> None:
    # "?" began the URL's options and "%41" was read as "A": the register was made as
    # another file than the one named, and shown as "N%C3%A4mndprotokoll".
    folder = tmp_path / "Nämndprotokoll"
    folder.mkdir()
    path = folder / name
    register = open_register(register_url(str(path)), create=True)
    register.close()
    assert sorted(p.name for p in folder.iterdir() if p.suffix == ".sqlite3") == [name]
    assert register_shown(register.url) == str(path)
    assert same_register(register.url, register_url(str(path)))
    assert not same_register(register.url, register_url(str(folder / "annat.sqlite3")))


def test_a_server_is_shown_without_its_password() -> None:
    assert register_shown("postgresql+psycopg://eva:hemligt@db.kommun.se:5432/register") == (
        "postgresql+psycopg://eva:***@db.kommun.se:5432/register")
    assert register_shown("postgresql+psycopg://eva@db/register") == (
        "postgresql+psycopg://eva@db/register")
