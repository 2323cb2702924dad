"""Triggers that make the database itself refuse changes to facts, whoever sends the SQL.

The ORM hook in db.session refuses a changed or deleted fact for our own code; these
triggers refuse it for everyone else too: `session.execute(text(...))`, the `sqlite3`
module, psycopg, a database tool. What each table allows is `fact_rules()`:

- facts (every `Fact` model, and `audit_events`): no UPDATE, no DELETE;
- a certificate: only its status columns (`Certificate.mutable_columns`) change;
- an assessment: free while it is a draft, locked once its status is final; its ratings
  are locked with it, and no rating is added to a final one;
- an attachment: never changed; a photo of a draft assessment (`owner_type` 'assessment')
  may be deleted (removed, or the draft discarded), and none is added to a final one;
- an absence reported in advance: only its tombstone (`deleted_at`, once, from NULL);
- a verzuim handover: who it is about and its window never change (the handed-over
  fields and the tombstone do: `AbsenceService.hand_over` and `undo_handover`).

A DELETE of a purgeable fact row passes only with a row in `fact_purge_permits`
(`services.retention.purge`, the one audited path); audit events are never purgeable.
On PostgreSQL a statement trigger also refuses TRUNCATE.

SQLite drops a table's triggers with the table, and an Alembic batch migration copies a
table and drops the old one: `install_fact_triggers` is idempotent and runs again after
every upgrade (db.migrate), and any migration that rebuilds a table calls it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Connection, inspect

from bvmdesk.db.base import Fact
from bvmdesk.db.models import (
    Assessment,
    Attachment,
    AuditEvent,
    Base,
    FactPurgePermit,
    PlannedAbsence,
    Rating,
    VerzuimHandover,
)

PREFIX = "bvm_fact_"
PERMITS = FactPurgePermit.__tablename__
# Stamped by every write; they may change wherever anything may change.
_STAMPS = frozenset({"updated_at", "updated_by", "hlc"})
# What AbsenceService.hand_over changes on an existing handover (and undo_handover's
# tombstone); who and which window never change.
HANDOVER_MUTABLE = frozenset({"window_end", "handed_over_on", "handed_over_by",
                              "handed_over_at", "note", "deleted_at"})
_NAME = re.compile(r"[a-z_][a-z0-9_]*")


class Update(StrEnum):
    """Which UPDATEs a table allows."""

    NEVER = "never"              # none
    COLUMNS = "columns"          # only of the columns in `mutable`
    TOMBSTONE = "tombstone"      # only setting deleted_at once, from NULL
    UNTIL_FINAL = "until_final"  # any while the row is not final; none after
    PARENT_FINAL = "parent_final"  # any while the parent row is not final; none after


@dataclass(frozen=True)
class Owner:
    """The row with a status that a row belongs to (an assessment, for its ratings and
    photos)."""

    column: str                            # the key of the owner in the row
    table: str                             # the owner's table (its model has final_status)
    kind: tuple[str, str] | None = None    # (column, value): only rows where that holds


@dataclass(frozen=True)
class FactRule:
    """What the database allows on one table."""

    table: str
    update: Update
    mutable: frozenset[str] = frozenset()
    final: tuple[str, str] | None = None   # UNTIL_FINAL: (status column, final value)
    parent: tuple[str, str] | None = None  # PARENT_FINAL: (foreign key column, parent table)
    purgeable: bool = True
    noun: str = "feit"
    # No INSERT while this owner is final.
    insert_owner: Owner | None = None
    # A DELETE passes (without a purge permit) while this owner is not final.
    draft_owner: Owner | None = None

    @property
    def insert_message(self) -> str:
        assert self.insert_owner is not None
        return (f"{self.noun} in {self.table} hoort bij een definitief record in "
                f"{self.insert_owner.table}; daar wordt niets aan toegevoegd")

    @property
    def update_message(self) -> str:
        if self.update is Update.COLUMNS:
            allowed = ", ".join(sorted(self.mutable - _STAMPS))
            return f"{self.noun} in {self.table} wordt nooit gewijzigd (behalve {allowed})"
        if self.update is Update.TOMBSTONE:
            return (f"{self.noun} in {self.table} wordt nooit gewijzigd, alleen eenmaal "
                    "ingetrokken (deleted_at)")
        if self.update is Update.UNTIL_FINAL:
            return (f"{self.noun} in {self.table} is definitief en wordt nooit gewijzigd of "
                    "verwijderd")
        if self.update is Update.PARENT_FINAL:
            assert self.parent is not None
            return (f"{self.noun} in {self.table} hoort bij een definitief record in "
                    f"{self.parent[1]} en wordt nooit gewijzigd of verwijderd")
        return f"{self.noun} in {self.table} wordt nooit gewijzigd of verwijderd"

    @property
    def delete_message(self) -> str:
        if self.update in (Update.UNTIL_FINAL, Update.PARENT_FINAL, Update.NEVER):
            return self.update_message
        return f"{self.noun} in {self.table} wordt nooit verwijderd"

    @property
    def truncate_message(self) -> str:
        return f"{self.noun} in {self.table} wordt nooit verwijderd (TRUNCATE)"


def fact_rules() -> tuple[FactRule, ...]:
    """The rule of every protected table: each `Fact` model, the two attendance tables
    that record what happened (absences reported in advance, handovers) and the audit
    trail."""
    models = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
    rules: list[FactRule] = []
    for table, model in sorted(models.items()):
        if not issubclass(model, Fact):
            continue
        if model is Rating:
            rules.append(FactRule(table, Update.PARENT_FINAL,
                                  parent=("assessment_id", "assessments"),
                                  insert_owner=Owner("assessment_id", "assessments")))
        elif model is Attachment:
            photo = Owner("owner_id", Assessment.__tablename__, ("owner_type", "assessment"))
            rules.append(FactRule(table, Update.NEVER, insert_owner=photo, draft_owner=photo))
        elif model.final_status is not None:
            rules.append(FactRule(table, Update.UNTIL_FINAL, final=("status", model.final_status)))
        elif model.mutable_columns:
            rules.append(FactRule(table, Update.COLUMNS, mutable=model.mutable_columns | _STAMPS))
        else:
            rules.append(FactRule(table, Update.NEVER))
    rules.append(FactRule(PlannedAbsence.__tablename__, Update.TOMBSTONE))
    rules.append(FactRule(VerzuimHandover.__tablename__, Update.COLUMNS,
                          mutable=HANDOVER_MUTABLE | _STAMPS))
    rules.append(FactRule(AuditEvent.__tablename__, Update.NEVER, purgeable=False,
                          noun="gebeurtenis"))
    return tuple(sorted(rules, key=lambda r: r.table))


def rule_of(table: str) -> FactRule | None:
    return next((r for r in fact_rules() if r.table == table), None)


def _names(names: Iterable[str]) -> list[str]:
    checked = sorted(names)
    for name in checked:
        if not _NAME.fullmatch(name):
            raise ValueError(f"unexpected identifier {name!r}")
    return checked


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def trigger_names(rule: FactRule, dialect: str) -> list[str]:
    """The triggers `install_fact_triggers` makes for `rule` on `dialect`."""
    names = [f"{PREFIX}{rule.table}_update", f"{PREFIX}{rule.table}_delete"]
    if dialect == "postgresql":
        names.append(f"{PREFIX}{rule.table}_truncate")
    if rule.insert_owner is not None:
        names.append(f"{PREFIX}{rule.table}_insert")
    return names


def _owner_final(owner: Owner, row: str, final: bool) -> str:
    """SQL (both dialects): `row` (NEW or OLD) belongs to an owner that is (or, `final`
    False, exists and is not) final."""
    value = _literal(_parent_final_value(owner.table))
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
    final = _parent_final_value(parent)
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
                            if c not in _STAMPS | {"deleted_at"})
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


def _sqlite_statements(rule: FactRule, columns: list[str]) -> list[str]:
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
_PG_REFUSE = f"""
CREATE OR REPLACE FUNCTION {PREFIX}refuse() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
END
$body$"""

_PG_DELETE_GUARD = f"""
CREATE OR REPLACE FUNCTION {PREFIX}delete_guard() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF EXISTS (SELECT 1 FROM {PERMITS} p
               WHERE p.table_name = TG_TABLE_NAME AND p.row_id = OLD.id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'restrict_violation';
END
$body$"""


def _parent_final_value(parent: str) -> str:
    model = next(m.class_ for m in Base.registry.mappers if m.class_.__tablename__ == parent)
    final = getattr(model, "final_status", None)
    if not isinstance(final, str):
        raise ValueError(f"{parent} has no final status")
    return final


def _pg_parent_guard(rule: FactRule) -> str:
    """A guard function of its own: PostgreSQL allows no subquery in a trigger's WHEN."""
    assert rule.parent is not None
    column, parent = rule.parent
    final = _literal(_parent_final_value(parent))
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
    keys = ",".join(_names(columns))
    return f"(to_jsonb({row}) - CAST('{{{keys}}}' AS text[]))"


def _pg_update_when(rule: FactRule) -> str | None:
    if rule.update is Update.NEVER:
        return None
    if rule.update is Update.COLUMNS:
        return f"{_pg_without('OLD', rule.mutable)} IS DISTINCT FROM " \
               f"{_pg_without('NEW', rule.mutable)}"
    if rule.update is Update.TOMBSTONE:
        free = _STAMPS | {"deleted_at"}
        return ("NOT (OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL AND "
                f"{_pg_without('OLD', free)} = {_pg_without('NEW', free)})")
    assert rule.final is not None
    return f"OLD.{rule.final[0]} = {_literal(rule.final[1])}"


def _pg_trigger(name: str, event: str, table: str, when: str | None, function: str,
                message: str, level: str = "ROW") -> str:
    condition = f" WHEN ({when})" if when else ""
    return (f"CREATE TRIGGER {name} BEFORE {event} ON {table} FOR EACH {level}{condition} "
            f"EXECUTE FUNCTION {function}({_literal(message)})")


def _pg_statements(rule: FactRule) -> list[str]:
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


# --- install, drop, inspect ----------------------------------------------------------------
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
        statements += [_PG_REFUSE, _PG_DELETE_GUARD]
    inspector = inspect(connection)
    for rule in rules:
        if dialect == "sqlite":
            columns = _names(c["name"] for c in inspector.get_columns(rule.table))
            statements += _sqlite_statements(rule, columns)
        elif dialect == "postgresql":
            statements += _pg_statements(rule)
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
