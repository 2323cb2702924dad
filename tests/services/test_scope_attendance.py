"""Own groups only (issue 16): the attendance, participant, report, group, enrolment and
company services show an instructor only the groups they teach and the participants
enrolled in them.

A world of two groups, each with its own instructor and participant. Every public method
that takes an actor is called as the instructor of the OTHER group on group A's objects
(a PermissionDenied or a result without A's data), and as A's own instructor (it still
works: the result shows A's data). A method that is in neither table fails the test, so a
new one cannot be forgotten silently.
"""

from __future__ import annotations

import contextlib
import inspect
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bvmdesk.config import is_url
from bvmdesk.db.models import Company, Group, GroupInstructor, Lesson, Participant
from bvmdesk.domain.companies import CompanyData
from bvmdesk.domain.enums import Role
from bvmdesk.domain.groups import GroupData
from bvmdesk.domain.participants import ParticipantData
from bvmdesk.services.absences import AbsenceService
from bvmdesk.services.attendance import AttendanceService
from bvmdesk.services.attendance_reports import ReportService
from bvmdesk.services.base import Actor, NotFound, PermissionDenied
from bvmdesk.services.companies import CompanyService
from bvmdesk.services.container import Services, open_services, sessions_of
from bvmdesk.services.enrolments import EnrolmentService
from bvmdesk.services.groups import GroupService
from bvmdesk.services.lessons import LessonService
from bvmdesk.services.participants import ParticipantService
from bvmdesk.services.scanlog import NOT_YOURS, ScanLogService
from bvmdesk.services.today import TodayService
from tests.db import support
from tests.pg_server import PostgresServer
from tests.services.test_attendance_world import (
    add_lesson,
    add_mark,
    add_person,
    at,
    enrol,
    make_group,
    set_site_settings,
)

services = support.services
cheap_argon2 = support.cheap_argon2
pytestmark = pytest.mark.usefixtures("cheap_argon2")

DAY = date(2026, 9, 8)  # a Tuesday; "today" of every service here
WEEK_AGO = DAY - timedelta(days=7)
START, END = time(8, 30), time(12, 0)
COLLEAGUE = "collega"
SERVICES = (ParticipantService, AttendanceService, LessonService, AbsenceService,
            TodayService, ReportService, ScanLogService, GroupService, EnrolmentService,
            CompanyService)


@dataclass
class World:
    """Group A (instructor `docent`, participant Anna Aalders) and group B (instructor
    `collega`, participant Bert Bos), with lessons, marks, absences and a company each."""

    services: Services
    attendance: AttendanceService
    absences: AbsenceService
    today: TodayService
    reports: ReportService
    scanlog: ScanLogService
    own: Actor  # teaches A
    other: Actor  # teaches B
    admin: Actor
    group_a: uuid.UUID
    group_b: uuid.UUID
    anna: uuid.UUID
    bert: uuid.UUID
    enrolment_a: uuid.UUID
    lesson_a: uuid.UUID
    lesson_b: uuid.UUID
    company_a: uuid.UUID
    absence_a: uuid.UUID

    @property
    def markers(self) -> tuple[str, ...]:
        """What in a result's repr gives group A's data away."""
        return ("GRP-A", "A-001", "Aalders", "Gemeente A", str(self.anna),
                str(self.group_a), str(self.lesson_a), str(self.enrolment_a))


def _people(services: Services) -> tuple[uuid.UUID, uuid.UUID]:
    anna = add_person(services, "A-001", "Anna", "Aalders", badge="BADGE-A")
    bert = add_person(services, "B-002", "Bert", "Bos", badge="BADGE-B")
    with sessions_of(services).write("test") as s:
        acme, beta = Company(code="ACME", name="Acme Metaal"), Company(code="BETA", name="Beta")
        s.add_all([acme, beta])
        s.flush()
        for pid, funder, company in ((anna, "Gemeente A", acme), (bert, "Gemeente B", beta)):
            person = s.get(Participant, pid)
            assert person is not None
            person.funder, person.company_id = funder, company.id
    return anna, bert


