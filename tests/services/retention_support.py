"""A world for the retention tests (services, CLI, GUI), written with the ORM on the template
database (site ZWL, admin `beheer`, instructor `docent`; tests/db/support.py).

Today is TODAY (2026-11-20); the default terms give these cut-offs: persoonsdossier
2024-11-20, presentie 2021-11-20, beoordelingen 2025-05-20. Site TBG keeps attendance 10
years.

People:
- OLD (Xander Oudejans): enrolment in MID ended 2023-06-30: past the term. Marks, an
  absence reported in advance, a verzuim handover, a final assessment with ratings and a
  photo, a paper sign-off with a scanned card and its printed card, bpv hours with an
  approval, an eligibility override, and an issued certificate (the register stays).
- GONE (Zeger Zonderbewijs): enrolment in OLD ended 2019: past the term, no certificate.
- LONE (Eva Zonderinschrijving): no enrolment, created 2020: past the term.
- NEW (Freek Nieuwkomer): no enrolment, created 2026: within the term.
- STAY (Yvonne Blijft): active in NEW, and an old enrolment in OLD (2018-2019) with old
  marks (a correction too), old bpv hours with an approval, an old final assessment (due),
  an old one corrected recently (not due), a recent one and a draft.
- TEN (Dirk Tien): active at site TBG, a mark of 2019 (TBG keeps 10 years: not due).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bvmdesk.db.models import (
    Assessment,
    AssessmentTemplate,
    Attachment,
    AttendanceMark,
    Certificate,
    Company,
    Criterion,
    EligibilityOverride,
    Enrolment,
    Group,
    HoursApproval,
    HoursApprovalItem,
    Lesson,
    Module,
    Participant,
    PlacementHours,
    PlannedAbsence,
    Rating,
    SignOff,
    SignOffCard,
    SignOffTask,
    Site,
    User,
    VerzuimHandover,
    WorkplaceTrainer,
)
from bvmdesk.db.session import local_site_id
from bvmdesk.domain.clock import Clock
from bvmdesk.services.container import Services, open_services, sessions_of
from tests.db.support import INSTRUCTOR, add_participant

TODAY = date(2026, 11, 20)


@dataclass(frozen=True)
class Someone:
    number: str
    first_names: str
    last_name: str
    birth_date: date
    badge: str | None = None
    email: str | None = None
    phone: str | None = None
    note: str | None = None

    @property
    def personal(self) -> list[str]:
        """The text that identifies this person (the number is decided on separately)."""
        return [v for v in (self.first_names, self.last_name, self.badge, self.email,
                            self.phone, self.note) if v]


OLD = Someone("ZWL-90001", "Xander", "Oudejans", date(1999, 3, 14), "BADGE-XO-77",
              "xander.oudejans@example.nl", "06-99887766", "Allergie voor nikkel Qwzx")
GONE = Someone("ZWL-90002", "Zeger", "Zonderbewijs", date(1998, 7, 9), "BADGE-ZZ-55",
               "zeger@example.nl", "06-11223344")
LONE = Someone("ZWL-90003", "Eva", "Zonderinschrijving", date(2001, 1, 2), "BADGE-EZ-33")
NEW = Someone("ZWL-90004", "Freek", "Nieuwkomer", date(2008, 2, 3))
STAY = Someone("ZWL-90005", "Yvonne", "Blijft", date(2006, 6, 6), "BADGE-YB-11")
TEN = Someone("ZWL-90006", "Dirk", "Tien", date(2005, 5, 5))


@dataclass(frozen=True)
class World:
    ids: dict[str, uuid.UUID]   # participant number -> id
    certificate: uuid.UUID
    kept_marks: frozenset[uuid.UUID]         # marks no category touches
    old_marks: frozenset[uuid.UUID]          # STAY's marks past the attendance term
    due_assessment: uuid.UUID                # STAY's old standalone assessment
    kept_assessments: frozenset[uuid.UUID]


@pytest.fixture
def services(site_location: str) -> Iterator[Services]:
    opened = open_services(site_location, clock=Clock(today=TODAY))
    try:
        yield opened
    finally:
        opened.close()


def _person(s: Session, who: Someone, created: datetime | None = None) -> Participant:
    person = add_participant(s, who.number, who.first_names, who.last_name,
                             badge=who.badge, birth_date=who.birth_date)
    person.email, person.phone, person.note = who.email, who.phone, who.note
    if created is not None:
        person.created_at = created
    s.flush()
    return person


def _mark(s: Session, lesson: Lesson, person: Participant, status: str = "aanwezig",
          supersedes: uuid.UUID | None = None) -> uuid.UUID:
    mark = AttendanceMark(lesson_id=lesson.id, participant_id=person.id, status=status,
                          recorded_by=INSTRUCTOR, recorded_at=datetime(2026, 1, 1, 9),
                          supersedes_id=supersedes, reason="correctie" if supersedes else None)
    s.add(mark)
    s.flush()
    return mark.id


def _assessment(s: Session, code: str, version: int, enrolment: Enrolment,
                template: AssessmentTemplate, criteria: list[Criterion],
                finalised: datetime | None, supersedes: uuid.UUID | None = None,
                photo: bool = False) -> uuid.UUID:
    row = Assessment(code=code, version=version, template_id=template.id,
                     enrolment_id=enrolment.id, date=(finalised or datetime(2026, 11, 1)).date(),
                     status="draft", supersedes_id=supersedes,
                     reason="herbeoordeling" if supersedes else None)
    s.add(row)
    s.flush()
    s.add_all([Rating(assessment_id=row.id, criterion_id=c.id, value="V") for c in criteria])
    if photo:
        s.add(Attachment(owner_type="assessment", owner_id=row.id, media_type="image/png",
                         filename="werkstuk.png", data=b"\x89PNG werkstuk"))
    s.flush()
    if finalised is not None:
        row.status, row.finalised_at = "final", finalised
        s.flush()
    return row.id


def _hours(s: Session, enrolment: Enrolment, trainer: WorkplaceTrainer, year: int,
           week: int) -> None:
    hours = PlacementHours(enrolment_id=enrolment.id, iso_year=year, iso_week=week,
                           minutes=1920, entered_by=INSTRUCTOR)
    approval = HoursApproval(trainer_id=trainer.id,
                             approved_on=date.fromisocalendar(year, week, 5),
                             recorded_by=INSTRUCTOR)
    s.add_all([hours, approval])
    s.flush()
    s.add(HoursApprovalItem(approval_id=approval.id, placement_hours_id=hours.id))
    s.flush()


def build_world(services: Services, instructor: str = INSTRUCTOR) -> World:
    with sessions_of(services).write("test") as s:
        zwl = local_site_id(s)
        assert zwl is not None
        tbg = Site(code="TBG", name="Terborg", settings={"retention": {
            "personal_years": 2, "attendance_years": 10, "assessment_months": 18}})
        s.add(tbg)
        user = s.scalars(select(User).where(User.username == instructor)).one()
        module = Module(code="M-RET", name="Lassen MIG/MAG", planned_hours=40)
        company = Company(code="LB-RET", name="Staalbouw Retentie BV")
        s.add_all([module, company])
        s.flush()
        trainer = WorkplaceTrainer(code="PO-RET", name="Paula Praktijk", company_id=company.id)
        template = AssessmentTemplate(code="RET-OPD", name="Praktijkopdracht",
                                      module_id=module.id, kind="examen")
        task = SignOffTask(module_id=module.id, code="T1", description="Hechtlas")
        s.add_all([trainer, template, task])
        s.flush()
        criteria = [Criterion(template_id=template.id, number=n, description=f"Criterium {n}")
                    for n in (1, 2)]
        s.add_all(criteria)

        def group(code: str, site: uuid.UUID, start: date, end: date | None,
                  lesson_day: date) -> tuple[Group, Lesson]:
            row = Group(code=code, name=f"Groep {code}", module_id=module.id,
                        location_id=site, instructor_id=user.id, start_date=start,
                        end_date=end)
            s.add(row)
            s.flush()
            lesson = Lesson(group_id=row.id, date=lesson_day, start_time=time(8, 30),
                            end_time=time(12, 0), instructor_id=user.id, topic="Hoeknaden")
            s.add(lesson)
            s.flush()
            return row, lesson

        g_old, l_old = group("RET-OLD", zwl, date(2018, 9, 1), date(2019, 6, 30),
                             date(2019, 1, 7))
        g_mid, l_mid = group("RET-MID", zwl, date(2022, 9, 1), date(2023, 6, 30),
                             date(2023, 3, 6))
        g_new, l_new = group("RET-NEW", zwl, date(2026, 9, 1), None, date(2026, 9, 7))
        g_tbg, l_tbg = group("RET-TBG", tbg.id, date(2018, 9, 1), None, date(2019, 2, 4))

        def enrol(person: Participant, grp: Group, end: date | None,
                  status: str = "afgerond") -> Enrolment:
            row = Enrolment(participant_id=person.id, group_id=grp.id,
                            start_date=grp.start_date, end_date=end,
                            status=status if end else "actief", company_id=company.id,
                            trainer_id=trainer.id)
            s.add(row)
            s.flush()
            return row

        old = _person(s, OLD)
        gone = _person(s, GONE)
        lone = _person(s, LONE, created=datetime(2020, 1, 1, 10))
        new = _person(s, NEW, created=datetime(2026, 1, 1, 10))
        stay = _person(s, STAY)
        ten = _person(s, TEN)

        # OLD: everything a file can hold, and a certificate.
        e_old = enrol(old, g_mid, date(2023, 6, 30))
        _mark(s, l_mid, old)
        s.add(PlannedAbsence(participant_id=old.id, from_date=date(2023, 3, 6),
                             to_date=date(2023, 3, 6), kind="ziek", note="tandarts",
                             recorded_by=INSTRUCTOR, recorded_at=datetime(2023, 3, 1, 9)))
        s.add(VerzuimHandover(participant_id=old.id, window_start=date(2023, 1, 2),
                              window_end=date(2023, 1, 29), handed_over_on=date(2023, 2, 1),
                              handed_over_by=INSTRUCTOR, note="gebeld met mentor"))
        _assessment(s, "BO-OLD", 1, e_old, template, criteria, datetime(2023, 5, 1, 10),
                    photo=True)
        card = SignOffCard(code="ZWL-AK-2023-00001", enrolment_id=e_old.id, tasks="[]",
                           printed_by=INSTRUCTOR)
        scan = Attachment(owner_type="signoff", owner_id=uuid.uuid4(), media_type="image/png",
                          filename="kaart-oudejans.png", data=b"\x89PNG kaart Oudejans")
        s.add_all([card, scan])
        s.flush()
        signoff = SignOff(enrolment_id=e_old.id, task_id=task.id, trainer_id=trainer.id,
                          date=date(2023, 4, 3), method="paper", recorded_by=INSTRUCTOR,
                          card_id=card.id, evidence_attachment_id=scan.id)
        s.add(signoff)
        s.flush()
        _hours(s, e_old, trainer, 2023, 14)
        s.add(EligibilityOverride(enrolment_id=e_old.id, reason="stage elders gedaan",
                                  recorded_by="beheer"))
        certificate = Certificate(
            number="ZWL-2023-00007", participant_id=old.id, enrolment_id=e_old.id,
            kind="certificaat", issued_at=datetime(2023, 7, 3, 10), issued_by="beheer",
            pdf=b"%PDF-1.7 Xander Oudejans", sha256="0" * 64,
            snapshot={"full_name": "Xander Oudejans", "birth_date": "1999-03-14",
                      "module_code": "M-RET", "module_name": "Lassen MIG/MAG",
                      "issued_on": "2023-07-03", "participant_number": OLD.number},
            qr_payload="payload")
        s.add(certificate)

        # GONE: an old file without certificate.
        e_gone = enrol(gone, g_old, date(2019, 6, 30), "gestopt")
        _mark(s, l_old, gone)
        _assessment(s, "BO-GONE", 1, e_gone, template, criteria, datetime(2019, 5, 1, 10))

        # STAY: an old enrolment with old facts, and an active one.
        e_stay_old = enrol(stay, g_old, date(2019, 6, 30))
        e_stay_new = enrol(stay, g_new, None)
        first = _mark(s, l_old, stay, "te_laat")
        second = _mark(s, l_old, stay, "aanwezig", supersedes=first)
        _hours(s, e_stay_old, trainer, 2019, 2)
        due_assessment = _assessment(s, "BO-STAY-1", 1, e_stay_old, template, criteria,
                                     datetime(2019, 5, 2, 10), photo=True)
        corrected = _assessment(s, "BO-STAY-2", 1, e_stay_old, template, criteria,
                                datetime(2019, 5, 3, 10))
        correction = _assessment(s, "BO-STAY-2", 2, e_stay_old, template, criteria,
                                 datetime(2026, 1, 10, 10), supersedes=corrected)
        recent = _assessment(s, "BO-STAY-3", 1, e_stay_new, template, criteria,
                             datetime(2026, 10, 1, 10))
        draft = _assessment(s, "BO-STAY-4", 1, e_stay_new, template, criteria, None)
        kept = {_mark(s, l_new, stay)}

        # TEN: an old mark at a site that keeps attendance 10 years.
        enrol(ten, g_tbg, None)
        kept.add(_mark(s, l_tbg, ten))
        s.flush()
        return World(
            ids={p.number: p.id for p in (old, gone, lone, new, stay, ten)},
            certificate=certificate.id, kept_marks=frozenset(kept),
            old_marks=frozenset({first, second}), due_assessment=due_assessment,
            kept_assessments=frozenset({corrected, correction, recent, draft}))
