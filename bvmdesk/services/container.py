"""Opens a database and builds the services on it: shared by the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
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
from bvmdesk.services.assessments import AssessmentService
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.backup import BackupService
from bvmdesk.services.backup_types import DatabaseDamagedError
from bvmdesk.services.base import ServiceError
from bvmdesk.services.certificate_settings import CertificateSettingsService
from bvmdesk.services.certificate_verify import VerifyService
from bvmdesk.services.certificates import CertificateService
from bvmdesk.services.companies import CompanyService
from bvmdesk.services.enrolments import EnrolmentService
from bvmdesk.services.exchange import ExchangeService
from bvmdesk.services.groups import GroupService
from bvmdesk.services.lessons import LessonService
from bvmdesk.services.maintenance import MaintenanceService
from bvmdesk.services.modules import ModuleService
from bvmdesk.services.open_errors import (
    DatabaseOpenError,
    open_failure,
    sqlite_file_problem,
    state_problem,
)
from bvmdesk.services.participants import ParticipantService
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
from bvmdesk.services.today import TodayService
from bvmdesk.services.trainer_records import TrainerService
from bvmdesk.services.trainers import TrainerDirectory
from bvmdesk.services.verify_page import VerifyPageService

if TYPE_CHECKING:
    from bvmdesk.services.demo import DemoResult

# Errors of opening a database, for the front ends (which do not import bvmdesk.db).
__all__ = ["DatabaseLocationError", "DatabaseOpenError", "MigrationError", "NewerSchemaError",
           "Services", "open_services", "sessions_of"]


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
    assessments: AssessmentService
    signoff_tasks: SignOffTaskService
    signoffs: SignOffService
    bpv_hours: HoursService
    signoff_cards: CardService
    signoff_overview: SignOffOverview
    signoff_reports: SignOffReports
    trainers: TrainerDirectory
    signing_keys: SigningKeyService
    certificate_settings: CertificateSettingsService
    certificates: CertificateService
    certificate_verify: VerifyService
    verify_page: VerifyPageService  # the verification page (issue 18)
    # Beheer's master data (issue 15)
    sites: SiteService
    companies: CompanyService
    trainer_records: TrainerService
    modules: ModuleService
    groups: GroupService
    enrolments: EnrolmentService
    # Bewaartermijnen (issue 16)
    retention: RetentionPolicyService
    # The access export (AVG art. 15, issue 16)
    person_export: PersonExportService

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
    sessions = Sessions(engine, clock)
    attendance = AttendanceService(sessions)
    absences = AbsenceService(sessions)
    keys = SigningKeyService(sessions)
    certificate_settings = CertificateSettingsService(sessions)
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
        assessments=AssessmentService(sessions),
        signoff_tasks=SignOffTaskService(sessions),
        signoffs=SignOffService(sessions),
        bpv_hours=HoursService(sessions),
        signoff_cards=CardService(sessions),
        signoff_overview=SignOffOverview(sessions),
        signoff_reports=SignOffReports(sessions),
        trainers=TrainerDirectory(sessions),
        signing_keys=keys,
        certificate_settings=certificate_settings,
        certificates=CertificateService(sessions, keys, certificate_settings, clock),
        certificate_verify=VerifyService(sessions, clock),
        verify_page=VerifyPageService(sessions, keys, clock),
        sites=SiteService(sessions),
        companies=CompanyService(sessions),
        trainer_records=TrainerService(sessions),
        modules=ModuleService(sessions),
        groups=GroupService(sessions),
        enrolments=EnrolmentService(sessions),
        retention=RetentionPolicyService(sessions),
        person_export=PersonExportService(sessions),
    )
