# SPDX-License-Identifier: EUPL-1.2
"""The roles of a register on PostgreSQL: an administrator owns the schema, the app does not.

The owner of a table may TRUNCATE it, disable its triggers (ALTER TABLE … DISABLE TRIGGER
ALL) and drop it, and so pass every lock on justerade minutes. So:

- the administrator role owns the database and every object in it; the migrations run as
  it (`kraftdesk db upgrade`);
- the secretaries' client connects as the app role, which owns nothing and may only read
  and write rows: SELECT, INSERT, UPDATE, DELETE on the register's tables, but only SELECT
  and INSERT on the audit trail and the seals, SELECT on alembic_version, and the id
  sequences (USAGE, SELECT, UPDATE: an import sets them past the largest id). No TRUNCATE,
  no REFERENCES or TRIGGER, no CREATE on the schema (taken from PUBLIC too, as PostgreSQL
  15 does by default); not being the owner, it can neither alter, disable nor drop
  anything;
- default privileges give the app role the same rights on tables and sequences that later
  migrations create; run setup_roles_sql again after `kraftdesk db upgrade` to be exact.

`kraftdesk db setup-roles` prints these statements or runs them as the administrator.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from kraftdesk.domain.errors import UserError

DEFAULT_APP_ROLE = "kraftdesk_app"

#: Tables the app may read and append to, never change: (table, privileges).
APPEND_ONLY = {"audit_entry": "SELECT, INSERT", "minutes_seal": "SELECT, INSERT",
               "alembic_version": "SELECT"}
READ_WRITE = "SELECT, INSERT, UPDATE, DELETE"
SEQUENCES = "USAGE, SELECT, UPDATE"

_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def check_role_name(name: str) -> str:
    if not _ROLE_NAME.fullmatch(name):
        raise UserError(f"«{name}» går inte att använda som rollnamn: använd små bokstäver a–z, "
                        "siffror och understreck (högst 63 tecken), till exempel "
                        f"{DEFAULT_APP_ROLE}.", field="roll")
    return name


def setup_roles_sql(connection: Connection, app_role: str = DEFAULT_APP_ROLE, *,
                    password: str | None = None) -> list[str]:
    """The statements that give `app_role` exactly the app's rights on this database.

    Run them as the role that owns the register's tables (the connection's user). The app
    role is created (with LOGIN) when it does not exist, which needs CREATEROLE.
    """
    app = check_role_name(app_role)
    database, owner, schema = connection.execute(
        text("SELECT current_database(), current_user, current_schema()")).one()
    if owner == app:
        raise UserError(f"Rollen «{app}» är den som kör kommandot och äger registret; appens "
                        "roll ska vara en annan, som inte äger något.", field="roll")
    tables = connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename")).scalars().all()
    quote = connection.dialect.identifier_preparer.quote
    password_sql = "" if password is None else " PASSWORD " + _literal(password)
    statements = [
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
        f"'{app}') THEN CREATE ROLE {app} LOGIN{password_sql}; END IF; END $$",
    ]
    if password is not None:
        statements.append(f"ALTER ROLE {app} LOGIN{password_sql}")
    statements += [
        f"GRANT CONNECT ON DATABASE {quote(database)} TO {app}",
        f"REVOKE CREATE ON SCHEMA {quote(schema)} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {quote(schema)} TO {app}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {quote(schema)} FROM {app}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {quote(schema)} FROM {app}",
    ]
    statements += [f"GRANT {APPEND_ONLY.get(table, READ_WRITE)} ON {quote(table)} TO {app}"
                   for table in tables]
    statements += [
        f"GRANT {SEQUENCES} ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {app}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {quote(owner)} IN SCHEMA {quote(schema)} "
        f"GRANT {READ_WRITE} ON TABLES TO {app}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {quote(owner)} IN SCHEMA {quote(schema)} "
        f"GRANT {SEQUENCES} ON SEQUENCES TO {app}",
    ]
    return statements


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def owned_by(connection: Connection, role: str) -> list[str]:
    """The register's tables that `role` owns (the app role should own none)."""
    return list(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "AND tableowner = :role ORDER BY tablename"), {"role": role}).scalars())
