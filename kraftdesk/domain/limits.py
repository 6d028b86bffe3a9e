# SPDX-License-Identifier: EUPL-1.2
"""What the register can hold at most, for checks before a value reaches the database."""

from __future__ import annotations

#: The integers an SQLite INTEGER (and a PostgreSQL BIGINT) column holds.
INTEGER_MIN, INTEGER_MAX = -(2**63), 2**63 - 1


def fits_integer(value: int) -> bool:
    """True when `value` can be stored in (or compared with) an integer column."""
    return INTEGER_MIN <= value <= INTEGER_MAX
