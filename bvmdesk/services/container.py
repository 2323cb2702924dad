"""Opens a database and builds the services on it: shared by the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from bvmdesk.config import (
    ClockSettingError,
    Settings,
    default_backup_dir,
    environment_clock,
    is_url,
    mask_location,
)
from bvmdesk.db.backup import damage_detail, is_damage_error
from bvmdesk.db.engine import DatabaseLocationError, describe, make_engine
from bvmdesk.db.migrate import (
    MigrationError,
    NewerSchemaError,
    recorded_app_version,
    schema_state,
    upgrade,
)
from bvmdesk.db.session import Sessions
from bvmdesk.domain.backups import KIND_MIGRATION
from bvmdesk.domain.clock import SYSTEM_CLOCK, Clock
from bvmdesk.services.absences import AbsenceService
from bvmdesk.services.accounts import AccountService
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import DatabaseDamagedError
from bvmdesk.services.base import ServiceError
from bvmdesk.services.lessons import LessonService
from bvmdesk.services.maintenance import MaintenanceService
from bvmdesk.services.open_errors import (
    DatabaseOpenError,
    open_failure,
    sqlite_file_problem,
    state_problem,
)
from bvmdesk.services.participants import ParticipantService
from bvmdesk.services.today import TodayService

if TYPE_CHECKING:
    from bvmdesk.services.assessments import AssessmentService
    from bvmdesk.services.attendance_reports import ReportService
    from bvmdesk.services.certificate_settings import CertificateSettingsService
    from bvmdesk.services.certificate_verify import VerifyService
    from bvmdesk.services.certificates import CertificateService
    from bvmdesk.services.companies import CompanyService
    from bvmdesk.services.demo import DemoResult
    from bvmdesk.services.enrolments import EnrolmentService
    from bvmdesk.services.exchange import ExchangeService
    from bvmdesk.services.groups import GroupService
    from bvmdesk.services.modules import ModuleService
    from bvmdesk.services.person_export import PersonExportService
    from bvmdesk.services.placement_hours import HoursService
    from bvmdesk.services.retention_policy import RetentionPolicyService
    from bvmdesk.services.scanlog import ScanLogService
    from bvmdesk.services.signing_keys import SigningKeyService
    from bvmdesk.services.signoff_cards import CardService
    from bvmdesk.services.signoff_overview import SignOffOverview
    from bvmdesk.services.signoff_reports import SignOffReports
    from bvmdesk.services.signoff_tasks import SignOffTaskService
    from bvmdesk.services.signoffs import SignOffService
    from bvmdesk.services.sites import SiteService
    from bvmdesk.services.trainer_records import TrainerService
    from bvmdesk.services.trainers import TrainerDirectory
    from bvmdesk.services.verify_page import VerifyPageService

# Errors of opening a database, for the front ends (which do not import bvmdesk.db).
__all__ = ["DatabaseLocationError", "DatabaseOpenError", "MigrationError", "NewerSchemaError",
           "Services", "open_services", "sessions_of"]


class Services:
    """Everything the front ends call; built once per database.

    The engine and the sessions stay inside (DESIGN.md: the UI and the command line never
    reach the database layer); tests and benchmarks use `sessions_of`. What the first
    screen needs is made at once; every other service (and its modules: reports,
    ReportLab, the exchange workbook) is imported and made when it is first used, so that
    the window is ready sooner (issue 17).
    """

    def __init__(self, engine: Engine, sessions: Sessions, clock: Clock, location: str,
                 backups: BackupService) -> None:
        self._engine = engine
        self._sessions = sessions
        self.clock = clock
        self.location = location
        self.backups = backups
        self.accounts = AccountService(sessions)
        self.participants = ParticipantService(sessions)
        self.maintenance = MaintenanceService(sessions)
        self.attendance = AttendanceService(sessions)
        self.lessons = LessonService(sessions)
        self.absences = AbsenceService(sessions)
        self.today = TodayService(sessions, self.absences)

    def __repr__(self) -> str:
        return f"Services({mask_location(self.location)})"

    @cached_property
    def exchange(self) -> ExchangeService:
        from bvmdesk.services.exchange import ExchangeService

        return ExchangeService(self._sessions)

    @cached_property
    def reports(self) -> ReportService:
        from bvmdesk.services.attendance_reports import ReportService

        return ReportService(self._sessions)

    @cached_property
    def scanlog(self) -> ScanLogService:
        from bvmdesk.services.scanlog import ScanLogService

        return ScanLogService(self._sessions, self.attendance)

    @cached_property
    def assessments(self) -> AssessmentService:
        from bvmdesk.services.assessments import AssessmentService

        return AssessmentService(self._sessions)

    @cached_property
    def signoff_tasks(self) -> SignOffTaskService:
        from bvmdesk.services.signoff_tasks import SignOffTaskService

        return SignOffTaskService(self._sessions)

    @cached_property
    def signoffs(self) -> SignOffService:
        from bvmdesk.services.signoffs import SignOffService

        return SignOffService(self._sessions)

    @cached_property
    def bpv_hours(self) -> HoursService:
        from bvmdesk.services.placement_hours import HoursService

        return HoursService(self._sessions)

    @cached_property
    def signoff_cards(self) -> CardService:
        from bvmdesk.services.signoff_cards import CardService

        return CardService(self._sessions)

    @cached_property
    def signoff_overview(self) -> SignOffOverview:
        from bvmdesk.services.signoff_overview import SignOffOverview

        return SignOffOverview(self._sessions)

    @cached_property
    def signoff_reports(self) -> SignOffReports:
        from bvmdesk.services.signoff_reports import SignOffReports

        return SignOffReports(self._sessions)

    @cached_property
    def trainers(self) -> TrainerDirectory:
        from bvmdesk.services.trainers import TrainerDirectory

        return TrainerDirectory(self._sessions)

    @cached_property
    def signing_keys(self) -> SigningKeyService:
        from bvmdesk.services.signing_keys import SigningKeyService

        return SigningKeyService(self._sessions)

    @cached_property
    def certificate_settings(self) -> CertificateSettingsService:
        from bvmdesk.services.certificate_settings import CertificateSettingsService

        return CertificateSettingsService(self._sessions)

    @cached_property
    def certificates(self) -> CertificateService:
        from bvmdesk.services.certificates import CertificateService

        return CertificateService(self._sessions, self.signing_keys, self.certificate_settings,
                                  self.clock)

    @cached_property
    def certificate_verify(self) -> VerifyService:
        from bvmdesk.services.certificate_verify import VerifyService

        return VerifyService(self._sessions, self.clock)

    @cached_property
    def sites(self) -> SiteService:
        from bvmdesk.services.sites import SiteService

        return SiteService(self._sessions)

    @cached_property
    def companies(self) -> CompanyService:
        from bvmdesk.services.companies import CompanyService

        return CompanyService(self._sessions)

    @cached_property
    def trainer_records(self) -> TrainerService:
        from bvmdesk.services.trainer_records import TrainerService

        return TrainerService(self._sessions)

    @cached_property
    def modules(self) -> ModuleService:
        from bvmdesk.services.modules import ModuleService

        return ModuleService(self._sessions)

    @cached_property
    def groups(self) -> GroupService:
        from bvmdesk.services.groups import GroupService

        return GroupService(self._sessions)

    @cached_property
    def enrolments(self) -> EnrolmentService:
        from bvmdesk.services.enrolments import EnrolmentService

        return EnrolmentService(self._sessions)

    @cached_property
    def retention(self) -> RetentionPolicyService:
        from bvmdesk.services.retention_policy import RetentionPolicyService

        return RetentionPolicyService(self._sessions)

    @cached_property
    def person_export(self) -> PersonExportService:
        from bvmdesk.services.person_export import PersonExportService

        return PersonExportService(self._sessions)

    @cached_property
    def verify_page(self) -> VerifyPageService:
        """The verification page (issue 18)."""
        from bvmdesk.services.verify_page import VerifyPageService

        return VerifyPageService(self._sessions, self.signing_keys, self.clock)

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


def _refuse_unusable(engine: Engine, location: str, *, create: bool) -> None:
    """Raise the reason the database at `location` cannot be used, before anything is
    written to it."""
    if engine.dialect.name == "sqlite":
        problem = sqlite_file_problem(Path(engine.url.database or ""), create=create)
        if problem is not None:
            raise problem
    state = schema_state(engine)
    found = state_problem(state, location, create=create)
    if found is not None:
        raise found
    if state.newer and state.revision is not None:
        raise NewerSchemaError(state.revision, recorded_app_version(engine))


def _open_error(exc: Exception, location: str) -> Exception:
    """The error a person sees for `exc`, met while opening `location`."""
    if isinstance(exc, ServiceError | DatabaseLocationError | NewerSchemaError):
        return exc
    if is_damage_error(exc):
        return DatabaseDamagedError(mask_location(location), damage_detail(exc))
    if isinstance(exc, MigrationError) and not isinstance(exc.__cause__, OperationalError):
        return exc  # the migration's own refusal
    found = open_failure(exc, location)
    return found if found is not None else exc


def open_services(location: str, *, create: bool = False, backup: bool = True,
                  clock: Clock | None = None) -> Services:
    """Open (and, with `create`, make) the database at `location`, migrated to head.

    Args:
        clock: the one clock every service uses; by default the system clock, its date
            fixed by `BVMDESK_TODAY` when that is set (config.environment_clock).

    Nothing is written (no backup either) before the database has been found usable:
    each reason it is not has its own message (services.open_errors).

    Raises:
        DatabaseLocationError: missing file or folder, network share, read-only folder for
            a new file.
        DatabaseOpenError: read-only file or folder, not a (BVM Desk) database, PostgreSQL
            unreachable, wrong password or no such database.
        DatabaseDamagedError: SQLite reports the file damaged.
        DatabaseBusy: another program kept the write lock past the wait.
        NewerSchemaError: a newer version of BVM Desk made the database.
        MigrationError: the schema could not be brought up to date.
        ServiceError: `BVMDESK_TODAY` is set but is no date; a full disk.
    """
    if clock is None:
        try:
            clock = environment_clock()
        except ClockSettingError as exc:
            raise ServiceError(str(exc)) from exc
    backups = backup_service(location, clock=clock)
    engine = make_engine(location, must_exist=not create and not is_url(location))
    try:
        _refuse_unusable(engine, location, create=create)
        upgrade(engine, make_backup=(lambda: backups.create_automatic(KIND_MIGRATION).path)
                if backup else None)
    except Exception as exc:
        engine.dispose()
        shown = _open_error(exc, location)
        if shown is exc:
            raise
        raise shown from exc
    return Services(engine, Sessions(engine, clock), clock, location, backups)
