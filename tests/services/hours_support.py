"""What the bpv-hours tests share: services on a fixed day, an enrolment at a company with
its praktijkopleider (who has a PIN), and a drawn signature."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from bvmdesk.db.models import (
    Company,
    Enrolment,
    Group,
    Module,
    Participant,
    Programme,
    WorkplaceTrainer,
)
from bvmdesk.domain.clock import Clock
from bvmdesk.domain.signature import encode, make_signature
from bvmdesk.services import trainer_pins
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.db.support import add_participant, build_lesson_world

TODAY = date(2026, 11, 18)   # a Wednesday in ISO week 2026-W47; 2026 has 53 weeks
PIN = "24680"
STROKES = encode(make_signature(300, 100, [[(10, 10), (60, 40), (120, 30)]]))
EMPTY_STROKES = encode(make_signature(300, 100, [[(10, 10)]]))  # a tap: no signature


@pytest.fixture
def services(site_location: str) -> Iterator[Services]:
    """Services whose today is TODAY (weeks after W47 of 2026 are in the future)."""
    opened = open_services(site_location, clock=Clock(today=TODAY))
    try:
        yield opened
    finally:
        opened.close()


@dataclass(frozen=True)
class HoursWorld:
    enrolment_id: uuid.UUID
    participant_id: uuid.UUID
    participant_number: str
    group_id: uuid.UUID
    module_id: uuid.UUID
    company_id: uuid.UUID
    trainer_id: uuid.UUID
    other_trainer_id: uuid.UUID   # a praktijkopleider of another company


def hours_world(services: Services, group_code: str = "LAS-1", *, pin: bool = True,
                participant_type: str = "BBL") -> HoursWorld:
    """A group with one participant enrolled at Staal BV, praktijkopleider Noël de Jong
    (PIN 24680 when `pin`), and a trainer of another company."""
    world = build_lesson_world(services, group_code)
    with sessions_of(services).write("test") as s:
        suffix = group_code.replace("-", "")
        company = Company(code=f"STAAL-{suffix}", name="Staal BV", sbb_id="100200300")
        other = Company(code=f"HOUT-{suffix}", name="Hout & Co")
        s.add_all([company, other])
        s.flush()
        trainer = WorkplaceTrainer(code=f"PO-{suffix}", name="Noël de Jong",
                                   company_id=company.id)
        stranger = WorkplaceTrainer(code=f"PO-X-{suffix}", name="Anna Vreemd",
                                    company_id=other.id)
        s.add_all([trainer, stranger])
        s.flush()
        enrolment = s.get(Enrolment, world.enrolment_id)
        assert enrolment is not None
        enrolment.company_id, enrolment.trainer_id = company.id, trainer.id
        person = s.get(Participant, world.participant_id)
        assert person is not None
        person.type = participant_type
        number = person.number
        ids = (company.id, trainer.id, stranger.id)
    if pin:
        trainer_pins.set_pin(sessions_of(services), Actor.cli(), ids[1], PIN, PIN)
    return HoursWorld(world.enrolment_id, world.participant_id, number, world.group_id,
                      world.module_id, *ids)


def enrol(services: Services, group_code: str, number: str, *, first: str, last: str,
          participant_type: str = "BBL", company_id: uuid.UUID | None = None,
          trainer_id: uuid.UUID | None = None, status: str = "actief",
          start: date = date(2026, 9, 1)) -> tuple[uuid.UUID, uuid.UUID]:
    """Another participant (made when `number` is new) in the group `group_code`:
    (participant id, enrolment id)."""
    with sessions_of(services).write("test") as s:
        group = s.scalars(select(Group).where(Group.code == group_code)).one()
        person = s.scalars(select(Participant).where(Participant.number == number)).first()
        if person is None:
            person = add_participant(s, number, first, last, type_=participant_type)
        enrolment = Enrolment(participant_id=person.id, group_id=group.id, start_date=start,
                              company_id=company_id, trainer_id=trainer_id, status=status)
        s.add(enrolment)
        s.flush()
        return person.id, enrolment.id


def set_programme_norm(services: Services, module_id: uuid.UUID, norm: int | None) -> None:
    """Put the module under a programme with this yearly norm of bpv hours."""
    with sessions_of(services).write("test") as s:
        programme = Programme(code=f"PR-{uuid.uuid4().hex[:6]}", name="Lasser",
                              bpv_norm_hours=norm)
        s.add(programme)
        s.flush()
        module = s.get(Module, module_id)
        assert module is not None
        module.programme_id = programme.id
