"""Bulk inserts inside the caller's transaction, with a lean path for SQLite."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import datetime
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, Time, Uuid, bindparam, insert, update
from sqlalchemy.exc import DBAPIError

from bvmdesk.db.audit import Chain
from bvmdesk.services.demo.rows import ACTOR, Row

CHUNK = 20_000
# Random UUID keys touch pages all over every index; SQLite's default 2 MB page cache
# then spills to the WAL again and again. 256 MB for the bulk write only.
SQLITE_CACHE_KIB = 262_144
_Processor = Callable[[Any], Any]
_PROBE = uuid.UUID(int=0x0123456789ABCDEF0123456789ABCDEF)
_HEX: _Processor = attrgetter("hex")
_Plan = tuple[str, Callable[[Row], tuple[Any, ...]], list[tuple[int, _Processor]]]


def _memoised(process: _Processor) -> _Processor:
    """Dates and times repeat a lot (every mark of a lesson shares them): convert each once."""
    done: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        try:
            return done[value]
        except KeyError:
            result = done[value] = process(value)
            return result

    return run


class BulkInserter:
    """Inserts lists of row dicts in chunks (bounded memory).

    On SQLite, SQLAlchemy's per-row parameter handling costs more than SQLite itself, so
    values go through the dialect's own bind processors (the stored text is exactly what
    Core would write) and straight to the driver's executemany. Other databases get a
    plain Core executemany.
    """

    def __init__(self, conn: Connection, chain: Chain, at: datetime,
                 actor: str = ACTOR) -> None:
        self._conn = conn
        self._chain = chain  # every row gets its own audit event (one write path)
        self._at = at
        self._actor = actor
        self._sqlite = conn.dialect.name == "sqlite"
        self._plans: dict[tuple[str, tuple[str, ...]], _Plan] = {}
        self._cache_size: int | None = None

    def __enter__(self) -> BulkInserter:
        if self._sqlite:
            self._cache_size = self._conn.exec_driver_sql("PRAGMA cache_size").scalar()
            self._conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._cache_size is not None:
            # On a broken connection the caller's own error is the one to see, not this one.
            with suppress(DBAPIError):
                self._conn.exec_driver_sql(f"PRAGMA cache_size={int(self._cache_size)}")

    def insert(self, model: Any, rows: Iterable[Row]) -> int:
        """Insert `rows` (dicts with the same keys) into `model`'s table; returns the count."""
        table: Table = model.__table__
        count = 0
        chunk: list[Row] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= CHUNK:
                count += self._flush(table, chunk)
                chunk = []
        if chunk:
            count += self._flush(table, chunk)
        return count

    def update(self, model: Any, rows: list[Row], columns: tuple[str, ...]) -> int:
        """Set `columns` of rows inserted before (by `id`) to their values in `rows`.

        `rows` are whole rows as they are after the update: each gets an audit event with
        the digest of the whole row (a draft made final, say, which the triggers allow
        where they refuse an insert of a final one with its ratings after it).
        """
        if not rows:
            return 0
        table: Table = model.__table__
        self._conn.execute(
            update(table).where(table.c.id == bindparam("row_id"))
            .values({c: bindparam(f"new_{c}") for c in columns}),
            [{"row_id": row["id"]} | {f"new_{c}": row[c] for c in columns} for row in rows])
        keys = tuple(rows[0])
        self._chain.append_rows(self._at, self._actor, "demo.update", table, keys,
                                [tuple(row[k] for k in keys) for row in rows])
        return len(rows)

    def _flush(self, table: Table, rows: list[Row]) -> int:
        keys = tuple(rows[0])
        if not self._sqlite:
            self._conn.execute(insert(table), rows)
            self._chain.append_rows(self._at, self._actor, "demo.insert", table, keys,
                                    [tuple(row.values()) for row in rows])
            return len(rows)
        sql, getter, processors = self._plan(table, keys)
        raw = [getter(row) for row in rows]
        self._chain.append_rows(self._at, self._actor, "demo.insert", table, keys, raw)
        values = []
        for row in raw:
            items = list(row)
            for index, process in processors:
                value = items[index]
                if value is not None:
                    items[index] = process(value)
            values.append(tuple(items))
        self._conn.exec_driver_sql(sql, values)
        return len(rows)

    def _plan(self, table: Table, keys: tuple[str, ...]) -> _Plan:
        plan = self._plans.get((table.name, keys))
        if plan is None:
            dialect = self._conn.dialect
            quote = dialect.identifier_preparer.quote
            processors: list[tuple[int, _Processor]] = []
            for index, key in enumerate(keys):
                column_type = table.c[key].type
                native = column_type.dialect_impl(dialect).bind_processor(dialect)
                if native is None:
                    continue
                process: _Processor = native
                if isinstance(column_type, Date | DateTime | Time):
                    process = _memoised(native)
                elif isinstance(column_type, Uuid) and native(_PROBE) == _PROBE.hex:
                    process = _HEX  # what the dialect does, without a Python call per value
                processors.append((index, process))
            sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
                   f"VALUES ({', '.join('?' for _ in keys)})")
            getter = itemgetter(*keys)
            plan = (sql, (lambda row: (getter(row),)) if len(keys) == 1 else getter, processors)
            self._plans[(table.name, keys)] = plan
        return plan
