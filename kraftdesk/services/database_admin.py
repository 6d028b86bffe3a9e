# SPDX-License-Identifier: EUPL-1.2
"""The database administrator's tasks (`kraftdesk db …`): the schema and the roles.

- upgrade_schema(url): create or upgrade the register's schema to this program's version.
  On PostgreSQL this runs as the administrator role that owns the schema; the app never
  upgrades a server's schema on its own (kraftdesk.register.migrate).
- role_statements(url, role, …): the SQL that gives the secretaries' role exactly the app's
  rights (kraftdesk.register.roles); run it with execute=True.
- rebuild_search_index(url): the search index made whole again, when `kraftdesk verify`
  or a refused save has said it is damaged (kraftdesk.register.fulltext.repair_index).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from kraftdesk.domain.errors import RegisterError, UserError
from kraftdesk.register.database import Register
from kraftdesk.register.fulltext import IndexRepairError, repair_index
from kraftdesk.register.migrate import open_register, upgrade_register
from kraftdesk.register.roles import DEFAULT_APP_ROLE, owned_by, setup_roles_sql

__all__ = ["DEFAULT_APP_ROLE", "RoleSetup", "rebuild_index_of", "rebuild_search_index",
           "role_statements", "upgrade_schema"]


def upgrade_schema(url: str) -> tuple[str | None, str]:
    """(revision before, revision now) of the register at `url`, created or upgraded."""
    return upgrade_register(url)


@dataclass(frozen=True)
class RoleSetup:
    statements: tuple[str, ...]  # as shown: a password is never printed
    executed: bool
    app_role: str
    owner: str


def role_statements(url: str, app_role: str = DEFAULT_APP_ROLE, *,
                    password: str | None = None, execute: bool = False) -> RoleSetup:
    """The statements giving `app_role` the app's rights on the register at `url`.

    `url` connects as the administrator that owns the register (after `db upgrade`).
    With `execute`, they run in one transaction; a failure changes nothing.
    """
    register = open_register(url, create=False)
    try:
        if register.is_sqlite:
            raise UserError("Roller finns bara i en databasserver (PostgreSQL). Ett register i "
                            "en SQLite-fil skyddas av filens behörigheter.", field="--db")
        with register.engine.begin() as conn:
            owner = conn.exec_driver_sql("SELECT current_user").scalar()
            if owned_by(conn, app_role):
                raise UserError(f"Rollen «{app_role}» äger tabeller i registret och kan därför "
                                "ta bort låsningen av justerade protokoll. Låt administratören "
                                "äga dem (ALTER TABLE … OWNER TO) och välj en annan roll för "
                                "appen.", field="--roll")
            shown = setup_roles_sql(conn, app_role)
            if execute:
                try:
                    for statement in setup_roles_sql(conn, app_role, password=password):
                        conn.exec_driver_sql(statement)
                except DBAPIError as exc:
                    raise _refused(exc, owner, app_role) from exc
        return RoleSetup(tuple(shown), execute, app_role, owner)
    finally:
        register.close()


def _refused(exc: DBAPIError, owner: str, app_role: str) -> UserError:
    reason = (str(exc.orig).strip().splitlines() or [""])[0]
    if "permission denied to create role" in reason:
        return UserError(f"Rollen «{owner}» får inte skapa roller. Skapa «{app_role}» som "
                         f"databasserverns superanvändare (CREATE ROLE {app_role} LOGIN) och "
                         "kör kommandot igen; inget har ändrats.", field="--roll")
    return UserError(f"Databasservern avvisade rättigheterna: {reason}. Inget har ändrats.",
                     field="--roll")


def rebuild_search_index(url: str) -> int:
    """The search index of the register at `url` built anew (`kraftdesk db reindex`)."""
    register = open_register(url, create=False)
    try:
        return rebuild_index_of(register)
    finally:
        register.close()


def rebuild_index_of(register: Register) -> int:
    """The register's search index built anew in one transaction; the paragraphs indexed.

    Nothing else in the register changes, and the audit trail gets no entry: the index holds
    only what the paragraphs say. On PostgreSQL what only the administrator may do (a
    missing table or trigger, a trigger switched off by the owner) is said, not done.
    """
    with register.write() as session:
        try:
            return repair_index(session.connection())
        except IndexRepairError as refusal:
            raise RegisterError(_not_repairable(refusal)) from None


def _not_repairable(refusal: IndexRepairError) -> str:
    names = ", ".join(f"«{name}»" for name in refusal.names)
    if refusal.kind == "triggers":
        return (f"Sökindexets utlösare {names} är avstängda, och bara tabellernas ägare kan slå "
                "på dem. Kör kommandot som databasens administratör (ägaren). Inget har "
                "ändrats.")
    what = f"utlösarna {names}" if refusal.names else "sökindexets tabell eller funktioner"
    return (f"I registret saknas {what}, och det kan bara databasens administratör återställa "
            "(från en säkerhetskopia av databasen). Inget har ändrats.")