def _build(location: str) -> dict[str, uuid.UUID]:
    """Makes the world in the database at `location` (a copy of the site template) and
    returns the ids a test needs; done once per backend, each test gets a copy."""
    services = open_services(location)
    try:
        with support.cheap_hashing():
            cli = Actor.cli()
            services.accounts.add_user(cli, COLLEAGUE, Role.INSTRUCTOR, support.PASSWORD,
                                       "Collega Bos")
        other = support.user_actor(services, COLLEAGUE)
        group_a = make_group(services, "GRP-A")  # main instructor: docent
        group_b = make_group(services, "GRP-B", instructor=None)
        with sessions_of(services).write("test") as s:  # B: an extra instructor
            s.add(GroupInstructor(group_id=group_b, user_id=other.user_id))
            s.scalars(select(Group).where(Group.id == group_a)).one().name = "Groep A"
        anna, bert = _people(services)
        enrolment_a = enrol(services, anna, group_a, date(2026, 8, 31))
        enrol(services, bert, group_b, date(2026, 8, 31))
        lesson_a, lesson_b = (add_lesson(services, g, DAY, START, END)
                              for g in (group_a, group_b))
        for group, person in ((group_a, anna), (group_b, bert)):  # a verzuim signal each
            add_mark(services, add_lesson(services, group, WEEK_AGO, START, END), person,
                     "ongeoorloofd")
            add_mark(services, add_lesson(services, group, WEEK_AGO - timedelta(days=1),
                                          START, END), person, "aanwezig")
        with sessions_of(services).write("test") as s:
            s.scalars(select(Group).where(Group.id == group_a)).one().module \
                .min_attendance_pct = 90
            company_a = s.scalars(select(Company.id).where(Company.code == "ACME")).one()
        set_site_settings(services, {"verzuim_minutes": 60})
        absences = AbsenceService(sessions_of(services), today=lambda: DAY)
        admin = support.user_actor(services, support.ADMIN)
        absence_a = absences.record(admin, anna, "ziek", DAY).id
        absences.record(admin, bert, "ziek", DAY)
        absences.hand_over(admin, anna, WEEK_AGO, WEEK_AGO)
    finally:
        services.close()
    return {"group_a": group_a, "group_b": group_b, "anna": anna, "bert": bert,
            "enrolment_a": enrolment_a, "lesson_a": lesson_a, "lesson_b": lesson_b,
            "company_a": company_a, "absence_a": absence_a}


@pytest.fixture(scope="session")
def _world_sqlite(_sqlite_site_template: Path) -> Iterator[tuple[Path, dict[str, uuid.UUID]]]:
    folder = Path(tempfile.mkdtemp(prefix="bvm-world-"))
    path = folder / "world.sqlite"
    support.copy_sqlite(_sqlite_site_template, path)
    try:
        yield path, _build(str(path))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def _world_pg(pg_server: PostgresServer, _pg_site_template: support.PgCopies
              ) -> Iterator[tuple[support.PgCopies, dict[str, uuid.UUID]]]:
    name = _pg_site_template.take()
    ids = _build(pg_server.url(name))
    copies = support.PgCopies(pg_server, name)
    try:
        yield copies, ids
    finally:
        copies.close()
        pg_server.drop_database(name)


