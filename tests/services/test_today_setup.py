"""Vandaag's "Aan de slag" counts, on both backends: what counts (live rows; groups and
lessons of this site; a live, not cancelled lesson of a live group ends the card) and who
may read them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import select

from bvmdesk.db.models import Company, Group, Lesson, Module, Site, WorkplaceTrainer
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.today_setup import SetupProgress
from tests.db import support

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

ARCHIVED = datetime(2026, 9, 1, 12, 0)


def _counts(progress: SetupProgress) -> tuple[int, ...]:
    return (progress.modules, progress.companies, progress.trainers, progress.groups,
            progress.participants, progress.lessons)


def _module_and_group(services: Services, code: str,
                      site_id: uuid.UUID | None = None) -> uuid.UUID:
    with sessions_of(services).write("test") as s:
        module = Module(code=f"M-{code}", name=f"Module {code}", planned_hours=40)
        s.add(module)
        s.flush()
        location = site_id or s.scalars(select(Site.id).where(Site.code == "ZWL")).one()
        group = Group(code=code, name=f"Groep {code}", module_id=module.id,
                      location_id=location, start_date=date(2026, 9, 1))
        s.add(group)
        s.flush()
        return group.id


def _lesson(services: Services, group_id: uuid.UUID, day: date, *,
            cancelled: bool = False) -> uuid.UUID:
    with sessions_of(services).write("test") as s:
        lesson = Lesson(group_id=group_id, date=day, start_time=time(8, 30),
                        end_time=time(12, 0), cancelled=cancelled,
                        cancel_reason="ziek" if cancelled else None)
        s.add(lesson)
        s.flush()
        return lesson.id


def _archive(services: Services, model: type, row_id: uuid.UUID) -> None:
    with sessions_of(services).write("test") as s:
        row = s.get(model, row_id)
        assert row is not None
        row.deleted_at = ARCHIVED


def test_a_new_site_shows_every_step_to_do(services: Services, admin: Actor,
                                            instructor: Actor) -> None:
    progress = services.today.setup(admin)
    assert _counts(progress) == (0, 0, 0, 0, 0, 0)
    assert progress.shown and progress.steps_done == 0
    assert services.today.setup(instructor) == progress  # instructors see the card too


def test_counts_live_rows_and_the_card_stays_until_a_lesson(services: Services,
                                                            admin: Actor) -> None:
    with sessions_of(services).write("test") as s:
        acme = Company(code="ACME", name="Acme Metaal")
        gone = Company(code="OUD", name="Oud Bedrijf")
        s.add_all([acme, gone])
        s.flush()
        s.add_all([WorkplaceTrainer(code="PO-1", name="Piet", company_id=acme.id),
                   WorkplaceTrainer(code="PO-2", name="Anne", company_id=acme.id),
                   WorkplaceTrainer(code="PO-3", name="Kees", company_id=gone.id)])
        support.add_participant(s, "P-1", "Zoë", "Hek")
        gone_id = gone.id
    _archive(services, Company, gone_id)  # and with it its trainer, for this count
    group = _module_and_group(services, "LAS-1")
    progress = services.today.setup(admin)
    assert _counts(progress) == (1, 1, 2, 1, 1, 0)
    assert progress.shown and progress.steps_done == 4

    _lesson(services, group, date(2026, 9, 7), cancelled=True)
    assert services.today.setup(admin).shown  # a cancelled lesson is no lesson
    archived = _lesson(services, group, date(2026, 9, 8))
    _archive(services, Lesson, archived)
    assert services.today.setup(admin).shown  # nor is an archived one
    _lesson(services, group, date(2026, 9, 14))
    progress = services.today.setup(admin)
    assert progress.lessons == 1 and not progress.shown


def test_an_archived_group_or_module_does_not_count(services: Services, admin: Actor) -> None:
    group = _module_and_group(services, "LAS-1")
    _lesson(services, group, date(2026, 9, 7))
    assert not services.today.setup(admin).shown
    _archive(services, Group, group)
    progress = services.today.setup(admin)
    assert (progress.groups, progress.lessons, progress.shown) == (0, 0, True)
    with sessions_of(services).read() as s:
        module_id = s.scalars(select(Group.module_id).where(Group.id == group)).one()
    _archive(services, Module, module_id)
    assert services.today.setup(admin).modules == 0


def test_groups_and_lessons_of_another_site_do_not_end_the_card(services: Services,
                                                                admin: Actor) -> None:
    with sessions_of(services).write("test") as s:
        other = Site(code="TBG", name="Terborg")
        s.add(other)
        s.flush()
        other_id = other.id
    group = _module_and_group(services, "TBG-1", site_id=other_id)
    _lesson(services, group, date(2026, 9, 7))
    progress = services.today.setup(admin)
    # Modules are shared by the sites; the group and its lesson are Terborg's.
    assert _counts(progress) == (1, 0, 0, 0, 0, 0)
    assert progress.shown
