"""The main window's pages, each built (and its module imported) when first shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from bvmdesk.config import Settings
    from bvmdesk.services.base import Actor
    from bvmdesk.services.container import Services
    from bvmdesk.ui.common.base import Page
    from bvmdesk.ui.navigation import PageSpec


def build_page(spec: PageSpec, services: Services, actor: Actor, settings: Settings,
               prefix: str | None) -> Page:
    """The page of `spec` for `actor` (`prefix`: the scanner prefix of this PC)."""
    key = spec.key
    if key == "today":
        from bvmdesk.ui.today.page import TodayPage

        return TodayPage(services.today, services.absences, services.reports,
                         services.participants, actor, scanner_prefix=prefix)
    if key == "participants":
        from bvmdesk.ui.participants.page import ParticipantsPage

        return ParticipantsPage(services.participants, actor, scanner_prefix=prefix)
    if key == "attendance":
        from bvmdesk.ui.attendance.register import RegisterPage

        return RegisterPage(services.attendance, actor, scanner_prefix=prefix,
                            today=services.today.today)
    if key == "assessments":
        from bvmdesk.ui.assessments.group_progress import GroupProgressView
        from bvmdesk.ui.assessments.page import AssessmentsPage

        assessments = AssessmentsPage(services.assessments, services.participants, actor,
                                      scanner_prefix=prefix, database=services.location)
        assessments.add_overview(GroupProgressView(services, actor),
                                 QCoreApplication.translate("AssessmentsPage",
                                                            "&Voortgang per groep"))
        return assessments
    if key == "signoffs":
        from bvmdesk.ui.signoffs.page import SignOffsPage

        return SignOffsPage(services.signoffs, services.bpv_hours, services.signoff_cards,
                            services.signoff_reports, services.signoff_overview,
                            services.participants, actor, scanner_prefix=prefix,
                            today=services.today.today, database=services.location)
    if key == "certificates":
        from bvmdesk.ui.certificates.page import CertificatesPage

        return CertificatesPage(services, actor, database=services.location)
    if key == "reports":
        from bvmdesk.ui.reports.page import ReportsPage

        return ReportsPage(services.reports, services.absences, services.attendance,
                           services.participants, actor, today=services.today.today)
    if key == "admin":
        from bvmdesk.ui.admin.page import AdminPage
        from bvmdesk.ui.admin.sections import AdminServices

        return AdminPage(services.accounts, actor, settings, lessons=services.lessons,
                         attendance=services.attendance, exchange=services.exchange,
                         scanlog=services.scanlog, backups=services.backups,
                         assessments=services.assessments,
                         signoff_tasks=services.signoff_tasks, signoffs=services.signoffs,
                         trainers=services.trainers,
                         certificate_settings=services.certificate_settings,
                         signing_keys=services.signing_keys,
                         verify_page=services.verify_page,
                         records=AdminServices.of(services))
    from bvmdesk.ui.common.placeholder import PlaceholderPage

    return PlaceholderPage(spec.title, spec.icon, spec.purpose)


class LazyPages(Mapping[str, "Page"]):
    """The pages by key; looking one up builds it when it was not built yet."""

    def __init__(self, keys: list[str], build: Callable[[str], Page]) -> None:
        self._keys = keys
        self._build = build
        self._built: dict[str, Page] = {}

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            if key not in self._keys:
                raise KeyError(key)
            page = self._build(key)
            self._built[key] = page
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self, key: str) -> Page | None:
        """The page of `key` if it was built already (nothing is built here)."""
        return self._built.get(key)
