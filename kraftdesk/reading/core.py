# SPDX-License-Identifier: EUPL-1.2
"""What a reader built on Core statements runs them on: an ORM session or a plain connection.

    connection_of(session_or_connection) -> Connection

The readers written as plain Core statements on kraftdesk.register.core_tables (the open
promises, the ärenden to be taken up again) serve both the app, inside its sessions, and
the services that read on a plain connection (Register.read_rows()), without the ORM.
This module imports nothing of the ORM.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

#: A session (Register.read(), Register.write()) or a connection (Register.read_rows()).
Reader = Union["Session", "Connection"]


def connection_of(reader: Reader) -> Connection:
    """The connection to run a Core statement on. A session is flushed first, so that what
    its caller changed in the same transaction is read back."""
    flush = getattr(reader, "flush", None)
    if flush is None:
        return reader  # type: ignore[return-value]
    flush()
    return reader.connection()  # type: ignore[union-attr]
