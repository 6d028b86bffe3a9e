# SPDX-License-Identifier: EUPL-1.2
"""Whether the database's locks on justerade minutes are all in place and in force.

The locks are triggers: the row triggers of migration 0002 (justerade minutes, omedelbart
justerade paragraphs, their files, the seals and the audit trail), of 0100_i17_marks (the
marks for the public version), of 0100_i14_legal (who justerade what, further diarienummer,
confirmed checker warnings) and of 0100_i15_before_after (the lists of anmälningsärenden and
delegationsbeslut), and, on PostgreSQL, the TRUNCATE guards of 0100_i18, 0100_i14_legal and
0100_i15_before_after.
Whoever owns the tables can drop a trigger or switch it off (ALTER TABLE … DISABLE TRIGGER
ALL; a superuser can also set session_replication_role to replica, under which ordinary
triggers do not fire), and then write to justerade minutes without an error.
kraftdesk.services.verify reports each lock that is missing or not in force
(guard_problems).

The expected triggers are read from the migrations that create them, so this list cannot
drift from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from kraftdesk.register.scripts import migration_module

LOCKING_REVISION = "0002"
MARKS_REVISION = "0100_i17_marks"
TRUNCATE_REVISION = "0100_i18_shared_register"
BEFORE_AFTER_REVISION = "0100_i15_before_after"
SIGNING_REVISION = "0100_i16_signatures"
LEGAL_REVISION = "0100_i14_legal"


@dataclass(frozen=True)
class GuardProblem:
    """A lock that is not in force: kind "missing", "disabled" or "replica"."""

    kind: str
    table: str = ""
    triggers: tuple[str, ...] = ()



def expected_triggers(dialect: str) -> dict[str, str]:
    """Every locking trigger this schema has: name -> table."""
    found = {name: table for name, table, *_rest in migration_module(LOCKING_REVISION).rules()}
    found |= {name: "mark" for name, *_rest in migration_module(MARKS_REVISION)._rules()}
    found |= {name: "reported_item"
              for name, *_rest in migration_module(BEFORE_AFTER_REVISION)._lock_rules()}
    found |= {name: table for name, table, *_rest in migration_module(LEGAL_REVISION).new_rules()}
    found |= {name: table for name, table, *_rest in migration_module(SIGNING_REVISION).rules()}
    if dialect == "postgresql":
        for revision in (TRUNCATE_REVISION, LEGAL_REVISION, BEFORE_AFTER_REVISION):
            found |= {f"truncate_guard_{guard.table}": guard.table
                      for guard in migration_module(revision).guards()}
        found |= {f"truncate_guard_{table}": table
                  for table in migration_module(SIGNING_REVISION).TRUNCATE_GUARDED}
    return found


def trigger_states(connection: Connection) -> dict[str, str]:
    """Every trigger of the register by name, with PostgreSQL's state of it ("O" or "A":
    in force; "D": switched off; "R": only for replicas); on SQLite a trigger there is in
    force ("O")."""
    if connection.dialect.name == "postgresql":
        return dict(connection.execute(text(
            "SELECT t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal")).all())
    return dict.fromkeys(connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars(), "O")


def guard_problems(connection: Connection) -> list[GuardProblem]:
    """The locks that are missing or switched off, one problem per table (and per kind)."""
    dialect = connection.dialect.name
    expected = expected_triggers(dialect)
    present = trigger_states(connection)
    missing: dict[str, list[str]] = {}
    disabled: dict[str, list[str]] = {}
    for name, table in sorted(expected.items()):
        state = present.get(name)
        if state is None:
            missing.setdefault(table, []).append(name)
        elif state not in ("O", "A"):  # "D": disabled; "R": fires only for replicas
            disabled.setdefault(table, []).append(name)
    problems = [GuardProblem("missing", table, tuple(names))
                for table, names in sorted(missing.items())]
    problems += [GuardProblem("disabled", table, tuple(names))
                 for table, names in sorted(disabled.items())]
    if dialect == "postgresql" and connection.execute(
            text("SELECT current_setting('session_replication_role')")).scalar() == "replica":
        problems.append(GuardProblem("replica"))
    return problems


def missing_schema(conn: Connection) -> list[str]:
    """What of the register's tables and columns is gone from the database (dropped outside
    kraftdesk), as "tabellen «x»" and "kolumnen «y» i tabellen «x»"; [] when all is there."""
    from sqlalchemy import inspect

    import kraftdesk.register.models  # noqa: F401 - every table in the metadata
    from kraftdesk.register.base import Base

    inspector = inspect(conn)
    present = set(inspector.get_table_names())
    missing: list[str] = []
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            missing.append(f"tabellen «{table.name}»")
            continue
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        missing += [f"kolumnen «{column.name}» i tabellen «{table.name}»"
                    for column in table.c if column.name not in columns]
    return missing
