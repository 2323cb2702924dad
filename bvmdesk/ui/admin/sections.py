"""Which panel each master-data section of Beheer shows (issue 15), built from the services
that section needs. Every section uses the one pattern of `ui.admin.records`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from bvmdesk.services.base import Actor

if TYPE_CHECKING:
    from bvmdesk.services.attendance import AttendanceService
    from bvmdesk.services.companies import CompanyService
    from bvmdesk.services.container import Services
    from bvmdesk.services.enrolments import EnrolmentService
    from bvmdesk.services.groups import GroupService
    from bvmdesk.services.lessons import LessonService
    from bvmdesk.services.modules import ModuleService
    from bvmdesk.services.participants import ParticipantService
    from bvmdesk.services.retention_policy import RetentionPolicyService
    from bvmdesk.services.signoffs import SignOffService
    from bvmdesk.services.sites import SiteService
    from bvmdesk.services.trainer_records import TrainerService
    from bvmdesk.services.trainers import TrainerDirectory


@dataclass(frozen=True)
class AdminServices:
    """The services behind Beheer's master-data sections."""

    sites: SiteService
    companies: CompanyService
    trainer_records: TrainerService
    modules: ModuleService
    groups: GroupService
    enrolments: EnrolmentService
    participants: ParticipantService
    lessons: LessonService
    attendance: AttendanceService
    signoffs: SignOffService
    trainers: TrainerDirectory
    retention: RetentionPolicyService | None = None  # Bewaartermijnen (issue 16)

    @classmethod
    def of(cls, services: Services) -> AdminServices:
        return cls(sites=services.sites, companies=services.companies,
                   trainer_records=services.trainer_records, modules=services.modules,
                   groups=services.groups, enrolments=services.enrolments,
                   participants=services.participants, lessons=services.lessons,
                   attendance=services.attendance, signoffs=services.signoffs,
                   trainers=services.trainers, retention=services.retention)


def _companies(services: AdminServices, actor: Actor) -> QWidget:
    from bvmdesk.ui.admin.companies import companies_panel

    return companies_panel(services.companies, actor)


def _modules(services: AdminServices, actor: Actor) -> QWidget:
    from bvmdesk.ui.admin.modules import modules_panel

    return modules_panel(services.modules, actor)


def _sites(services: AdminServices, actor: Actor) -> QWidget:
    from bvmdesk.ui.admin.sites import sites_panel

    return sites_panel(services.sites, actor)


def _trainers(services: AdminServices, actor: Actor) -> QWidget:
    from bvmdesk.ui.admin.trainers import trainers_panel

    return trainers_panel(services.trainer_records, services.signoffs, actor)


def _groups(services: AdminServices, actor: Actor) -> QWidget:
    from bvmdesk.ui.admin.groups import groups_panel

    return groups_panel(services, actor)


BUILDERS: dict[str, Callable[[AdminServices, Actor], QWidget]] = {
    "sites": _sites,
    "companies": _companies,
    "modules": _modules,
    "trainers": _trainers,
    "groups": _groups,
}


def record_panel(key: str, services: AdminServices | None, actor: Actor) -> QWidget | None:
    """The panel of section `key`, or None when it has none (or no services were given)."""
    builder = BUILDERS.get(key)
    if builder is None or services is None:
        return None
    return builder(services, actor)
