"""Opens a database and builds the services on it: shared by the CLI and the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from bvmdesk.config import Settings, default_backup_dir, is_url
from bvmdesk.db.backup import damage_detail, is_damage_error
from bvmdesk.db.engine import DatabaseLocationError, describe, make_engine
from bvmdesk.db.migrate import current_revision, upgrade
from bvmdesk.db.session import Sessions
from bvmdesk.domain.backups import KIND_MIGRATION
from bvmdesk.services.absences import AbsenceService
from bvmdesk.services.accounts import AccountService
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import DatabaseDamagedError
from bvmdesk.services.exchange import ExchangeService
from bvmdesk.services.lessons import LessonService
from bvmdesk.services.maintenance import MaintenanceService
from bvmdesk.services.participants import ParticipantService
from bvmdesk.services.scanlog import ScanLogService
from bvmdesk.services.today import TodayService


@dataclass
class Services:
    """Everything the front ends call; built once per database."""

    engine: Engine
    sessions: Sessions
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
        return describe(self.engine)

    def close(self) -> None:
        self.engine.dispose()


def backup_dir_for(location: str) -> Path:
    """Where backups of a database file go by default: `backups/` in the user data
    directory."""
    return default_backup_dir()


def backup_service(location: str, settings: Settings | None = None) -> BackupService:
    """The backups of `location`, without opening the database (it may be damaged); the
    folder is the one chosen in the settings, else the default."""
    chosen = (settings or Settings.load()).backup_dir
    return BackupService(location, default_dir=backup_dir_for(location),
                         chosen_dir=Path(chosen) if chosen else None)


def open_services(location: str, *, create: bool = False, backup: bool = True) -> Services:
    """Open (and, with `create`, make) the database at `location`, migrated to head.

    Raises:
        DatabaseLocationError: missing file or folder, network share.
        MigrationError: the schema could not be brought up to date.
    """
    engine = make_engine(location, must_exist=not create and not is_url(location))
    backups = backup_service(location)
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
    sessions = Sessions(engine)
    attendance = AttendanceService(sessions)
    absences = AbsenceService(sessions)
    return Services(
        engine=engine,
        sessions=sessions,
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
