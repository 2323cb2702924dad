"""The fact triggers of db.triggers as SQL: one trigger per event and protected table
(the rules in db.fact_rules), for SQLite (RAISE in a WHEN) and PostgreSQL (plpgsql guard
functions; PostgreSQL allows no subquery in a trigger's WHEN, and refuses TRUNCATE too)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bvmdesk.db.fact_rules import STAMPS, FactRule, Owner, Update, parent_final_value
from bvmdesk.db.models import FactPurgePermit

PREFIX = "bvm_fact_"
PERMITS = FactPurgePermit.__tablename__
_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def names(given: Iterable[str]) -> list[str]:
    """Sorted identifiers, each checked to be a plain lowercase SQL name."""
    checked = sorted(given)
    for name in checked:
        if not _NAME.fullmatch(name):
            raise ValueError(f"unexpected identifier {name!r}")
    return checked


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def trigger_names(rule: FactRule, dialect: str) -> list[str]:
    """The triggers `install_fact_triggers` makes for `rule` on `dialect`."""
    made = [f"{PREFIX}{rule.table}_update", f"{PREFIX}{rule.table}_delete"]
    if dialect == "postgresql":
        made.append(f"{PREFIX}{rule.table}_truncate")
    if rule.insert_owner is not None:
        made.append(f"{PREFIX}{rule.table}_insert")
    return made


def _owner_final(owner: Owner, row: str, final: bool) -> str:
    """SQL (both dialects): `row` (NEW or OLD) belongs to an owner that is (or, `final`
    False, exists and is not) final."""
    value = _literal(parent_final_value(owner.table))
    status = f"status = {value}" if final else f"status <> {value}"
    condition = (f"EXISTS (SELECT 1 FROM {owner.table} WHERE id = {row}.{owner.column} "
                 f"AND {status})")
    if owner.kind is not None:
        condition = f"{row}.{owner.kind[0]} = {_literal(owner.kind[1])} AND {condition}"
    return f"({condition})"


# --- SQLite --------------------------------------------------------------------------------
def _sqlite_permit(table: str) -> str:
    return (f"NOT EXISTS (SELECT 1 FROM {PERMITS} WHERE table_name = {_literal(table)} "
            "AND row_id = OLD.id)")


def _sqlite_parent_final(rule: FactRule, rows: str) -> str:
    assert rule.parent is not None
    column, parent = rule.parent
    final = parent_final_value(parent)
    keys = ", ".join(f"{row}.{column}" for row in rows.split(","))
    return (f"EXISTS (SELECT 1 FROM {parent} WHERE id IN ({keys}) "
            f"AND status = {_literal(final)})")


def _sqlite_update_when(rule: FactRule, columns: list[str]) -> str | None:
    if rule.update is Update.NEVER:
        return None
    if rule.update is Update.COLUMNS:
        fixed = [c for c in columns if c not in rule.mutable]
        return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in fixed) or None
    if rule.update is Update.TOMBSTONE:
        same = " AND ".join(f"OLD.{c} IS NEW.{c}" for c in columns
                            if c not in STAMPS | {"deleted_at"})
        return f"NOT (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL AND {same})"
    if rule.update is Update.UNTIL_FINAL:
        assert rule.final is not None
        return f"OLD.{rule.final[0]} = {_literal(rule.final[1])}"
    return _sqlite_parent_final(rule, "OLD,NEW")


def _sqlite_delete_when(rule: FactRule) -> str | None:
    if not rule.purgeable:
        return None
    permit = _sqlite_permit(rule.table)
    if rule.update is Update.UNTIL_FINAL:
        assert rule.final is not None
        return f"OLD.{rule.final[0]} = {_literal(rule.final[1])} AND {permit}"
    if rule.update is Update.PARENT_FINAL:
        return f"{_sqlite_parent_final(rule, 'OLD')} AND {permit}"
    if rule.draft_owner is not None:
        return f"{permit} AND NOT {_owner_final(rule.draft_owner, 'OLD', final=False)}"
    return permit


def _sqlite_trigger(name: str, event: str, table: str, when: str | None, message: str) -> str:
    condition = f" WHEN {when}" if when else ""
    return (f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH ROW{condition} "
            f"BEGIN SELECT RAISE(ABORT, {_literal(message)}); END")


def sqlite_statements(rule: FactRule, columns: list[str]) -> list[str]:
    update, delete = trigger_names(rule, "sqlite")[:2]
    statements = [
        _sqlite_trigger(update, "UPDATE", rule.table, _sqlite_update_when(rule, columns),
                        rule.update_message),
        _sqlite_trigger(delete, "DELETE", rule.table, _sqlite_delete_when(rule),
                        rule.delete_message),
    ]
    if rule.insert_owner is not None:
        statements.append(_sqlite_trigger(
            f"{PREFIX}{rule.table}_insert", "INSERT", rule.table,
            _owner_final(rule.insert_owner, "NEW", final=True), rule.insert_message))
    return statements


# --- PostgreSQL ----------------------------------------------------------------------------
PG_REFUSE = f"""
CREATE OR REPLACE FUNCTION {PREFIX}refuse() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
END
$body$"""

PG_DELETE_GUARD = f"""
CREATE OR REPLACE FUNCTION {PREFIX}delete_guard() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF EXISTS (SELECT 1 FROM {PERMITS} p
               WHERE p.table_name = TG_TABLE_NAME AND p.row_id = OLD.id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
END
$body$"""


def _pg_parent_guard(rule: FactRule) -> str:
    """A guard function of its own: PostgreSQL allows no subquery in a trigger's WHEN."""
    assert rule.parent is not None
    column, parent = rule.parent
    final = _literal(parent_final_value(parent))
    return f"""
CREATE OR REPLACE FUNCTION {PREFIX}{rule.table}_guard() RETURNS trigger LANGUAGE plpgsql
AS $body$
DECLARE
    parent_ids uuid[] := ARRAY[OLD.{column}];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        parent_ids := parent_ids || NEW.{column};
    END IF;
    IF EXISTS (SELECT 1 FROM {parent} a WHERE a.id = ANY (parent_ids) AND a.status = {final})
       AND (TG_OP = 'UPDATE' OR NOT EXISTS (
            SELECT 1 FROM {PERMITS} p WHERE p.table_name = TG_TABLE_NAME AND p.row_id = OLD.id))
    THEN
        RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$body$"""


def _pg_insert_guard(rule: FactRule) -> str:
    assert rule.insert_owner is not None
    return f"""
CREATE OR REPLACE FUNCTION {PREFIX}{rule.table}_insert_guard() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    IF {_owner_final(rule.insert_owner, "NEW", final=True)} THEN
        RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$body$"""


def _pg_draft_delete_guard(rule: FactRule) -> str:
    """A purge permit, or an owner that is still a draft, lets a DELETE pass."""
    assert rule.draft_owner is not None
    return f"""
CREATE OR REPLACE FUNCTION {PREFIX}{rule.table}_delete_guard() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    IF EXISTS (SELECT 1 FROM {PERMITS} p
               WHERE p.table_name = TG_TABLE_NAME AND p.row_id = OLD.id)
       OR {_owner_final(rule.draft_owner, "OLD", final=False)} THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
END
$body$"""


def _pg_without(row: str, columns: Iterable[str]) -> str:
    keys = ",".join(names(columns))
    return f"(to_jsonb({row}) - CAST('{{{keys}}}' AS text[]))"


def _pg_update_when(rule: FactRule) -> str | None:
    if rule.update is Update.NEVER:
        return None
    if rule.update is Update.COLUMNS:
        return f"{_pg_without('OLD', rule.mutable)} IS DISTINCT FROM " \
               f"{_pg_without('NEW', rule.mutable)}"
    if rule.update is Update.TOMBSTONE:
        free = STAMPS | {"deleted_at"}
        return ("NOT (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL AND "
                f"{_pg_without('OLD', free)} = {_pg_without('NEW', free)})")
    assert rule.final is not None
    return f"OLD.{rule.final[0]} = {_literal(rule.final[1])}"


def _pg_trigger(name: str, event: str, table: str, when: str | None, function: str,
                message: str, level: str = "ROW") -> str:
    condition = f" WHEN ({when})" if when else ""
    return (f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH {level}{condition} "
            f"EXECUTE FUNCTION {function}({_literal(message)})")


def pg_statements(rule: FactRule) -> list[str]:
    update, delete, truncate = trigger_names(rule, "postgresql")[:3]
    statements: list[str] = []
    if rule.update is Update.PARENT_FINAL:
        statements.append(_pg_parent_guard(rule))
        guard = f"{PREFIX}{rule.table}_guard"
        statements += [_pg_trigger(update, "UPDATE", rule.table, None, guard,
                                   rule.update_message),
                       _pg_trigger(delete, "DELETE", rule.table, None, guard,
                                   rule.delete_message)]
    else:
        statements.append(_pg_trigger(update, "UPDATE", rule.table, _pg_update_when(rule),
                                      f"{PREFIX}refuse", rule.update_message))
        delete_when = None
        if rule.update is Update.UNTIL_FINAL:
            assert rule.final is not None
            delete_when = f"OLD.{rule.final[0]} = {_literal(rule.final[1])}"
        function = f"{PREFIX}delete_guard" if rule.purgeable else f"{PREFIX}refuse"
        if rule.draft_owner is not None:
            statements.append(_pg_draft_delete_guard(rule))
            function = f"{PREFIX}{rule.table}_delete_guard"
        statements.append(_pg_trigger(delete, "DELETE", rule.table, delete_when, function,
                                      rule.delete_message))
    if rule.insert_owner is not None:
        statements.append(_pg_insert_guard(rule))
        statements.append(_pg_trigger(f"{PREFIX}{rule.table}_insert", "INSERT", rule.table,
                                      None, f"{PREFIX}{rule.table}_insert_guard",
                                      rule.insert_message))
    statements.append(_pg_trigger(truncate, "TRUNCATE", rule.table, None, f"{PREFIX}refuse",
                                  rule.truncate_message, level="STATEMENT"))
    return statements
