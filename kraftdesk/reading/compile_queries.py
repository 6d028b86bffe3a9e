# SPDX-License-Identifier: EUPL-1.2
"""Compile the read side's statements ahead for SQLite: writes kraftdesk/reading/compiled_sqlite.py.

    uv run python -m kraftdesk.reading.compile_queries          after changing queries.py

Each statement of kraftdesk.reading.queries is compiled by SQLAlchemy's own SQLite dialect
(named parameters; an expanding IN left as SQLAlchemy leaves it until execution), with the
names of its columns and how each is read back (kraftdesk.reading.rows). The file is
generated and committed, like the Qt forms; tests/reading/test_rows.py fails when it is
not what this module writes now.
"""

from __future__ import annotations

import enum
import pprint
import sys
from pathlib import Path

from sqlalchemy.dialects import sqlite

from kraftdesk.reading.queries import NAMES, statement
from kraftdesk.register.value_kinds import value_kind

TARGET = Path(__file__).with_name("compiled_sqlite.py")

_HEADER = '''# SPDX-License-Identifier: EUPL-1.2
"""The read side's statements compiled for SQLite. GENERATED: do not edit.

Written by `uv run python -m kraftdesk.reading.compile_queries` from kraftdesk.reading.queries;
read by kraftdesk.reading.rows.SqliteRows. Per statement: the SQL, the column names, how each
column is read back (None: as SQLite gives it), the parameters that are lists (IN), and the
statement's own constant parameters (a LIMIT).
"""

'''


def _reader(column_type: object, where: str) -> str | None:
    """How kraftdesk.reading.rows reads a column of this type back (None: as it comes)."""
    try:
        kind = value_kind(column_type)
    except TypeError as exc:
        raise TypeError(f"{where}: {exc}") from None
    if kind == "enum":
        enum_class = column_type.enum_class  # type: ignore[attr-defined]
        assert enum_class is not None and issubclass(enum_class, enum.Enum), where
        return f"enum:{enum_class.__module__}:{enum_class.__qualname__}"
    return _READ_BACK.get(kind)


#: The kinds (kraftdesk.register.value_kinds) that SQLite gives as something else.
_READ_BACK = {"boolean": "bool", "datetime": "datetime", "date": "date"}


def compiled() -> dict[str, tuple[str, tuple[str, ...], tuple[str | None, ...],
                                  tuple[str, ...], dict[str, object]]]:
    dialect = sqlite.dialect(paramstyle="named")
    result = {}
    for name in NAMES:
        query = statement(name)
        text = query.compile(dialect=dialect)
        columns = list(query.selected_columns)
        fields = tuple(query.selected_columns.keys())
        readers = tuple(_reader(c.type, f"{name}.{key}") for c, key in zip(columns, fields,
                                                                             strict=True))
        binds = {text.bind_names[bind]: bind for bind in text.binds.values()}  # as in the SQL
        expanding = tuple(sorted(key for key, bind in binds.items() if bind.expanding))
        constants = {key: bind.value for key, bind in binds.items()
                     if not bind.required and not bind.expanding}
        for key, value in constants.items():  # a LIMIT: written into the file as it is
            if type(value) not in (int, str):
                raise TypeError(f"{name}: the constant {key}={value!r} is not an int or str")
        result[name] = (text.string, fields, readers, expanding, constants)
    return result


def source() -> str:
    body = pprint.pformat(compiled(), width=96, sort_dicts=True)
    return f"{_HEADER}STATEMENTS = {body}\n"


def main() -> int:
    TARGET.write_text(source(), encoding="utf-8")
    print(f"{TARGET} skriven ({len(NAMES)} frågor).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
