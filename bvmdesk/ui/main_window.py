"""The main window: navigation rail, a stack of pages, and the status bar."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from bvmdesk import APP_NAME
from bvmdesk.config import Settings
from bvmdesk.services.base import Actor, ServiceError
from bvmdesk.services.sites import effective_scanner_prefix
from bvmdesk.ui.common import reauth
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.formatting import role_label
from bvmdesk.ui.navigation import NavigationRail, PageSpec, main_pages
from bvmdesk.ui.page_factory import LazyPages, build_page
from bvmdesk.ui.start.next_step import NextStep
from bvmdesk.ui.start.window_lock import WindowLock

if TYPE_CHECKING:
    from bvmdesk.services.accounts import SiteInfo
    from bvmdesk.services.backup_types import BackupInfo
    from bvmdesk.services.container import Services
    from bvmdesk.ui.admin.backup_schedule import BackupSchedule
    from bvmdesk.ui.admin.page import AdminPage
    from bvmdesk.ui.assessments.page import AssessmentsPage
    from bvmdesk.ui.attendance.register import RegisterPage
    from bvmdesk.ui.participants.page import ParticipantsPage
    from bvmdesk.ui.reports.page import ReportsPage
    from bvmdesk.ui.signoffs.page import SignOffsPage
    from bvmdesk.ui.today.page import TodayPage

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
        self._settings = settings
        self.specs: list[PageSpec] = main_pages()
        self.rail = NavigationRail(self.specs)
        self.stack = QStackedWidget()
        # Pages are built when first shown (or first needed); until then an empty stand-in
        # holds their place in the stack.
        self.pages = LazyPages([spec.key for spec in self.specs], self._build_page)
        for _spec in self.specs:
            self.stack.addWidget(QWidget())
        self.rail.page_selected.connect(self._on_rail_page_selected)
        # Set when the window closes so that the app can do something without it: restore a
        # backup (the database must not be open) or open another database.
        self.next_step: NextStep | None = None
        self._register_stale = False

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

    def _build_page(self, key: str) -> Page:
        """Build the page of `key`, put it in its place in the stack and connect it."""
        index = [spec.key for spec in self.specs].index(key)
        page = build_page(self.specs[index], self.services, self.actor, self._settings,
                          self.scanner_prefix)
        page.setObjectName(f"page_{key}")
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._connect_page(key, page)
        return page

    def _built(self, key: str) -> Page | None:
        return self.pages.built(key)

    def _connect_page(self, key: str, page: Page) -> None:
        """Cross-page navigation, and pages told when data they show changed elsewhere:
        a page not built yet reads everything when it is."""
        if key == "today":
            today = cast("TodayPage", page)
            today.lesson_activated.connect(self._on_today_lesson_activated)
            today.badge_scanned.connect(self._on_today_badge_scanned)
            today.setup_card.step_requested.connect(self._on_today_setup_step_requested)
            today.participant_requested.connect(self._on_participant_requested)
            today.card_scanned.connect(self._on_card_scanned)
            today.absences_changed.connect(self._on_absences_changed)
            today.handovers_changed.connect(lambda: self._mark_stale("reports"))
        elif key == "reports":
            reports = cast("ReportsPage", page)
            reports.participant_requested.connect(self._on_participant_requested)
            reports.handovers_changed.connect(lambda: self._mark_stale("today"))
        elif key == "attendance":
            register = cast("RegisterPage", page)
            register.marks_changed.connect(self._on_register_marks_changed)
            register.scan_line.card_scanned.connect(self._on_card_scanned)
        elif key == "participants":
            self._connect_participants(cast("ParticipantsPage", page))
        elif key == "assessments":
            cast("AssessmentsPage", page).card_scanned.connect(self._on_card_scanned)
        elif key == "signoffs":
            cast("SignOffsPage", page).signoffs_changed.connect(self._on_signoffs_changed)
        elif key == "admin":
            from bvmdesk.ui.admin.records import RecordPanel

            admin = cast("AdminPage", page)
            sites = admin.panels.get("sites")
            if isinstance(sites, RecordPanel):  # a new idle time counts at once
                sites.saved.connect(self.lock.read_minutes)
            backups = admin.backups_panel
            if backups is not None:
                backups.restore_requested.connect(self._on_backups_restore_requested)

    def _connect_participants(self, participants: ParticipantsPage) -> None:
        from bvmdesk.ui.participants.person_export import PersonExportButton

        participants.card_scanned.connect(self._on_card_scanned)
        detail = participants.detail
        detail.attach_absences(self.services.absences, self.services.today.today)
        detail.attach_assessments(self.services.assessments)
        detail.attach_signoffs(self.services.signoffs, self.services.bpv_hours)
        detail.add_action(PersonExportButton(self.services.person_export, self.actor,
                                             detail.shown, self.services.today.today))
        detail.signoffs_requested.connect(self._on_signoffs_requested)
        detail.absences_changed.connect(self._on_absences_changed)

    def _mark_stale(self, key: str) -> None:
        page = self._built(key)
        if page is not None:
            page.mark_stale()  # type: ignore[attr-defined]

    @property
    def today_page(self) -> TodayPage:
        return cast("TodayPage", self.pages["today"])

    @property
    def admin_page(self) -> AdminPage:
        return cast("AdminPage", self.pages["admin"])

    @property
    def register_page(self) -> RegisterPage:
        return cast("RegisterPage", self.pages["attendance"])

    @property
    def participants_page(self) -> ParticipantsPage:
        return cast("ParticipantsPage", self.pages["participants"])

    @property
    def assessments_page(self) -> AssessmentsPage:
        return cast("AssessmentsPage", self.pages["assessments"])

    @property
    def signoffs_page(self) -> SignOffsPage:
        return cast("SignOffsPage", self.pages["signoffs"])

    @property
    def reports_page(self) -> ReportsPage:
        return cast("ReportsPage", self.pages["reports"])

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
        if self._built("participants") is not None:
            self.participants_page.detail.refresh_signoffs()

    def _on_today_lesson_activated(self, lesson_id: uuid.UUID, day: date) -> None:
        self.open_lesson(lesson_id, day)

    def _on_today_badge_scanned(self, code: str) -> None:
        """A student scanning at the door while Vandaag shows: their arrival, in Presentie."""
        self.show_page_key("attendance")
        self.register_page.scan(code)

    def _on_today_setup_step_requested(self, target: str) -> None:
        from bvmdesk.ui.today.setup_card import open_setup_step

        open_setup_step(self, target)

    def _on_participant_requested(self, participant_id: uuid.UUID) -> None:
        self.open_participant(participant_id)

    def _on_register_marks_changed(self, _lesson_id: uuid.UUID) -> None:
        self._mark_stale("today")
        self._mark_stale("reports")

    def _on_absences_changed(self) -> None:
        """An absence reported in advance was added or withdrawn: every list that shows
        one reads again; the register when it is next shown (it shows them prefilled)."""
        sender = self.sender()
        if sender is not self._built("today"):
            self._mark_stale("today")
        self._mark_stale("reports")
        self._register_stale = True
        if self._built("participants") is not None:
            detail = self.participants_page.detail
            if sender is not detail:
                detail.refresh_absences()

    def attach_backup_schedule(self, schedule: BackupSchedule) -> None:
        """Show in the status bar when an automatic backup was made or failed; the Back-ups
        page reads its list again."""
        schedule.backup_made.connect(self._on_schedule_backup_made)
        schedule.backup_failed.connect(self._on_schedule_backup_failed)

    def _on_schedule_backup_made(self, info: BackupInfo) -> None:
        from bvmdesk.ui.admin.backups import moment_text

        self.backup_label.setObjectName("")
        self.backup_label.setText(self.tr("Laatste back-up: {moment}").format(
            moment=moment_text(info)))
        self._repolish(self.backup_label)
        panel = self.admin_page.backups_panel if self._built("admin") else None
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
        self.pages[self.specs[index].key]  # built the first time it shows
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
