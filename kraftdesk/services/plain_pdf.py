# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk pdf` of one meeting's minutes, an extract or bilagor, without SQLAlchemy.

    export_minutes_plain(url, meeting, out_path, *, final=None, force=False)
    export_extract_plain(url, paragraphs, out_path, *, on, force=False)
    export_appendices_plain(url, meeting, out_path, numbers=None, *, force=False)
        -> Exported | None          None: write it the ordinary way (services.exports)

Printing one meeting's minutes reads some forty statements and lays out the pages; loading
SQLAlchemy alone would cost that command more than half of plain ReportLab's whole run
(issue 19, docs/performance.md). On a register that can be read as it is
(kraftdesk.register.plain_sqlite: an SQLite file at this program's schema, closed cleanly)
the document is therefore composed by the same read side (kraftdesk.reading.minutes) from
the same statements, compiled ahead for SQLite (kraftdesk.reading.rows.SqliteRows), in one
read-only transaction, and written by the same rule as every file
(kraftdesk.services.output_files): the same file, byte for byte, as services.exports
writes. Justerade minutes kept with their seal are written as kept (reading.seals), as
services.exports writes them. What this path does not do it leaves to the ordinary one, by
answering None before anything is written: a register on a server, one that must be
upgraded or checked first, and minutes justerade with ink whose anslag was recorded after
the seal (services.exports decides whether to compose them anew with the anslag's dates).
PDF/A and folders of files go the ordinary way too (the command line does not ask for them
here).
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from kraftdesk.config import sqlite_file
from kraftdesk.domain.document import MinutesDoc
from kraftdesk.domain.enums import MinutesState
from kraftdesk.reading import minutes
from kraftdesk.reading.references import is_year_ref, meeting_row, paragraph_row
from kraftdesk.reading.rows import SqliteRows
from kraftdesk.reading.seals import kept_as_it_is, kept_pdf
from kraftdesk.register.output_files import check_target, write_bytes
from kraftdesk.register.plain_sqlite import open_plain
from kraftdesk.services.exported import Exported, pages_of


def export_minutes_plain(url: str, meeting: str, out_path: Path, *, final: bool | None = None,
                         force: bool = False) -> Exported | None:
    """The minutes of `meeting` ("KS:2026-01-07") as services.exports.export_minutes
    writes them; None when that must write them."""
    if is_year_ref(meeting):
        return None  # a body's year is written to a folder; the ordinary way says so

    def compose(source: SqliteRows) -> MinutesDoc | bytes | None:
        row = meeting_row(source, meeting)
        is_final = row.minutes_state is MinutesState.APPROVED if final is None else final
        kept = kept_pdf(source, row.id) if is_final else None
        if kept is not None:  # the justerade minutes as kept with their seal
            return kept if kept_as_it_is(source, row) else None
        return minutes.minutes_doc(source, row.id, final=is_final)

    return _export(url, compose, out_path, force)


def export_extract_plain(url: str, paragraphs: Sequence[str], out_path: Path, *, on: date,
                         force: bool = False) -> Exported | None:
    """One protokollsutdrag of the paragraphs ("KS:2026:16"), certified `on`, as
    services.exports.export_extract writes it; None when that must write it."""
    def compose(source: SqliteRows) -> MinutesDoc:
        ids = [paragraph_row(source, p).id for p in paragraphs]
        return minutes.extract_doc(source, ids, on=on)

    return _export(url, compose, out_path, force)


def export_appendices_plain(url: str, meeting: str, out_path: Path,
                            numbers: Sequence[int] | None = None, *,
                            force: bool = False) -> Exported | None:
    """The meeting's bilagor on their own, as services.exports.export_appendices writes
    them; None when that must write them."""
    def compose(source: SqliteRows) -> MinutesDoc:
        return minutes.appendices_doc(source, meeting_row(source, meeting).id, numbers)

    return _export(url, compose, out_path, force)


def _export(url: str, compose: Callable[[SqliteRows], MinutesDoc | bytes | None],
            out_path: Path, force: bool) -> Exported | None:
    path = sqlite_file(url)
    connection = open_plain(path) if path is not None else None
    if connection is None:
        return None
    try:
        check_target(out_path, force=force)
        connection.execute("BEGIN")  # one snapshot for every statement
        doc = compose(SqliteRows(connection))
    except (sqlite3.Error, ValueError):  # a damaged file, a value written behind its back
        return None  # the ordinary way says what is wrong with the register, in Swedish
    finally:
        connection.close()
    if doc is None:
        return None
    if isinstance(doc, bytes):  # a kept PDF, written as it is
        write_bytes(out_path, doc, force=force)
        return Exported(out_path, pages_of(doc))
    from kraftdesk.documents import render_minutes  # ReportLab: only when printing

    buffer = io.BytesIO()
    pages = render_minutes(doc, buffer)
    write_bytes(out_path, buffer.getvalue(), force=force)
    return Exported(out_path, pages)


__all__ = ["export_appendices_plain", "export_extract_plain", "export_minutes_plain",
           "is_year_ref"]
