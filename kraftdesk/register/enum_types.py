# SPDX-License-Identifier: EUPL-1.2
"""The column type of every enum in the register, without the ORM.

The mapped models (kraftdesk.register.base) and the Core tables of the readers that run
without the ORM (kraftdesk.register.core_tables) take it from here.
"""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import Enum


def enum_column(enum_class: type[enum.Enum], name: str) -> Any:
    """A VARCHAR column type holding an enum's values, with a CHECK constraint in every dialect.

    `name` names the constraint (ck_<table>_<name>); the stored value is the member's value.
    """
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_class),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