@pytest.fixture(params=support.BACKENDS)
def site_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A copy of the world (instead of the bare site of tests.db.support)."""
    if request.param == "sqlite":
        template, _ = request.getfixturevalue("_world_sqlite")
        path = tmp_path / "world.sqlite"
        support.copy_sqlite(template, path)
        yield str(path)
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    copies, _ = request.getfixturevalue("_world_pg")
    name = copies.take()
    try:
        yield server.url(name)
    finally:
        copies.drop(name)


@pytest.fixture
def world(services: Services, site_location: str, request: pytest.FixtureRequest) -> World:
    _, ids = request.getfixturevalue("_world_pg" if is_url(site_location) else "_world_sqlite")
    sessions = sessions_of(services)
    attendance = AttendanceService(sessions, now=lambda: at(DAY, 9))
    absences = AbsenceService(sessions, today=lambda: DAY)
    return World(services, attendance, absences, TodayService(sessions, absences, lambda: DAY),
                 ReportService(sessions, lambda: DAY), ScanLogService(sessions, attendance),
                 support.user_actor(services, support.INSTRUCTOR),
                 support.user_actor(services, COLLEAGUE),
                 support.user_actor(services, support.ADMIN), ids["group_a"], ids["group_b"],
                 ids["anna"], ids["bert"], ids["enrolment_a"], ids["lesson_a"],
                 ids["lesson_b"], ids["company_a"], ids["absence_a"])


# --- what each method is called with: group A's objects ---------------------------------------
Probe = Callable[[World, Actor], Any]


@dataclass(frozen=True)
class Check:
    probe: Probe
    show: Callable[[World, Any], str] | None = None  # the text to look for A's data in


def _mark_change(w: World) -> Any:
    return w.attendance.set_mark(w.admin, w.lesson_a, w.anna, "te_laat", time(8, 45))


def _history(w: World, actor: Actor) -> Any:
    _mark_change(w)
    return w.attendance.history(actor, w.lesson_a, w.anna)


def _undo(w: World, actor: Actor) -> Any:
    return w.attendance.undo(actor, _mark_change(w))


def _all_present(w: World, actor: Actor) -> Any:
    with contextlib.suppress(NotFound):  # withdrawn on the first call already
        w.absences.withdraw(w.admin, w.absence_a)  # else Anna stays "ziek": nothing to mark
    return w.attendance.mark_all_present(actor, w.lesson_a)


def _scan_log(w: World, actor: Actor) -> Any:
    data = f"BADGE-A;{DAY.isoformat()}T08:31\nBADGE-B;{DAY.isoformat()}T08:32\n".encode()
    return w.scanlog.import_scans(actor, data, "scans.csv")


def _companies(w: World, rows: Any) -> str:
    """The company list gives counts only: Anna's number once per participant counted."""
    return " ".join("A-001" for row in rows if row.code == "ACME" for _ in
                    range(row.participants))


def _any_row(w: World, rows: Any) -> str:
    """A list whose every row is A's (a mark's history): any row is A's data."""
    return "A-001" if rows else ""


