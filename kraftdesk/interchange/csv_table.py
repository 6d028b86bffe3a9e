# SPDX-License-Identifier: EUPL-1.2
"""Lists a kansli keeps in Excel, saved as CSV: read with the rules every such import shares.

    table = read_table(data, COLUMNS, source="ledamöter.csv")
    for row in table.rows:
        row.line            # the row as Excel numbers it: the header is rad 1
        row["namn"]         # the cell of a column, stripped ("" when empty)

The file rules, the same for every list (member lists now, a diarium's cases later):

- text in UTF-8, with or without a byte-order mark, or Windows-1252 as Swedish Excel saves
  "CSV (semikolonavgränsad)"; a file that is not text (a NUL byte, an .xlsx, a PDF) is
  refused, and so is an empty one;
- semicolon or comma between the fields, whichever the header line uses; quotes as Excel
  writes them (a field in "…" may hold the separator, a quote doubled, a line break);
- a header line naming the columns in Swedish; the order is free, case and extra spaces do
  not matter, and each column may have other names (`aliases`: "från" or "fr.o.m.");
  a required column missing stops the whole file, an unknown column is refused too (a
  misspelt optional column would otherwise be silently dropped);
- blank lines are skipped (Excel's row numbers still count them);
- every problem is a CsvError (a Swedish UserError) naming the row as Excel shows it and
  the column: "rad 3, kolumnen parti: …".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from kraftdesk.domain import text_files
from kraftdesk.domain.errors import UserError

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Column:
    """A column of the list: its Swedish name, other names it may have, required or not."""

    name: str
    aliases: tuple[str, ...] = ()
    required: bool = True

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class TableRow:
    line: int  # as Excel numbers it: the header is rad 1
    values: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, column: str) -> str:
        return self.values.get(column, "")

    def where(self, column: str) -> str:
        """ "rad 3, kolumnen parti"."""
        return f"rad {self.line}, kolumnen {column}"


@dataclass(frozen=True)
class Table:
    rows: tuple[TableRow, ...]
    columns: tuple[str, ...]  # the columns present, by their names in `Column`
    delimiter: str
    encoding: str  # "UTF-8" or "Windows-1252"
    source: str | None = None


class CsvError(UserError):
    """A problem with the file: the message names the file, the row and the column."""

    def __init__(self, message: str, *, line: int | None = None, column: str | None = None,
                 source: str | None = None) -> None:
        where = []
        if line is not None:
            where.append(f"rad {line}")
        if column is not None:
            where.append(f"kolumnen {column}")
        prefix = f"{source}: " if source else ""
        text = f"{prefix}{', '.join(where)}: {message}" if where else f"{prefix}{message}"
        super().__init__(text, field=column or "fil")
        self.line = line
        self.column = column


def _key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").strip().strip('"').lower().split())


def decode(data: bytes, *, source: str | None = None) -> tuple[str, str]:
    """(text, encoding name): UTF-8 (BOM or not), else Windows-1252; never a binary file."""
    if len(data) > MAX_BYTES:
        raise CsvError(f"Filen är för stor för en lista ({len(data) // (1024 * 1024)} MB).",
                       source=source)
    if not data.strip():
        raise CsvError("Filen är tom.", source=source)
    what = text_files.binary_kind(data)
    if what == text_files.BINARY_DATA:
        raise CsvError("Filen är ingen textfil (den innehåller binära data). Spara listan från "
                       "Excel som «CSV (semikolonavgränsad)».", source=source)
    if what is not None:
        raise CsvError(f"Filen är ingen textfil utan {what}. Spara listan från Excel som "
                       "«CSV (semikolonavgränsad)» och läs in den filen.", source=source)
    try:
        return text_files.decode(data)
    except text_files.TextFileError as exc:
        raise CsvError(f"Filen är varken UTF-8 eller Windows-1252 (byte {exc.position}).",
                       source=source) from None


def _delimiter(header: str) -> str:
    return ";" if header.count(";") >= header.count(",") and ";" in header else \
        ("," if "," in header else ";")


def _records(text: str, delimiter: str,
             source: str | None) -> Iterator[tuple[int, list[str]]]:
    """(Excel row number, fields); a quoted field may span lines and is still one row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"',
                        strict=True)
    number = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error:
            raise CsvError("ett citattecken (\") avslutas aldrig; kontrollera raden.",
                           line=number + 1, source=source) from None
        number += 1
        yield number, fields


def read_table(data: bytes, columns: Sequence[Column], *, source: str | None = None) -> Table:
    """The rows of a CSV list with the given columns, or CsvError saying what is wrong."""
    text, encoding = decode(data, source=source)
    first = text.splitlines()[0] if text.splitlines() else ""
    delimiter = _delimiter(first)
    records = _records(text, delimiter, source)
    try:
        header_line, header = next(records)
    except StopIteration:
        raise CsvError("Filen är tom.", source=source) from None
    positions = _header(header, columns, source)
    names = tuple(c.name for c in columns if c.name in positions)
    rows = []
    for line, fields in records:
        if not any(f.strip() for f in fields):
            continue
        if len(fields) > len(header) and any(f.strip() for f in fields[len(header):]):
            raise CsvError(f"raden har {len(fields)} fält men rubrikraden {len(header)}; "
                           f"kontrollera att fälten skiljs åt med «{delimiter}» och att "
                           "text med skiljetecken står inom citattecken.", line=line,
                           source=source)
        values = {name: (fields[i].strip() if i < len(fields) else "")
                  for name, i in positions.items()}
        rows.append(TableRow(line, values))
    if not rows:
        raise CsvError("Filen har en rubrikrad men inga rader med innehåll.", line=header_line,
                       source=source)
    return Table(tuple(rows), names, delimiter, encoding, source)


def _header(header: list[str], columns: Sequence[Column], source: str | None) -> dict[str, int]:
    wanted = {_key(alias): column for column in columns for alias in column.names()}
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _key(cell)
        if not key:
            continue
        column = wanted.get(key)
        if column is None:
            known = ", ".join(c.name for c in columns)
            raise CsvError(f"okänd kolumn «{cell.strip()}». Rubrikraden ska ha kolumnerna "
                           f"{known}.", line=1, source=source)
        if column.name in positions:
            raise CsvError(f"kolumnen {column.name} står två gånger.", line=1, source=source)
        positions[column.name] = index
    missing = [c.name for c in columns if c.required and c.name not in positions]
    if missing:
        which = ", ".join(missing)
        word = "Kolumnen" if len(missing) == 1 else "Kolumnerna"
        raise CsvError(f"{word} {which} saknas i rubrikraden. Första raden ska namnge "
                       f"kolumnerna, till exempel "
                       f"{';'.join(c.name for c in columns if c.required)}.", line=1,
                       source=source)
    return positions
