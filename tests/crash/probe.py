"""Reading a database after a kill, the way a fresh process finds it.

SQLite: a new `sqlite3` connection to the file (its first read recovers from the WAL that
the killed writer left), `integrity_check` and `foreign_key_check`. PostgreSQL: a new
connection. Then `bvmdesk check` (MaintenanceService.check) through the services.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bvmdesk.config import is_url


def hex_id(value: Any) -> str | None:
    """A UUID as both backends give it back (32 hex digits, or a UUID) -> 32 hex digits."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 32:  # SQLite stores them so
        return value.lower()
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


@dataclass(frozen=True)
class MarkRow:
    lesson: str
    person: str
    status: str | None
    supersedes: str | None
    reason: str | None


class Probe:
    """One connection for one look at the database."""

    def __init__(self, location: str) -> None:
        self.location = location
        self.sqlite = not is_url(location)
        self._conn: Any = None
        self._engine: Any = None
        if self.sqlite:
            if Path(location).exists():
                uri = Path(location).resolve().as_uri() + "?mode=rw"
                self._conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        else:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import NullPool

            self._engine = create_engine(location, poolclass=NullPool)
            self._conn = self._engine.connect()

    @property
    def exists(self) -> bool:
        return self._conn is not None

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if self.sqlite:
            return list(self._conn.execute(sql, params).fetchall())
        result = self._conn.exec_driver_sql(sql.replace("?", "%s"), params)
        rows = [tuple(r) for r in result.fetchall()] if result.returns_rows else []
        self._conn.rollback()
        return rows

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._engine is not None:
            self._engine.dispose()

    # --- what the harness asks ---------------------------------------------------------
    def integrity(self) -> list[str]:
        """SQLite's integrity_check and foreign_key_check; [] when both pass."""
        if not self.sqlite or not self.exists:
            return []
        problems = [str(r[0]) for r in self.rows("PRAGMA integrity_check")]
        problems = [] if problems == ["ok"] else [f"integrity_check: {p}" for p in problems]
        problems += [f"foreign_key_check: {r}" for r in self.rows("PRAGMA foreign_key_check")]
        return problems

    def tables(self) -> list[str]:
        if not self.exists:
            return []
        if self.sqlite:
            sql = ("SELECT name FROM sqlite_master WHERE type = 'table' "
                   "AND name NOT LIKE 'sqlite_%'")
        else:
            sql = ("SELECT table_name FROM information_schema.tables "
                   "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
        return sorted(str(r[0]) for r in self.rows(sql))

    def counts(self) -> dict[str, int]:
        """Rows per table ({} for a missing file or one without tables)."""
        return {t: int(self.rows(f'SELECT count(*) FROM "{t}"')[0][0]) for t in self.tables()}

    def marks(self) -> dict[str, MarkRow]:
        rows = self.rows("SELECT id, lesson_id, participant_id, status, supersedes_id, reason "
                         "FROM attendance_marks")
        return {hex_id(r[0]) or "": MarkRow(hex_id(r[1]) or "", hex_id(r[2]) or "", r[3],
                                            hex_id(r[4]), r[5]) for r in rows}

    def audited(self, entity_type: str) -> set[str]:
        """The ids of the rows of `entity_type` that have an audit event."""
        rows = self.rows("SELECT entity_id FROM audit_events WHERE entity_type = ?",
                         (entity_type,))
        return {hex_id(r[0]) or "" for r in rows if r[0]}

    def actions(self, action: str) -> int:
        return int(self.rows("SELECT count(*) FROM audit_events WHERE action = ?",
                             (action,))[0][0])

    def backends_named(self, application_name: str) -> int:
        """PostgreSQL: server processes still serving a client of this name."""
        return int(self.rows("SELECT count(*) FROM pg_stat_activity WHERE application_name "
                             "= ?", (application_name,))[0][0])


@contextmanager
def probe(location: str) -> Iterator[Probe]:
    opened = Probe(location)
    try:
        yield opened
    finally:
        opened.close()


def service_check(location: str) -> list[str]:
    """`bvmdesk check` through the services: [] when it says the database is in order."""
    from bvmdesk.services.container import open_services

    try:
        services = open_services(location, backup=False)
    except Exception as exc:  # a database the app can no longer open is a failure too
        return [f"openen mislukt: {exc}"]
    try:
        report = services.maintenance.check()
    finally:
        services.close()
    if report.ok:
        return []
    problems = getattr(report, "problems", None)
    if problems is None:
        problems = [*report.integrity, *report.foreign_keys, *report.audit_chain]
    return [f"check: {p}" for p in problems] or ["check: niet in orde"]