CHECKED: dict[str, Check] = {
    # participants
    "ParticipantService.search_ids": Check(
        lambda w, a: w.services.participants.search_ids(a, "")),
    "ParticipantService.search": Check(
        lambda w, a: w.services.participants.search(a, "", 1)),
    "ParticipantService.count": Check(
        lambda w, a: w.services.participants.count(a, "A-001"),
        lambda w, n: "A-001" if n else ""),
    "ParticipantService.position": Check(
        lambda w, a: w.services.participants.position(a, "", w.anna),
        lambda w, row: "A-001" if row is not None else ""),
    "ParticipantService.rows": Check(
        lambda w, a: w.services.participants.rows(a, [w.anna, w.bert])),
    "ParticipantService.find_by_badge": Check(
        lambda w, a: w.services.participants.find_by_badge(a, "BADGE-A")),
    "ParticipantService.list_all": Check(lambda w, a: w.services.participants.list_all(a)),
    "ParticipantService.get": Check(lambda w, a: w.services.participants.get(a, w.anna)),
    # the register
    "AttendanceService.groups": Check(lambda w, a: w.attendance.groups(a)),
    "AttendanceService.lessons_on": Check(lambda w, a: w.attendance.lessons_on(a, DAY)),
    "AttendanceService.site_lessons_on": Check(
        lambda w, a: w.attendance.site_lessons_on(a, DAY)),
    "AttendanceService.lessons_of_group": Check(
        lambda w, a: w.attendance.lessons_of_group(a, w.group_a, WEEK_AGO, DAY)),
    "AttendanceService.register": Check(lambda w, a: w.attendance.register(a, w.lesson_a)),
    "AttendanceService.history": Check(_history, _any_row),
    "AttendanceService.set_mark": Check(
        lambda w, a: w.attendance.set_mark(a, w.lesson_a, w.anna, "aanwezig")),
    "AttendanceService.undo": Check(_undo),
    "AttendanceService.mark_all_present": Check(_all_present),
    "AttendanceService.scan": Check(
        lambda w, a: w.attendance.scan(a, w.lesson_a, "BADGE-A", time(8, 31))),
    "AttendanceService.add_walk_in": Check(
        lambda w, a: w.attendance.add_walk_in(a, w.lesson_a, w.bert)),
    "ScanLogService.import_scans": Check(
        _scan_log, lambda w, r: repr((r.marked, r.unchanged))),
    # absences and handovers
    "AbsenceService.record": Check(
        lambda w, a: w.absences.record(a, w.anna, "geoorloofd", DAY, lesson_id=w.lesson_a)),
    "AbsenceService.withdraw": Check(
        lambda w, a: w.absences.withdraw(a, w.absence_a) or "A-001"),
    "AbsenceService.of_participant": Check(
        lambda w, a: w.absences.of_participant(a, w.anna)),
    "AbsenceService.on_day": Check(lambda w, a: w.absences.on_day(a, DAY)),
    "AbsenceService.lessons_ahead": Check(
        lambda w, a: w.absences.lessons_ahead(a, w.anna, from_date=DAY)),
    "AbsenceService.hand_over": Check(
        lambda w, a: w.absences.hand_over(a, w.anna, WEEK_AGO, DAY) or "A-001"),
    "AbsenceService.undo_handover": Check(
        lambda w, a: w.absences.undo_handover(a, w.anna, WEEK_AGO) or "A-001"),
    # Vandaag and the reports
    "TodayService.overview": Check(lambda w, a: w.today.overview(a, DAY)),
    "ReportService.attendance": Check(lambda w, a: w.reports.attendance(a, "GRP-A")),
    "ReportService.verzuim": Check(lambda w, a: w.reports.verzuim(a, DAY)),
    "ReportService.hours": Check(
        lambda w, a: w.reports.hours(a, "A-001", WEEK_AGO - timedelta(days=7), DAY)),
    "ReportService.funders": Check(
        lambda w, a: w.reports.funders(a, WEEK_AGO - timedelta(days=7), DAY)),
    "ReportService.presentielijst": Check(
        lambda w, a: w.reports.presentielijst(a, "GRP-A", DAY)),
    "ReportService.warnings": Check(lambda w, a: w.reports.warnings(a, DAY)),
    # Beheer, read-only for an instructor
    "GroupService.records": Check(lambda w, a: w.services.groups.records(a)),
    "GroupService.get": Check(lambda w, a: w.services.groups.get(a, w.group_a)),
    "EnrolmentService.enrolments": Check(
        lambda w, a: w.services.enrolments.enrolments(a, w.group_a)),
    "EnrolmentService.summary": Check(
        lambda w, a: w.services.enrolments.summary(a, w.enrolment_a)),
    "CompanyService.records": Check(lambda w, a: w.services.companies.records(a), _companies),
    "CompanyService.participants": Check(
        lambda w, a: w.services.companies.participants(a, w.company_a)),
}

_GROUP = GroupData("GRP-A", "Anders", "M-GRP-A", "ZWL", (), DAY, None)
_PERSON = ParticipantData(number="A-001", first_names="Anna", prefix=None, last_name="Anders",
                          birth_date=date(2010, 1, 1), type="BBL")
