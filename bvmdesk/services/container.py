"""Opens a database and builds the services on it: shared by the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from bvmdesk.config import (
    ClockSettingError,
    Settings,
    default_backup_dir,
    environment_clock,
    is_url,
)
from bvmdesk.db.backup import damage_detail, is_damage_error
from bvmdesk.db.engine import DatabaseLocationError, describe, make_engine
from bvmdesk.db.migrate import MigrationError, current_revision, upgrade
from bvmdesk.db.session import Sessions
from bvmdesk.domain.backups import KIND_MIGRATION
from bvmdesk.domain.clock import SYSTEM_CLOCK, Clock
from bvmdesk.services.absences import AbsenceService
from bvmdesk.services.accounts import AccountService
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import DatabaseDamagedError
from bvmdesk.services.base import ServiceError
from bvmdesk.services.exchange import ExchangeService
from bvmdesk.services.lessons import LessonService
from bvmdesk.services.maintenance import MaintenanceService
from bvmdesk.services.participants import ParticipantService
from bvmdesk.services.scanlog import ScanLogService
from bvmdesk.services.today import TodayService

if TYPE_CHECKING:
    from bvmdesk.services.demo import DemoResult

# Errors of opening a database, for the front ends (which do not import bvmdesk.db).
__all__ = ["DatabaseLocationError", "MigrationError", "Services", "open_services",
           "sessions_of"]


@dataclass
class Services:
    """Everything the front ends call; built once per database.

    The engine and the sessions stay inside (DESIGN.md: the UI and the command line never
    reach the database layer); tests and benchmarks use `sessions_of`.
    """

    _engine: Engine = field(repr=False)
    _sessions: Sessions = field(repr=False)
    clock: Clock
    accounts: AccountService
    participants: ParticipantService
    maintenance: MaintenanceService
    exchange: ExchangeService
    location: str
    attendance: AttendanceService
    lessons: LessonService
    reports: ReportService
    absences: AbsenceService
    today: TodayService
    scanlog: ScanLogService
    backups: BackupService

    @property
    def database_label(self) -> str:
        return describe(self._engine)

    def generate_demo(self, participants: int, seed: int, today: date | None = None,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> DemoResult:
        """Fill this empty database with demo data (services.demo; loaded only now: the
        generator is big and only the demo needs it)."""
        from bvmdesk.services.demo import generate_demo

        return generate_demo(self._sessions, participants=participants, seed=seed,
                             today=today or self.clock.today(), progress=progress,
                             cancelled=cancelled)

    def close(self) -> None:
        self._engine.dispose()


def sessions_of(services: Services) -> Sessions:
    """The sessions behind `services`: for tests and benchmarks, never for the front ends
    (the layering test keeps `bvmdesk.ui` and the command line away from the database)."""
    return services._sessions


def backup_dir_for(location: str) -> Path:
    """Where backups of a database file go by default: `backups/` in the user data
    directory."""
    return default_backup_dir()


def backup_service(location: str, settings: Settings | None = None,
                   clock: Clock | None = None) -> BackupService:
    """The backups of `location`, without opening the database (it may be damaged); the
    folder is the one chosen in the settings, else the default."""
    chosen = (settings or Settings.load()).backup_dir
    return BackupService(location, clock=clock or SYSTEM_CLOCK,
                         default_dir=backup_dir_for(location),
                         chosen_dir=Path(chosen) if chosen else None)


def open_services(location: str, *, create: bool = False, backup: bool = True,
                  clock: Clock | None = None) -> Services:
    """Open (and, with `create`, make) the database at `location`, migrated to head.

    Args:
        clock: the one clock every service uses; by default the system clock, its date
            fixed by `BVMDESK_TODAY` when that is set (config.environment_clock).

    Raises:
        DatabaseLocationError: missing file or folder, network share.
        MigrationError: the schema could not be brought up to date.
        ServiceError: `BVMDESK_TODAY` is set but is no date.
    """
    if clock is None:
        try:
            clock = environment_clock()
        except ClockSettingError as exc:
            raise ServiceError(str(exc)) from exc
    engine = make_engine(location, must_exist=not create and not is_url(location))
    backups = backup_service(location, clock=clock)
    try:
        if not create and current_revision(engine) is None:
            raise DatabaseLocationError(
                f"Dit is (nog) geen BVM Desk-database: {location}. "
                "Maak er een met 'bvmdesk init' of 'bvmdesk demo'."
            )
        upgrade(engine, make_backup=(lambda: backups.create_automatic(KIND_MIGRATION).path)
                if backup else None)
    except Exception as exc:
        engine.dispose()
        if is_damage_error(exc):
            raise DatabaseDamagedError(location, damage_detail(exc)) from exc
        raise
    sessions = Sessions(engine, clock)
    attendance = AttendanceService(sessions)
    absences = AbsenceService(sessions)
    return Services(
        _engine=engine,
        _sessions=sessions,
        clock=clock,
        accounts=AccountService(sessions),
        participants=ParticipantService(sessions),
        maintenance=MaintenanceService(sessions),
        exchange=ExchangeService(sessions),
        location=location,
        attendance=attendance,
        lessons=LessonService(sessions),
        reports=ReportService(sessions),
        absences=absences,
        today=TodayService(sessions, absences),
        scanlog=ScanLogService(sessions, attendance),
        backups=backups,
    )
