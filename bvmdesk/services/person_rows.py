"""Every row held about one participant, found from the foreign keys in `Base.metadata`.

Rows about the person: their `participants` row; every row whose foreign key points at a
row about the person, and so on (enrolments, marks, absences, certificates, and through
those assessments and their ratings, cards, sign-offs, hours and approval items); every
attachment whose `owner_id` is one of those rows (attachments have no foreign key to their
owner); and the fact rows those rows point at that are not yet in (the hours approval an
item names, the photo a sign-off names), with the rows that withdraw or supersede those.
A table added later with a foreign key to any of these is found without a change here.

Other rows they point at (group, lesson, module, form, task, company, praktijkopleider,
account, site) are context: only the columns that name them (`CONTEXT_COLUMNS`); a
praktijkopleider's e-mail, telephone and PIN and an account's password hash are theirs,
not the participant's. Audit events about any of the rows come along, so that the person
sees who changed what. Large binary columns (`DEFERRED`) are left out here and read one
row at a time when the zip is written.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from bvmdesk.db.base import Fact
from bvmdesk.db.models import Attachment, AuditEvent, Base, Participant

CHUNK = 500
AUDIT_CHUNK = 5000  # below the bind-parameter limits of SQLite (32766) and psycopg
PARTICIPANTS = Participant.__tablename__
ATTACHMENTS = Attachment.__tablename__
# Never about one person: the site itself, bookkeeping, and the audit trail (read apart).
NOT_PERSONAL = frozenset({"sites", "audit_events", "fact_purge_permits", "local_settings",
                          "number_sequences", "signing_keys"})
# Binary columns written as files of their own, not inline.
DEFERRED = frozenset({(ATTACHMENTS, "data"), ("certificates", "pdf")})
# What a context row shows: what names it, and the links to more context.
CONTEXT_COLUMNS = frozenset({
    "id", "code", "name", "number", "version", "description", "display_name", "username",
    "role", "date", "start_time", "end_time", "topic", "cancelled", "city", "sbb_id", "crebo",
    "level", "critical", "required", "kind", "planned_hours"})
CONTEXT_LINKS = frozenset({"module_id", "group_id", "company_id", "template_id",
                           "work_process_id", "programme_id", "location_id"})
_EVENTS: Table = AuditEvent.__table__  # type: ignore[assignment]


@dataclass
class PersonRows:
    """What `collect` found: rows by table and id, context rows, audit events."""

    participant_id: uuid.UUID
    rows: dict[str, dict[uuid.UUID, dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(dict))
    context: dict[str, dict[uuid.UUID, dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(dict))
    audit: list[dict[str, Any]] = field(default_factory=list)

    @property
    def count(self) -> int:
        """How many rows about the person (audit events and context not counted)."""
        return sum(len(rows) for rows in self.rows.values())

    def of(self, table: str) -> list[dict[str, Any]]:
        """The rows of `table`, oldest first (then by id: the same order every time)."""
        return sorted(self.rows.get(table, {}).values(),
                      key=lambda r: (str(r.get("created_at") or ""), str(r["id"])))

    def ids(self) -> set[uuid.UUID]:
        return {row_id for rows in self.rows.values() for row_id in rows}


@dataclass(frozen=True)
class Edge:
    """A foreign key: `table.column` refers to a row of `target`."""

    table: Table
    column: Column[Any]
    target: str


@cache
def _tables() -> dict[str, Table]:
    return {name: table for name, table in Base.metadata.tables.items()
            if name not in NOT_PERSONAL}


@cache
def edges() -> tuple[Edge, ...]:
    """Every foreign key between tables that can hold rows about a person."""
    found = []
    for table in _tables().values():
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            target = fk.column.table.name
            if target not in NOT_PERSONAL:
                found.append(Edge(table, fk.parent, target))
    return tuple(found)


@cache
def fact_table_names() -> frozenset[str]:
    return frozenset(mapper.local_table.name for mapper in Base.registry.mappers
                     if issubclass(mapper.class_, Fact) and isinstance(mapper.local_table,
                                                                       Table))


def referring_tables() -> dict[str, list[str]]:
    """Table -> the tables with a foreign key to it (for the tests and the LEESMIJ)."""
    found: dict[str, list[str]] = defaultdict(list)
    for edge in edges():
        if edge.table.name not in found[edge.target]:
            found[edge.target].append(edge.table.name)
    return dict(found)


def loaded_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if (table.name, c.name) not in DEFERRED]


def _chunks(ids: Iterable[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    ordered = sorted(set(ids), key=str)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start:start + CHUNK]


def _select_where(s: Session, table: Table, column: Column[Any],
                  ids: Iterable[uuid.UUID]) -> Iterator[dict[str, Any]]:
    columns = loaded_columns(table)
    for chunk in _chunks(ids):
        yield from _dicts(s, select(*columns).where(column.in_(chunk)))


def _dicts(s: Session, stmt: Any) -> Iterator[dict[str, Any]]:
    """The rows of `stmt` as dicts (the keys read once: `row._mapping` per row is slow)."""
    result = s.execute(stmt)
    keys = list(result.keys())
    for row in result:
        yield dict(zip(keys, row, strict=True))


def collect(s: Session, participant_id: uuid.UUID) -> PersonRows:
    """Everything held about the participant (see the module docstring), in session `s`."""
    found = PersonRows(participant_id)
    tables = _tables()
    participants = tables[PARTICIPANTS]
    start = list(_select_where(s, participants, participants.c.id, [participant_id]))
    pending: dict[str, set[uuid.UUID]] = defaultdict(set)
    _add(found, pending, PARTICIPANTS, start)
    _closure(s, found, pending, backward=True)
    _forward_facts(s, found)
    _context(s, found)
    found.audit = _audit(s, found)
    return found


def _add(found: PersonRows, pending: dict[str, set[uuid.UUID]], table: str,
         rows: Iterable[dict[str, Any]]) -> None:
    held = found.rows[table]
    for row in rows:
        if row["id"] not in held:
            held[row["id"]] = row
            pending[table].add(row["id"])


def _closure(s: Session, found: PersonRows, pending: dict[str, set[uuid.UUID]], *,
             backward: bool, only_self: bool = False) -> None:
    """Follow foreign keys back to the rows found (`only_self`: within one table: the
    withdrawals and corrections of a row) and attachments they own, until nothing is new."""
    attachments = _tables()[ATTACHMENTS]
    while pending:
        table, ids = pending.popitem()
        if not ids:
            continue
        for edge in edges():
            if edge.target != table or (only_self and edge.table.name != table):
                continue
            _add(found, pending, edge.table.name, _select_where(s, edge.table, edge.column,
                                                                ids))
        if backward and table != ATTACHMENTS:
            _add(found, pending, ATTACHMENTS,
                 _select_where(s, attachments, attachments.c.owner_id, ids))


def _forward_facts(s: Session, found: PersonRows) -> None:
    """Add the fact rows that rows about the person point at (an approval, a photo)."""
    facts = fact_table_names()
    tables = _tables()
    while True:
        wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
        for edge in edges():
            if edge.target not in facts or edge.target == edge.table.name:
                continue
            held = found.rows.get(edge.target, {})
            for row in found.rows.get(edge.table.name, {}).values():
                value = row.get(edge.column.name)
                if value is not None and value not in held:
                    wanted[edge.target].add(value)
        if not any(wanted.values()):
            return
        pending: dict[str, set[uuid.UUID]] = defaultdict(set)
        for name, ids in wanted.items():
            table = tables[name]
            _add(found, pending, name, _select_where(s, table, table.c.id, ids))
        _closure(s, found, pending, backward=False, only_self=True)


def _context(s: Session, found: PersonRows) -> None:
    """The rows that rows about the person point at, with only what names them."""
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for edge in edges():
        if edge.target == PARTICIPANTS:
            continue
        held = found.rows.get(edge.target, {})
        for row in found.rows.get(edge.table.name, {}).values():
            value = row.get(edge.column.name)
            if value is not None and value not in held:
                wanted[edge.target].add(value)
    for row in found.rows.get(PARTICIPANTS, {}).values():  # the location of groups etc.
        if row.get("site_id") is not None:
            wanted["sites"].add(row["site_id"])
    everything = Base.metadata.tables
    while any(wanted.values()):
        more: dict[str, set[uuid.UUID]] = defaultdict(set)
        for name, ids in wanted.items():
            table = everything[name]
            shown = [c for c in table.columns if c.name in CONTEXT_COLUMNS | CONTEXT_LINKS]
            links = [c for c in table.columns if c.name in CONTEXT_LINKS]
            for chunk in _chunks(ids - found.context[name].keys()):
                for item in _dicts(s, select(*shown).where(table.c.id.in_(chunk))):
                    found.context[name][item["id"]] = item
                    for link in links:
                        value = item.get(link.name)
                        for fk in link.foreign_keys:
                            target = fk.column.table.name
                            if (value is not None and target != PARTICIPANTS
                                    and value not in found.context[target]):
                                more[target].add(value)
        wanted = more


def _audit(s: Session, found: PersonRows) -> list[dict[str, Any]]:
    """The audit events about any row about the person, in chain order.

    The events have no index on their entity: each query scans them once, inside the
    database, so the ids go in large chunks (one scan for most people).
    """
    wanted = {(table, str(row_id)) for table, rows in found.rows.items() for row_id in rows}
    ids = sorted({entity_id for _, entity_id in wanted})
    events = _EVENTS.c
    result: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), AUDIT_CHUNK):
        chunk = ids[start:start + AUDIT_CHUNK]
        for event in _dicts(s, select(_EVENTS).where(events.entity_id.in_(chunk))):
            if (event["entity_type"], event["entity_id"]) in wanted:
                result[event["sequence"]] = event
    return [result[sequence] for sequence in sorted(result)]
