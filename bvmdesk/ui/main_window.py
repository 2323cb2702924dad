"""The main window: navigation rail, a stack of pages, and the status bar."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from bvmdesk import APP_NAME
from bvmdesk.config import Settings
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.sites import effective_scanner_prefix
from bvmdesk.ui.admin.backups import moment_text
from bvmdesk.ui.admin.page import AdminPage
from bvmdesk.ui.admin.records import RecordPanel
from bvmdesk.ui.admin.sections import AdminServices
from bvmdesk.ui.assessments.group_progress import GroupProgressView
from bvmdesk.ui.assessments.page import AssessmentsPage
from bvmdesk.ui.attendance.register import RegisterPage
from bvmdesk.ui.certificates.page import CertificatesPage
from bvmdesk.ui.common import reauth
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.placeholder import PlaceholderPage
from bvmdesk.ui.formatting import role_label
from bvmdesk.ui.navigation import NavigationRail, PageSpec, main_pages
from bvmdesk.ui.participants.page import ParticipantsPage
from bvmdesk.ui.participants.person_export import PersonExportButton
from bvmdesk.ui.reports.page import ReportsPage
from bvmdesk.ui.signoffs.page import SignOffsPage
from bvmdesk.ui.start.next_step import NextStep
from bvmdesk.ui.start.window_lock import WindowLock
from bvmdesk.ui.today.page import TodayPage
from bvmdesk.ui.today.setup_card import open_setup_step

if TYPE_CHECKING:
    from bvmdesk.services.accounts import SiteInfo
    from bvmdesk.services.backup_types import BackupInfo
    from bvmdesk.services.container import Services
    from bvmdesk.ui.admin.backup_schedule import BackupSchedule

# Vandaag: today's lessons (one click opens the register), who called in sick, signals.
START_PAGE = "today"
# How long closing the window waits for background work (a report, the verzuim scan) that
# still uses the database.
CLOSE_WAIT_MS = 5000


DEFAULT_SIZE = QSize(1366, 768)

class MainWindow(QMainWindow):
    """The window an actor works in; it gets its services and settings from app.py."""

    def __init__(self, services: Services, actor: Actor, settings: Settings,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """`clock`: monotonic seconds for the idle lock and the password's five minutes."""
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.site: SiteInfo | None = services.accounts.local_site()
        self.setWindowTitle(self._title())
        self.setMinimumSize(QSize(1024, 640))

        # The PC's own scanner prefix (Beheer > Instellingen), else the site's (Locaties).
        self.scanner_prefix = effective_scanner_prefix(settings.scanner_prefix,
                                                       self._site_scanner_prefix())
        prefix = self.scanner_prefix
        self.specs: list[PageSpec] = main_pages()
        self.rail = NavigationRail(self.specs)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for spec in self.specs:
            page: Page
            if spec.key == "today":
                page = TodayPage(services.today, services.absences, services.reports,
                                 services.participants, actor,
                                 scanner_prefix=prefix)
            elif spec.key == "participants":
                page = ParticipantsPage(services.participants, actor,
                                        scanner_prefix=prefix)
            elif spec.key == "attendance":
                page = RegisterPage(services.attendance, actor,
                                    scanner_prefix=prefix,
                                    today=services.today.today)
            elif spec.key == "assessments":
                page = AssessmentsPage(services.assessments, services.participants, actor,
                                       scanner_prefix=prefix,
                                       database=services.location)
                page.add_overview(GroupProgressView(services, actor),
                                  QCoreApplication.translate("AssessmentsPage",
                                                             "&Voortgang per groep"))
            elif spec.key == "signoffs":
                page = SignOffsPage(services.signoffs, services.bpv_hours,
                                    services.signoff_cards, services.signoff_reports,
                                    services.signoff_overview, services.participants, actor,
                                    scanner_prefix=prefix,
                                    today=services.today.today, database=services.location)
            elif spec.key == "certificates":
                page = CertificatesPage(services, actor, database=services.location)
            elif spec.key == "reports":
                page = ReportsPage(services.reports, services.absences, services.attendance,
                                   services.participants, actor, today=services.today.today)
            elif spec.key == "admin":
                page = AdminPage(services.accounts, actor, settings,
                                 lessons=services.lessons, attendance=services.attendance,
                                 exchange=services.exchange, scanlog=services.scanlog,
                                 backups=services.backups, assessments=services.assessments,
                                 signoff_tasks=services.signoff_tasks,
                                 signoffs=services.signoffs, trainers=services.trainers,
                                 certificate_settings=services.certificate_settings,
                                 signing_keys=services.signing_keys,
                                 records=AdminServices.of(services))
            else:
                page = PlaceholderPage(spec.title, spec.icon, spec.purpose)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.rail.page_selected.connect(self._on_rail_page_selected)
        # Set when the window closes so that the app can do something without it: restore a
        # backup (the database must not be open) or open another database.
        self.next_step: NextStep | None = None
        self._register_stale = False
        self._connect_pages()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        # The idle lock (Beheer > Locaties) and, from this login on, the password clock of
        # re-authentication (ui/common/reauth.py).
        self.password_clock = reauth.PasswordClock(services.accounts, actor, clock)
        reauth.install(self.password_clock)
        self.lock = WindowLock(self, services.accounts, services.sites, actor,
                               self.site_text(), clock=clock, prefix=prefix)
        self.lock.logout_requested.connect(self._on_lock_logout_requested)
        sites = self.admin_page.panels.get("sites")
        if isinstance(sites, RecordPanel):  # a new idle time counts at once
            sites.saved.connect(self.lock.read_minutes)
        self.setCentralWidget(self.lock.wrap(central))

        self.status_label = QLabel(self.status_text())
        self.statusBar().addWidget(self.status_label, 1)
        self.backup_label = QLabel()
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.lock.lock_button)
        self.statusBar().setSizeGripEnabled(False)

        for index in range(len(self.specs)):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._on_find_shortcut_activated)
        # Verifiëren from anywhere, also from a dialog of this window (a scanner desk).
        self.verify_shortcut = QShortcut(QKeySequence("Ctrl+Shift+V"), self)
        self.verify_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.verify_shortcut.activated.connect(self._on_verify_shortcut_activated)
        self.show_page([s.key for s in self.specs].index(START_PAGE))
        self.resize(DEFAULT_SIZE)
        self.lock.start()

    def fit_to_screen(self) -> None:
        """Before the first show: 1366x768 where the screen has room; on a smaller screen
        (1280x720) the window opens maximised instead of running off its edges."""
        screen = self.screen()
        room = screen.availableGeometry().size() if screen is not None else DEFAULT_SIZE
        self.resize(DEFAULT_SIZE.boundedTo(room))
        if room.width() <= DEFAULT_SIZE.width() or room.height() <= DEFAULT_SIZE.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _connect_pages(self) -> None:
        """Cross-page navigation, and pages told when data they show changed elsewhere."""
        today, reports = self.today_page, self.reports_page
        register, participants = self.register_page, self.participants_page
        today.lesson_activated.connect(self._on_today_lesson_activated)
        today.badge_scanned.connect(self._on_today_badge_scanned)
        today.setup_card.step_requested.connect(self._on_today_setup_step_requested)
        for page in (today, reports):
            page.participant_requested.connect(self._on_participant_requested)
        register.marks_changed.connect(self._on_register_marks_changed)
        # A returned aftekenkaart is recognised wherever it is scanned or typed.
        for source in (today.card_scanned, register.scan_line.card_scanned,
                       participants.card_scanned, self.assessments_page.card_scanned):
            source.connect(self._on_card_scanned)
        today.absences_changed.connect(self._on_absences_changed)
        today.handovers_changed.connect(reports.mark_stale)
        reports.handovers_changed.connect(today.mark_stale)
        detail = participants.detail
        detail.attach_absences(self.services.absences, self.services.today.today)
        detail.attach_assessments(self.services.assessments)
        detail.attach_signoffs(self.services.signoffs, self.services.bpv_hours)
        detail.add_action(PersonExportButton(self.services.person_export, self.actor,
                                             detail.shown, self.services.today.today))
        detail.signoffs_requested.connect(self._on_signoffs_requested)
        self.signoffs_page.signoffs_changed.connect(self._on_signoffs_changed)
        detail.absences_changed.connect(self._on_absences_changed)
        backups = self.admin_page.backups_panel
        if backups is not None:
            backups.restore_requested.connect(self._on_backups_restore_requested)

    @property
    def today_page(self) -> TodayPage:
        page = self.pages["today"]
        assert isinstance(page, TodayPage)
        return page

    @property
    def admin_page(self) -> AdminPage:
        page = self.pages["admin"]
        assert isinstance(page, AdminPage)
        return page

    @property
    def register_page(self) -> RegisterPage:
        page = self.pages["attendance"]
        assert isinstance(page, RegisterPage)
        return page

    @property
    def participants_page(self) -> ParticipantsPage:
        page = self.pages["participants"]
        assert isinstance(page, ParticipantsPage)
        return page

    @property
    def assessments_page(self) -> AssessmentsPage:
        page = self.pages["assessments"]
        assert isinstance(page, AssessmentsPage)
        return page

    @property
    def signoffs_page(self) -> SignOffsPage:
        page = self.pages["signoffs"]
        assert isinstance(page, SignOffsPage)
        return page

    @property
    def reports_page(self) -> ReportsPage:
        page = self.pages["reports"]
        assert isinstance(page, ReportsPage)
        return page

    def open_lesson(self, lesson_id: uuid.UUID, day: date) -> None:
        """Show the register of `lesson_id` (on `day`)."""
        register = self.register_page
        register.ensure_loaded()  # else its first showing would choose today's first lesson
        register.show_day(day, lesson_id)
        self._register_stale = False
        self.show_page_key("attendance")

    def open_participant(self, participant_id: uuid.UUID) -> None:
        """Show Deelnemers with `participant_id` selected (clearing a search that hid it)."""
        page = self.participants_page
        self.show_page_key("participants")
        page.ensure_loaded()
        if not page.select(participant_id):
            page.header.search_edit.clear()
            page.search("")
            page.select(participant_id)
        page.table.setFocus()

    def open_signoffs(self, participant_id: uuid.UUID) -> None:
        """Show Aftekenen for `participant_id` (from the participant card)."""
        self.show_page_key("signoffs")
        self.signoffs_page.open_participant(participant_id)

    def open_card(self, code: str) -> None:
        """A scanned aftekenkaart: Aftekenen, its participant and the paper dialog."""
        self.show_page_key("signoffs")
        self.signoffs_page.open_card(code)

    def _on_card_scanned(self, code: str) -> None:
        self.open_card(code)

    def _on_signoffs_requested(self, participant_id: uuid.UUID) -> None:
        self.open_signoffs(participant_id)

    def _on_signoffs_changed(self, _enrolment_id: uuid.UUID) -> None:
        """Sign-offs or hours were written on Aftekenen: the participant card reads them
        again."""
        self.participants_page.detail.refresh_signoffs()

    def _on_today_lesson_activated(self, lesson_id: uuid.UUID, day: date) -> None:
        self.open_lesson(lesson_id, day)

    def _on_today_badge_scanned(self, code: str) -> None:
        """A student scanning at the door while Vandaag shows: their arrival, in Presentie."""
        self.show_page_key("attendance")
        self.register_page.scan(code)

    def _on_today_setup_step_requested(self, target: str) -> None:
        open_setup_step(self, target)

    def _on_participant_requested(self, participant_id: uuid.UUID) -> None:
        self.open_participant(participant_id)

    def _on_register_marks_changed(self, _lesson_id: uuid.UUID) -> None:
        self.today_page.mark_stale()
        self.reports_page.mark_stale()

    def _on_absences_changed(self) -> None:
        """An absence reported in advance was added or withdrawn: every list that shows
        one reads again; the register when it is next shown (it shows them prefilled)."""
        sender = self.sender()
        if sender is not self.today_page:
            self.today_page.mark_stale()
        self.reports_page.mark_stale()
        self._register_stale = True
        detail = self.participants_page.detail
        if sender is not detail:
            detail.refresh_absences()

    def attach_backup_schedule(self, schedule: BackupSchedule) -> None:
        """Show in the status bar when an automatic backup was made or failed; the Back-ups
        page reads its list again."""
        schedule.backup_made.connect(self._on_schedule_backup_made)
        schedule.backup_failed.connect(self._on_schedule_backup_failed)

    def _on_schedule_backup_made(self, info: BackupInfo) -> None:
        self.backup_label.setObjectName("")
        self.backup_label.setText(self.tr("Laatste back-up: {moment}").format(
            moment=moment_text(info)))
        self._repolish(self.backup_label)
        panel = self.admin_page.backups_panel
        if panel is not None and panel.isVisible():
            panel.refresh()

    def _on_schedule_backup_failed(self, reason: str) -> None:
        self.backup_label.setObjectName("formError")
        self.backup_label.setText(self.tr("Back-up mislukt: {reason}").format(reason=reason))
        self.backup_label.setToolTip(reason)
        self._repolish(self.backup_label)

    @staticmethod
    def _repolish(label: QLabel) -> None:
        label.style().unpolish(label)
        label.style().polish(label)

    def close_for(self, step: NextStep) -> None:
        """Close the window so that the app can take `step` (restore, another database)."""
        self.next_step = step
        self.close()

    def _on_backups_restore_requested(self, backup: Path) -> None:
        self.close_for(NextStep(self.services.location, backup, self.actor))

    def _on_lock_logout_requested(self) -> None:
        """"Ander account" on the lock screen: log out; the login dialog comes back."""
        self.close_for(NextStep(self.services.location, logout=True))

    def closeEvent(self, event: QCloseEvent) -> None:
        # A report or scan still running would otherwise use a closed database.
        QThreadPool.globalInstance().waitForDone(CLOSE_WAIT_MS)
        self.lock.stop()
        if reauth.current() is self.password_clock:
            reauth.install(None)  # logged out: no clock until the next login
        super().closeEvent(event)

    def _site_scanner_prefix(self) -> str | None:
        """The site's default scanner prefix (Beheer > Locaties), or None."""
        try:
            return self.services.sites.scanner_prefix(self.actor)
        except ServiceError:
            return None

    def _title(self) -> str:
        if self.site is None:
            return APP_NAME
        return f"{APP_NAME} · {self.site.name} ({self.site.code})"

    def site_text(self) -> str:
        if self.site is None:
            return self.tr("Geen locatie ingericht")
        return self.tr("Locatie {name} ({code})").format(name=self.site.name,
                                                         code=self.site.code)

    def status_text(self) -> str:
        """`Locatie Zwolle (ZWL) · Ingelogd: pbakker (instructeur) · Database: x.sqlite`."""
        site = self.site_text()
        role = self.tr("alleen lezen") if self.actor.read_only else role_label(self.actor.role)
        user = self.tr("Ingelogd: {name} ({role})").format(name=self.actor.name, role=role)
        database = self.tr("Database: {label}").format(label=self.services.database_label)
        return " · ".join((site, user, database))

    @property
    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, index: int) -> None:
        """Show page `index` (0-based, rail order) and mark it in the rail."""
        if self.specs[index].key == "attendance" and self._register_stale:
            self._register_stale = False
            register = self.register_page
            if register.register is not None:
                register.open_lesson(register.register.lesson.id)
        self.stack.setCurrentIndex(index)
        self.rail.set_current(index)

    def show_page_key(self, key: str) -> None:
        self.show_page([s.key for s in self.specs].index(key))

    def _on_rail_page_selected(self, index: int) -> None:
        self.show_page(index)

    def open_verify(self) -> None:
        """The Verifiëren dialog (Ctrl+Shift+V)."""
        from bvmdesk.ui.certificates.verify_dialog import open_verify_dialog

        open_verify_dialog(self, self.services, self.actor)

    def _on_verify_shortcut_activated(self) -> None:
        self.open_verify()

    def _on_find_shortcut_activated(self) -> None:
        self.current_page.focus_search()
