"""Checks of the database: integrity, foreign keys and the audit chain (`bvmdesk check`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from bvmdesk.db.session import Sessions
from bvmdesk.services.audit import verify_chain


@dataclass(frozen=True)
class CheckReport:
    """The outcome of `check`: `ok` when every part passed."""

    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)
    audit_chain: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.audit_chain)


class MaintenanceService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def quick_check(self) -> list[str]:
        """SQLite's `quick_check` (run after the window shows at start); [] when fine."""
        if self._sessions.engine.dialect.name != "sqlite":
            return []
        with self._sessions.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check")]
        return [] if rows == ["ok"] else rows

    def check(self) -> CheckReport:
        """integrity_check, foreign_key_check and the audit chain."""
        integrity: list[str] = []
        foreign: list[str] = []
        if self._sessions.engine.dialect.name == "sqlite":
            with self._sessions.engine.connect() as conn:
                rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if rows != ["ok"]:
                    integrity = rows
                for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    foreign.append(f"{table} rij {rowid} verwijst naar een ontbrekende {parent}")
        else:
            with self._sessions.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        with self._sessions.read() as s:
            chain = [f"audit-gebeurtenis {p.sequence}: {p.message}" for p in verify_chain(s)]
        return CheckReport(integrity, foreign, chain)
