"""Beheer: a sub-navigation of the administration sections; those not built yet say so
plainly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bvmdesk.config import Settings
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor
from bvmdesk.ui.admin.assessment_forms import AssessmentFormsPanel
from bvmdesk.ui.admin.backups import BackupsPanel
from bvmdesk.ui.admin.certificates import CertificatesPanel
from bvmdesk.ui.admin.export_page import ExportPanel
from bvmdesk.ui.admin.holidays import HolidaysPanel
from bvmdesk.ui.admin.import_wizard import ImportWizard
from bvmdesk.ui.admin.records import RecordPanel
from bvmdesk.ui.admin.retention import RetentionPanel
from bvmdesk.ui.admin.sections import AdminServices, record_panel
from bvmdesk.ui.admin.settings import SettingsPanel
from bvmdesk.ui.admin.signoff_tasks import SignOffTasksPanel
from bvmdesk.ui.admin.users import UsersPanel
from bvmdesk.ui.attendance.lessons import LessonsPanel
from bvmdesk.ui.attendance.scan_log import ScanLogDialog
from bvmdesk.ui.common.base import Page
from bvmdesk.ui.common.placeholder import NotBuiltNotice

if TYPE_CHECKING:
    from bvmdesk.services.accounts import AccountService
    from bvmdesk.services.assessments import AssessmentService
    from bvmdesk.services.attendance import AttendanceService
    from bvmdesk.services.backup import BackupService
    from bvmdesk.services.certificate_settings import CertificateSettingsService
    from bvmdesk.services.exchange import ExchangeService
    from bvmdesk.services.lessons import LessonService
    from bvmdesk.services.scanlog import ScanLogService
    from bvmdesk.services.signing_keys import SigningKeyService
    from bvmdesk.services.signoff_tasks import SignOffTaskService
    from bvmdesk.services.signoffs import SignOffService
    from bvmdesk.services.trainers import TrainerDirectory
    from bvmdesk.services.verify_page import VerifyPageService


def admin_sections() -> list[tuple[str, str, str, str]]:
    """(key, title, icon, what it will do: a whole sentence) for each Beheer section, in
    menu order."""
    translate = QCoreApplication.translate
    return [
        ("sites", translate("AdminPage", "Locaties"), "fa6s.location-dot", ""),
        ("users", translate("AdminPage", "Gebruikers"), "fa6s.user-shield", ""),
        ("companies", translate("AdminPage", "Leerbedrijven"), "fa6s.industry", ""),
        ("trainers", translate("AdminPage", "Praktijkopleiders"), "fa6s.user-tie", ""),
        ("modules", translate("AdminPage", "Modules"), "fa6s.cubes", ""),
        ("groups", translate("AdminPage", "Groepen"), "fa6s.people-group", ""),
        ("assessment_forms", translate("AdminPage", "Beoordelingsformulieren"),
         "fa6s.clipboard-check", ""),
        ("signoff_tasks", translate("AdminPage", "Aftekentaken"), "fa6s.file-signature", ""),
        ("certificates", translate("AdminPage", "Certificaten"), "fa6s.certificate", ""),
        ("holidays", translate("AdminPage", "Vakanties"), "fa6s.umbrella-beach",
         translate("AdminPage", "Hier voert u straks de schoolvakanties per locatie in; "
                   "vakantieweken tellen niet mee voor verzuimsignalen.")),
        ("import", translate("AdminPage", "Importeren"), "fa6s.file-import",
         translate("AdminPage", "Hier importeert u straks een Excel-werkmap of CSV-map: "
                   "helemaal of helemaal niet.")),
        ("export", translate("AdminPage", "Exporteren"), "fa6s.file-export",
         translate("AdminPage", "Hier exporteert u straks alle gegevens als "
                   "Excel-werkmap of CSV-map.")),
        ("backups", translate("AdminPage", "Back-ups"), "fa6s.clock-rotate-left",
         translate("AdminPage", "Hier maakt en bekijkt u straks back-ups, en zet u er "
                   "een terug.")),
        ("retention", translate("AdminPage", "Bewaartermijnen"), "fa6s.hourglass-half", ""),
        ("sync", translate("AdminPage", "Synchronisatie"), "fa6s.rotate",
         translate("AdminPage", "Hier wisselt u straks gegevens uit met de andere "
                   "locaties en de centrale database.")),
        ("audit", translate("AdminPage", "Audit"), "fa6s.scroll",
         translate("AdminPage", "Hier ziet u straks het auditlogboek: wie wat wanneer "
                   "heeft gewijzigd, met een controle van de keten.")),
        ("settings", translate("AdminPage", "Instellingen"), "fa6s.sliders", ""),
    ]


class AdminPage(Page):
    """Beheer with its own sub-navigation; the search field filters the sections."""

    def __init__(self, accounts: AccountService, actor: Actor, settings: Settings,
                 parent: QWidget | None = None, *,
                 exchange: ExchangeService | None = None,
                 lessons: LessonService | None = None,
                 attendance: AttendanceService | None = None,
                 scanlog: ScanLogService | None = None,
                 backups: BackupService | None = None,
                 assessments: AssessmentService | None = None,
                 signoff_tasks: SignOffTaskService | None = None,
                 signoffs: SignOffService | None = None,
                 trainers: TrainerDirectory | None = None,
                 certificate_settings: CertificateSettingsService | None = None,
                 signing_keys: SigningKeyService | None = None,
                 verify_page: VerifyPageService | None = None,
                 records: AdminServices | None = None) -> None:
        super().__init__(QCoreApplication.translate("AdminPage", "Beheer"),
                         search_placeholder=QCoreApplication.translate(
                             "AdminPage", "Zoek een onderdeel"), parent=parent)
        self.sections = admin_sections()
        self.sub_navigation = QListWidget()
        self.sub_navigation.setObjectName("subNavigation")
        self.sub_navigation.setFixedWidth(200)
        self.sub_navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.stack = QStackedWidget()
        self.panels: dict[str, QWidget] = {}
        for key, title, icon_name, purpose in self.sections:
            self.sub_navigation.addItem(title)
            item = self.sub_navigation.item(self.sub_navigation.count() - 1)
            item.setSizeHint(QSize(180, 34))
            item.setToolTip(title)  # a long title at a large font is cut: the tip shows it
            built = record_panel(key, records, actor)
            if built is not None:
                panel: QWidget = built
            elif key == "settings":
                panel = SettingsPanel(settings)
            elif key == "users":
                panel = UsersPanel(accounts, actor)
            elif key == "groups" and lessons is not None and attendance is not None:
                panel = LessonsPanel(lessons, attendance, actor)
            elif key == "assessment_forms" and assessments is not None:
                panel = AssessmentFormsPanel(assessments, actor)
            elif key == "signoff_tasks" and signoff_tasks is not None:
                panel = SignOffTasksPanel(signoff_tasks, actor)
            elif (key == "certificates" and certificate_settings is not None
                  and signing_keys is not None):
                panel = CertificatesPanel(certificate_settings, signing_keys, actor,
                                          pages=verify_page)
            elif key == "holidays" and lessons is not None:
                panel = HolidaysPanel(lessons, actor)
            elif key == "import" and exchange is not None:
                panel = self._import_panel(ImportWizard(exchange, actor), scanlog, actor)
            elif key == "export" and exchange is not None:
                panel = ExportPanel(exchange, actor)
            elif key == "backups" and backups is not None:
                panel = BackupsPanel(backups, actor, settings)
            elif key == "retention" and records is not None and records.retention is not None:
                panel = RetentionPanel(records.retention, accounts, actor)
            else:
                panel = QWidget()
                panel_layout = QVBoxLayout(panel)
                heading = QLabel(title)
                heading.setObjectName("sectionTitle")
                panel_layout.setContentsMargins(16, 0, 0, 0)
                panel_layout.addWidget(heading)
                panel_layout.addWidget(NotBuiltNotice(icon_name, purpose), 1)
            self.panels[key] = panel
            self.stack.addWidget(panel)
        self.sub_navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.sub_navigation)
        row.addWidget(self.stack, 1)
        self.body.addLayout(row, 1)
        self.header.search_changed.connect(self._on_header_search_changed)
        self.show_section(self.sections[0][0])  # Beheer opens on its first section

    def _import_panel(self, wizard: QWidget, scanlog: ScanLogService | None,
                      actor: Actor) -> QWidget:
        """The import wizard, with the scanner log of a badge terminal beside it."""
        if scanlog is None:
            return wizard
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(wizard, 1)
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 0, 0)
        hint = QLabel(self.tr("Een scanlog van een badgezuil (badge;tijdstip per regel) wordt "
                              "aankomst en vertrek bij de lessen van dat moment."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.scan_log_button = QPushButton(self.tr("Scanlog inlezen…"))
        self.scan_log_button.setEnabled(actor.may(Permission.RECORD_ATTENDANCE))
        self.scan_log_button.clicked.connect(
            lambda: ScanLogDialog(scanlog, actor, self).exec())
        row.addWidget(hint, 1)
        row.addWidget(self.scan_log_button)
        layout.addLayout(row)
        return panel

    @property
    def backups_panel(self) -> BackupsPanel | None:
        panel = self.panels.get("backups")
        return panel if isinstance(panel, BackupsPanel) else None

    def show_section(self, key: str) -> None:
        """Show section `key`; a master-data section gets the focus in its list, so that its
        keys (arrows, Ctrl+N) work at once."""
        keys = [s[0] for s in self.sections]
        self.sub_navigation.setCurrentRow(keys.index(key))
        panel = self.panels.get(key)
        if isinstance(panel, RecordPanel | UsersPanel):
            panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_header_search_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        first_match = -1
        for row in range(self.sub_navigation.count()):
            item = self.sub_navigation.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_match < 0:
                first_match = row
        if needle and first_match >= 0:
            self.sub_navigation.setCurrentRow(first_match)
