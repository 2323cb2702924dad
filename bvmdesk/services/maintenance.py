"""Checks of the database: integrity, foreign keys, the audit chain and its head, facts
against their events (`bvmdesk check`)."""

from __future__ import annotations

from bvmdesk.db.session import Sessions
from bvmdesk.services.integrity import CheckReport, Problem, run_check

__all__ = ["CheckReport", "MaintenanceService", "Problem"]


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
        """Everything `bvmdesk check` verifies; see services.integrity."""
        return run_check(self._sessions, self._sessions.head_path())