# Refused to every instructor by their role (administrators only): checked here too, on A.
ADMIN_ONLY: dict[str, Probe] = {
    "ParticipantService.update": lambda w, a: w.services.participants.update(
        a, w.anna, _PERSON, DAY),
    "ParticipantService.create": lambda w, a: w.services.participants.create(a, _PERSON, DAY),
    "LessonService.generate_weekly": lambda w, a: w.services.lessons.generate_weekly(
        a, w.group_a, [0], START, END, DAY, DAY + timedelta(days=7)),
    "LessonService.add_lesson": lambda w, a: w.services.lessons.add_lesson(
        a, w.group_a, DAY, time(13, 0), time(15, 0)),
    "LessonService.cancel_lesson": lambda w, a: w.services.lessons.cancel_lesson(
        a, w.lesson_a, "ziek"),
    "LessonService.assign_instructor": lambda w, a: w.services.lessons.assign_instructor(
        a, w.lesson_a, a.user_id),
    "LessonService.add_holiday": lambda w, a: w.services.lessons.add_holiday(
        a, "ZWL", DAY, DAY, "dicht"),
    "LessonService.delete_holiday": lambda w, a: w.services.lessons.delete_holiday(
        a, uuid.uuid4()),
    "GroupService.save": lambda w, a: w.services.groups.save(a, w.group_a, _GROUP),
    "GroupService.add": lambda w, a: w.services.groups.add(
        a, "GRP-C", "C", "M-GRP-A", "ZWL", DAY),
    "GroupService.archive": lambda w, a: w.services.groups.archive(a, w.group_a),
    "GroupService.restore": lambda w, a: w.services.groups.restore(a, w.group_a),
    "EnrolmentService.add": lambda w, a: w.services.enrolments.add(
        a, w.group_a, [w.bert], DAY),
    "EnrolmentService.add_by_codes": lambda w, a: w.services.enrolments.add_by_codes(
        a, "B-002", "GRP-A", DAY),
    "EnrolmentService.update": lambda w, a: w.services.enrolments.update(
        a, w.enrolment_a, DAY, None, None, None),
    "EnrolmentService.set_status": lambda w, a: w.services.enrolments.set_status(
        a, w.enrolment_a, "gestopt", DAY),
    "EnrolmentService.stop_by_codes": lambda w, a: w.services.enrolments.stop_by_codes(
        a, "A-001", "GRP-A", DAY),
    "EnrolmentService.move": lambda w, a: w.services.enrolments.move(
        a, w.enrolment_a, w.group_b, DAY),
    "CompanyService.save": lambda w, a: w.services.companies.save(
        a, w.company_a, CompanyData("ACME", "Anders", None, None)),
    "CompanyService.archive": lambda w, a: w.services.companies.archive(a, w.company_a),
    "CompanyService.restore": lambda w, a: w.services.companies.restore(a, w.company_a),
}

NOT_ABOUT_GROUPS = {
    "ParticipantService.companies": "the leerbedrijven to choose from: no participant data",
    "LessonService.instructors": "the accounts to choose as a lesson's instructor",
    "LessonService.sites": "the sites (locaties) to choose from",
    "LessonService.holidays": "a site's school holidays: no group or participant data",
    "TodayService.setup": "Aan de slag: counts of a site's set-up, no group or person data",
    "ReportService.meta": "the site and the time printed on every report page",
    "AttendanceService.write_many": "a helper inside ScanLogService.import_scans' unit "
                                    "of work, which checks the scope (tested there)",
    "GroupService.module_choices": "the modules to choose from",
    "GroupService.site_choices": "the sites to choose from",
    "GroupService.instructor_choices": "the accounts to choose as a group's instructor",
    "EnrolmentService.trainer_choices": "the praktijkopleiders to choose from",
    "EnrolmentService.company_choices": "the leerbedrijven to choose from",
    "CompanyService.get": "a leerbedrijf's own data (code, name, city)",
    "CompanyService.trainers": "a leerbedrijf's praktijkopleiders: no participant data",
}


def _public_actor_methods() -> set[str]:
    found = set()
    for cls in SERVICES:
        for name, member in inspect.getmembers(cls, inspect.isfunction):
            if not name.startswith("_") and "actor" in inspect.signature(member).parameters:
                found.add(f"{cls.__name__}.{name}")
    return found


