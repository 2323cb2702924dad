"""What the certificate service tests share: services on a fixed day and a group whose
participants meet (or miss) each condition of a certificate, written with the ORM.

`certificate_world(services, admin, people)` makes, on top of the template database (site
ZWL, admin `beheer`, instructor `docent`, see tests/db/support.py):

- programme `BBL-MIG` (crebo 25296, level 2) and module `M-CERT` ("Lassen MIG/MAG", 40
  hours, minimum attendance 80 %, `validity_years` as asked) in it;
- a required ovg form `CERT-OPD` (work processes B1-K1-W1 with critical criterion 1, and
  B1-K1-W2) and an optional bpv form `CERT-BPV` nobody is assessed on;
- sign-off tasks `T1`, `T2` (required) and `T3` (optional);
- group `CERT-1` from 2026-09-01 with LESSONS lessons of 2 hours (Mondays from
  2026-09-07), company `LB-CERT` with trainer `PO-CERT`;
- one enrolment per `Person`: marked present at `present` of the lessons (absent
  ongeoorloofd at the rest), a final assessment of CERT-OPD rated `rating` on every
  criterion (None: not assessed), and T1/T2 signed when `signed`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from bvmdesk.db.models import (
    Assessment,
    AttendanceMark,
    Company,
    Criterion,
    Enrolment,
    Group,
    Lesson,
    Module,
    Programme,
    Rating,
    SignOff,
    SignOffTask,
    User,
    WorkplaceTrainer,
)
from bvmdesk.db.session import local_site_id
from bvmdesk.domain.clock import Clock
from bvmdesk.services.assessment_types import DRAFT, FINAL, CriterionSpec, FormSpec
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.db.support import INSTRUCTOR, add_participant

TODAY = date(2026, 11, 20)
GROUP = "CERT-1"
MODULE = "M-CERT"
FORM = "CERT-OPD"
LESSONS = 10
FIRST_LESSON = date(2026, 9, 7)


@pytest.fixture
def services(site_location: str) -> Iterator[Services]:
    """Services whose today is TODAY."""
    opened = open_services(site_location, clock=Clock(today=TODAY))
    try:
        yield opened
    finally:
        opened.close()


@dataclass(frozen=True)
class Person:
    number: str
    first_names: str
    last_name: str
    prefix: str | None = None
    present: int = LESSONS
    rating: str | None = "V"  # every criterion of CERT-OPD; "O": criterion 1 (critical) fails
    signed: bool = True
    trainer: bool = True


EVERYONE_OK = (
    Person("P-C-1", "Zoë", "Hek", "van 't"),
    Person("P-C-2", "Çağan", "Yılmaz"),
    Person("P-C-3", "Łukasz", "Wróbel"),
    Person("P-C-4", "Nguyễn Thị", "Ánh"),
    Person("P-C-5", "Åsa", "Øberg"),
)


@dataclass(frozen=True)
class CertificateWorld:
    group_id: uuid.UUID
    module_id: uuid.UUID
    form_id: uuid.UUID
    tasks: dict[str, uuid.UUID]
    trainer_id: uuid.UUID
    enrolments: dict[str, uuid.UUID] = field(default_factory=dict)  # number -> enrolment
    participants: dict[str, uuid.UUID] = field(default_factory=dict)  # number -> id
    signoffs: dict[str, list[uuid.UUID]] = field(default_factory=dict)  # number -> rows


def _form(module_code: str) -> FormSpec:
    return FormSpec(FORM, "Praktijkopdracht MIG/MAG", module_code, "opdracht", "ovg", tuple(
        CriterionSpec("B1-K1-W1" if n <= 2 else "B1-K1-W2",
                      "Bereidt het werk voor" if n <= 2 else "Last verbindingen", n,
                      f"Criterium {n}", critical=(n == 1)) for n in range(1, 5)),
        required=True)


def certificate_world(services: Services, admin: Actor,
                      people: Sequence[Person] = EVERYONE_OK, *,
                      validity_years: int | None = None, kind: str | None = None,
                      min_attendance: int | None = 80) -> CertificateWorld:
    """Build the world of the module docstring and return its ids."""
    with sessions_of(services).write("test") as s:
        programme = Programme(code="BBL-MIG", name="Lasser BBL", crebo="25296", level=2,
                              kind="BBL")
        s.add(programme)
        s.flush()
        module = Module(code=MODULE, name="Lassen MIG/MAG", programme_id=programme.id,
                        planned_hours=40, min_attendance_pct=min_attendance,
                        validity_years=validity_years, certificate_kind=kind)
        s.add(module)
        s.flush()
        module_id = module.id
    form = services.assessments.save_form(admin, _form(MODULE))
    services.assessments.save_form(admin, FormSpec(
        "CERT-BPV", "Beoordeling bpv", MODULE, "bpv", "ovg",
        (CriterionSpec("B1-K1-W1", "Bereidt het werk voor", 1, "Werkt veilig"),),
        required=False))
    return _people(services, module_id, form.id, people)


def _people(services: Services, module_id: uuid.UUID, form_id: uuid.UUID,
            people: Sequence[Person]) -> CertificateWorld:
    with sessions_of(services).write("test") as s:
        site_id = local_site_id(s)
        assert site_id is not None
        user = s.scalars(select(User).where(User.username == INSTRUCTOR)).one()
        tasks = {code: SignOffTask(module_id=module_id, code=code, description=f"Taak {code}",
                                   required=code != "T3") for code in ("T1", "T2", "T3")}
        group = Group(code=GROUP, name="Lassen MIG/MAG najaar", module_id=module_id,
                      location_id=site_id, instructor_id=user.id, start_date=date(2026, 9, 1))
        company = Company(code="LB-CERT", name="Staalbouw Oost", city="Deventer")
        s.add_all([*tasks.values(), group, company])
        s.flush()
        trainer = WorkplaceTrainer(code="PO-CERT", name="Piet Praktijk", company_id=company.id)
        lessons = [Lesson(group_id=group.id, date=FIRST_LESSON + timedelta(weeks=n),
                          start_time=time(9, 0), end_time=time(11, 0), instructor_id=user.id)
                   for n in range(LESSONS)]
        s.add_all([trainer, *lessons])
        s.flush()
        criterion_ids = {number: cid for cid, number in s.execute(
            select(Criterion.id, Criterion.number).where(Criterion.template_id == form_id))}
        world = CertificateWorld(group.id, module_id, form_id,
                                 {c: t.id for c, t in tasks.items()}, trainer.id)
        for index, person in enumerate(people):
            participant = add_participant(s, person.number, person.first_names,
                                          person.last_name, prefix=person.prefix)
            enrolment = Enrolment(participant_id=participant.id, group_id=group.id,
                                  start_date=date(2026, 9, 1), company_id=company.id,
                                  trainer_id=trainer.id if person.trainer else None)
            s.add(enrolment)
            s.flush()
            world.enrolments[person.number] = enrolment.id
            world.participants[person.number] = participant.id
            s.add_all([AttendanceMark(
                lesson_id=lesson.id, participant_id=participant.id,
                status="aanwezig" if n < person.present else "ongeoorloofd",
                recorded_by="test", recorded_at=datetime(2026, 9, 7, 10, 0))
                for n, lesson in enumerate(lessons)])
            if person.rating is not None:
                assessment = Assessment(
                    code=f"ZWL-2026-{index + 1:04d}", version=1, template_id=form_id,
                    enrolment_id=enrolment.id, date=date(2026, 11, 2), status=DRAFT)
                s.add(assessment)
                s.flush()
                s.add_all([Rating(assessment_id=assessment.id, criterion_id=cid,
                                  value=(person.rating if number == 1 or person.rating != "O"
                                         else "V"),
                                  reason="Zo gezien" if person.rating in ("O", "G") else None)
                           for number, cid in criterion_ids.items()])
                s.flush()
                assessment.status = FINAL  # ratings first: a final one takes no more
                assessment.finalised_at = datetime(2026, 11, 2, 12, 0)
            if person.signed:
                rows = [SignOff(enrolment_id=enrolment.id, task_id=tasks[code].id,
                                trainer_id=trainer.id, date=date(2026, 11, 9), method="paper",
                                recorded_by="test") for code in ("T1", "T2")]
                s.add_all(rows)
                s.flush()
                world.signoffs[person.number] = [row.id for row in rows]
        return world
