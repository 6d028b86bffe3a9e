# SPDX-License-Identifier: EUPL-1.2
"""PDF exports: the minutes (draft or justerade), protokollsutdrag, bilagor on their own.

    minutes_pdf_bytes(session, meeting_id, *, final) -> bytes     inside the caller's session
    export_minutes(register, meeting, out_path, *, final=None, force=False) -> Exported
    export_minutes_year(register, "KS:2026", folder, *, final=None, force=False)
        -> list[Exported]
    export_extract(register, paragraphs, out_path, *, on=None, force=False) -> Exported
    export_extracts_batch(register, paragraphs, folder, *, on=None, force=False) -> list[Path]
    export_appendices(register, meeting, out_path, numbers=None, *, force=False) -> Exported
    year_files(register, "KS:2026", folder) -> [(meeting reference, file)]     the names

A meeting is an id or a reference ("KS:2026-01-07"), a paragraph an id or a reference
("KS:2026:16"). Every export checks its target first (kraftdesk.services.output_files: never
the register, a folder or a device, an existing file only with `force`), reads in one read
transaction, then renders outside it, and writes the file by that same rule (a temporary
file renamed into place). `progress(done, total)` reports to the GUI. The words come from
kraftdesk.text.minutes and the composition; the layout from kraftdesk.documents.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from kraftdesk.domain.document import MinutesDoc
from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import minutes
from kraftdesk.reading.references import find_meeting, find_paragraph, find_year, is_year_ref
from kraftdesk.register.database import Register
from kraftdesk.register.models import Meeting
from kraftdesk.register.output_files import check_target, write_bytes
from kraftdesk.text.minutes import file_name

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Exported:
    path: Path
    pages: int


def minutes_pdf_bytes(session: Session, meeting_id: int, *, final: bool) -> bytes:
    """The minutes as PDF, composed inside the caller's session (justering seals these)."""
    from kraftdesk.documents import render_minutes_bytes  # ReportLab: only when printing

    return render_minutes_bytes(minutes.minutes_doc(session, meeting_id, final=final))


def export_minutes(register: Register, meeting: int | str, out_path: Path, *,
                   final: bool | None = None, progress: Progress | None = None,
                   force: bool = False) -> Exported:
    """The whole minutes; `final=None` follows the minutes' state (justerade → final)."""
    check_target(out_path, force=force)
    with register.read() as session:
        row = find_meeting(session, meeting)
        is_final = row.minutes_state is MinutesState.APPROVED if final is None else final
        doc = minutes.minutes_doc(session, row.id, final=is_final)
    return _write(doc, Path(out_path), progress, force)


def year_files(register: Register, year: str, folder: Path) -> list[tuple[str, Path]]:
    """(meeting reference, file) of each of a body's meetings in a year ("KS:2026"), in
    order: "KS 2026-01-07.pdf", with the time when the body met twice that day."""
    with register.read() as session:
        return [(reference, path) for reference, path, _meeting
                in _year_plan(session, year, Path(folder))]


def export_minutes_year(register: Register, year: str, folder: Path, *,
                        final: bool | None = None, progress: Progress | None = None,
                        force: bool = False) -> list[Exported]:
    """Every minutes of a body's year ("KS:2026"), one file per meeting in `folder` (named
    as year_files says, the folder made if missing), all composed in one read transaction,
    then rendered in turn; `final=None` lets each follow its state. Every file is checked
    (kraftdesk.services.output_files) before the first is written."""
    folder = _check_folder(Path(folder))
    with register.read() as session:
        planned = [(path, minutes.minutes_doc(session, meeting.id, final=(
                       meeting.minutes_state is MinutesState.APPROVED if final is None
                       else final)))
                   for _reference, path, meeting in _year_plan(session, year, folder)]
    for path, _doc in planned:
        check_target(path, force=force, create_folder=True)
    done = []
    for index, (path, doc) in enumerate(planned):
        if progress is not None:
            progress(index, len(planned))
        done.append(_write(doc, path, None, force, create_folder=True))
    if progress is not None:
        progress(len(planned), len(planned))
    return done


def _year_plan(session: Session, year: str, folder: Path) -> list[tuple[str, Path, Meeting]]:
    body, meetings = find_year(session, year)
    days = [m.starts_at.date() for m in meetings]
    planned = []
    for meeting in meetings:
        day = meeting.starts_at.date()
        twice = days.count(day) > 1
        reference = f"{body.short_name}:{day.isoformat()}"
        if twice:
            reference += f"T{meeting.starts_at:%H:%M}"
        label = f"kl {meeting.starts_at:%H.%M}" if twice else None
        planned.append((reference, folder / file_name(body.short_name, day, label), meeting))
    return planned


def export_extract(register: Register, paragraphs: Sequence[int | str], out_path: Path, *,
                   on: date | None = None, progress: Progress | None = None,
                   force: bool = False) -> Exported:
    """One protokollsutdrag of the chosen paragraphs (of one meeting), certified `on`."""
    check_target(out_path, force=force)
    with register.read() as session:
        ids = [find_paragraph(session, p).id for p in paragraphs]
        doc = minutes.extract_doc(session, ids, on=on or date.today())
    return _write(doc, Path(out_path), progress, force)


def export_extracts_batch(register: Register, paragraphs: Sequence[int | str], folder: Path,
                          *, on: date | None = None, progress: Progress | None = None,
                          force: bool = False) -> list[Path]:
    """One extract per paragraph into `folder` (made if missing), named like
    "KS 2026-01-07 § 16.pdf"; every file is checked before the first is written."""
    folder = _check_folder(Path(folder))
    with register.read() as session:
        ids = [find_paragraph(session, p).id for p in paragraphs]
        planned = [(minutes.extract_file_name(session, pid),
                    minutes.extract_doc(session, [pid], on=on or date.today())) for pid in ids]
    names = [name for name, _ in planned]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise UserError(f"Paragrafen i «{duplicate}» är vald två gånger.", field="paragraf")
    for name in names:
        check_target(folder / name, force=force, create_folder=True)
    paths = []
    for done, (name, doc) in enumerate(planned):
        if progress is not None:
            progress(done, len(planned))
        paths.append(_write(doc, folder / name, None, force, create_folder=True).path)
    if progress is not None:
        progress(len(planned), len(planned))
    return paths


def export_appendices(register: Register, meeting: int | str, out_path: Path,
                      numbers: Sequence[int] | None = None, *,
                      progress: Progress | None = None, force: bool = False) -> Exported:
    """The meeting's bilagor on their own (all, or those numbered `numbers`)."""
    check_target(out_path, force=force)
    with register.read() as session:
        row = find_meeting(session, meeting)
        doc = minutes.appendices_doc(session, row.id, numbers)
    return _write(doc, Path(out_path), progress, force)


def _check_folder(folder: Path) -> Path:
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} är ingen mapp; ange en mapp för PDF-filerna.",
                        field=str(folder))
    return folder


def _write(doc: MinutesDoc, path: Path, progress: Progress | None, force: bool, *,
           create_folder: bool = False) -> Exported:
    buffer = io.BytesIO()
    from kraftdesk.documents import render_minutes  # ReportLab: only when printing

    pages = render_minutes(doc, buffer, progress=progress)
    write_bytes(path, buffer.getvalue(), force=force, create_folder=create_folder)
    return Exported(path, pages)


__all__ = ["Exported", "export_appendices", "export_extract", "export_extracts_batch",
           "export_minutes", "export_minutes_year", "is_year_ref",
           "minutes_pdf_bytes", "year_files"]
