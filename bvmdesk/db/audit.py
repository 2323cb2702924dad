"""The hash-chained audit trail at the data layer: row digests, the chain's tail, bulk links.

Every changed row gets its own event (DESIGN.md "Reliability rules"). One `Chain` per write
transaction reads the tail once (under a lock on PostgreSQL), links events in memory and
writes them with explicit sequence numbers, so that ORM writes, imports and the demo share
one path and the head (sequence, hash) is known without reading it back.

A fact row's event carries the digest of the row's content (`row_digest`): `bvmdesk check`
recomputes it from the stored row, so a fact edited with the triggers dropped shows.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, Table, insert, select, text
from sqlalchemy.orm import Session

from bvmdesk.db.base import Fact
from bvmdesk.db.head import ChainHead
from bvmdesk.db.models import AuditEvent, Base

GENESIS = "0" * 64
# Columns that change with every touch of a row and say nothing about its content.
VOLATILE = frozenset({"updated_at", "updated_by", "hlc"})
# Descriptive tables whose rows are facts too: only a tombstone may be set on them.
FACT_LIKE = frozenset({"planned_absences", "verzuim_handovers"})
_CHAIN_LOCK = 0x42564D41  # "BVMA": the advisory lock that serialises appends (PostgreSQL)
_INFO_KEY = "bvm_audit_chain"
_EVENTS: Table = AuditEvent.__table__  # type: ignore[assignment]
_EVENT_KEYS = ("sequence", "at", "actor", "action", "entity_type", "entity_id",
               "digest_before", "digest_after", "detail", "previous_hash", "hash")


def fact_tables() -> list[Table]:
    """The tables whose rows are facts: their content is checked against the chain."""
    found: list[Table] = []
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if isinstance(table, Table) and (issubclass(mapper.class_, Fact)
                                         or table.name in FACT_LIKE):
            found.append(table)
    return sorted(found, key=lambda t: t.name)


def digest(data: Mapping[str, Any] | None) -> str | None:
    """A stable SHA-256 of a record's content as a service describes it (None: no record)."""
    if data is None:
        return None
    blob = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _canon(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def content_columns(table: Table) -> tuple[str, ...]:
    """The columns a row digest covers, in a fixed order."""
    return tuple(sorted(c.name for c in table.columns if c.name not in VOLATILE))


class _Memo(dict[Any, str]):
    """`_canon` of one column's values, remembered: dates, times, moments, statuses and
    names repeat (every mark of a lesson shares them), and a hit costs no Python call."""

    def __missing__(self, value: Any) -> str:
        found = _canon(value)
        if len(self) < 100_000:
            self[value] = found
        return found


def _converter(column_type: Any) -> Any:
    """A fast `_canon` for the values of one column. The uuid one assumes a UUID; any other
    value makes it fail, and the row is then digested the general way (append_rows)."""
    try:
        python = column_type.python_type
    except NotImplementedError:
        python = None
    if python is uuid.UUID:
        return attrgetter("hex")
    return _Memo().__getitem__


_PLANS: dict[tuple[str, tuple[str, ...]], list[tuple[str, int, Any]]] = {}


def _digest_plan(table: Table, keys: Sequence[str]) -> list[tuple[str, int, Any]]:
    """(prefix, position, converter) for each content column among `keys`, in digest order."""
    key = (table.name, tuple(keys))
    plan = _PLANS.get(key)
    if plan is None:
        index = {k: i for i, k in enumerate(keys)}
        plan = [(f"{name}\x1e", index[name], _converter(table.c[name].type))
                for name in content_columns(table) if name in index]
        _PLANS[key] = plan
    return plan


def row_digest(values: Mapping[Any, Any], columns: Sequence[str]) -> str:
    """SHA-256 of a row's content: the non-NULL values of `columns` (so that a column
    added later, NULL in old rows, leaves their digests as they were)."""
    parts = [f"{name}\x1e{_canon(values[name])}" for name in columns
             if values.get(name) is not None]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def link_hash(previous: str, at: datetime, actor: str, action: str, entity_type: str,
              entity_id: str | None, before: str | None, after: str | None,
              detail: str | None) -> str:
    fields = [previous, at.isoformat(), actor, action, entity_type, entity_id or "",
              before or "", after or "", detail or ""]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


class Chain:
    """The chain's tail inside one write transaction; appends link in memory."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._tail: ChainHead | None = None
        self._pending: list[tuple[Any, ...]] = []
        self.appended = 0

    @classmethod
    def of(cls, session: Session) -> Chain:
        """The chain of `session`'s current transaction (made on first use)."""
        transaction = session.get_transaction()
        found = session.info.get(_INFO_KEY)
        if found is not None and found[0] is transaction:
            chain: Chain = found[1]
            return chain
        chain = cls(session.connection())
        session.info[_INFO_KEY] = (transaction, chain)
        return chain

    @staticmethod
    def current(session: Session) -> Chain | None:
        found = session.info.get(_INFO_KEY)
        if found is not None and found[0] is session.get_transaction():
            chain: Chain = found[1]
            return chain
        return None

    def tail(self) -> ChainHead:
        if self._tail is None:
            if self._connection.dialect.name == "postgresql":
                # Writers on a shared server would otherwise both link to the same last
                # event and fork the chain; on SQLite, BEGIN IMMEDIATE serialises writers.
                self._connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                         {"key": _CHAIN_LOCK})
            row = self._connection.execute(
                select(AuditEvent.sequence, AuditEvent.hash)
                .order_by(AuditEvent.sequence.desc()).limit(1)).first()
            self._tail = ChainHead(int(row[0]), str(row[1])) if row else ChainHead(0, GENESIS)
        return self._tail

    @property
    def head(self) -> ChainHead | None:
        """The last event appended in this transaction (None: nothing appended)."""
        return self._tail if self.appended else None

    def append(self, at: datetime, actor: str, action: str, entity_type: str,
               entity_id: str | None, before: str | None, after: str | None,
               detail: str | None) -> None:
        """Link one event; it is written at the next `flush` (at the latest at commit)."""
        tail = self.tail()
        link = link_hash(tail.hash, at, actor, action, entity_type, entity_id, before, after,
                         detail)
        sequence = tail.sequence + 1
        self._pending.append((sequence, at, actor, action, entity_type, entity_id, before,
                              after, detail, tail.hash, link))
        self._tail = ChainHead(sequence, link)
        self.appended += 1
        if len(self._pending) >= 20_000:
            self.flush()

    def append_rows(self, at: datetime, actor: str, action: str, table: Table,
                    keys: Sequence[str], rows: Iterable[Sequence[Any]],
                    detail: str | None = None) -> None:
        """One event per inserted or updated row (tuples in `keys` order, `id` among them).

        The digest is `row_digest` of each row, computed here in one pass per row for speed
        (an import writes hundreds of thousands of rows; a test keeps the two equal).
        """
        plan = _digest_plan(table, keys)
        index = {k: i for i, k in enumerate(keys)}
        id_at = index.get("id")
        entity_type = table.name
        tail = self.tail()
        previous, sequence = tail.hash, tail.sequence
        pending = self._pending
        sha = hashlib.sha256
        head = "\x1f".join([at.isoformat(), actor, action, entity_type])
        end = f"\x1f{detail or ''}"
        columns = [name for name in content_columns(table) if name in index]
        for row in rows:
            try:
                after = sha("\x1f".join([
                    prefix + convert(value) for prefix, position, convert in plan
                    if (value := row[position]) is not None]).encode()).hexdigest()
            except (AttributeError, TypeError):  # a value of another type than usual
                after = row_digest(dict(zip(keys, row, strict=True)), columns)
            entity_id = str(row[id_at]) if id_at is not None else ""
            link = sha(f"{previous}\x1f{head}\x1f{entity_id}\x1f\x1f{after}{end}"
                       .encode()).hexdigest()
            sequence += 1
            pending.append((sequence, at, actor, action, entity_type, entity_id or None, None,
                            after, detail, previous, link))
            previous = link
        self.appended += sequence - tail.sequence
        self._tail = ChainHead(sequence, previous)
        if len(pending) >= 20_000:
            self.flush()

    def flush(self) -> None:
        """Write the linked events that are not in the database yet."""
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        connection = self._connection
        if connection.dialect.name == "sqlite":
            # Only the moment needs the dialect's conversion; it repeats, so convert once.
            process = _EVENTS.c.at.type.dialect_impl(connection.dialect).bind_processor(
                connection.dialect)
            done: dict[datetime, Any] = {}
            values = []
            for row in rows:
                moment = row[1]
                converted = done.get(moment)
                if converted is None:
                    converted = done[moment] = process(moment) if process else moment
                values.append((row[0], converted, *row[2:]))
            quote = connection.dialect.identifier_preparer.quote
            connection.exec_driver_sql(
                f"INSERT INTO {quote(_EVENTS.name)} ({', '.join(quote(k) for k in _EVENT_KEYS)})"
                f" VALUES ({', '.join('?' for _ in _EVENT_KEYS)})", values)
        else:
            connection.execute(insert(_EVENTS), [dict(zip(_EVENT_KEYS, row, strict=True))
                                                 for row in rows])


def chain_head(connection: Connection) -> ChainHead | None:
    """The last event in the database (None: no events)."""
    row = connection.execute(select(AuditEvent.sequence, AuditEvent.hash)
                             .order_by(AuditEvent.sequence.desc()).limit(1)).first()
    return ChainHead(int(row[0]), str(row[1])) if row else None
