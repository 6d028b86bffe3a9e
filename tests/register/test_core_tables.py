# SPDX-License-Identifier: EUPL-1.2
"""The table clauses of the readers without the ORM name the models' columns, typed alike."""

from __future__ import annotations

from sqlalchemy import Enum, String

import kraftdesk.register.models  # noqa: F401 - maps every table onto Base.metadata
from kraftdesk.register import core_tables
from kraftdesk.register.base import Base


def test_every_column_is_the_models_column_with_the_same_type() -> None:
    for clause in core_tables.ALL:
        table = Base.metadata.tables[clause.name]
        for column in clause.columns:
            assert column.name in table.c, f"{clause.name}.{column.name}"
            model_type, own_type = table.c[column.name].type, column.type
            assert type(own_type) is type(model_type), f"{clause.name}.{column.name}"
            if isinstance(model_type, Enum):
                assert own_type.enum_class is model_type.enum_class
                assert own_type.enums == model_type.enums
            elif isinstance(model_type, String):
                assert own_type.length == model_type.length, f"{clause.name}.{column.name}"


def test_the_light_tables_compile_to_the_same_sql_as_the_models() -> None:
    from sqlalchemy import select
    from sqlalchemy.dialects import postgresql, sqlite

    from kraftdesk.domain.enums import CaseStatus

    for dialect in (sqlite.dialect(), postgresql.dialect()):
        model_case = Base.metadata.tables["case"]
        mine = select(core_tables.case.c.number).where(
            core_tables.case.c.status == CaseStatus.OPEN)
        theirs = select(model_case.c.number).where(model_case.c.status == CaseStatus.OPEN)
        assert str(mine.compile(dialect=dialect)) == str(theirs.compile(dialect=dialect))
