"""The verzuim scan in a real database: the issue's worked examples, holidays, sites, age."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.base import Actor
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.verzuim_scan import verzuim_rules
from tests.db import support
from tests.services.test_attendance_world import (
    add_holiday,
    add_lesson,
    add_mark,
    add_person,
    add_site,
    enrol,
    local_site,
    make_group,
    set_site_settings,
)

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor

WEEK_36 = date(2026, 8, 31)  # Monday of ISO week 36 of 2026
AS_OF = date(2026, 12, 31)
DAY = (time(8, 0), time(16, 0))  # 480 minutes


def tuesday(week: int) -> date:
    return WEEK_36 + timedelta(weeks=week - 36, days=1)


def monday(week: int) -> date:
    return WEEK_36 + timedelta(weeks=week - 36)


def sunday(week: int) -> date:
    return monday(week) + timedelta(days=6)


class Absences:
    """A group whose Tuesday lessons (8:00-16:00) are made on demand."""

    def __init__(self, services: Services, code: str = "VZ-1",
                 site_id: uuid.UUID | None = None) -> None:
        self.services = services
        self.group = make_group(services, code, start=WEEK_36, site_id=site_id)
        self.lessons: dict[date, uuid.UUID] = {}

    def lesson(self, day: date, cancelled: bool = False) -> uuid.UUID:
        if day not in self.lessons:
            self.lessons[day] = add_lesson(self.services, self.group, day, *DAY,
                                           cancelled=cancelled)
        return self.lessons[day]

    def person(self, number: str, birth: date = date(2010, 3, 1),
               start: date = WEEK_36) -> uuid.UUID:
        pid = add_person(self.services, number, "Sam", f"Leerling {number}", birth=birth)
        enrol(self.services, pid, self.group, start)
        return pid

    def absent(self, pid: uuid.UUID, *weeks: int, status: str = "ongeoorloofd",
               arrival: time | None = None) -> None:
        for week in weeks:
            add_mark(self.services, self.lesson(tuesday(week)), pid, status, arrival=arrival)


def _signals(services: Services, actor: Actor, as_of: date = AS_OF) -> list[tuple]:  # type: ignore[type-arg]
    report = ReportService(sessions_of(services)).verzuim(actor, as_of)
    assert report.as_of == as_of
    return [(s.participant, s.window_start, s.window_end, s.unexcused_minutes,
             s.lesson_dates) for s in report.signals]


def test_worked_examples_of_the_issue(services: Services, instructor: Actor) -> None:
    group = Absences(services)
    add_holiday(services, local_site(services), date(2026, 10, 17), date(2026, 10, 25),
                "Herfstvakantie")  # all of week 43
    aged_16 = group.person("V-01")
    group.absent(aged_16, 39, 40)
    later = group.person("V-02")
    group.absent(later, 41, 45)
    assert _signals(services, instructor) == [
        ("V-01", monday(37), sunday(40), 960, (tuesday(39), tuesday(40))),
        ("V-02", monday(41), sunday(45), 960, (tuesday(41), tuesday(45))),
    ]
    names = ReportService(sessions_of(services)).verzuim(instructor, AS_OF).signals
    assert names[0].name == "Sam Leerling V-01"


def test_restart_after_a_signal_and_without_the_holiday_no_signal(
        services: Services, instructor: Actor) -> None:
    group = Absences(services)
    pid = group.person("V-03")
    group.absent(pid, 39, 40, 41, 45)
    # 39+40 give a signal; counting restarts in week 41; 41 and 45 are five school
    # weeks apart without a holiday, so they never share a window.
    assert _signals(services, instructor) == [
        ("V-03", monday(37), sunday(40), 960, (tuesday(39), tuesday(40)))]


def test_a_week_is_a_holiday_only_if_it_is_one_at_every_site_of_the_participant(
        services: Services, instructor: Actor) -> None:
    zwl = local_site(services)
    tbg = add_site(services, "TBG")
    add_holiday(services, zwl, date(2026, 10, 19), date(2026, 10, 23))
    group = Absences(services)
    other = Absences(services, "VZ-TBG", site_id=tbg)
    both = group.person("V-04")
    enrol(services, both, other.group, WEEK_36)
    group.absent(both, 41, 45)
    assert _signals(services, instructor) == []
    add_holiday(services, tbg, date(2026, 10, 17), date(2026, 10, 25))
    assert [s[1:3] for s in _signals(services, instructor)] == [(monday(41), sunday(45))]


def test_the_eighteenth_birthday_ends_counting(services: Services, instructor: Actor) -> None:
    group = Absences(services)
    young = group.person("V-05", birth=date(2008, 10, 1))  # 18 on 1 October 2026
    adult_on_29 = group.person("V-06", birth=date(2008, 9, 25))  # 18 on 25 September
    group.absent(young, 39, 40)
    group.absent(adult_on_29, 39, 40)
    assert [s[0] for s in _signals(services, instructor)] == ["V-05"]


def test_only_unexcused_minutes_of_held_lessons_up_to_as_of_count(
        services: Services, instructor: Actor) -> None:
    group = Absences(services)
    late = group.person("V-07")
    # 7 hours late twice: 420 + 420 = 840, plus 120 of a third late arrival = 960.
    group.absent(late, 38, 39, status="te_laat", arrival=time(15, 0))
    group.absent(late, 40, status="te_laat", arrival=time(10, 0))
    sick = group.person("V-08")
    group.absent(sick, 39, 40, status="ziek")
    cancelled = group.person("V-09")
    add_mark(services, group.lesson(date(2026, 9, 24), cancelled=True), cancelled,
             "ongeoorloofd")
    group.absent(cancelled, 39)
    assert _signals(services, instructor) == [
        ("V-07", monday(37), sunday(40), 960, (tuesday(38), tuesday(39), tuesday(40)))]
    assert _signals(services, instructor, as_of=tuesday(40) - timedelta(days=1)) == []


def test_an_old_aanwezig_with_a_late_arrival_or_early_departure_counts_like_te_laat(
        services: Services, instructor: Actor) -> None:
    """Stored before the status rule (an old database): the scan reads the minutes from
    the times, as the hours statement does, and the reports show the status as the register
    stores it now."""
    group = Absences(services)
    pid = group.person("V-12")
    group.absent(pid, 38, 39, status="aanwezig", arrival=time(15, 0))  # 420 + 420
    add_mark(services, group.lesson(tuesday(40)), pid, "aanwezig", arrival=time(7, 55),
             departure=time(14, 0))  # 120: 960 in all
    on_time = group.person("V-13")
    group.absent(on_time, 38, 39, 40, status="aanwezig", arrival=time(8, 0))
    add_mark(services, group.lesson(tuesday(41)), on_time, "aanwezig", arrival=time(8, 0, 40),
             departure=time(16, 0))  # seconds late: no whole minute missed
    assert _signals(services, instructor) == [
        ("V-12", monday(37), sunday(40), 960, (tuesday(38), tuesday(39), tuesday(40)))]
    report = ReportService(sessions_of(services)).verzuim(instructor, AS_OF)
    assert [(x.status, x.unexcused_minutes) for x in report.signals[0].lessons] == [
        ("te_laat", 420), ("te_laat", 420), ("vroeg_weg", 120)]
    hours = ReportService(sessions_of(services), today=lambda: AS_OF).hours(
        instructor, "V-12", WEEK_36, AS_OF)
    assert sum(day.unexcused_minutes for day in hours.days) == 960
    # The fourth day: the lesson of week 41, where only V-13 has a mark.
    assert [day.status for day in hours.days] == ["te_laat", "te_laat", "vroeg_weg", None]
    listed = ReportService(sessions_of(services)).presentielijst(instructor, "VZ-1", tuesday(38))
    assert [(row.number, row.status) for row in listed.lessons[0].rows] == [
        ("V-12", "te_laat"), ("V-13", "aanwezig")]


def test_thresholds_come_from_the_site_settings(services: Services,
                                                instructor: Actor) -> None:
    group = Absences(services)
    pid = group.person("V-10", birth=date(2005, 1, 1))  # 21: over the default age limit
    group.absent(pid, 39)
    assert _signals(services, instructor) == []
    set_site_settings(services, {"verzuim_minutes": 480, "verzuim_weeks": 2,
                                 "verzuim_age": 23})
    assert _signals(services, instructor) == [("V-10", monday(38), sunday(39), 480,
                                               (tuesday(39),))]
    rules = verzuim_rules({"verzuim_minutes": "veel", "verzuim_weeks": 0})
    assert (rules.threshold_minutes, rules.window_weeks, rules.age_limit) == (960, 4, 18)


def test_a_correction_and_a_withdrawn_mark_do_not_count(services: Services,
                                                        instructor: Actor) -> None:
    group = Absences(services)
    pid = group.person("V-11")
    wrong = add_mark(services, group.lesson(tuesday(39)), pid, "ongeoorloofd")
    add_mark(services, group.lesson(tuesday(39)), pid, "ziek", supersedes=wrong)
    first = add_mark(services, group.lesson(tuesday(40)), pid, "ongeoorloofd")
    add_mark(services, group.lesson(tuesday(40)), pid, None, supersedes=first)
    group.absent(pid, 41)
    assert _signals(services, instructor) == []
    # Two sites both wrote a first mark: the winner (highest hlc) counts, the other not.
    tbg = add_site(services, "TBG")
    add_mark(services, group.lesson(tuesday(42)), pid, "ongeoorloofd", site_id=tbg,
             hlc="0000000000001.0000")
    add_mark(services, group.lesson(tuesday(42)), pid, "aanwezig", site_id=tbg,
             hlc="9999999999999.0000")
    assert _signals(services, instructor) == []
    add_mark(services, group.lesson(tuesday(43)), pid, "aanwezig", site_id=tbg,
             hlc="0000000000001.0000")
    add_mark(services, group.lesson(tuesday(43)), pid, "ongeoorloofd", site_id=tbg,
             hlc="9999999999999.0000")
    assert [s[4] for s in _signals(services, instructor)] == [(tuesday(41), tuesday(43))]
