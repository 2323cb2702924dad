"""The flush hook stamps provenance and HLC; final facts are never changed in place."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select

from bvmdesk.db.models import Assessment, AssessmentTemplate, AttendanceMark, Participant
from bvmdesk.db.session import FactImmutableError, Sessions
from bvmdesk.domain.hlc import decode
from bvmdesk.services.container import Services, sessions_of
from tests.db.support import LessonWorld, add_participant, build_lesson_world

T0 = datetime(2026, 9, 7, 8, 31)


@pytest.fixture
def world(services: Services) -> LessonWorld:
    return build_lesson_world(services)


@dataclass(frozen=True)
class Stamps:
    site_id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    created_by: str
    updated_by: str
    hlc: str


def _participant(sessions: Sessions, number: str) -> Stamps:
    with sessions.read() as s:
        p = s.scalars(select(Participant).where(Participant.number == number)).one()
        return Stamps(p.site_id, p.created_at, p.updated_at, p.created_by, p.updated_by,
                      p.hlc)


def test_new_rows_get_provenance_site_and_hlc(services: Services) -> None:
    before = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    with sessions_of(services).write("docent") as s:
        add_participant(s, "H-1", "Anna", "Bakker")
    p = _participant(sessions_of(services), "H-1")
    site = services.accounts.local_site()
    assert site is not None
    assert p.site_id == site.id
    assert p.created_by == p.updated_by == "docent"
    assert p.created_at == p.updated_at
    assert p.created_at.tzinfo is None
    assert before <= p.created_at <= datetime.now(UTC).replace(tzinfo=None)  # UTC, naive
    decode(p.hlc)


def test_an_update_bumps_hlc_and_updated_by_but_keeps_created(services: Services) -> None:
    with sessions_of(services).write("docent") as s:
        add_participant(s, "H-1", "Anna", "Bakker")
    first = _participant(sessions_of(services), "H-1")
    with sessions_of(services).write("beheer") as s:
        p = s.scalars(select(Participant).where(Participant.number == "H-1")).one()
        p.email = "anna@example.nl"
    second = _participant(sessions_of(services), "H-1")
    assert second.hlc > first.hlc
    assert second.updated_by == "beheer"
    assert second.created_by == "docent"
    assert second.created_at == first.created_at
    assert second.updated_at >= first.updated_at


def test_a_write_that_changes_nothing_leaves_the_stamps(services: Services) -> None:
    with sessions_of(services).write("docent") as s:
        add_participant(s, "H-1", "Anna", "Bakker")
    first = _participant(sessions_of(services), "H-1")
    with sessions_of(services).write("beheer") as s:
        p = s.scalars(select(Participant).where(Participant.number == "H-1")).one()
        p.first_names = "Anna"  # the same value
    assert _participant(sessions_of(services), "H-1").hlc == first.hlc


def test_an_error_rolls_the_whole_unit_of_work_back(services: Services) -> None:
    with pytest.raises(RuntimeError), sessions_of(services).write("docent") as s:
        add_participant(s, "H-1", "Anna", "Bakker")
        raise RuntimeError("stroomstoring")
    with sessions_of(services).read() as s:
        assert s.scalar(select(func.count(Participant.id))) == 0


def _mark(world: LessonWorld, status: str = "aanwezig", **extra: object) -> AttendanceMark:
    return AttendanceMark(lesson_id=world.lesson_id, participant_id=world.participant_id,
                          status=status, recorded_by="docent", recorded_at=T0, **extra)


def _marks(services: Services) -> list[tuple[str, object]]:
    with sessions_of(services).read() as s:
        return [(m.status, m.supersedes_id) for m in
                s.scalars(select(AttendanceMark).order_by(AttendanceMark.hlc))]


def test_an_attendance_mark_is_never_changed_in_place(services: Services,
                                                      world: LessonWorld) -> None:
    with sessions_of(services).write("docent") as s:
        mark = _mark(world)
        s.add(mark)
    with pytest.raises(FactImmutableError), sessions_of(services).write("docent") as s:
        stored = s.get(AttendanceMark, mark.id)
        assert stored is not None
        stored.status = "te_laat"
        stored.arrival_time = time(8, 45)
    assert _marks(services) == [("aanwezig", None)]


def test_an_attendance_mark_is_never_deleted(services: Services, world: LessonWorld) -> None:
    with sessions_of(services).write("docent") as s:
        mark = _mark(world)
        s.add(mark)
    with pytest.raises(FactImmutableError), sessions_of(services).write("docent") as s:
        stored = s.get(AttendanceMark, mark.id)
        s.delete(stored)
    assert _marks(services) == [("aanwezig", None)]


def test_a_correction_is_a_new_mark_that_supersedes(services: Services,
                                                    world: LessonWorld) -> None:
    with sessions_of(services).write("docent") as s:
        mark = _mark(world)
        s.add(mark)
    with sessions_of(services).write("docent") as s:
        s.add(_mark(world, "te_laat", arrival_time=time(8, 45), supersedes_id=mark.id,
                    reason="kwam later binnen"))
    assert _marks(services) == [("aanwezig", None), ("te_laat", mark.id)]


def _assessment(services: Services, world: LessonWorld) -> Assessment:
    with sessions_of(services).write("docent") as s:
        template = AssessmentTemplate(code="LAS-PRAKTIJK", name="Praktijkopdracht lassen",
                                      module_id=world.module_id, kind="examen")
        s.add(template)
        s.flush()
        assessment = Assessment(code="BO-TEST", template_id=template.id,
                                enrolment_id=world.enrolment_id,
                                date=date(2026, 10, 5), assessor_id=world.user_id)
        s.add(assessment)
    return assessment


def _assessment_row(services: Services, assessment: Assessment) -> tuple[object, ...]:
    with sessions_of(services).read() as s:
        a = s.get(Assessment, assessment.id)
        assert a is not None
        return (a.status, a.date, a.second_assessor_name, a.finalised_at)


def test_a_draft_assessment_may_change_and_then_be_finalised(services: Services,
                                                             world: LessonWorld) -> None:
    assessment = _assessment(services, world)
    assert _assessment_row(services, assessment)[0] == "draft"
    with sessions_of(services).write("docent") as s:
        a = s.get(Assessment, assessment.id)
        assert a is not None
        a.date = date(2026, 10, 6)
        a.second_assessor_name = "P. Pietersen"
    with sessions_of(services).write("docent") as s:
        a = s.get(Assessment, assessment.id)
        assert a is not None
        a.status = "final"
        a.finalised_at = datetime(2026, 10, 6, 15, 0)
    assert _assessment_row(services, assessment) == (
        "final", date(2026, 10, 6), "P. Pietersen", datetime(2026, 10, 6, 15, 0))


@pytest.mark.parametrize("change", [{"date": date(2027, 1, 1)}, {"status": "draft"},
                                    {"second_assessor_name": "iemand anders"}])
def test_a_final_assessment_is_locked(services: Services, world: LessonWorld,
                                      change: dict[str, object]) -> None:
    assessment = _assessment(services, world)
    with sessions_of(services).write("docent") as s:
        a = s.get(Assessment, assessment.id)
        assert a is not None
        a.status = "final"
    before = _assessment_row(services, assessment)
    with pytest.raises(FactImmutableError), sessions_of(services).write("docent") as s:
        a = s.get(Assessment, assessment.id)
        for key, value in change.items():
            setattr(a, key, value)
    assert _assessment_row(services, assessment) == before
