"""Writing a resolved import: Core bulk inserts and updates inside one transaction.

Bulk statements bypass the ORM flush hook, so the unit of work's `Stamp` (db.session) fills
in the syncable columns (site of origin, created/updated at and by, hlc) as the hook does,
and every inserted or updated row gets its own audit event, linked in bulk (db.audit).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Table, Time, Uuid, bindparam, insert, update

from bvmdesk.db.audit import Chain
from bvmdesk.db.models import AttendanceMark, Site
from bvmdesk.db.session import Stamp
from bvmdesk.domain.ids import OrderedIds
from bvmdesk.services.exchange.assess_apply import write_assessments
from bvmdesk.services.exchange.resolve import Resolution
from bvmdesk.services.exchange.signoff_apply import SignOffPlan, write_signoffs
from bvmdesk.services.exchange.validate import CHUNK

REASON_LIMIT = 200
SQLITE_CACHE_KIB = 262_144  # 256 MiB, only while an import writes


def import_reason(label: str) -> str:
    """The reason of a mark an import supersedes: `import FILENAME` (fits the column)."""
    return f"import {label}"[:REASON_LIMIT]


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start:start + CHUNK]


class _Inserter:
    """Chunked inserts. On SQLite, SQLAlchemy's per-row parameter handling costs more than
    SQLite itself, so values go through the dialect's own bind processors (the stored
    text is exactly what Core would write) straight to the driver's executemany.
    Other databases get a plain Core executemany."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    def processors(self, table: Table, keys: tuple[str, ...]) -> list[tuple[int, Process]]:
        dialect = self._conn.dialect
        found: list[tuple[int, Process]] = []
        for index, key in enumerate(keys):
            column_type = table.c[key].type
            process: Process | None = column_type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                if isinstance(column_type, Date | DateTime | Time):
                    process = _memoised(process)
                elif isinstance(column_type, Uuid) and process(_PROBE) == _PROBE.hex:
                    process = _HEX  # what the dialect does, without a Python call per value
                found.append((index, process))
        return found

    def sql(self, table: Table, keys: tuple[str, ...]) -> str:
        quote = self._conn.dialect.identifier_preparer.quote
        return (f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
                f"VALUES ({', '.join('?' for _ in keys)})")

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if not self.sqlite:
            self._conn.execute(insert(table), rows)
            return
        keys = tuple(rows[0])
        processors = self.processors(table, keys)
        values = []
        for row in rows:
            items = [row[k] for k in keys]
            for index, process in processors:
                if items[index] is not None:
                    items[index] = process(items[index])
            values.append(tuple(items))
        self._conn.exec_driver_sql(self.sql(table, keys), values)

    def insert_tuples(self, table: Table, keys: tuple[str, ...],
                      rows: list[tuple[Any, ...]]) -> None:
        """Rows as tuples in `keys` order (the big tables: no dict per row on SQLite)."""
        if not self.sqlite:
            self._conn.execute(insert(table), [dict(zip(keys, row, strict=True))
                                               for row in rows])
            return
        processors = self.processors(table, keys)
        values = []
        for row in rows:
            items = list(row)
            for index, process in processors:
                if items[index] is not None:
                    items[index] = process(items[index])
            values.append(tuple(items))
        self._conn.exec_driver_sql(self.sql(table, keys), values)


Process = Callable[[Any], Any]
_PROBE = uuid.UUID(int=0x0123456789ABCDEF0123456789ABCDEF)
_HEX: Process = attrgetter("hex")


def _memoised(process: Process) -> Process:
    """Dates and times repeat a lot (every mark of a lesson shares them): convert each once."""
    done: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        try:
            return done[value]
        except KeyError:
            result = done[value] = process(value)
            return result

    return run


