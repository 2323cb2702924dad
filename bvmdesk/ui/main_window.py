"""The main window: navigation rail, a stack of pages, and the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

from bvmdesk import APP_NAME
from bvmdesk.config import Settings
from bvmdesk.services.base import Actor
from bvmdesk.ui.formatting import role_label
from bvmdesk.ui.navigation import NavigationRail, PageSpec, main_pages
from bvmdesk.ui.pages.admin import AdminPage
from bvmdesk.ui.pages.base import Page
from bvmdesk.ui.pages.participants import ParticipantsPage
from bvmdesk.ui.pages.placeholder import PlaceholderPage
from bvmdesk.ui.pages.register import RegisterPage

if TYPE_CHECKING:
    from bvmdesk.services.accounts import SiteInfo
    from bvmdesk.services.container import Services

# The register is what an instructor needs first at 08:00 (until Vandaag is built).
START_PAGE = "attendance"


class MainWindow(QMainWindow):
    """The window an actor works in; it gets its services and settings from app.py."""

    def __init__(self, services: Services, actor: Actor, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.site: SiteInfo | None = services.accounts.local_site()
        self.setWindowTitle(self._title())
        self.setMinimumSize(QSize(1024, 640))

        self.specs: list[PageSpec] = main_pages()
        self.rail = NavigationRail(self.specs)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for spec in self.specs:
            page: Page
            if spec.key == "participants":
                page = ParticipantsPage(services.participants, actor)
            elif spec.key == "attendance":
                page = RegisterPage(services.attendance, actor,
                                    scanner_prefix=settings.scanner_prefix)
            elif spec.key == "admin":
                page = AdminPage(services.accounts, actor, settings,
                                 lessons=services.lessons, attendance=services.attendance,
                                 exchange=services.exchange)
            else:
                page = PlaceholderPage(spec.title, spec.icon, spec.purpose)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.rail.page_selected.connect(self._on_rail_page_selected)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel(self.status_text())
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().setSizeGripEnabled(False)

        for index in range(len(self.specs)):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._on_find_shortcut_activated)
        self.show_page([s.key for s in self.specs].index(START_PAGE))
        self.resize(1366, 768)

    def _title(self) -> str:
        if self.site is None:
            return APP_NAME
        return f"{APP_NAME} · {self.site.name} ({self.site.code})"

    def status_text(self) -> str:
        """`Locatie Zwolle (ZWL) · Ingelogd: pbakker (instructeur) · Database: x.sqlite`."""
        if self.site is None:
            site = self.tr("Geen locatie ingericht")
        else:
            site = self.tr("Locatie {name} ({code})").format(name=self.site.name,
                                                             code=self.site.code)
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
        self.stack.setCurrentIndex(index)
        self.rail.set_current(index)

    def show_page_key(self, key: str) -> None:
        self.show_page([s.key for s in self.specs].index(key))

    def _on_rail_page_selected(self, index: int) -> None:
        self.show_page(index)

    def _on_find_shortcut_activated(self) -> None:
        self.current_page.focus_search()
