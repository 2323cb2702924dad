"""Triggers that make the database itself refuse changes to facts, whoever sends the SQL.

The ORM hook in db.session refuses a changed or deleted fact for our own code; these
triggers refuse it for everyone else too: `session.execute(text(...))`, the `sqlite3`
module, psycopg, a database tool. What each table allows is `fact_rules()` (db.fact_rules,
which lists it); db.trigger_sql writes the triggers for each dialect.

A DELETE of a purgeable fact row passes only with a row in `fact_purge_permits`
(`services.retention.purge`, the one audited path); audit events are never purgeable.
On PostgreSQL a statement trigger also refuses TRUNCATE.

SQLite drops a table's triggers with the table, and an Alembic batch migration copies a
table and drops the old one: `install_fact_triggers` is idempotent and runs again after
every upgrade (db.migrate), and any migration that rebuilds a table calls it too.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

from bvmdesk.db.fact_rules import FactRule, Update, fact_rules, rule_of
from bvmdesk.db.trigger_sql import (
    PERMITS,
    PG_DELETE_GUARD,
    PG_REFUSE,
    PREFIX,
    names,
    pg_statements,
    sqlite_statements,
    trigger_names,
)

__all__ = ["PREFIX", "FactRule", "Update", "drop_fact_triggers", "fact_rules",
           "install_fact_triggers", "installed_fact_triggers", "missing_fact_triggers",
           "rule_of", "trigger_names"]

def _present_rules(connection: Connection) -> list[FactRule]:
    """The rules whose table exists (an older revision may lack a newer table)."""
    tables = set(inspect(connection).get_table_names())
    if PERMITS not in tables:
        raise RuntimeError(f"{PERMITS} is missing: migrate to revision 0006 or later first")
    return [rule for rule in fact_rules() if rule.table in tables]


def install_fact_triggers(connection: Connection) -> list[str]:
    """(Re)create every fact trigger on the tables that exist, inside the caller's
    transaction. Idempotent: ours are dropped first, so a changed rule replaces the old.

    Returns:
        The names of the triggers made.
    """
    drop_fact_triggers(connection)
    dialect = connection.dialect.name
    statements: list[str] = []
    made: list[str] = []
    rules = _present_rules(connection)
    if dialect == "postgresql":
        statements += [PG_REFUSE, PG_DELETE_GUARD]
    inspector = inspect(connection)
    for rule in rules:
        if dialect == "sqlite":
            columns = names(c["name"] for c in inspector.get_columns(rule.table))
            statements += sqlite_statements(rule, columns)
        elif dialect == "postgresql":
            statements += pg_statements(rule)
        else:  # pragma: no cover - only the two backends are supported
            raise RuntimeError(f"no fact triggers for {dialect}")
        made += trigger_names(rule, dialect)
    for statement in statements:
        connection.exec_driver_sql(statement)
    return made


def installed_fact_triggers(connection: Connection) -> set[str]:
    """The names of our triggers that exist in the database."""
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars()
    else:
        rows = connection.exec_driver_sql(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()").scalars()
    return {name for name in rows if name.startswith(PREFIX)}


def missing_fact_triggers(connection: Connection) -> list[str]:
    """The triggers that should exist and do not (dropped by hand or by a table rebuild)."""
    expected = {name for rule in _present_rules(connection)
                for name in trigger_names(rule, connection.dialect.name)}
    return sorted(expected - installed_fact_triggers(connection))


def drop_fact_triggers(connection: Connection) -> None:
    """Drop every trigger (and, on PostgreSQL, function) this module makes."""
    dialect = connection.dialect.name
    if dialect == "sqlite":
        for name in sorted(installed_fact_triggers(connection)):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        return
    rows = connection.exec_driver_sql(
        "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE NOT t.tgisinternal AND n.nspname = current_schema()").all()
    for name, table in sorted(rows):
        if name.startswith(PREFIX):
            connection.exec_driver_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    functions = connection.exec_driver_sql(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = current_schema()").scalars()
    for function in sorted(set(functions)):
        if function.startswith(PREFIX):
            connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}()")