@contextmanager
def bulk_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache while bulk writing: random UUID keys touch many pages."""
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(previous or -2000)}")


MARK_KEYS = ("id", "site_id", "created_at", "updated_at", "created_by", "updated_by", "hlc",
             "lesson_id", "participant_id", "status", "arrival_time", "departure_time",
             "note", "recorded_by", "recorded_at", "supersedes_id", "reason")


def insert_marks(conn: Connection, chain: Chain, at: datetime, actor: str,
                 rows: list[tuple[Any, ...]], detail: str | None = None,
                 inserter: _Inserter | None = None) -> None:
    """New mark rows (tuples in MARK_KEYS order), each with its `attendance.mark` event:
    the one bulk path into attendance_marks (the import's and the scanner log's).

    The caller stamps the rows (`Stamp`: site, created/updated, hlc) as the flush hook
    would, and chunks them when it wants progress between chunks.
    """
    if not rows:
        return
    table: Table = AttendanceMark.__table__  # type: ignore[assignment]
    (inserter or _Inserter(conn)).insert_tuples(table, MARK_KEYS, rows)
    chain.append_rows(at, actor, "attendance.mark", table, MARK_KEYS, rows, detail)


class Writer:
    """Writes one `Resolution` on a connection inside the caller's write transaction."""

    def __init__(self, conn: Connection, stamp: Stamp, chain: Chain, label: str,
                 tick: Callable[[int], None]) -> None:
        if stamp.site_id is None:
            raise ValueError("an import needs the local site")
        self._conn = conn
        self._stamp = stamp
        self._chain = chain
        self._site_id: uuid.UUID = stamp.site_id
        self._label = label
        self._tick = tick
        self._inserter = _Inserter(conn)

    def write(self, resolution: Resolution, signoffs: SignOffPlan | None = None) -> None:
        with bulk_cache(self._conn):
            self._write(resolution)
            if signoffs is not None:
                write_signoffs(self._conn, self._stamp, self._chain, self._inserter,
                               signoffs, self._tick)
        self._chain.flush()

    def _write(self, resolution: Resolution) -> None:
        stamp, chain = self._stamp, self._chain
        for plan in resolution.tables:
            table = plan.table
            extra: dict[str, Any] = {"settings": {}, "signing_public_key": None} \
                if plan.model is Site else {}
            for chunk in _chunks(plan.inserts):
                rows = [row | extra | self._created() for row in chunk]
                self._inserter.insert(table, rows)
                keys = tuple(rows[0])
                chain.append_rows(stamp.now, stamp.actor, "import.insert", table, keys,
                                  [tuple(row.values()) for row in rows])
                self._tick(len(chunk))
            statement = update(table).where(table.c.id == bindparam("b_id"))
            for chunk in _chunks(plan.updates):
                rows = [row | self._updated() for row in chunk]
                self._conn.execute(statement, rows)
                keys = tuple("id" if key == "b_id" else key for key in rows[0])
                chain.append_rows(stamp.now, stamp.actor, "import.update", table, keys,
                                  [tuple(row.values()) for row in rows])
                self._tick(len(chunk))
        self._marks(resolution)
        if resolution.assessments is not None:
            write_assessments(self._conn, self._stamp, self._chain, self._inserter,
                              resolution.assessments, self._tick)

    def _created(self) -> dict[str, Any]:
        return self._stamp.created() | {"site_id": self._site_id, "deleted_at": None}

    def _updated(self) -> dict[str, Any]:
        return self._stamp.updated() | {"deleted_at": None}

    def _marks(self, resolution: Resolution) -> None:
        """New marks only: a changed mark is a new row that supersedes the current one."""
        stamp = self._stamp
        now, actor, site_id, tick = stamp.now, stamp.actor, self._site_id, stamp.hlc.tick
        reason = import_reason(self._label)
        # Time-ordered ids: the marks are appended to the primary-key index (domain.ids).
        new_id = OrderedIds(int(now.replace(tzinfo=UTC).timestamp() * 1000))
        planned = resolution.marks
        for start in range(0, len(planned), CHUNK):
            rows = [
                (new_id(), site_id, now, now, actor, actor, tick(), lesson_id, person_id,
                 record[5], record[6], record[7], record[8], actor, now, supersedes,
                 reason if supersedes is not None else None)
                for record, lesson_id, person_id, supersedes in planned[start:start + CHUNK]]
            insert_marks(self._conn, self._chain, now, actor, rows, inserter=self._inserter)
            self._tick(len(rows))