def test_every_public_method_is_checked_or_explained() -> None:
    methods = _public_actor_methods()
    listed = set(CHECKED) | set(ADMIN_ONLY) | set(NOT_ABOUT_GROUPS)
    assert methods - listed == set(), "a method without a scope check in this test"
    assert listed - methods == set(), "a listed method that no longer exists"
    assert not (set(CHECKED) & set(ADMIN_ONLY)) and not (set(CHECKED) & set(NOT_ABOUT_GROUPS))


def _text(w: World, check: Check, result: Any) -> str:
    return check.show(w, result) if check.show is not None else repr(result)


@pytest.mark.parametrize("method", sorted(CHECKED))
def test_another_groups_instructor_gets_nothing_of_group_a(world: World, method: str) -> None:
    check = CHECKED[method]
    try:
        result = check.probe(world, world.other)
    except PermissionDenied as refused:
        assert "alleen de groepen die u lesgeeft" in str(refused)
    else:
        shown = _text(world, check, result)
        assert [m for m in world.markers if m in shown] == [], shown
    # ... and their own group's instructor still gets it (so that this test can fail).
    shown = _text(world, check, check.probe(world, world.own))
    assert any(m in shown for m in world.markers), shown


@pytest.mark.parametrize("method", sorted(ADMIN_ONLY))
def test_administrators_only(world: World, method: str) -> None:
    for actor in (world.other, world.own):
        with pytest.raises(PermissionDenied, match="U mag geen"):
            ADMIN_ONLY[method](world, actor)


def test_a_refused_write_writes_nothing(world: World) -> None:
    before = world.attendance.register(world.admin, world.lesson_a)
    with pytest.raises(PermissionDenied):
        world.attendance.set_mark(world.other, world.lesson_a, world.anna, "aanwezig")
    with pytest.raises(PermissionDenied):
        world.attendance.mark_all_present(world.other, world.lesson_a)
    assert world.attendance.register(world.admin, world.lesson_a) == before


def test_the_scanner_log_of_an_instructor_marks_only_their_own_lessons(world: World) -> None:
    summary = _scan_log(world, world.other)
    assert [m.participant for m in summary.marked] == ["B-002"]
    assert [(line.badge, line.reason) for line in summary.unmatched] == [
        ("BADGE-A", NOT_YOURS)]
    assert world.attendance.register(world.admin, world.lesson_a).rows[0].mark is None


@pytest.mark.parametrize("how", ["main", "extra", "lesson"])
def test_each_way_of_teaching_a_group_shows_it(world: World, how: str) -> None:
    """A group's main instructor, an extra one, and the instructor of one of its lessons."""
    services = world.services
    services.accounts.add_user(Actor.cli(), "derde", Role.INSTRUCTOR, support.PASSWORD)
    third = support.user_actor(services, "derde")
    assert services.participants.search_ids(third, "") == []
    assert world.attendance.groups(third) == []
    with sessions_of(services).write("test") as s:
        if how == "main":
            s.scalars(select(Group).where(Group.id == world.group_a)).one().instructor_id = \
                third.user_id
        elif how == "extra":
            s.add(GroupInstructor(group_id=world.group_a, user_id=third.user_id))
        else:
            s.scalars(select(Lesson).where(Lesson.id == world.lesson_a)).one().instructor_id = \
                third.user_id
    assert services.participants.search_ids(third, "") == [world.anna]
    assert [g.code for g in world.attendance.groups(third)] == ["GRP-A"]


def test_admins_the_command_line_and_the_viewer_see_everything(world: World) -> None:
    for actor in (world.admin, Actor.cli(), Actor.viewer()):
        assert [g.code for g in world.attendance.groups(actor)] == ["GRP-A", "GRP-B"]
        assert {r.participant for r in world.absences.on_day(actor, DAY)} == {"A-001",
                                                                              "B-002"}
