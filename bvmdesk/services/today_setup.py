"""Vandaag's "Aan de slag": how far a new site is with its first steps (modules,
leerbedrijven and praktijkopleiders, a group, participants, lessons), read in one go."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select, true

from bvmdesk.db.models import Company, Group, Lesson, Module, Participant, WorkplaceTrainer
from bvmdesk.db.session import Sessions, local_site_id
from bvmdesk.domain.permissions import Permission
from bvmdesk.services.base import Actor


@dataclass(frozen=True)
class SetupProgress:
    """Counts of live rows: modules, companies, trainers (of a live company) and
    participants everywhere (they are shared between sites); groups and lessons (live, not
    cancelled, of a live group) at this installation's site (every site before one is set).

    `shown`: no live group here has a live lesson yet, so Vandaag shows the first steps.
    """

    modules: int
    companies: int
    trainers: int
    groups: int
    participants: int
    lessons: int

    @property
    def shown(self) -> bool:
        return self.lessons == 0

    @property
    def steps_done(self) -> int:
        """How many of the five steps are done (the fifth, lessons, ends the card)."""
        return sum(1 for n in (self.modules, self.companies, self.groups, self.participants,
                               self.lessons) if n > 0)


def _count(model: Any, *where: ColumnElement[bool]) -> Any:
    return (select(func.count()).select_from(model)
            .where(model.deleted_at.is_(None), *where).scalar_subquery())


def setup_progress(sessions: Sessions, actor: Actor) -> SetupProgress:
    """One read (one statement) of the counts behind "Aan de slag"."""
    actor.require(Permission.VIEW)
    with sessions.read() as s:
        site_id = local_site_id(s)
        here = Group.location_id == site_id if site_id is not None else true()
        live_company = select(Company.id).where(Company.deleted_at.is_(None))
        live_group_here = select(Group.id).where(Group.deleted_at.is_(None), here)
        row = s.execute(select(
            _count(Module),
            _count(Company),
            _count(WorkplaceTrainer, WorkplaceTrainer.company_id.in_(live_company)),
            _count(Group, here),
            _count(Participant),
            _count(Lesson, Lesson.cancelled.is_(False), Lesson.group_id.in_(live_group_here)),
        )).one()
        return SetupProgress(*(int(n or 0) for n in row))
