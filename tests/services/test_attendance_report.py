"""`report attendance` at service level: minutes per participant, checked against domain.hours."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

import pytest

from bvmdesk.domain.hours import Minutes, mark_minutes
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.base import Actor, NotFound, ServiceError
from bvmdesk.services.container import Services, sessions_of
from tests.db import support
from tests.services.test_attendance_world import (
    add_lesson,
    add_mark,
    add_person,
    enrol,
    make_group,
)

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

TODAY = date(2026, 9, 28)
MORNING = (time(8, 30), time(12, 0))  # 210 minutes
AFTERNOON = (time(13, 0), time(16, 0))  # 180 minutes


@dataclass(frozen=True)
class ReportWorld:
    group_id: uuid.UUID
    lessons: dict[str, uuid.UUID]
    people: dict[str, uuid.UUID]


def build_report_world(services: Services) -> ReportWorld:
    """Group REP-1 with te_laat, vroeg_weg, ziek, unmarked, withdrawn, corrected and
    cancelled marks, a participant enrolled halfway and a lesson after "today"."""
    group = make_group(services, "REP-1", start=date(2026, 8, 31))
    lessons = {
        "L1": add_lesson(services, group, date(2026, 9, 1), *MORNING),
        "L2": add_lesson(services, group, date(2026, 9, 8), *MORNING),
        "L6": add_lesson(services, group, date(2026, 9, 10), *AFTERNOON),
        "L3": add_lesson(services, group, date(2026, 9, 15), *MORNING),
        "L4": add_lesson(services, group, date(2026, 9, 22), *MORNING, cancelled=True),
        "L5": add_lesson(services, group, date(2026, 9, 29), *MORNING),  # after today
    }
    people = {
        "A": add_person(services, "R-01", "Anna", "Bakker"),
        "B": add_person(services, "R-02", "Bram", "Wit", prefix="de"),
        "C": add_person(services, "R-03", "Cor", "Appel"),
        "D": add_person(services, "R-04", "Dirk", "Mol"),
    }
    for key in "ACD":
        enrol(services, people[key], group, date(2026, 8, 31))
    enrol(services, people["B"], group, date(2026, 9, 9))  # halfway
    a, b, d = people["A"], people["B"], people["D"]
    add_mark(services, lessons["L1"], a, "te_laat", arrival=time(9, 0))
    add_mark(services, lessons["L2"], a, "vroeg_weg", arrival=time(8, 30),
             departure=time(11, 0))
    add_mark(services, lessons["L3"], a, "ziek")
    add_mark(services, lessons["L4"], a, "ongeoorloofd")  # cancelled: counts for nothing
    add_mark(services, lessons["L5"], a, "ongeoorloofd")  # after today
    add_mark(services, lessons["L2"], b, "ongeoorloofd")  # before B's enrolment
    add_mark(services, lessons["L6"], b, "aanwezig")
    add_mark(services, lessons["L3"], b, "ongeoorloofd")
    first = add_mark(services, lessons["L1"], d, "aanwezig")
    add_mark(services, lessons["L1"], d, None, supersedes=first)  # withdrawn
    wrong = add_mark(services, lessons["L2"], d, "ongeoorloofd")
    add_mark(services, lessons["L2"], d, "geoorloofd", supersedes=wrong)
    return ReportWorld(group, lessons, people)


def _sum(*parts: Minutes) -> Minutes:
    total = Minutes()
    for part in parts:
        total += part
    return total


def expected_rows() -> list[tuple[str, Minutes]]:
    """The four participants' minutes, spelled out with domain.hours, sorted by name."""
    m, a = MORNING, AFTERNOON
    anna = _sum(mark_minutes(*m, "te_laat", time(9, 0)),
                mark_minutes(*m, "vroeg_weg", time(8, 30), time(11, 0)),
                mark_minutes(*a, None), mark_minutes(*m, "ziek"))
    bram = _sum(mark_minutes(*a, "aanwezig"), mark_minutes(*m, "ongeoorloofd"))
    cor = _sum(mark_minutes(*m, None), mark_minutes(*m, None), mark_minutes(*a, None),
               mark_minutes(*m, None))
    dirk = _sum(mark_minutes(*m, None), mark_minutes(*m, "geoorloofd"),
                mark_minutes(*a, None), mark_minutes(*m, None))
    return [("R-03", cor), ("R-01", anna), ("R-04", dirk), ("R-02", bram)]


def test_minutes_per_participant_match_the_hour_rules(services: Services,
                                                      instructor: Actor) -> None:
    build_report_world(services)
    report = ReportService(sessions_of(services), today=lambda: TODAY).attendance(
        instructor, "REP-1")
    assert (report.group, report.from_date, report.to_date) == ("REP-1", date(2026, 8, 31),
                                                                TODAY)
    got = [(r.participant, Minutes(r.planned_minutes, r.attended_minutes, r.excused_minutes,
                                   r.unexcused_minutes, r.unmarked_minutes), r.percentage)
           for r in report.rows]
    assert got == [(n, m, m.percentage) for n, m in expected_rows()]
    # The same numbers written out, so that a wrong rule in domain.hours shows here too.
    by_number = {r.participant: r for r in report.rows}
    anna = by_number["R-01"]
    assert (anna.planned_minutes, anna.attended_minutes, anna.excused_minutes,
            anna.unexcused_minutes, anna.unmarked_minutes, anna.percentage) == (
        810, 330, 210, 90, 180, 52.4)
    bram = by_number["R-02"]
    assert (bram.planned_minutes, bram.attended_minutes, bram.unexcused_minutes,
            bram.percentage, bram.name) == (390, 180, 210, 46.2, "Bram de Wit")
    assert by_number["R-03"].percentage is None
    assert by_number["R-04"].percentage == 0.0 and by_number["R-04"].unmarked_minutes == 600


def test_a_range_and_a_group_that_ended(services: Services, instructor: Actor) -> None:
    build_report_world(services)
    service = ReportService(sessions_of(services), today=lambda: TODAY)
    report = service.attendance(instructor, "REP-1", date(2026, 9, 9), date(2026, 9, 15))
    anna = next(r for r in report.rows if r.participant == "R-01")
    assert (anna.planned_minutes, anna.excused_minutes, anna.unmarked_minutes,
            anna.percentage) == (390, 210, 180, 0.0)
    # A range past today still stops at today: the lesson of 29 September does not count.
    future = service.attendance(instructor, "REP-1", date(2026, 9, 20), date(2026, 10, 31))
    assert future.to_date == date(2026, 10, 31)
    assert all(r.planned_minutes == 0 for r in future.rows)
    make_group(services, "OLD-1", start=date(2025, 1, 6), end=date(2025, 6, 30))
    old = service.attendance(instructor, "OLD-1")
    assert (old.from_date, old.to_date, old.rows) == (date(2025, 1, 6), date(2025, 6, 30), ())


def test_unknown_group_and_empty_range(services: Services, instructor: Actor) -> None:
    service = ReportService(sessions_of(services), today=lambda: TODAY)
    with pytest.raises(NotFound, match=r"Groep XYZ bestaat niet\."):
        service.attendance(instructor, "XYZ")
    build_report_world(services)
    with pytest.raises(ServiceError):
        service.attendance(instructor, "REP-1", date(2026, 9, 10), date(2026, 9, 1))
